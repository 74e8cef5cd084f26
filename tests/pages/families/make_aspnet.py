"""Write the `aspnet` family: synthetic ASP.NET WebForms-era news pages, with labels.

Run: .venv/bin/python tests/pages/families/make_aspnet.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the records, not from the HTML.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import famcontent as fc
import famkit as fk
import fampick as fp
from fam_aspnet import P, latest, page_end, page_start, release_page

FAMILY = "aspnet"
HERE = Path(__file__).resolve().parent / FAMILY
README = f"""# {FAMILY}: an ASP.NET WebForms-era news site (SYNTHETIC)

Every page here is SYNTHETIC test data written by `../make_aspnet.py` (seeded, no network); none
of it is INA content. The pages imitate an ASP.NET WebForms news site: one
`<form id="aspnetForm">` around everything with `__VIEWSTATE` / `__EVENTVALIDATION`, nested layout
tables, the headline in `span#ctl00_ContentPlaceHolder1_lblTitle`, the date in another span
(culture formats such as `26/06/2019 11:51:00 ص`, `6/26/2019 11:51:00 PM` only when the day is
above 12, long dates without a time), the story in `span#ctl00_ContentPlaceHolder1_lblNewsBody`
with `<br>`-separated paragraphs, the byline in the body or in a span of its own, pictures with
page-relative `src`, a "latest news" GridView with later dates, `__doPostBack` pagers. Some Arabic
pages are windows-1256. Non-releases: a GridView listing, the "Server Error in '/' Application"
page and a static page. Labels (`<name>.json`) follow `../../README.md`, set from the records.
"""


def listing_page(rng: random.Random) -> str:
    """An Arabic GridView listing with a __doPostBack pager."""
    d = fk.rand_date(rng, 2012, 2014)
    rows = []
    for i, (t, _, paras) in enumerate(rng.sample(fc.AR, 8)):
        dd = d - timedelta(hours=3 * i)
        rows.append(
            f'<tr><td><a id="{P}gvNews_ctl{i + 2:02d}_lnk" href="NewsDetails.aspx?id='
            f'{rng.randrange(1000, 99999)}">{fk.esc(t)}</a><br /><span class="SmallDate">'
            f"{dd:%d/%m/%Y %H:%M}</span><br />{fk.esc(paras[0][1])}</td></tr>"
        )
    pager = (
        '<tr class="Pager"><td><span>1</span> <a href="javascript:__doPostBack(\'ctl00$'
        "ContentPlaceHolder1$gvNews','Page$2')\">2</a> <a href=\"javascript:__doPostBack("
        "'ctl00$ContentPlaceHolder1$gvNews','Page$3')\">3</a></td></tr>"
    )
    return (
        page_start(rng, "ar", "الأخبار", "windows-1256", "NewsList.aspx?cat=1")
        + f'<td valign="top"><table id="{P}gvNews" cellspacing="0" border="0">'
        + "".join(rows)
        + pager
        + "</table></td>\n"
        + latest(rng, "ar", d, "")
        + page_end(rng)
    )


def error_page() -> str:
    """The ASP.NET 'Server Error in '/' Application.' page."""
    return f"""<html>
<head><title>Runtime Error</title></head>
<body bgcolor="white">
{fk.MARK}
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>Runtime Error</i> </h2></span>
<font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
<b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons).
<br><br>
</font>
</body>
</html>
"""


def static_page(rng: random.Random) -> str:
    """An English 'About INA' page in the same shell."""
    text = [
        "The Iraqi News Agency is the national news agency of Iraq, publishing news in Arabic, "
        "English, Kurdish and Turkmen.",
        "Its correspondents cover the governorates of Iraq, and its photographers document "
        "official and public events across the country.",
        "The agency's services are available to media organisations by subscription.",
    ]
    body = "<br /><br />".join(fk.esc(t) for t in text)
    return (
        page_start(rng, "en", "About INA", "utf-8", "About.aspx")
        + f'<td valign="top" class="Content"><span id="{P}lblPageTitle" class="NewsTitle">'
        f'About INA</span><br /><span id="{P}lblPageBody">{body}</span></td>\n'
        + '<td width="240"></td>\n'
        + page_end(rng)
    )


def main() -> None:
    """Write the family's pages, labels and README."""
    rng = random.Random(20121)
    out = fk.out_dir(HERE)
    en = rng.sample(fc.EN, 7)
    ar = rng.sample(fc.AR, 6)
    for i, story in enumerate(en):
        rid = rng.randrange(1000, 37000)
        url = rng.choice(
            [
                f"{fk.SITE}/eng/{rid}-{fk.slugify(story[0])}.html",
                f"{fk.SITE}/eng/{rid}--.html",
                f"{fk.SITE}/eng/{rid}",
            ]
        )
        rel = fp.build_release(rng, "en", story, rid, url, fk.rand_date(rng, 2010, 2016))
        page = release_page(rng, rel, "utf-8")
        ct = rng.choice(["text/html; charset=utf-8", None])
        note = "ASP.NET WebForms page, English; " + "; ".join(rel.notes)
        fk.write_pair(out, f"en-{i + 1:02d}-{rid}", page, fk.release_label(rel, note, ct, None))
    encs = [("windows-1256", "text/html; charset=windows-1256"), ("utf-8", "text/html; charset=utf-8"),
            ("windows-1256", None), ("windows-1256", "text/html"), ("utf-8", None),
            ("windows-1256", "text/html; charset=windows-1256")]  # fmt: skip
    for i, story in enumerate(ar):
        rid = rng.randrange(20000, 120000)
        rel = fp.build_release(
            rng, "ar", story, rid, f"{fk.SITE}/{rid}--.html", fk.rand_date(rng, 2010, 2016)
        )
        enc, ct = encs[i]
        page = release_page(rng, rel, enc)
        note = f"ASP.NET WebForms page, Arabic in {enc} (HTTP {ct!r}); " + "; ".join(rel.notes)
        fk.write_pair(
            out, f"ar-{i + 1:02d}-{rid}", page, fk.release_label(rel, note, ct, None), encoding=enc
        )
    fk.write_pair(
        out,
        "listing-gridview-ar",
        listing_page(rng),
        fk.other_label(
            f"{fk.SITE}/",
            "listing",
            "GridView news list with __doPostBack pager",
            "text/html; charset=windows-1256",
        ),
        encoding="windows-1256",
    )
    fk.write_pair(
        out,
        "error-server-error",
        error_page(),
        fk.other_label(
            f"{fk.SITE}/eng/31999-x.html",
            "error",
            "ASP.NET runtime error page",
            "text/html; charset=utf-8",
        ),
    )
    fk.write_pair(
        out,
        "static-about",
        static_page(rng),
        fk.other_label(
            f"{fk.SITE}/eng/about.html",
            "static",
            "About page in the shell",
            "text/html; charset=utf-8",
        ),
    )
    (out / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
