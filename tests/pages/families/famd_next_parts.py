"""Markup pieces for the nextjs-2022 family (synthetic server-rendered Next.js pages)."""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta

from famd_kit import (
    AR_DAYS,
    AR_MONTHS_EGYPT,
    AR_MONTHS_IRAQI,
    EN_DAYS,
    EN_MONTHS,
    MARK,
    ar_digits,
    attr,
    clock12,
    esc,
    script_json,
    utc_z,
)

SITE = {"en": "Iraqi News Agency", "ar": "وكالة الأنباء العراقية"}
TEXT = {
    "en": {
        "trending": "Trending",
        "related": "More stories",
        "news": "Get the INA briefing",
        "newsbtn": "Sign up",
        "cookie": "We use cookies to improve your experience.",
        "accept": "Accept",
        "comments": "Comments",
        "views": "views",
        "tags": "Tags",
    },
    "ar": {
        "trending": "الأكثر تداولا",
        "related": "أخبار ذات صلة",
        "news": "اشترك في النشرة",
        "newsbtn": "اشتراك",
        "cookie": "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.",
        "accept": "موافق",
        "comments": "التعليقات",
        "views": "مشاهدة",
        "tags": "الوسوم",
    },
}


def cls(rng: random.Random) -> str:
    """A styled-components style generated class pair, e.g. 'sc-1x7zq2-0 hGfTqk'."""
    a = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(6))
    b = "".join(rng.choice(string.ascii_letters) for _ in range(6))
    return f"sc-{a}-{rng.randint(0, 9)} {b}"


def en_stamp(dt: datetime, form: str, views: int) -> str:
    """English visible date: 'Mar 5, 2022, 9:40 PM', a weekday line with views, or a day."""
    hm, pm = clock12(dt)
    ampm = "PM" if pm else "AM"
    if form == "short":
        return f"{EN_MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}, {hm} {ampm}"
    if form == "weekday":
        h12 = f"{dt.hour % 12 or 12:02d}:{dt.minute:02d}"
        return f"{EN_DAYS[dt.weekday()]}, {dt:%d-%m-%Y} | {h12} {ampm} | {views:,} views"
    return f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def ar_stamp(dt: datetime, form: str) -> str:
    """Arabic visible date with Arabic-Indic digits and م/ص."""
    hm, pm = clock12(dt)
    suffix = "م" if pm else "ص"
    if form == "iraqi":
        return ar_digits(f"{dt.day} {AR_MONTHS_IRAQI[dt.month - 1]} {dt.year}، {hm} ") + suffix
    return (
        ar_digits(
            f"{AR_DAYS[dt.weekday()]} {dt.day} {AR_MONTHS_EGYPT[dt.month - 1]} {dt.year} - {hm} "
        )
        + suffix
    )


def head(
    rng: random.Random,
    lang: str,
    title: str,
    url: str,
    og_image: str,
    desc: str,
    section_meta: str | None,
    jsonld: dict | None,
) -> str:
    """The <head>: charset, OpenGraph, optional article:section and JSON-LD, styles."""
    sep = rng.choice([" | ", " - "])
    sec = (
        f'<meta property="article:section" content="{attr(section_meta)}"/>' if section_meta else ""
    )
    ld = f'<script type="application/ld+json">{script_json(jsonld)}</script>' if jsonld else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}"><head>'
        '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
        f"<title>{esc(title)}{sep}{esc(SITE[lang])}</title>"
        f'<meta name="description" content="{attr(desc)}"/>'
        f'<meta property="og:title" content="{attr(title)}"/><meta property="og:type" '
        f'content="article"/><meta property="og:url" content="{attr(url)}"/>'
        f'<meta property="og:image" content="{attr(og_image)}"/>'
        f'<meta property="og:site_name" content="INA"/>{sec}<link rel="canonical" href="{url}"/>'
        '<meta name="next-head-count" content="12"/>'
        '<link rel="preload" href="/_next/static/css/8a1c0e5b.css" as="style"/>'
        '<style data-styled="" data-styled-version="5.3.5">.hGfTqk{display:flex}'
        ".css-1x9k2a p{margin:0 0 1em}</style>"
        f"{ld}</head>\n<body>\n{MARK}\n"
    )


def chrome_top(rng: random.Random, lang: str, ticker: list[tuple[str, datetime]]) -> str:
    """Cookie banner, site header and a breaking-news ticker with times (each optional)."""
    t = TEXT[lang]
    out = f'<div id="__next"><div class="{cls(rng)}">'
    if rng.random() < 0.5:
        out += (
            f'<div data-testid="cookie-banner" class="{cls(rng)}"><p>{esc(t["cookie"])}</p>'
            f'<button type="button">{esc(t["accept"])}</button></div>\n'
        )
    home = "/eng" if lang == "en" else "/"
    out += (
        f'<header data-testid="site-header" class="{cls(rng)}"><a href="{home}">'
        f'<img src="/_next/static/media/ina-logo.4f2a9c.svg" alt="{attr(SITE[lang])}"/></a>'
        f'<nav class="{cls(rng)}"><a href="{home}">INA</a><a href="{home}/politics">Politics'
        f'</a><a href="{home}/economy">Economy</a></nav></header>\n'
    )
    if rng.random() < 0.5:
        items = "".join(
            f'<li><span class="{cls(rng)}">{d:%H:%M}</span> <a href="/x{i}">{esc(tt)}</a></li>'
            for i, (tt, d) in enumerate(ticker)
        )
        out += f'<div data-testid="breaking-ticker" class="{cls(rng)}"><ul>{items}</ul></div>\n'
    return out


