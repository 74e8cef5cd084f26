"""Chrome, head metadata, dates and non-release pages of the `dle-default` family (SYNTHETIC)."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

import famcontent as fc
import famkit as fk
import fampick as fp

EN_WORDS = {
    "home": "INA",
    "today": "Today",
    "yday": "Yesterday",
    "views": "views",
    "latest": "Latest news",
    "related": "Related news",
    "tags": "Tags:",
    "comments": "Comments",
    "share": "Share:",
    "more": "Read more",
}


AR_WORDS = {
    "home": "وكالة الأنباء العراقية",
    "today": "اليوم",
    "yday": "أمس",
    "views": "مشاهدة",
    "latest": "آخر الأخبار",
    "related": "أخبار ذات صلة",
    "tags": "الوسوم:",
    "comments": "التعليقات",
    "share": "شارك:",
    "more": "اقرأ المزيد",
}


def dle_date(d: datetime) -> str:
    """DLE's j-m-Y, H:i."""
    return f"{d.day}-{d:%m-%Y, %H:%M}"


def head(rng: random.Random, lang: str, title: str, charset: str, extra: str = "") -> str:
    """Document start through the header chrome."""
    meta = rng.choice(
        [
            f'<meta charset="{charset}">',
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        ]
    )
    suffix = " &raquo; INA" if lang == "en" else " &raquo; وكالة الأنباء العراقية"
    d = ' dir="rtl"' if lang == "ar" else ""
    root = "/eng/" if lang == "en" else "/"
    cookie = ""
    if rng.random() < 0.4:
        cookie = (
            '<div id="cookie-notice" class="cookie">This site uses cookies. '
            "<button>OK</button></div>"
        )
    ticker = ""
    if rng.random() < 0.5:
        items = rng.sample(fc.EN_TEASERS if lang == "en" else fc.AR_TEASERS, 3)
        ticker = (
            '<div class="ticker"><ul>'
            + "".join(
                f'<li><a href="{root}{rng.randrange(1000, 40000)}--.html">{fk.esc(t)}</a></li>'
                for t in items
            )
            + "</ul></div>"
        )
    return f"""<!DOCTYPE html>
<html lang="{lang}"{d}>
<head>
{meta}
<title>{fk.esc(title)}{suffix}</title>
<link rel="stylesheet" href="/templates/Default/style/styles.css">
{extra}
</head>
<body>
{fk.MARK}
{cookie}
<div class="wrapper">
<div class="header"><a class="logo" href="{root}"><img src="/templates/Default/images/logo.png" alt="INA"></a>
<ul class="topmenu"><li><a href="{root}">Home</a></li><li><a href="{root}lastnews/">News</a></li></ul>
</div>
{ticker}
"""


def sidebar(rng: random.Random, lang: str, after: datetime) -> str:
    """A 'Latest news' block with times later than the release."""
    w = EN_WORDS if lang == "en" else AR_WORDS
    root = "/eng/" if lang == "en" else "/"
    teas = rng.sample(fc.EN_TEASERS if lang == "en" else fc.AR_TEASERS, 4)
    items = []
    for i, t in enumerate(teas):
        d = after + timedelta(hours=2 + 3 * i, minutes=rng.randrange(60))
        items.append(
            f'<li><a href="{root}{rng.randrange(1000, 40000)}--.html">{fk.esc(t)}</a>'
            f' <span class="date">{dle_date(d)}</span></li>'
        )
    return (
        f'<div class="sidebar"><div class="block"><h4 class="btitle">{w["latest"]}</h4>'
        f'<ul class="lastnews">{"".join(items)}</ul></div></div>'
    )


def footer() -> str:
    """Closing chrome."""
    return (
        '<div class="footer">&copy; INA 2025. <a href="/eng/about.html">About</a></div>\n'
        "</div>\n</body>\n</html>\n"
    )


def listing_page(rng: random.Random) -> str:
    """An English home/category listing: short stories with dates and a pager."""
    items = []
    d = fk.rand_date(rng, 2024, 2024)
    for i, (t, cat, paras) in enumerate(rng.sample(fc.EN, 6)):
        rid = 36000 + rng.randrange(900)
        url = f"/eng/{rid}-{fk.slugify(t)}.html"
        dd = d - timedelta(hours=3 * i)
        items.append(f"""<div class="base shortstory"><div class="dpad">
<h3 class="btl"><a href="{url}">{fk.esc(t)}</a></h3>
<ul class="story_icons"><li><time datetime="{dd:%Y-%m-%d}">{dle_date(dd)}</time></li><li><a href="/eng/{cat.lower()}/">{cat}</a></li></ul>
<div class="maincont">{fk.esc(paras[0][1])}</div>
<div class="mlink"><a href="{url}">{EN_WORDS["more"]}</a></div>
</div></div>""")
    pager = (
        '<div class="navigation"><span>1</span> <a href="/eng/page/2/">2</a> '
        '<a href="/eng/page/3/">3</a> ... <a href="/eng/page/412/">412</a> '
        '<a href="/eng/page/2/">Next</a></div>'
    )
    return (
        head(rng, "en", "Iraqi News Agency", "utf-8")
        + '<div class="speedbar"><a href="/eng/">INA</a> &raquo; Latest news</div>\n'
        + "\n".join(items)
        + "\n"
        + pager
        + "\n"
        + sidebar(rng, "en", d)
        + footer()
    )


