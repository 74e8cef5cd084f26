"""Page renderers of the `print-view` family (DLE print views; SYNTHETIC pages)."""

from __future__ import annotations

import random
from datetime import timedelta

import famdates as fd
import famkit as fk

EN = {
    "print": "Print",
    "source": "Source",
    "date": "Date",
    "cat": "Category",
    "today": "Today",
    "yday": "Yesterday",
}


AR = {
    "print": "طباعة",
    "source": "المصدر",
    "date": "التاريخ",
    "cat": "القسم",
    "today": "اليوم",
    "yday": "أمس",
}


def date_text(rng: random.Random, rel: fk.Rel) -> tuple[str, str | None, str]:
    """The date as text; returns (text, fetched_at or None, form)."""
    w = EN if rel.lang == "en" else AR
    d = rel.date
    form = rng.choice(["dle", "dle", "rel", "week12", "long"])
    fetched = None
    if form == "dle":
        txt = f"{d.day}-{d:%m-%Y, %H:%M}"
    elif form == "rel":
        if rng.random() < 0.5:
            txt = f"{w['today']}, {d:%H:%M}"
            fetched = d.replace(hour=23, minute=59)
        else:
            txt = f"{w['yday']}, {d:%H:%M}"
            fetched = (d + timedelta(days=1)).replace(hour=rng.randrange(0, 24), minute=7)
    elif form == "week12":
        txt = f"{fd.weekday(d, rel.lang)}, {d:%d-%m-%Y} | {fd.clock12(d, rel.lang)}"
    else:
        txt = f"{fd.long_date(d, rel.lang)} {d:%H:%M}"
    if rng.random() < 0.4:
        txt = f"{w['date']}: {txt}"
    return txt, (fetched.isoformat() if fetched else None), form


def story_lines(rng: random.Random, rel: fk.Rel, style: str) -> str:
    """The story markup: byline, credit, pictures, paragraphs, tail lines."""
    lines: list[str] = []
    first, rest = fk.first_para_html(rel)
    by_pos = rng.choice(["line", "bold", "glued"]) if rel.byline else None
    if by_pos:
        rel.notes.append(f"byline {rel.byline!r} ({by_pos})")
    glued = ""
    if by_pos == "line":
        lines.append(fk.esc(rel.byline))
    elif by_pos == "bold":
        lines.append(f"<b>{fk.esc(rel.byline)}</b>")
    elif by_pos == "glued":
        glued = fk.esc(rel.byline) + "<br>\n"
    if rel.credit:
        lines.append(fk.esc(rel.credit))
        rel.notes.append(f"credit {rel.credit!r}")
    pics = []
    for img in rel.images:
        s = rng.choice(["bare:rel", "alt", "title:rel", "bare:link:rel"])
        pics.append(fk.render_img(img, s))
        rel.notes.append(f"image {s}")
    tg_pos = None
    if rel.lang == "ar":
        tg_pos = rng.choice(["end", "end", "start"])
        rel.notes.append(f"Telegram line at {tg_pos}")
    if style == "br":
        head = "<br>\n".join(lines)
        if first:
            rest = [("p", rel.share_prefix + rel.paras[0][1])] + rest
        body = fk.paras_html(rest, rng, "br")
        out = ""
        if tg_pos == "start":
            out += fk.TELEGRAM_AR + "<br><br>\n"
        if head:
            out += head + "<br>\n"
        out += "\n".join(pics) + ("<br>\n" if pics else "")
        out += glued + body
        if rel.trans_line:
            out += "<br><br>\n" + fk.esc(rel.trans_line)
        if tg_pos == "end":
            out += "<br><br>\n" + fk.TELEGRAM_AR
        return out
    parts = [f"<p>{ln}</p>" for ln in lines]
    if tg_pos == "start":
        parts.insert(0, f"<p>{fk.TELEGRAM_AR}</p>")
    parts += pics
    if first:
        parts.append(first)
    if glued:
        parts.append(f"<p>{glued}{fk.esc(rest[0][1])}</p>")
        rest = rest[1:]
    parts.append(fk.paras_html(rest, rng))
    if rel.trans_line:
        parts.append(f"<p>{fk.esc(rel.trans_line)}</p>")
    if tg_pos == "end":
        parts.append(f'<p><a href="https://t.me/inaiq">{fk.TELEGRAM_AR}</a></p>')
    return "\n".join(parts)


def release_page(rng: random.Random, rel: fk.Rel, enc: str) -> tuple[str, str | None]:
    """A print view of one release; returns (html, fetched_at)."""
    w = EN if rel.lang == "en" else AR
    dtext, fetched, form = date_text(rng, rel)
    rel.notes.append(f"date form {form}")
    style = rng.choice(["br", "p"])
    layout = rng.choice(["table", "div"])
    rel.notes.append(f"{layout} layout, {style} paragraphs")
    rel.og_image = None  # a print view carries no head metadata
    story = story_lines(rng, rel, style)
    cat = ""
    if rel.category and rng.random() < 0.5:
        cat = f"{w['cat']}: {fk.esc(rel.category)}"
        rel.notes.append("category line")
    else:
        rel.category = None
    title_tag = rng.choice(["h1", "h2", "h1"])
    meta = ""
    if enc != "utf-8" or rng.random() < 0.5:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">\n'
    src = f"{w['source']}: {rel.url.replace('print:page,1,', '')}"
    d = ' dir="rtl"' if rel.lang == "ar" else ""
    if layout == "table":
        rows = [
            f'<tr><td align="right"><a href="javascript:window.print()">{w["print"]}</a></td></tr>',
            f"<tr><td><{title_tag}>{fk.esc(rel.title)}</{title_tag}></td></tr>",
            f'<tr><td class="date">{dtext}</td></tr>',
        ]
        if cat:
            rows.insert(1, f"<tr><td>{cat}</td></tr>")
        rows.append(f"<tr><td>\n{story}\n</td></tr>")
        rows.append(f"<tr><td><hr>{fk.esc(src)}</td></tr>")
        main = (
            '<table width="100%" border="0" cellspacing="1" cellpadding="3">\n'
            + "\n".join(rows)
            + "\n</table>"
        )
    else:
        bits = [
            f'<div><button onclick="window.print()">{w["print"]}</button></div>',
            f"<{title_tag}>{fk.esc(rel.title)}</{title_tag}>",
        ]
        if cat:
            bits.append(f"<div>{cat}</div>")
        bits += [f"<div>{dtext}</div>", f"<div>\n{story}\n</div>", f"<div><hr>{fk.esc(src)}</div>"]
        main = "\n".join(bits)
    page = f"""<html{d}>
<head>
{meta}<title>{fk.esc(rel.title)}</title>
<style>body {{ font-family: Tahoma; font-size: 13px }}</style>
</head>
<body bgcolor="#FFFFFF" text="#000000">
{fk.MARK}
{main}
</body>
</html>
"""
    return page, fetched
