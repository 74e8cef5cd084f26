"""Two layouts of the Kurdish/Turkmen pages: DataLife Engine's default skin and its print view."""

from __future__ import annotations

import json
import random
from datetime import timedelta

from lang_forms import MARK, Rel, esc, shown_date
from lang_stories_ku import KU_STORIES
from lang_stories_tk import TK_STORIES
from lang_story import build_story, choose_byline

CATEGORY_SLUGS = {
    "سیاسی": "politics", "ناوخۆ": "local", "کۆمەڵایەتی": "society", "ئابووری": "economy",
    "ئەمنی": "security", "وەرزش": "sport", "ڕۆشنبیری": "culture", "تەندروستی": "health",
    "Siyaset": "siyaset", "Yerel Haberler": "yerel", "Ekonomi": "ekonomi", "Güvenlik": "guvenlik",
    "Spor": "spor", "Toplum": "toplum", "Kültür": "kultur", "Sağlık": "saglik",
}  # fmt: skip


def html_open(
    rel_lang: str, title: str, site_name: str, extra: str = "", lang_attr: str = ""
) -> str:
    """Document start: the synthetic mark first, then charset, title and head extras."""
    lang_attr = lang_attr or ("ckb" if rel_lang == "ku" else "tr")
    direction = "rtl" if rel_lang == "ku" else "ltr"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang_attr}" dir="{direction}">\n<head>\n{MARK}\n'
        f'<meta charset="utf-8">\n<title>{esc(title)} &raquo; {esc(site_name)}</title>\n'
        f'<link rel="stylesheet" href="/templates/Default/style/styles.css">\n{extra}\n</head>\n'
    )


def others(rel: Rel, n: int, offset: int = 0) -> list[str]:
    """Titles of other stories in the same language (for sidebars and related lists)."""
    pool = [s[0] for s in (KU_STORIES if rel.lang == "ku" else TK_STORIES) if s[0] != rel.title]
    start = (rel.rid + offset) % len(pool)
    return [pool[(start + i) % len(pool)] for i in range(n)]


def cat_link(rel: Rel) -> str:
    """A link to the release's category page."""
    slug = CATEGORY_SLUGS.get(rel.category or "", "news")
    return f'<a href="{rel.root}{slug}/">{esc(rel.category or "")}</a>'


def dle_sidebar(rng: random.Random, rel: Rel, style: str) -> str:
    """'Most read' and 'latest news' boxes whose dates are later than the release."""
    w = rel.words
    items = []
    for i, title in enumerate(others(rel, 4, 3)):
        later = Rel(rel.lang, 0, "", title, None, None, [], rel.date + timedelta(minutes=7 + 9 * i))
        items.append(
            f'<li><a href="{rel.root}{rel.rid + 11 + i}--.html">{esc(title)}</a> '
            f'<span class="date">{esc(shown_date(later, style))}</span></li>'
        )
    views = rng.randrange(200, 9000)
    return (
        f'<div class="sidebar"><div class="block"><h4>{w["most_read"]}</h4><ul>'
        + "".join(items[:2])
        + f'</ul></div><div class="block"><h4>{w["latest"]}</h4><ul>'
        + "".join(items[2:])
        + f'</ul></div><div class="counter">{views}</div></div>'
    )