def error_page(rng: random.Random) -> str:
    """DLE's 'news not found' information box (Arabic)."""
    return (
        head(rng, "ar", "معلومات", "utf-8")
        + '<div class="base"><div class="dpad"><div class="berrors"><b>معلومات</b><br>'
        "عذراً، الخبر المطلوب غير موجود أو تم حذفه. "
        '<a href="javascript:history.go(-1)">العودة</a></div></div></div>\n'
        + sidebar(rng, "ar", fk.rand_date(rng, 2024, 2024))
        + footer()
    )


def static_page(rng: random.Random) -> str:
    """An English 'About INA' static page."""
    text = [
        "The Iraqi News Agency is the official news agency of the Republic of Iraq. It provides "
        "news services in Arabic, English, Kurdish and Turkmen.",
        "The agency covers political, economic, security, cultural and sports events inside Iraq "
        "and abroad through a network of correspondents in all governorates.",
        "Its services include news, photos, video reports and infographics, distributed to "
        "subscribers and published on its website and social media channels.",
        "For enquiries, please use the contact form or write to the editorial department.",
    ]
    paras = "\n".join(f"<p>{fk.esc(t)}</p>" for t in text)
    return (
        head(rng, "en", "About INA", "utf-8")
        + '<div class="speedbar"><a href="/eng/">INA</a> &raquo; About INA</div>\n'
        + '<div class="base"><div class="dpad"><h2 class="title">About INA</h2>'
        + f'<div class="static">{paras}</div></div></div>\n'
        + footer()
    )


def shown_date(rng: random.Random, d: datetime, date_mode: str, w: dict) -> tuple[str, str | None]:
    """The DLE date text (absolute, Today or Yesterday) and the fetch time it needs."""
    fetched = None
    if date_mode == "today":
        shown = f"{w['today']}, {d:%H:%M}"
        left = (23 - d.hour) * 60 + (59 - d.minute)
        fetched = d + timedelta(minutes=rng.randrange(0, left + 1))
    elif date_mode == "yday":
        shown = f"{w['yday']}, {d:%H:%M}"
        fetched = (d + timedelta(days=1)).replace(
            hour=rng.randrange(0, 24), minute=rng.randrange(60)
        )
    else:
        shown = dle_date(d)
        if rng.random() < 0.5:
            fetched = d + timedelta(days=rng.randrange(1, 400), hours=rng.randrange(24))
    fetched_at = fetched.replace(second=0).isoformat() if fetched else None
    return shown, fetched_at


def head_meta(rng: random.Random, rel: fk.Rel, root: str) -> tuple[list[str], str, str | None]:
    """OpenGraph, JSON-LD and inline-JSON head lines; where the category shows; a JSON-LD-only author."""
    d = rel.date
    extra = []
    ld_author = None
    if rng.random() < 0.7:
        extra.append(f'<meta property="og:title" content="{fk.esc(rel.title)}">')
        extra.append(f'<meta property="og:url" content="{rel.url}">')
        extra.append('<meta property="og:type" content="article">')
        if rel.og_image:
            extra.append(f'<meta property="og:image" content="{rel.og_image}">')
        extra.append(f'<meta property="og:description" content="{fk.esc(rel.paras[0][1][:120])}">')
        extra.append(f'<link rel="canonical" href="{rel.url}">')
    elif rel.og_image and not rel.images:
        rel.og_image = None
    show_cat = rng.choice(["speedbar", "info", "none"]) if rel.category else "none"
    if rng.random() < 0.45:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": rel.title}
        if rng.random() < 0.5:
            ld["datePublished"] = d.astimezone(fk.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            ld["datePublished"] = d.isoformat()
        if rel.author and rng.random() < 0.5:
            ld["author"] = {"@type": "Person", "name": f'<a href="{root}user/x/">{rel.author}</a>'}
        elif rel.byline is None and rel.share_prefix is None and rng.random() < 0.6:
            ld_author = rng.choice(fp.EN_AUTHORS if rel.lang == "en" else fp.AR_AUTHORS)
            ld["author"] = {"@type": "Person", "name": ld_author}
        else:
            ld["author"] = {"@type": "Organization", "name": "Iraqi News Agency"}
        if show_cat == "none" and rel.category and rng.random() < 0.6:
            ld["articleSection"] = rel.category
        extra.append(
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
        )
        rel.notes.append(f"JSON-LD (date {ld['datePublished']}, author {ld['author']['@type']})")
    if show_cat == "none" and not any("articleSection" in e for e in extra):
        rel.category = None
    if ld_author:
        rel.author = ld_author
    extra.append(
        "<script>var dle_root = '/'; var dle_news = "
        + json.dumps({"id": rel.rid, "views": rng.randrange(100, 9000), "skin": "Default"})
        + ";</script>"
    )
    return extra, show_cat, ld_author
