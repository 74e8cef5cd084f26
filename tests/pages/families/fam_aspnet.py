"""Page renderers of the `aspnet` family (ASP.NET WebForms era; SYNTHETIC pages)."""

from __future__ import annotations

import base64
import random
from datetime import datetime, timedelta

import famcontent as fc
import famdates as fd
import famkit as fk

P = "ctl00_ContentPlaceHolder1_"


W = {
    "en": {"site": "Iraqi News Agency", "latest": "Latest News", "home": "Home", "views": "Views"},
    "ar": {"site": "وكالة الأنباء العراقية", "latest": "آخر الأخبار", "home": "الرئيسية",
           "views": "عدد القراءات"},
}  # fmt: skip


def viewstate(rng: random.Random, n: int) -> str:
    """A seeded opaque blob like __VIEWSTATE."""
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def date_span(rng: random.Random, d: datetime, lang: str) -> tuple[str, str, bool]:
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


def latest(rng: random.Random, lang: str, d: datetime, skip: str) -> str:
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
