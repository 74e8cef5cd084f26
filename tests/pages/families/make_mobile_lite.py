"""Family `mobile-lite`: a lightweight mobile skin with minimal markup and many <br> (synthetic).

Run: .venv/bin/python tests/pages/families/make_mobile_lite.py [OUT_DIR]
"""

from __future__ import annotations

import random
from datetime import timedelta

from _common import (
    SYNTHETIC,
    TELEGRAM_AR,
    Rel,
    byline,
    day_only,
    esc,
    fetched_for,
    fmt_date,
    image_url,
    new_release,
    photo_credit,
    plain,
    thumb_of,
    translator_line,
)
from _output import (
    content_type,
    other_label,
    prepare_out_dir,
    release_label,
    write_pair,
    write_readme,
)
from _stories import AR_CAPTIONS, AR_STORIES, EN_CAPTIONS, EN_STORIES

FAMILY = "mobile-lite"
SEED = 5150
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def shell(lang: str, title: str, enc: str, inner: str, og: str = "") -> str:
    rtl = ' dir="rtl"' if lang == "ar" else ""
    home = "/eng/" if lang == "en" else "/"
    return f"""<!DOCTYPE html>
<html lang="{lang}"{rtl}>
<head>
<meta charset="{enc}">
{SYNTHETIC}
<meta name="viewport" content="width=device-width">
<title>{esc(title)}</title>
{og}</head>
<body>
<div id="top"><a href="{home}">INA</a> | <a href="{home}">{"Menu" if lang == "en" else "القائمة"}</a></div>
{inner}
<div id="foot">INA &copy; 2025</div>
</body>
</html>
"""


def story_lines(rel: Rel, mode: str) -> str:
    """The story as one <br>-split block, <p>s, or bare text in <main>."""
    parts = []
    for para in rel.paras:
        text = esc(plain(para))
        parts.append(f"<b>{text}</b>" if para.startswith("## ") else text)
    if mode == "p":
        return "\n".join(f"<p>{t}</p>" for t in parts)
    return "<br>\n<br>\n".join(parts)


def render(rng: random.Random, rel: Rel, enc: str) -> tuple[str, object]:
    en = rel.en
    fetched = None
    style = rng.choice(
        ["dle", "dle", "today", "yesterday", "day"] if en else ["dle", "today", "yesterday", "day"]
    )
    if style in {"today", "yesterday"}:
        fetched = fetched_for(rel, style)
    if style == "day":
        day_only(rel)
    shown = fmt_date(rel.date, style, rel.lang)
    if not en and rng.random() < 0.5:
        shown = shown.translate(INDIC)  # Arabic-Indic digits
    form = rng.choice(["dash", "spaced", "endash", "first"] if en else ["dash", "endash"])
    if form == "first" or rel.location is None:
        rel.author = None
    line = byline(rel, form) if rel.location else None
    credit = photo_credit(rel, rng.randrange(2))
    mode = rng.choice(["br", "p", "bare"])
    head: list[str] = []
    if line:
        head.append(f"<b>{esc(line)}</b>" if rng.random() < 0.4 else esc(line))
    if credit:
        head.append(esc(credit))
    tail = []
    tline = translator_line(rel)
    if tline:
        tail.append(esc(tline))
    if not en and rng.random() < 0.5:
        tail.append(TELEGRAM_AR)
    story = story_lines(rel, mode)
    if mode == "br":
        block = (
            "<p>"
            + "<br>\n".join(head + [story])
            + ("<br>\n<br>\n" + "<br>\n".join(tail) if tail else "")
            + "</p>"
        )
    elif mode == "p":
        block = (
            "".join(f"<p>{h}</p>\n" for h in head) + story + "".join(f"\n<p>{t}</p>" for t in tail)
        )
    else:
        block = "<br>\n".join(head + [story] + tail) + "<br>"
    img_mode = rng.choice(["alt", "lazy", "link", "og", "none"])
    lead = image_url(rng, rel)
    cap = rng.choice(EN_CAPTIONS if en else AR_CAPTIONS)
    img = ""
    og = ""
    if img_mode == "alt":
        img = f'<img src="{lead}" alt="{esc(cap)}" width="100%"><br>'
        rel.images = [{"url": lead, "caption": cap}]
    elif img_mode == "lazy":
        img = (
            f'<img id="pic" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{lead}"><br>'
        )
        rel.images = [{"url": lead, "caption": None}]
    elif img_mode == "link":
        img = f'<a href="{lead}"><img src="{thumb_of(lead)}" title="{esc(cap)}"></a><br>'
        rel.images = [{"url": lead, "caption": cap}]
    elif img_mode == "og":
        og = f'<meta property="og:image" content="{lead}">\n'
        rel.images = [{"url": lead, "caption": None}]
    cat_mode = rng.choice(["link", "crumb", "none"])
    cat = ""
    if cat_mode == "link":
        cat = f'<a id="cat" href="#">{esc(rel.category)}</a>\n'
    elif cat_mode == "crumb":
        cat = f'<div id="bc"><a href="/">INA</a> &gt; <a href="#">{esc(rel.category)}</a></div>\n'
    else:
        rel.category = None
    pool = [s[0] for s in (EN_STORIES if en else AR_STORIES) if s[0] != rel.title][:3]
    more = "".join(
        f'<a href="#">{esc(t)}</a> <small>{esc(fmt_date(rel.date + timedelta(hours=i + 1), "dle", rel.lang))}</small><br>\n'
        for i, t in enumerate(pool)
    )
    inner = (
        f"<main>\n{cat}<h1>{esc(rel.title)}</h1>\n<small>{esc(shown)}</small><br>\n{img}\n{block}\n</main>\n"
        f'<div id="more"><b>{"More news" if en else "المزيد"}</b><br>\n{more}</div>'
    )
    suffix = " - INA" if en else " - وكالة الأنباء العراقية"
    return shell(rel.lang, rel.title + suffix, enc, inner, og), fetched


