"""Page renderers of the `dle-custom` family (a customised DLE skin; SYNTHETIC pages)."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

import famcontent as fc
import famdates as fd
import famkit as fk

W = {
    "en": {"home": "INA", "latest": "Latest news", "related": "Related news", "views": "views",
           "share": "Share", "tags": "Tags", "site": "Iraqi News Agency"},
    "ar": {"home": "واع", "latest": "آخر الأخبار", "related": "أخبار ذات صلة", "views": "مشاهدة",
           "share": "مشاركة", "tags": "كلمات مفتاحية", "site": "وكالة الأنباء العراقية"},
}  # fmt: skip


CONTAINERS = [
    ("section", "post-content"),
    ("div", "entry"),
    ("article", "prose"),
    ("div", "css-1x9k2a"),
    ("section", ""),
    ("main", "x7f3"),
    ("div", "post-content entry"),
]


def root(lang: str) -> str:
    """The language section's root path."""
    return "/eng/" if lang == "en" else "/"


def teasers(lang: str, skip: str = "") -> list[str]:
    """Other headlines for cards and sidebars."""
    return [t for t in (fc.EN_TEASERS if lang == "en" else fc.AR_TEASERS) if t != skip]


def date_line(rng: random.Random, d: datetime, lang: str) -> tuple[str, str]:
    """A visible date line in one of the skin's forms; returns (html, form name)."""
    views = f"{rng.randrange(1, 30)},{rng.randrange(1000):03d}"
    eye = f'<i class="icon-eye"></i> {views} {W[lang]["views"]}'
    form = rng.choice(
        ["week12", "long24", "iso", "indic"] if lang == "ar" else ["week12", "long24", "iso"]
    )
    if form == "week12":
        txt = f"{fd.weekday(d, lang)}, {d:%d-%m-%Y} | {fd.clock12(d, lang)}"
        if lang == "ar":
            txt = txt.replace(", ", "، ", 1)
    elif form == "long24":
        txt = f"{fd.long_date(d, lang)} - {d:%H:%M}"
    elif form == "iso":
        txt = f"{d:%Y/%m/%d %H:%M}"
    else:
        txt = fd.indic(f"{d:%d-%m-%Y} | {fd.clock12(d, lang)}")
    return f'<i class="icon-clock"></i> <span class="date">{txt}</span> | {eye}', form


def cards(rng: random.Random, lang: str, d: datetime, skip: str, later: bool) -> str:
    """Related-news cards (earlier dates) or sidebar items (later dates) with thumbnails."""
    out = []
    for i, t in enumerate(rng.sample(teasers(lang, skip), 4)):
        dd = d + timedelta(hours=1 + 2 * i) if later else d - timedelta(days=1 + i, hours=3)
        rid = rng.randrange(1000, 220000)
        thumb = f"{root(lang)}uploads/posts/{dd:%Y-%m}/thumbs/{rid}.jpg"
        out.append(
            f'<div class="card"><a href="{root(lang)}{rid}--.html"><img src="{thumb}" alt=""></a>'
            f'<h4><a href="{root(lang)}{rid}--.html">{fk.esc(t)}</a></h4>'
            f'<time datetime="{dd.isoformat()}">{dd:%d-%m-%Y %H:%M}</time></div>'
        )
    return "\n".join(out)


