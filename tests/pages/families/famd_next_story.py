"""Story-level helpers for the nextjs-2022 family: dates, pictures, credits, header bits."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from famd_content import AR_PHOTOGRAPHERS, EN_PHOTOGRAPHERS
from famd_kit import BAGHDAD, ar_digits, attr, esc, utc_z
from famd_next_parts import ar_stamp, cls, en_stamp

AGENCY_ORG = {"@type": "Organization", "name": "Iraqi News Agency", "url": "https://ina.iq"}


def news_jsonld(
    title: str, dt: datetime, og: str, author: object, url: str, category: str | None
) -> dict:
    """A JSON-LD NewsArticle with the date in UTC."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": utc_z(dt),
        "image": [og],
        "author": author,
        "publisher": AGENCY_ORG,
        "mainEntityOfPage": url,
    }
    if category:
        data["articleSection"] = category
    return data


def when(rng: random.Random, n: int, lang: str) -> tuple[datetime, str, datetime, bool]:
    """Publication time, the visible date text, the fetch time and whether time is exact."""
    day = datetime(2021, 6, 1, tzinfo=BAGHDAD) + timedelta(days=rng.randint(0, 570))
    dt = day.replace(hour=rng.randint(7, 20), minute=rng.randint(0, 59))
    fetched = dt + timedelta(days=rng.randint(2, 300), hours=rng.randint(0, 5))
    if lang == "en" and n == 3:
        fetched = dt + timedelta(hours=rng.randint(1, 23 - dt.hour), minutes=-dt.minute)
        return dt, f"Today, {dt:%H:%M}", fetched, False
    if lang == "ar" and n == 11:
        fetched = dt + timedelta(days=1, hours=rng.randint(-6, 2))
        return dt, ar_digits(f"أمس، {dt:%H:%M}"), fetched, False
    if lang == "en" and n == 6:
        dt = day
        return dt, en_stamp(dt, "day", 0), fetched, True
    if lang == "en":
        return (
            dt,
            en_stamp(dt, rng.choice(["short", "weekday"]), rng.randint(90, 9000)),
            fetched,
            True,
        )
    return dt, ar_stamp(dt, rng.choice(["iraqi", "egypt"])), fetched, True


def figure(rng: random.Random, url: str, caption: str, lazy: bool) -> tuple[str, str | None]:
    """A picture as figure+figcaption, a bare img with alt, or a lazy img; returns its caption."""
    src = (
        f'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{url}"'
        if lazy
        else f'src="{url}"'
    )
    mode = rng.choice(["figcaption", "alt", "none"])
    if mode == "figcaption":
        return (
            f'<figure class="{cls(rng)}"><img {src} loading="lazy"/><figcaption>\n  '
            f"{esc(caption)}\n</figcaption></figure>"
        ), caption
    if mode == "alt":
        return f'<div class="{cls(rng)}"><img {src} alt="{attr(caption)}"/></div>', caption
    return f'<div class="{cls(rng)}"><img {src}/></div>', None


def pick_credit(rng: random.Random, en: bool) -> tuple[str | None, str | None]:
    """Maybe a photo credit line, with the photographer names."""
    if rng.random() < 0.55:
        if en:
            a, b = rng.sample(EN_PHOTOGRAPHERS, 2)
            return rng.choice(
                [(f"Photo by {a}", a), (f"Photo: {a}", a), (f"Photos by {a} and {b}", f"{a}, {b}")]
            )
        else:
            a = rng.choice(AR_PHOTOGRAPHERS)
            return rng.choice([(f"تصوير: {a}", a), (f"تصوير/ {a}/", a)])
    return None, None


def top_bits(rng: random.Random, cat_mode: str, category: str) -> str:
    """The section label or breadcrumb trail above the headline, if the mode shows one."""
    if cat_mode == "label":
        return f'<a data-testid="section-label" href="/section/{rng.randint(1, 9)}">{esc(category)}</a>'
    elif cat_mode == "crumbs":
        return (
            f'<nav data-testid="breadcrumbs" class="{cls(rng)}"><a href="/">INA</a> › '
            f'<a href="/section">{esc(category)}</a></nav>'
        )
    return ""


def share_bar(rng: random.Random) -> str:
    """Maybe a share bar."""
    if rng.random() >= 0.6:
        return ""
    return (
        f'<div data-testid="share-bar" class="{cls(rng)}"><a href="https://facebook.com/sharer">'
        '<img src="/_next/static/media/fb.svg" alt="Share on Facebook"/></a><a href="https://'
        'twitter.com/intent/tweet">Tweet</a><button>Copy link</button></div>'
    )
