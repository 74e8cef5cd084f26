"""Page parts of the wp-mirror family (WordPress theme chrome, dates, figures, non-releases).

Every page built here is SYNTHETIC.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import famc_content as C
import famc_kit as K
from famc_kit import esc

SITE = {"en": "INA Mirror", "ar": "مرآة واع"}


def others(rng: random.Random, lang: str, title: str, n: int) -> list[str]:
    """n headlines of other releases (never the page's own)."""
    pool = [t for t in (C.AR_TEASERS if lang == "ar" else C.EN_TEASERS) if t != title]
    return rng.sample(pool, n)


def head(title: str, url: str, lang: str, extra: str) -> str:
    """Doctype, synthetic mark and head."""
    d = "rtl" if lang == "ar" else "ltr"
    return (
        f'<!DOCTYPE html>\n{K.SYNTH}\n<html lang="{lang}" dir="{d}">\n<head>\n<meta charset="UTF-8">\n'
        f"<title>{esc(title)} &#8211; {SITE[lang]}</title>\n"
        f'<link rel="canonical" href="{url}">\n{extra}</head>\n'
    )


def chrome_top(rng: random.Random, lang: str, title: str = "") -> str:
    """Cookie banner, masthead and menu, news ticker."""
    out = ""
    if rng.random() < 0.5:
        out += (
            '<div id="cookie-notice" class="cn-bottom"><span>We use cookies to give you the best '
            'experience.</span> <a class="cn-button">Accept</a></div>\n'
        )
    home = "الرئيسية" if lang == "ar" else "Home"
    out += (
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">'
        f"{SITE[lang]}</a></p>\n"
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        f'<li><a href="/">{home}</a></li><li><a href="/category/politics/">Politics</a></li>'
        f'<li><a href="/category/economy/">Economy</a></li></ul></nav></header>\n'
    )
    if rng.random() < 0.5:
        t = others(rng, lang, title, 1)[0]
        out += (
            f'<div class="breaking-ticker"><span>Breaking</span><marquee>{esc(t)}</marquee></div>\n'
        )
    return out


def sidebar(rng: random.Random, lang: str, date: datetime, title: str) -> str:
    """Recent Posts widget with later dates."""
    items = ""
    for k, t in enumerate(others(rng, lang, title, 4)):
        d = date + timedelta(hours=3 * k + 2, minutes=rng.randrange(60))
        items += (
            f'<li><a href="/{rng.randrange(1000, 9999)}--.html">{esc(t)}</a> '
            f'<span class="post-date">{K.en_long(d)} {K.clock12(d)}</span></li>\n'
        )
    title = "أحدث المقالات" if lang == "ar" else "Recent Posts"
    return (
        f'<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget '
        f'widget_recent_entries"><h2 class="widget-title">{title}</h2><ul>\n{items}</ul>'
        f"</section></aside>\n"
    )


def date_html(rng: random.Random, lang: str, date: datetime) -> tuple[str, bool]:
    """The posted-on time element; returns (html, day_only)."""
    roll = rng.random()
    if roll < 0.2:
        day = date.strftime("%Y-%m-%d")
        vis = (
            K.ar_long(date)
            if lang == "ar"
            else f"{date.day} {K.EN_MONTHS[date.month - 1]} {date.year}"
        )
        return f'<time class="entry-date published updated" datetime="{day}">{vis}</time>', True
    attr = K.iso(date) if roll < 0.6 else date.astimezone(UTC).isoformat()
    if lang == "ar":
        vis = f"{K.ar_long(date)} - {K.clock12(date, 'ar')}"
    else:
        vis = f"{K.en_long(date)} at {K.clock12(date)}"
    upd = ""
    if rng.random() < 0.5:
        later = date + timedelta(hours=rng.randrange(2, 30))
        shown = K.ar_long(later) if lang == "ar" else K.en_long(later)
        upd = f'<time class="updated" datetime="{K.iso(later)}">{shown}</time>'
    return f'<time class="entry-date published" datetime="{attr}">{vis}</time>{upd}', False


def figure(
    rng: random.Random, url: str, src: str, caption: str, credit: str | None
) -> tuple[str, str, str]:
    """A captioned picture; returns (html, label url, label caption)."""
    full = K.image_url(url, src)
    kind = rng.choice(["block", "wpcap-div", "wpcap-fig"])
    cap = f"{caption} {credit}" if credit else caption
    if kind == "block":
        capx = f"{esc(caption)} <em>{esc(credit)}</em>" if credit else esc(caption)
        img = f'<img src="{src}" alt="" class="wp-image-{len(src)}">'
        if rng.random() < 0.5:
            img = f'<a href="{src}">{img.replace(".jpg", "-300x200.jpg")}</a>'
        return (
            f'<figure class="wp-block-image size-large">{img}<figcaption>{capx}\n</figcaption></figure>',
            full,
            cap,
        )
    if kind == "wpcap-fig":
        return (
            f'<figure id="attachment_{len(src)}" class="wp-caption aligncenter"><img '
            f'data-src="{src}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazyload">'
            f'<figcaption class="wp-caption-text">{esc(cap)}</figcaption></figure>',
            full,
            cap,
        )
    # an old div.wp-caption: the alt carries the same words as the caption line
    return (
        f'<div class="wp-caption alignnone"><img src="{src}" alt="{esc(cap)}" width="800">'
        f'<p class="wp-caption-text">{esc(cap)}</p></div>',
        full,
        cap,
    )


def non_releases(rng: random.Random) -> list[K.Page]:
    """A category archive, a 404 box and an About page."""
    out = []
    teasers = ""
    for k, t in enumerate(rng.sample(C.EN_TEASERS, 5)):
        d = K.rand_date(rng, 2023, 2023)
        teasers += (
            f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title">'
            f'<a href="https://ina.iq/eng/{30000 + k}-{K.slug(t)}.html">{esc(t)}</a></h2>'
            f'<span class="posted-on"><time class="entry-date published" datetime="{K.iso(d)}">'
            f'{K.en_long(d)}</time></span></header><div class="entry-summary"><p>{esc(t)} ...</p>'
            f"</div></article>\n"
        )
    url = "https://ina.iq/eng/economy/page/2/"
    page = (
        head("Economy", url, "en", "")
        + f'<body class="archive category">\n{chrome_top(rng, "en")}<main id="main">'
        + '<header class="page-header"><h1 class="page-title">Category: Economy</h1></header>\n'
        + f'{teasers}<nav class="pagination"><a class="next page-numbers">Next</a></nav></main>\n'
        + "</body>\n</html>\n"
    )
    out.append(
        K.Page(
            "wp-listing-economy",
            page,
            "utf-8",
            K.other_label("category archive with teasers", url, None, "listing"),
        )
    )
    url = "https://ina.iq/999999--.html"
    page = (
        head("الصفحة غير موجودة", url, "ar", "")
        + f'<body class="error404">\n{chrome_top(rng, "ar")}<main id="main">'
        + '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">'
        + 'عذرا! تعذر العثور على هذه الصفحة.</h1></header><div class="page-content"><p>'
        + "يبدو أنه لا يوجد شيء في هذا الموقع. ربما يمكنك تجربة البحث؟</p></div></section></main>\n"
        + "</body>\n</html>\n"
    )
    out.append(
        K.Page(
            "wp-error-404-ar",
            page,
            "utf-8",
            K.other_label("WordPress 404 box", url, "text/html; charset=UTF-8", "error"),
        )
    )
    url = "https://ina.iq/eng/about-us/"
    body = "\n".join(f"<p>{esc(p)}</p>" for p in C.EN_ABOUT)
    page = (
        head("About Us", url, "en", "")
        + f'<body class="page-template-default page">\n{chrome_top(rng, "en")}<main id="main">'
        + '<article class="page type-page"><header class="entry-header"><h1 class="entry-title">'
        + f'About Us</h1></header><div class="entry-content">{body}</div></article></main>\n'
        + "</body>\n</html>\n"
    )
    out.append(
        K.Page(
            "wp-static-about",
            page,
            "utf-8",
            K.other_label("WordPress static page", url, None, "static"),
        )
    )
    return out