def page_start(rng: random.Random, lang: str, title: str, head_extra: str, enc: str) -> str:
    """Head and site header."""
    d = ' dir="rtl"' if lang == "ar" else ""
    sep = rng.choice([" - ", " | "])
    cookie = ""
    if rng.random() < 0.4:
        cookie = (
            '<div class="gdpr-bar" role="dialog">We use cookies to improve your '
            'experience. <a href="#" class="accept">Accept</a></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="{lang}"{d}>
<head>
<meta charset="{enc}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{fk.esc(title)}{sep}{W[lang]["site"]}</title>
{head_extra}
</head>
<body class="news-page">
{fk.MARK}
<header class="site-head"><a href="{root(lang)}" class="brand"><img src="/templates/ina2/img/logo.svg" alt="{W[lang]["site"]}"></a>
<nav class="menu"><a href="{root(lang)}politics/">Politics</a> <a href="{root(lang)}economy/">Economy</a> <a href="{root(lang)}security/">Security</a></nav>
<form class="search" action="{root(lang)}index.php?do=search"><input name="story"></form></header>
{cookie}
"""


def page_end(rng: random.Random, lang: str, d: datetime, skip: str) -> str:
    """Sidebar with later news, footer."""
    return f"""<aside class="sidebar"><h3>{W[lang]["latest"]}</h3>
{cards(rng, lang, d, skip, later=True)}
</aside>
<footer class="foot">&copy; {W[lang]["site"]} <a href="{root(lang)}contact.html">Contact</a></footer>
</body>
</html>
"""


def release_page(rng: random.Random, rel: fk.Rel, enc: str) -> str:
    """The full page for one release."""
    lang, d = rel.lang, rel.date
    head = [
        f'<meta property="og:title" content="{fk.esc(rel.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{rel.url}">',
    ]
    if rel.og_image:
        head.append(f'<meta property="og:image" content="{rel.og_image}">')
    cat_pos = rng.choice(["label", "crumbs", "section-meta", "none"]) if rel.category else "none"
    rel.notes.append(f"category: {cat_pos}")
    if cat_pos == "section-meta":
        head.append(f'<meta property="article:section" content="{fk.esc(rel.category)}">')
    elif cat_pos == "none":
        rel.category = None
    if rng.random() < 0.4:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": rel.title,
            "datePublished": d.astimezone(fk.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "author": {"@type": "Organization", "name": W[lang]["site"]},
            "publisher": {
                "@type": "Organization",
                "name": W[lang]["site"],
                "logo": {"@type": "ImageObject", "url": fk.SITE + "/logo.png"},
            },
        }
        head.append(
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
        )
        rel.notes.append("JSON-LD with UTC date, Organization author")
    head.append(
        "<script>window.__NEWS__ = "
        + json.dumps({"newsId": rel.rid, "lang": lang, "comments": rng.randrange(0, 9)})
        + ";</script>"
    )

    crumbs = f'<a href="{root(lang)}">{W[lang]["home"]}</a>'
    if cat_pos == "crumbs":
        crumbs += f' <span>›</span> <a href="{root(lang)}section/">{fk.esc(rel.category)}</a>'
    if cat_pos == "crumbs" or rng.random() < 0.5:
        crumbs += f" <span>›</span> <span>{fk.esc(rel.title)}</span>"
    label = ""
    if cat_pos == "label":
        label = f'<a class="cat-label" href="{root(lang)}section/">{fk.esc(rel.category)}</a>'
    dline, dform = date_line(rng, d, lang)
    rel.notes.append(f"date form {dform}")
    credit_pos = rng.choice(["meta", "fig", "content"]) if rel.credit else None
    if credit_pos == "fig" and not rel.images:
        credit_pos = "content"
    if credit_pos:
        rel.notes.append(f"credit {rel.credit!r} ({credit_pos})")
    if credit_pos == "meta":
        dline += f' | <i class="icon-camera"></i> {fk.esc(rel.credit)}'
    lead = ""
    pics = []
    for i, img in enumerate(rel.images):
        if i == 0:
            if credit_pos == "fig":
                img["caption"] = rel.credit
                style = "figure:link"
            else:
                style = rng.choice(["alt:link", "figure:link", "bare:link:rel", "title:link"])
            lead = f'<div class="lead-pic">{fk.render_img(img, style)}</div>'
        else:
            style = rng.choice(["figure", "alt:lazy", "title:rel"])
            pics.append(fk.render_img(img, style))
        rel.notes.append(f"image {style}")
    by_pos = rng.choice(["top-bold", "br", "before", "strong-span"]) if rel.byline else None
    if by_pos:
        rel.notes.append(f"byline {rel.byline!r} ({by_pos})")
    first, rest = fk.first_para_html(rel)
    parts: list[str] = []
    before = ""
    if by_pos == "top-bold":
        parts.append(f"<p><b>{fk.esc(rel.byline)}</b></p>")
    elif by_pos == "strong-span":
        parts.append(f'<div><strong class="byline">{fk.esc(rel.byline)}</strong></div>')
    elif by_pos == "before":
        before = f'<p class="news-author">{fk.esc(rel.byline)}</p>'
    elif by_pos == "br":
        parts.append(f"<p><strong>{fk.esc(rel.byline)}</strong><br>{fk.esc(rest[0][1])}</p>")
        rest = rest[1:]
    if credit_pos == "content":
        parts.append(f'<p class="credit">{fk.esc(rel.credit)}</p>')
    if first:
        parts.append(first)
    body = fk.paras_html(rest, rng)
    if pics:
        cut = body.rfind("<p>")
        body = body[:cut] + "\n".join(pics) + "\n" + body[cut:]
    parts.append(body)
    if rel.trans_line:
        parts.append(f"<p><em>{fk.esc(rel.trans_line)}</em></p>")
    if lang == "en" and rng.random() < 0.3:
        parts.append(f'<p class="tg-promo"><a href="https://t.me/inaiq">{fk.TELEGRAM_EN}</a></p>')
        rel.notes.append("Telegram promo line")
    tag, cls = rng.choice(CONTAINERS)
    rel.notes.append(f"container <{tag} class={cls!r}>")
    cattr = f' class="{cls}"' if cls else ""
    story = "\n".join(parts)
    return (
        page_start(rng, lang, rel.title, "\n".join(head), enc)
        + f"""<nav class="crumbs">{crumbs}</nav>
<div class="layout">
<article class="fullnews" id="news-id-{rel.rid}">
{label}
<h1 class="entry-title">{fk.esc(rel.title)}</h1>
<div class="meta-bar">{dline} <span class="font-tools"><a href="#">+A</a> <a href="#">-A</a></span></div>
{lead}
{before}
<{tag}{cattr}>
{story}
</{tag}>
<div class="share-bar"><span>{W[lang]["share"]}</span> <a href="#"><img src="/templates/ina2/img/fb.svg" alt="facebook"></a> <a href="#"><img src="/templates/ina2/img/x.svg" alt="x"></a></div>
<div class="tags-line">{W[lang]["tags"]}: <a href="{root(lang)}tags/iraq/">Iraq</a></div>
</article>
<section class="related"><h3>{W[lang]["related"]}</h3>
{cards(rng, lang, d, rel.title, later=False)}
</section>
</div>
"""
        + page_end(rng, lang, d, rel.title)
    )
