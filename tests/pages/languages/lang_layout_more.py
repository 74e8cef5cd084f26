"""Two more layouts of the Kurdish/Turkmen pages: a pre-2020 table site and a 2022 redesign."""

from __future__ import annotations

import json
import random
from datetime import UTC, timedelta

from lang_forms import MARK, Rel, esc, shown_date
from lang_layout_dle import CATEGORY_SLUGS, cat_link, others
from lang_story import build_story, choose_byline


def side_style(style: str) -> str:
    """The date style for other items: solar and day-only forms fall back to the Syriac one."""
    return "syriac" if style in ("solar", "solar_both", "wp_day") else style


def most_read_table(rel: Rel, style: str, digit_kind: str) -> str:
    """The old site's right column: a 'most read' box with later dates."""
    rows = []
    for i, title in enumerate(others(rel, 4, 5)):
        later = Rel(
            rel.lang, 0, "", title, None, None, [], rel.date + timedelta(days=1 + i, hours=2)
        )
        rows.append(
            f'<tr><td><a href="{rel.root}{rel.rid + 20 + i}--.html">{esc(title)}</a><br>'
            f'<font size="1" color="#888888">{esc(shown_date(later, style, digit_kind))}</font></td></tr>'
        )
    return (
        f'<td width="220" valign="top"><table width="100%" border="1" bordercolor="#dddddd">'
        f'<tr><td bgcolor="#990000"><font color="#ffffff"><b>{rel.words["most_read"]}</b></font></td></tr>'
        + "".join(rows)
        + '</table><br><img src="/images/banner_side.gif" width="200" height="300" alt=""></td>'
    )


def table_page(rng: random.Random, rel: Rel, style: str, digit_kind: str) -> str:
    """A release on the pre-2020 table layout (<font>, <center>, spacer gifs, category label)."""
    w = rel.words
    if style in ("wp_day", "day"):
        rel.date = rel.date.replace(hour=0, minute=0)  # the page shows the day only
    shown = shown_date(rel, style, digit_kind)
    rel.notes.append(f"pre-2020 table layout; date {shown!r} ({style}, digits {digit_kind})")
    by_pos = choose_byline(rng, rel, ["own", "bold", "br", "before"])
    by_form = rng.choice(
        ["tight", "spaced", "reversed"] if rel.lang == "ku" else ["tk_tight", "spaced", "endash"]
    )
    if by_form == "reversed":
        rel.author = None
    story = build_story(
        rng, rel, by_pos, by_form, rng.choice(["top", "tail", "fig"]), rng.choice([0, 1])
    )
    cat_mode = rng.choice(["label", "crumbs", "none"])
    if cat_mode == "none":
        rel.category = None
    rel.notes.append(f"category shown: {cat_mode}")
    head_row = ""
    if cat_mode == "label":
        head_row = f'<tr><td class="section"><font color="#990000"><b>{esc(rel.category)}</b></font></td></tr>'
    elif cat_mode == "crumbs":
        head_row = f'<tr><td class="path"><a href="{rel.root}">{w["news"]}</a> &gt; {cat_link(rel)}</td></tr>'
    before = f"<tr><td><b>{esc(story.byline_before)}</b></td></tr>" if story.byline_before else ""
    holder = rng.choice(["td", "div"])
    text = story.inner
    if holder == "div":
        text = f'<div id="NewsText" align="justify">{text}</div>'
    align = "right" if rel.lang == "ku" else "left"
    sections = list(CATEGORY_SLUGS.items())
    sections = sections[:8] if rel.lang == "ku" else sections[8:]
    menu = "<br>".join(f'<a href="{rel.root}{slug}/">{esc(name)}</a>' for name, slug in sections)
    direction = ' dir="rtl"' if rel.lang == "ku" else ""
    return f"""<html{direction}>
<head>
{MARK}
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>INA - {esc(rel.title)}</title>
<link href="/{rel.root.strip("/")}/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<center>
<table width="980" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="3"><img src="/images/top_banner.jpg" width="980" height="120" alt="INA"></td></tr>
<tr><td colspan="3" bgcolor="#003366"><font color="#ffffff" size="2"><a href="{rel.root}">{w["home"]}</a> | <a href="{rel.root}news/">{w["news"]}</a></font></td></tr>
<tr>
<td width="160" valign="top"><img src="/images/spacer.gif" width="1" height="8">{menu}</td>
<td valign="top" class="content" align="{align}"><table width="100%" cellpadding="5">
{head_row}
<tr><td><font size="4" color="#003366"><b>{esc(rel.title)}</b></font></td></tr>
<tr><td><font size="1" color="#666666">{esc(shown)}</font> <a href="#"><img src="/images/print.gif" alt="{w["print"]}" border="0"></a> <img src="/images/email.gif" alt="" border="0"></td></tr>
<tr><td>{story.lead_figure}</td></tr>
{before}
<tr><td class="text">
{text}
</td></tr>
</table></td>
{most_read_table(rel, side_style(style), digit_kind)}
</tr>
<tr><td colspan="3" align="center"><font size="1">&copy; {w["home"]}</font></td></tr>
</table>
</center>
</body>
</html>
"""


