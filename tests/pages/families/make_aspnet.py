"""Write the `aspnet` family: synthetic ASP.NET WebForms-era news pages, with labels.

Run: .venv/bin/python tests/pages/families/make_aspnet.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the records, not from the HTML.
"""

from __future__ import annotations

import base64
import random
from datetime import timedelta
from pathlib import Path

import famcontent as fc
import famdates as fd
import famkit as fk
import fampick as fp

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

P = "ctl00_ContentPlaceHolder1_"
W = {
    "en": {"site": "Iraqi News Agency", "latest": "Latest News", "home": "Home", "views": "Views"},
    "ar": {"site": "وكالة الأنباء العراقية", "latest": "آخر الأخبار", "home": "الرئيسية",
           "views": "عدد القراءات"},
}  # fmt: skip


def viewstate(rng: random.Random, n: int) -> str:
    """A seeded opaque blob like __VIEWSTATE."""
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def date_span(rng: random.Random, d, lang: str) -> tuple[str, str, bool]:
    """The date span text; returns (text, form, has_time)."""
    forms = ["dmy12", "iso", "long"] + (["mdy12"] if d.day > 12 and lang == "en" else [])
    form = rng.choice(forms)
    h12 = d.hour % 12 or 12
    if lang == "en":
        ampm = "PM" if d.hour >= 12 else "AM"
    else:
        ampm = "م" if d.hour >= 12 else "ص"
    if form == "dmy12":
        return f"{d:%d/%m/%Y} {h12:02d}:{d:%M}:00 {ampm}", form, True
    if form == "mdy12":
        return f"{d.month}/{d.day}/{d.year} {h12}:{d:%M}:00 {ampm}", form, True
    if form == "iso":
        return f"{d:%Y-%m-%d %H:%M}", form, True
    if lang == "en":
        return f"{fd.weekday(d, 'en')}, {fd.EN_MONTHS[d.month - 1]} {d.day}, {d.year}", form, False
    return f"{fd.weekday(d, 'ar')} {fd.long_date(d, 'ar')}", form, False


def page_start(rng: random.Random, lang: str, title: str, enc: str, action: str) -> str:
    """Doctype, head, the WebForms form and its hidden fields, the banner table."""
    d = ' dir="rtl"' if lang == "ar" else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"{d}>
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset={enc}" /><title>
	{fk.esc(title)}
</title><link href="App_Themes/Default/Style.css" type="text/css" rel="stylesheet" /></head>
<body>
{fk.MARK}
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 180)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<table id="tblMain" width="960" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><a id="ctl00_lnkLogo" href="Default.aspx"><img id="ctl00_imgLogo" src="Images/logo.jpg" alt="{W[lang]["site"]}" style="border-width:0px;" /></a></td></tr>
<tr><td colspan="2" class="MenuBar"><a href="Default.aspx">{W[lang]["home"]}</a> | <a href="NewsList.aspx?cat=1">News</a></td></tr>
<tr>
"""


def latest(rng: random.Random, lang: str, d, skip: str) -> str:
    """A 'latest news' GridView with later dates."""
    rows = []
    for i, t in enumerate(
        rng.sample([x for x in (fc.EN_TEASERS if lang == "en" else fc.AR_TEASERS) if x != skip], 4)
    ):
        dd = d + timedelta(hours=1 + 3 * i, minutes=rng.randrange(60))
        rid = rng.randrange(1000, 99999)
        rows.append(
            f'<tr><td><a id="ctl00_gvLatest_ctl0{i + 2}_lnkTitle" href="NewsDetails.aspx?id='
            f'{rid}">{fk.esc(t)}</a><br /><span id="ctl00_gvLatest_ctl0{i + 2}_lblDate" '
            f'class="SmallDate">{dd:%d/%m/%Y %H:%M}</span></td></tr>'
        )
    return (
        f'<td width="240" valign="top"><div class="BoxTitle">{W[lang]["latest"]}</div>'
        '<table class="Grid" cellspacing="0" border="0" id="ctl00_gvLatest" '
        'style="border-collapse:collapse;">' + "".join(rows) + "</table></td>\n"
    )


def page_end(rng: random.Random) -> str:
    """Closing rows, event validation, end of form."""
    return f"""</tr>