def main() -> None:
    rng = random.Random(SEED)
    out = prepare_out_dir(FAMILY)
    plan = [("en", i, "normal") for i in (0, 2, 3, 5, 6, 9, 10)] + [
        ("en", 8, "old"),
        ("en", 11, "dash"),
    ]
    plan += [("ar", i, "normal") for i in (0, 1, 3, 5)] + [("ar", 6, "print")]
    for n, (lang, idx, form) in enumerate(plan):
        rel = new_release(rng, lang, idx, form)
        enc = "windows-1256" if lang == "ar" and n % 2 else "utf-8"
        page, fetched = render(rng, rel, enc)
        note = f"mobile-lite release ({lang}, {form} URL, {enc}): minimal markup, <small> date, <br> lines"
        name = f"{lang}-{rel.rid}" + ("-print" if form == "print" else "")
        write_pair(out, name, page, release_label(rel, note, content_type(enc), fetched), enc)
    teasers = "".join(
        f'<a href="/{219000 + i}--.html">{esc(t)}</a><br><small>{10 + i}-7-2024, 0{i}:30</small><br><br>\n'
        for i, (t, _, _) in enumerate(AR_STORIES)
    )
    page = shell("ar", "وكالة الأنباء العراقية", "windows-1256", f"<main>\n{teasers}</main>")
    label = other_label(
        "https://ina.iq/", "mobile home page: 7 teasers", "listing", content_type("windows-1256")
    )
    write_pair(out, "ar-home", page, label, "windows-1256")
    page = shell(
        "en",
        "404 - INA",
        "utf-8",
        "<main>\n<h1>404</h1>\nPage not found.<br>\n<a href='/eng/'>Home</a>\n</main>",
    )
    label = other_label(
        "https://ina.iq/eng/36001-x.html", "mobile 404 page", "error", content_type("utf-8")
    )
    write_pair(out, "en-404", page, label)
    write_readme(
        out,
        FAMILY,
        "Imitates a lightweight mobile skin (`m.`-style) served at the usual ina.iq URLs: minimal "
        "markup, ids instead of classes, `<main>` with an `<h1>`, the date in a `<small>` (DLE, "
        "Today/Yesterday, day-only, Arabic-Indic digits), stories as one `<br>`-split paragraph, "
        "separate `<p>`s or bare text, bold-line subheadings, byline and credit lines at the top, "
        "print-view and old `/eng/<id>` URLs, windows-1256 Arabic pages.",
    )


if __name__ == "__main__":
    main()