def redesign_page(
    rng: random.Random, rel: Rel, style: str, digit_kind: str, person_only: bool = False
) -> str:
    """A 2022 redesign: utility classes, JSON-LD NewsArticle, chip/breadcrumb, related cards.

    person_only: the reporter is named only in JSON-LD (a Person), with no visible byline.
    """
    w = rel.words
    shown = shown_date(rel, style, digit_kind)
    rel.notes.append(f"2022 redesign; date {shown!r} ({style}, digits {digit_kind})")
    author_kind = "person" if person_only else rng.choice(["org", "org", "person", "none"])
    if author_kind == "person" and not rel.author:
        author_kind = "org"
    if person_only:
        rel.notes.append("jsonld-person")  # the name is only in JSON-LD: no visible byline
        by_pos = "none"
    else:
        by_pos = choose_byline(rng, rel, ["before", "own", "bold", "br"])
    by_form = rng.choice(
        ["tight", "spaced", "endash"] if rel.lang == "ku" else ["tk_tight", "endash"]
    )
    story = build_story(
        rng, rel, by_pos, by_form, rng.choice(["fig", "tail", "meta"]), rng.choice([1, 1, 2]), "h3"
    )
    cat_mode = rng.choice(["chip", "crumbs", "meta", "none"])
    if cat_mode == "none":
        rel.category = None
    rel.notes.append(f"JSON-LD author {author_kind}; category shown: {cat_mode}")
    published = (
        rel.date.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if rel.rid % 2
        else rel.date.isoformat()
    )
    ld: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": rel.title,
        "datePublished": published,
        "inLanguage": "ckb" if rel.lang == "ku" else "tr",
        "publisher": {"@type": "Organization", "name": w["agency"]},
        "image": [img["url"] for img in rel.images],
    }
    if author_kind == "org":
        ld["author"] = {"@type": "Organization", "name": w["agency"]}
    elif author_kind == "person":
        ld["author"] = {"@type": "Person", "name": rel.author}
    meta = [
        f'<meta property="og:title" content="{esc(rel.title)}">',
        f'<meta property="og:image" content="{rel.images[0]["url"]}">',
        f'<meta property="article:published_time" content="{rel.date.isoformat()}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
    ]
    if cat_mode == "meta":
        meta.append(f'<meta property="article:section" content="{esc(rel.category)}">')
    crumbs = chip = ""
    if cat_mode == "crumbs":
        crumbs = (
            f'<nav aria-label="breadcrumb" class="mb-2 text-sm text-gray-500"><a href="{rel.root}">{w["home"]}</a>'
            f' <span>›</span> {cat_link(rel)} <span>›</span> <span class="truncate">{esc(rel.title)}</span></nav>'
        )
    elif cat_mode == "chip":
        chip = f'<a class="inline-block rounded bg-red-700 px-2 py-0.5 text-xs text-white" href="#">{esc(rel.category)}</a>'
    credit = (
        f'<span class="css-k29f">· {esc(story.credit_meta)}</span>' if story.credit_meta else ""
    )
    before = ""
    if story.byline_before:
        before = f'<p class="mb-3 font-semibold text-red-800">{esc(story.byline_before)}</p>'
    cards = []
    for i, title in enumerate(others(rel, 3, 7)):
        later = Rel(
            rel.lang, 0, "", title, None, None, [], rel.date + timedelta(hours=1 + i, minutes=13)
        )
        cards.append(
            f'<a class="group block rounded-lg border p-3" href="{rel.root}{rel.rid + 3 + i}--.html">'
            f'<h3 class="text-base font-semibold">{esc(title)}</h3><time class="text-xs" '
            f'datetime="{later.date.isoformat()}">{esc(shown_date(later, side_style(style), digit_kind))}</time></a>'
        )
    direction = "rtl" if rel.lang == "ku" else "ltr"
    return f"""<!DOCTYPE html>
<html lang="{"ckb" if rel.lang == "ku" else "tr"}" dir="{direction}">
<head>
{MARK}
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(rel.title)} | INA</title>
{chr(10).join(meta)}
</head>
<body class="bg-gray-50 font-sans text-gray-900">
<header class="sticky top-0 z-40 bg-white shadow"><div class="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
<a href="{rel.root}" class="shrink-0"><img class="h-10" src="/assets/logo-2022.svg" alt="INA"></a>
<nav class="hidden gap-4 md:flex"><a href="{rel.root}">{w["home"]}</a><a href="{rel.root}news/">{w["news"]}</a></nav></div></header>
<main class="mx-auto grid max-w-7xl grid-cols-12 gap-6 px-4 py-6">
<article class="col-span-12 lg:col-span-8">
{crumbs}
{chip}
<h1 class="mt-2 text-2xl font-bold leading-snug md:text-3xl">{esc(rel.title)}</h1>
<div class="mt-2 flex flex-wrap items-center gap-3 text-sm text-gray-500"><time datetime="{rel.date.isoformat()}">{esc(shown)}</time><span>{rng.randrange(300, 20000):,}</span>{credit}</div>
<div class="my-3 flex gap-2" aria-label="font size"><button class="rounded border px-2">+A</button><button class="rounded border px-2">-A</button></div>
{story.lead_figure}
{before}
<div class="prose prose-lg max-w-none leading-8">
{story.inner}
</div>
<div class="mt-6 flex gap-3 border-t pt-4 text-sm"><span>{w["share"]}</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Telegram</a><a href="#">WhatsApp</a></div>
</article>
<aside class="col-span-12 lg:col-span-4"><h2 class="mb-3 text-lg font-bold">{w["related"]}</h2>{"".join(cards)}</aside>
</main>
<footer class="mt-10 bg-gray-900 py-6 text-center text-sm text-gray-400">© {rel.date.year} {w["home"]}</footer>
</body>
</html>
"""