<tr><td colspan="2" class="Footer">&copy; 2012 INA</td></tr>
</table>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{rng.randrange(16**8):08X}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(rng, 60)}" />
</div></form>
</body>
</html>
"""


def release_page(rng: random.Random, rel: fk.Rel, enc: str) -> str:
    """The full WebForms page for one release."""
    lang, d = rel.lang, rel.date
    dtext, form, has_time = date_span(rng, d, lang)
    if not has_time:
        rel.date = d.replace(hour=0, minute=0)
    rel.notes.append(f"date form {form}")
    rel.og_image = None  # no head metadata in this era
    cat_pos = rng.choice(["path", "label", "none"])
    rel.notes.append(f"category: {cat_pos}")
    rows = []
    if cat_pos == "path":
        rows.append(
            f'<tr><td class="Path"><a href="Default.aspx">{W[lang]["home"]}</a> &gt; '
            f'<span id="{P}lblCategory">{fk.esc(rel.category)}</span></td></tr>'
        )
    elif cat_pos == "label":
        rows.append(
            f'<tr><td><span id="{P}lblCategory" class="CatLabel">'
            f"{fk.esc(rel.category)}</span></td></tr>"
        )
    else:
        rel.category = None
    title = f'<span id="{P}lblTitle" class="NewsTitle">{fk.esc(rel.title)}</span>'
    if rng.random() < 0.5:
        title = f"<h2>{title}</h2>"
    rows.append(f"<tr><td>{title}</td></tr>")
    credit_pos = rng.choice(["span", "body"]) if rel.credit else None
    meta = (
        f'<img src="Images/clock.gif" alt="" /> <span id="{P}lblDate">{dtext}</span> &nbsp; '
        f'{W[lang]["views"]}: <span id="{P}lblViews">{rng.randrange(20, 9000)}</span>'
    )
    if credit_pos == "span":
        meta += f' &nbsp; <span id="{P}lblPhotographer">{fk.esc(rel.credit)}</span>'
    rows.append(f'<tr><td class="NewsDate">{meta}</td></tr>')
    by_pos = rng.choice(["body", "body-bold", "span"]) if rel.byline else None
    if by_pos:
        rel.notes.append(f"byline {rel.byline!r} ({by_pos})")
    if credit_pos:
        rel.notes.append(f"credit {rel.credit!r} ({credit_pos})")
    if by_pos == "span":
        rows.append(f'<tr><td><span id="{P}lblSource"><b>{fk.esc(rel.byline)}</b></span></td></tr>')
    for i, img in enumerate(rel.images):
        s = rng.choice(["bare:page", "alt:page", "title:page", "alt:link:page"])
        rel.notes.append(f"image {s}")
        tag = fk.render_img(img, s).replace("<img ", f'<img id="{P}imgNews{i}" ', 1)
        rows.append(f'<tr><td align="center">{tag}</td></tr>')
    lines = []
    if by_pos == "body":
        lines.append(fk.esc(rel.byline))
    elif by_pos == "body-bold":
        lines.append(f"<strong>{fk.esc(rel.byline)}</strong>")
    if credit_pos == "body":
        lines.append(fk.esc(rel.credit))
    paras = list(rel.paras)
    if rel.share_prefix:
        paras[0] = ("p", rel.share_prefix + paras[0][1])
    body = fk.paras_html(paras, rng, "br")
    if rng.random() < 0.5:
        body = body.replace("<br>", "<br />")
    sep = rng.choice(["<br />", "<br /><br />"])
    text = sep.join(lines + [body])
    if rel.trans_line:
        text += "<br /><br />" + fk.esc(rel.trans_line)
    rows.append(f'<tr><td class="NewsBody"><span id="{P}lblNewsBody">{text}</span></td></tr>')
    rows.append(
        '<tr><td><a href="javascript:void(0)" class="addthis_button">Share</a> '
        f'<a href="NewsPrint.aspx?id={rel.rid}">Print</a></td></tr>'
    )
    if rng.random() < 0.5:
        cd = d + timedelta(days=1, hours=2)
        rows.append(
            f'<tr><td><table id="{P}gvComments"><tr><td><b>Ali</b> <span class="SmallDate">'
            f"{cd:%d/%m/%Y %H:%M}</span><br />Thank you</td></tr></table></td></tr>"
        )
        rel.notes.append("comment with a later date")
    action = f"NewsDetails.aspx?id={rel.rid}"
    inner = '<table width="100%" cellpadding="3" cellspacing="0" border="0">\n' + "\n".join(rows)
    return (
        page_start(rng, lang, rel.title, enc, action)
        + f'<td valign="top" class="Content">\n{inner}\n</table></td>\n'
        + latest(rng, lang, d, rel.title)
        + page_end(rng)
    )


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