def dle_page(rng: random.Random, rel: Rel, style: str, digit_kind: str, lang_attr: str = "") -> str:
    """A release in DLE's default skin (speedbar, h2.title, story_icons, div.text/maincont)."""
    w = rel.words
    d = rel.date
    shown = shown_date(rel, style, digit_kind)
    rel.notes.append(f"DLE default skin; date {shown!r} ({style}, digits {digit_kind})")
    show_cat = rng.choice(["speedbar", "info", "both", "none"])
    if show_cat == "none":
        rel.category = None
    rel.notes.append(f"category shown: {show_cat}")
    by_pos = choose_byline(rng, rel, ["before", "own", "bold", "br"])
    by_form = rng.choice(
        ["tight", "spaced", "endash"] if rel.lang == "ku" else ["tk_tight", "endash", "spaced"]
    )
    story = build_story(
        rng, rel, by_pos, by_form, rng.choice(["top", "tail", "meta", "fig"]), rng.choice([0, 1, 2])
    )
    extra = [
        f'<meta property="og:title" content="{esc(rel.title)}">',
        f'<link rel="canonical" href="{rel.url}">',
    ]
    if rel.images:
        extra.append(f'<meta property="og:image" content="{rel.images[0]["url"]}">')
    if rng.random() < 0.4:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": rel.title,
            "datePublished": d.isoformat(),
            "author": {"@type": "Organization", "name": w["agency"]},
        }
        extra.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        rel.notes.append("JSON-LD with the agency as author")
    crumbs = ""
    if show_cat in ("speedbar", "both"):
        crumbs = (
            f'<div class="speedbar"><span id="dle-speedbar"><a href="{rel.root}">{w["home"]}</a>'
            f" &raquo; {cat_link(rel)} &raquo; {esc(rel.title)}</span></div>"
        )
    icons = [f'<li class="date"><time datetime="{d:%Y-%m-%d}">{esc(shown)}</time></li>']
    if show_cat in ("info", "both"):
        icons.append(f'<li class="cat">{cat_link(rel)}</li>')
    icons.append(f'<li class="views">{rng.randrange(100, 9999):,} {w["views"]}</li>')
    if story.credit_meta:
        icons.append(f'<li class="photo">{esc(story.credit_meta)}</li>')
    icons.append(
        '<li class="fsize"><a href="#" class="plus">+A</a> <a href="#" class="minus">-A</a></li>'
    )
    before = ""
    if story.byline_before:
        before = f'<div class="author"><strong>{esc(story.byline_before)}</strong></div>'
    earlier = [d - timedelta(days=2 + i) for i in range(3)]
    related = "".join(
        f'<li><a href="{rel.root}{rel.rid - 30 - i}--.html">{esc(t)}</a> '
        f"<span>{e.day}-{e.month}-{e.year}</span></li>"
        for i, (t, e) in enumerate(zip(others(rel, 3), earlier, strict=True))
    )
    comments = ""
    if rng.random() < 0.5:
        cd = d + timedelta(minutes=17)
        comments = (
            f'<div class="comments"><h4>{w["comments"]}</h4><div class="comment"><b>user_5{rel.rid % 97}</b> '
            f'<time datetime="{cd.isoformat()}">{esc(shown_date(Rel(rel.lang, 0, "", "", None, None, [], cd), "dle"))}</time>'
            "<p>&#x1F44D;</p></div></div>"
        )
    cls = rng.choice(["text", "maincont"])
    sections = list(CATEGORY_SLUGS.items())
    sections = sections[:8] if rel.lang == "ku" else sections[8:]
    nav = "".join(f'<a href="{rel.root}{slug}/">{esc(name)}</a> ' for name, slug in sections)
    return (
        html_open(rel.lang, rel.title, w["home"], "\n".join(extra), lang_attr)
        + f"""<body>
<div class="header"><a href="{rel.root}" class="logo"><img src="/templates/Default/images/logo.png" alt="INA"></a>
<div class="menu">{nav}</div></div>
{crumbs}
<div class="base fullstory">
<div class="dpad">
<h2 class="title">
  {esc(rel.title)}
</h2>
<ul class="story_icons">{"".join(icons)}</ul>
{story.lead_figure}
{before}
<div class="{cls}" id="news-id-{rel.rid}">
{story.inner}
</div>
<div class="share">{w["share"]} <a href="#" class="fb">Facebook</a> <a href="#" class="tw">X</a> <a href="#">Telegram</a></div>
<div class="related"><h4>{w["related"]}</h4><ul>{related}</ul></div>
{comments}
</div>
</div>
{dle_sidebar(rng, rel, "dle")}
<div class="footer">&copy; {d.year} {w["home"]}</div>
</body>
</html>
"""
    )


def print_page(rng: random.Random, rel: Rel, style: str, digit_kind: str) -> str:
    """A DLE print view: near-bare markup, the story as <br>-separated lines or paragraphs."""
    w = rel.words
    shown = shown_date(rel, style, digit_kind)
    rel.notes.append(f"DLE print view; date {shown!r} ({style}, digits {digit_kind})")
    by_pos = choose_byline(rng, rel, ["own", "bold", "br", "before"])
    by_form = rng.choice(["tight", "spaced"] if rel.lang == "ku" else ["tk_tight", "endash"])
    story = build_story(rng, rel, by_pos, by_form, rng.choice(["top", "tail"]), 0)
    inner = story.inner
    if rng.random() < 0.5:  # one block, paragraphs cut by <br><br>
        inner = inner.replace("</p>\n<p>", "<br><br>\n").removeprefix("<p>").removesuffix("</p>")
        rel.notes.append("story as one <br>-separated block")
    label = {"ku": "بەش", "tk": "Kategori"}[rel.lang]
    cat_line = ""
    if rng.random() < 0.5:
        cat_line = f"<tr><td>{label}: {esc(rel.category)}</td></tr>"
    else:
        rel.category = None
    rel.notes.append(f"category line: {bool(cat_line)}")
    before = f"<tr><td><i>{esc(story.byline_before)}</i></td></tr>" if story.byline_before else ""
    direction = ' dir="rtl"' if rel.lang == "ku" else ""
    return f"""<html{direction}>
<head>
{MARK}
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(rel.title)}</title>
</head>
<body bgcolor="#FFFFFF">
<div><a href="javascript:window.print()">{w["print"]}</a></div>
<table width="100%" cellpadding="4">
<tr><td><b>{esc(rel.title)}</b></td></tr>
<tr><td>{esc(shown)}</td></tr>
{cat_line}
{before}
<tr><td>
{inner}
</td></tr>
</table>
<div><hr>{w["source"]}: {rel.url.replace("print:page,1,", "")}</div>
</body>
</html>
"""
