"""Write the `eng-pre2020` family: synthetic pages of INA's pre-2020 English site, with labels.

Run: .venv/bin/python tests/pages/families/make_eng_pre2020.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the records, not from the HTML.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import famcontent as fc
import famkit as fk
import fampick as fp
from fam_eng_pre2020 import chrome_bottom, chrome_top, most_read, old_date, release_page

FAMILY = "eng-pre2020"
HERE = Path(__file__).resolve().parent / FAMILY
README = f"""# {FAMILY}: the pre-2020 English site (SYNTHETIC)

Every page here is SYNTHETIC test data written by `../make_eng_pre2020.py` (seeded, no network);
none of it is INA content. The pages imitate INA's older English site: URLs
`https://ina.iq/eng/<id>` (or `https://www.ina.iq/eng/<id>`) without `.html`, dates such as
`Wednesday 26th June 2019 - 11:51`, table-based early-2010s markup (`<font>`, `<center>`,
`align=justify`, spacer gifs, banner ads, "Most read" boxes with later dates, Print/Email icons),
a "News" category label above the headline or a breadcrumb, the story in a `<td>` or a
`<div id=...>`, bylines and credits as lines of the story. All pages are English. Non-releases:
the "News" listing with a numeric pager, a "news not available" box and an "About us" page.
Labels (`<name>.json`) follow `../../README.md`, set from the records.
"""


def listing_page(rng: random.Random) -> str:
    """The old 'News' section listing with teasers and a numeric pager."""
    d = fk.rand_date(rng, 2019, 2019)
    rows = []
    for i, (t, _, paras) in enumerate(rng.sample(fc.EN, 7)):
        rid = rng.randrange(1000, 8000)
        dd = d - timedelta(hours=5 * i)
        dt, _ = old_date(rng, dd)
        rows.append(
            f'<tr><td><img src="/eng/uploads/thumbs/{rid}.jpg" width="90" align="left">'
            f'<a href="/eng/{rid}"><b>{fk.esc(t)}</b></a><br><font size="1">{dt}</font>'
            f"<br>{fk.esc(paras[0][1])}</td></tr>"
        )
    pager = (
        '<tr><td align="center">Pages: <b>1</b> <a href="/eng/news?page=2">2</a> '
        '<a href="/eng/news?page=3">3</a> ... <a href="/eng/news?page=2">Next &raquo;</a>'
        "</td></tr>"
    )
    return (
        chrome_top(rng, "News")
        + '<td valign="top" class="content"><table width="100%">'
        + '<tr><td class="section"><font color="#990000"><b>News</b></font></td></tr>'
        + "\n".join(rows)
        + pager
        + "</table></td>\n"
        + most_read(rng, d, "")
        + chrome_bottom()
    )


def error_page(rng: random.Random) -> str:
    """The old site's 'news not available' box."""
    return (
        chrome_top(rng, "Error") + '<td valign="top" class="content"><center><table '
        'width="60%" border="1" bordercolor="#cc0000"><tr><td><font color="#cc0000"><b>Error'
        "</b></font><br>The requested news is not available. It may have been removed."
        '<br><a href="/eng/">Home page</a></td></tr></table></center></td>\n'
        + most_read(rng, fk.rand_date(rng, 2019, 2019), "")
        + chrome_bottom()
    )


def static_page(rng: random.Random) -> str:
    """The old 'About us' page."""
    text = [
        "The Iraqi News Agency (INA) was established in 1959 as the official news agency of "
        "Iraq. It is headquartered in Baghdad and has offices in all governorates.",
        "INA provides news in Arabic, English, Kurdish and Turkmen, and distributes photos and "
        "reports to local and international media.",
        "The agency is a member of the Federation of Arab News Agencies and of the Organization "
        "of Asia-Pacific News Agencies.",
        "Readers can reach the editorial department through the contact page.",
    ]
    body = "\n".join(f'<p align="justify">{fk.esc(t)}</p>' for t in text)
    return (
        chrome_top(rng, "About us") + '<td valign="top" class="content"><table width="100%">'
        f"<tr><td><h2>About us</h2></td></tr><tr><td>{body}</td></tr></table></td>\n"
        '<td width="220"></td>\n' + chrome_bottom()
    )


def main() -> None:
    """Write the family's pages, labels and README."""
    rng = random.Random(5055)
    out = fk.out_dir(HERE)
    stories = rng.sample(fc.EN, 13) + rng.sample(fc.EN, 1)
    for i, story in enumerate(stories):
        rid = rng.randrange(1000, 8000)
        host = "https://www.ina.iq" if i in (3, 9) else fk.SITE
        rel = fp.build_release(
            rng,
            "en",
            story,
            rid,
            f"{host}/eng/{rid}",
            fk.rand_date(rng, 2017, 2019),
            n_images=rng.choice([0, 1, 1, 2]),
        )
        page = release_page(rng, rel)
        ct = rng.choice(["text/html; charset=utf-8", "text/html", None])
        fetched = (rel.date + timedelta(days=rng.randrange(200, 2000))).isoformat()
        note = "pre-2020 English site; " + "; ".join(rel.notes)
        fk.write_pair(out, f"en-{i + 1:02d}-{rid}", page, fk.release_label(rel, note, ct, fetched))
    fk.write_pair(
        out,
        "listing-news",
        listing_page(rng),
        fk.other_label(
            f"{fk.SITE}/eng/news",
            "listing",
            "old News listing: teasers with dates, numeric pager",
            "text/html; charset=utf-8",
        ),
    )
    fk.write_pair(
        out,
        "error-not-available",
        error_page(rng),
        fk.other_label(f"{fk.SITE}/eng/99999", "error", "old site error box", None),
    )
    fk.write_pair(
        out,
        "static-about",
        static_page(rng),
        fk.other_label(
            f"{fk.SITE}/eng/about", "static", "old About us page", "text/html; charset=utf-8"
        ),
    )
    (out / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
