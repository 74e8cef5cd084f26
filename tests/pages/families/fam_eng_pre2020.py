"""Page renderers of the `eng-pre2020` family (the old English site; SYNTHETIC pages)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import famcontent as fc
import famdates as fd
import famkit as fk


def old_date(rng: random.Random, d: datetime) -> tuple[str, str]:
    """The old site's date forms; returns (text, form)."""
    form = rng.choice(["full", "full", "full", "noweekday", "posted"])
    base = f"{fd.ordinal(d.day)} {fd.EN_MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"
    if form == "full":
        return f"{fd.weekday(d, 'en')} {base}", form
    if form == "noweekday":
        return base, form
    return f"Posted on: {fd.weekday(d, 'en')} {base}", form


def chrome_top(rng: random.Random, title: str, head_extra: str = "") -> str:
    """Head, banner table and the menu row."""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{fk.esc(title)}{rng.choice([" - INA", " | Iraqi News Agency", ""])}</title>
<link href="/eng/css/style.css" rel="stylesheet" type="text/css">
{head_extra}
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
{fk.MARK}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="main">
<tr><td colspan="3" class="header"><a href="/eng/"><img src="/eng/images/logo.gif" width="300" height="80" border="0" alt="Iraqi News Agency"></a>
<img src="/banners/ad-468x60.gif" width="468" height="60" alt="Advertisement"></td></tr>
<tr><td colspan="3" class="menu"><a href="/eng/">Home</a> | <a href="/eng/news">News</a> | <a href="/eng/reports">Reports</a> | <a href="/eng/photos">Photos</a> | <a href="/eng/contact">Contact us</a></td></tr>
<tr>
<td width="180" valign="top" class="leftcol"><img src="/eng/images/spacer.gif" width="180" height="1"><br>
<b>Sections</b><br><a href="/eng/news">News</a><br><a href="/eng/economy">Economy</a><br><a href="/eng/security">Security</a></td>
"""


def most_read(rng: random.Random, d: datetime, skip: str) -> str:
    """The right column: 'Most read' with later dates and thumbnails."""
    rows = []
    for i, t in enumerate(rng.sample([x for x in fc.EN_TEASERS if x != skip], 4)):
        dd = d + timedelta(hours=4 + 5 * i)
        rid = rng.randrange(1000, 9000)
        rows.append(
            f'<tr><td><img src="/eng/uploads/thumbs/{rid}.jpg" width="60"></td>'
            f'<td><a href="/eng/{rid}">{fk.esc(t)}</a><br>'
            f'<font size="1" color="#999999">{fd.weekday(dd, "en")} '
            f"{fd.ordinal(dd.day)} {fd.EN_MONTHS[dd.month - 1]} {dd.year} - "
            f"{dd:%H:%M}</font></td></tr>"
        )
    return (
        '<td width="220" valign="top" class="rightcol"><table width="100%"><tr><td colspan="2"'
        ' class="boxtitle">Most read</td></tr>' + "".join(rows) + "</table></td>\n"
    )


def chrome_bottom() -> str:
    """Footer row and closing tags."""
    return """</tr>