def trending(rng: random.Random, lang: str, items: list[tuple[str, datetime]]) -> str:
    """The Trending rail with later times."""
    lis = "".join(
        f'<li class="{cls(rng)}"><a href="/t{i}">{esc(t)}</a><time dateTime="{utc_z(d)}">'
        f"{esc(en_stamp(d, 'short', 0) if lang == 'en' else ar_stamp(d, 'iraqi'))}</time></li>"
        for i, (t, d) in enumerate(items)
    )
    return (
        f'<aside data-testid="trending-rail" class="{cls(rng)}"><h3>{TEXT[lang]["trending"]}'
        f"</h3><ol>{lis}</ol></aside>\n"
    )


def related(rng: random.Random, lang: str, items: list[tuple[str, datetime]], n: int) -> str:
    """Related story cards with thumbnails and their own dates."""
    cards = "".join(
        f'<div data-testid="story-card" class="{cls(rng)}"><a href="/r{i}"><img src="/uploads/'
        f'thumbs/{n}-{i}.jpg" alt=""/><h4>{esc(t)}</h4></a><span data-testid="timestamp">'
        f"{esc(en_stamp(d, 'short', 0) if lang == 'en' else ar_stamp(d, 'egypt'))}</span></div>"
        for i, (t, d) in enumerate(items)
    )
    return (
        f'<section data-testid="related-stories" class="{cls(rng)}"><h3>'
        f"{TEXT[lang]['related']}</h3>{cards}</section>\n"
    )


def newsletter(rng: random.Random, lang: str) -> str:
    """A newsletter signup box."""
    t = TEXT[lang]
    return (
        f'<div data-testid="newsletter-signup" class="{cls(rng)}"><p>{esc(t["news"])}</p>'
        f'<form><input type="email" placeholder="you@example.com"/><button>{esc(t["newsbtn"])}'
        "</button></form></div>\n"
    )


def comments(rng: random.Random, lang: str, dt: datetime) -> str:
    """A comments block with its own times."""
    names = ["Haider", "Rusul"] if lang == "en" else ["حيدر", "رسل"]
    body = (
        ["Good news, thanks.", "When will this start?"]
        if lang == "en"
        else ["خبر جيد، شكرا.", "متى يبدأ التطبيق؟"]
    )
    lis = "".join(
        f'<li class="{cls(rng)}"><b>{esc(nm)}</b> <time dateTime="{utc_z(dt + timedelta(hours=5 + i))}">'
        f"{dt + timedelta(hours=5 + i):%d/%m/%Y %H:%M}</time><p>{esc(tx)}</p></li>"
        for i, (nm, tx) in enumerate(zip(names, body, strict=True))
    )
    return (
        f'<section data-testid="comments" class="{cls(rng)}"><h3>{TEXT[lang]["comments"]}'
        f"</h3><ul>{lis}</ul></section>\n"
    )


def tweet(lang: str, dt: datetime) -> str:
    """An embedded tweet blockquote (outside the story text)."""
    d = dt - timedelta(hours=2)
    text = (
        "Exports figures for the month will be announced today."
        if lang == "en"
        else ("سيتم الإعلان عن الأرقام اليوم.")
    )
    return (
        f'<div data-testid="embed"><blockquote class="twitter-tweet"><p lang="{lang}" '
        f'dir="auto">{esc(text)}</p>&mdash; Ministry (@ministry_iq) <a href="https://twitter.'
        f'com/ministry_iq/status/1500{d:%m%d%H%M}">{EN_MONTHS[d.month - 1]} {d.day}, {d.year}'
        "</a></blockquote></div>\n"
    )


def next_data(page: str, query: dict, props: dict, build: str, lang: str) -> str:
    """The __NEXT_DATA__ script."""
    data = {
        "props": {"pageProps": props, "__N_SSP": True},
        "page": page,
        "query": query,
        "buildId": build,
        "isFallback": False,
        "gssp": True,
        "locale": lang,
        "scriptLoader": [],
    }
    return (
        f'<script id="__NEXT_DATA__" type="application/json">{script_json(data)}</script>'
        '<script>self.__next_f=self.__next_f||[];window.__INA_CFG={"ads":true,'
        '"region":"iq","ts":1646505600}</script>\n</body></html>\n'
    )


def footer(rng: random.Random, lang: str) -> str:
    """Site footer and the closing of #__next."""
    return (
        f'<footer class="{cls(rng)}"><p>© 2022 {esc(SITE[lang])}</p><a href="/privacy">'
        "Privacy</a></footer></div></div>\n"
    )