<tr><td colspan="3" class="footer"><center><font size="1">Copyright &copy; 2019 Iraqi News Agency. All rights reserved.</font></center></td></tr>
</table>
</body>
</html>
"""


def para(rng: random.Random, kind: str, text: str) -> str:
    """One old-style paragraph."""
    if kind == "h":
        return f"<p><strong>{fk.esc(text)}</strong></p>"
    if kind == "li":
        return f"<li>{fk.esc(text)}</li>"
    lead = "&nbsp;" if rng.random() < 0.3 else ""
    return f'<p align="justify">{lead}{fk.esc(text)}</p>'


def story_html(rng: random.Random, rel: fk.Rel) -> str:
    """Byline, credit, pictures and paragraphs as the old site wrote them."""
    out: list[str] = []
    first, rest = fk.first_para_html(rel, wrap='p align="justify"')
    first = first.replace('</p align="justify">', "</p>")
    by_pos = rng.choice(["line", "bold", "glued", "font"]) if rel.byline else None
    if by_pos:
        rel.notes.append(f"byline {rel.byline!r} ({by_pos})")
    if by_pos == "line":
        out.append(f"<p>{fk.esc(rel.byline)}</p>")
    elif by_pos == "bold":
        out.append(f"<p><b>{fk.esc(rel.byline)}</b></p>")
    elif by_pos == "font":
        out.append(f'<font color="#333333"><b>{fk.esc(rel.byline)}</b></font><br>')
    pos = None
    if rel.credit:
        pos = rng.choice(["top", "bottom"])
        rel.notes.append(f"credit {rel.credit!r} ({pos})")
    for img in rel.images[1:]:
        s = rng.choice(["alt", "title", "bare:rel"])
        rel.notes.append(f"in-text image {s}")
        out.append(f"<p>{fk.render_img(img, s)}</p>")
    if pos == "top":
        out.append(f"<p><i>{fk.esc(rel.credit)}</i></p>")
    if first:
        out.append(first)
    if by_pos == "glued":
        out.append(f'<p align="justify">{fk.esc(rel.byline)}<br>{fk.esc(rest[0][1])}</p>')
        rest = rest[1:]
    i = 0
    while i < len(rest):
        if rest[i][0] == "li":
            items = []
            while i < len(rest) and rest[i][0] == "li":
                items.append(para(rng, "li", rest[i][1]))
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        out.append(para(rng, *rest[i]))
        i += 1
    if pos == "bottom":
        out.append(f"<p>{fk.esc(rel.credit)}</p>")
    if rel.trans_line:
        out.append(f"<p><i>{fk.esc(rel.trans_line)}</i></p>")
    return "\n".join(out)


def release_page(rng: random.Random, rel: fk.Rel) -> str:
    """The full old-site page for one release."""
    d = rel.date
    head = ""
    if rng.random() < 0.5:
        head = f'<meta property="og:title" content="{fk.esc(rel.title)}">\n'
        if rel.og_image:
            head += f'<meta property="og:image" content="{rel.og_image}">'
    else:
        rel.og_image = None
    cat_pos = rng.choice(["label", "label", "crumbs", "none"])
    if cat_pos == "label":
        rel.category = "News"
        label = '<tr><td class="section"><font color="#990000"><b>News</b></font></td></tr>'
        crumbs = ""
    elif cat_pos == "crumbs":
        label = ""
        crumbs = (
            f'<tr><td class="path"><a href="/eng/">Home</a> &raquo; <a href="/eng/news">'
            f"{fk.esc(rel.category)}</a></td></tr>"
        )
    else:
        rel.category, label, crumbs = None, "", ""
    rel.notes.append(f"category: {cat_pos}")
    dtext, form = old_date(rng, d)
    rel.notes.append(f"date form {form}")
    lead = ""
    if rel.images:
        s = rng.choice(["bare", "alt", "title:rel", "alt:link:rel"])
        rel.notes.append(f"lead image {s}")
        lead = fk.render_img(rel.images[0], s).replace("<img ", '<img width="400" border="0" ', 1)
        lead = f"<tr><td><center>{lead}</center></td></tr>"
    story = story_html(rng, rel)
    tag = rng.choice(["td", "div", "td-font"])
    rel.notes.append(f"story in {tag}")
    if tag == "td":
        box = f'<tr><td class="{rng.choice(["newstext", "txt", ""])}">\n{story}\n</td></tr>'
    elif tag == "div":
        box = f'<tr><td><div id="NewsContent{rel.rid}">\n{story}\n</div></td></tr>'
    else:
        box = f'<tr><td><font face="Arial" size="2">\n{story}\n</font></td></tr>'
    box = box.replace(' class=""', "")
    htag = rng.choice(["h1", "h2"])
    related = "".join(
        f'<li><a href="/eng/{rel.rid - 3 - i}">{fk.esc(t)}</a> <font size="1">'
        f"({(d - timedelta(days=i + 1)):%d/%m/%Y})</font></li>"
        for i, t in enumerate(rng.sample([x for x in fc.EN_TEASERS if x != rel.title], 3))
    )
    return (
        chrome_top(rng, rel.title, head)
        + f"""<td valign="top" class="content">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
{crumbs}
{label}
<tr><td><{htag} class="newstitle">{fk.esc(rel.title)}</{htag}></td></tr>
<tr><td><font size="1" color="#666666">{dtext}</font> &nbsp; <font size="1">Views: {rng.randrange(50, 5000)}</font></td></tr>
{lead}
{box}
<tr><td><a href="/eng/print/{rel.rid}"><img src="/eng/images/print.gif" border="0" alt="Print"></a> <a href="/eng/email/{rel.rid}"><img src="/eng/images/email.gif" border="0" alt="Email"></a>
<a href="https://www.facebook.com/sharer.php?u={rel.url}"><img src="/eng/images/facebook.gif" border="0" alt="Share on Facebook"></a></td></tr>
<tr><td><b>Related news</b><ul>{related}</ul></td></tr>
</table>
</td>
"""
        + most_read(rng, d, rel.title)
        + chrome_bottom()
    )
