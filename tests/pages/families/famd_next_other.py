"""Non-release pages of the nextjs-2022 family: a section listing and an Arabic 404."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from famd_content import AR_STORIES, EN_STORIES
from famd_kit import BAGHDAD, esc, iso, other_label, plain, utc_z
from famd_next_parts import chrome_top, cls, en_stamp, footer, head, next_data, trending


def listing(rng: random.Random) -> tuple[str, str, dict]:
    """An English section page: a grid of story cards with timestamps."""
    start = datetime(2022, 3, 5, 21, 40, tzinfo=BAGHDAD)
    items = [(s["title"], start - timedelta(hours=3 * i + 1)) for i, s in enumerate(EN_STORIES[:7])]
    cards = "".join(
        f'<div data-testid="story-card" class="{cls(rng)}"><a href="/eng/{18200 - i}-x.html">'
        f'<img src="/eng/uploads/posts/2022-03/thumbs/{i}.jpg" alt=""/><h3>{esc(t)}</h3></a>'
        f"<p>{esc(plain(EN_STORIES[i]['paras'][0]))}</p>"
        f'<span data-testid="timestamp"><time dateTime="{utc_z(d)}">{en_stamp(d, "short", 0)}'
        "</time></span></div>\n"
        for i, (t, d) in enumerate(items)
    )
    url = "https://ina.iq/eng/economy/"
    page = (
        head(
            rng,
            "en",
            "Economy",
            url,
            "https://ina.iq/eng/og-default.png",
            "Economy news",
            None,
            None,
        )
        + chrome_top(rng, "en", items[:3])
        + f'<main class="{cls(rng)}"><h1 data-testid="section-title">Economy</h1>'
        f'<div data-testid="story-grid" class="{cls(rng)}">\n{cards}</div>'
        '<nav data-testid="pagination"><a href="/eng/economy/page/2/">Load more</a></nav>'
        + trending(rng, "en", items[3:])
        + "</main>\n"
        + footer(rng, "en")
        + next_data(
            "/eng/[section]",
            {"section": "economy"},
            {"stories": [{"title": t, "publishedAt": utc_z(d)} for t, d in items]},
            "k3Xq9vTz1Lw",
            "en",
        )
    )
    return (
        "listing-en-economy",
        page,
        other_label(
            "Next.js section page: seven story cards with timestamps, trending rail",
            url,
            "text/html; charset=utf-8",
            iso(start + timedelta(minutes=30)),
            "listing",
        ),
    )


def not_found(rng: random.Random) -> tuple[str, str, dict]:
    """The Next.js 404 page, Arabic, with the trending rail still rendered."""
    start = datetime(2022, 7, 14, 10, 5, tzinfo=BAGHDAD)
    items = [(s["title"], start - timedelta(hours=i + 1)) for i, s in enumerate(AR_STORIES[:3])]
    url = "https://ina.iq/163999--.html"
    page = (
        head(
            rng,
            "ar",
            "404: الصفحة غير موجودة",
            url,
            "https://ina.iq/og-default.png",
            "404",
            None,
            None,
        )
        + chrome_top(rng, "ar", items)
        + f'<main class="{cls(rng)}"><div data-testid="not-found" class="{cls(rng)}">'
        '<h1 class="next-error-h1">404</h1><h2>عذرا، الخبر غير موجود</h2>'
        '<p>ربما تم حذف الخبر أو تغيير رابطه.</p><a href="/">العودة إلى الرئيسية</a></div>'
        + trending(rng, "ar", items)
        + "</main>\n"
        + footer(rng, "ar")
        + next_data("/404", {}, {"statusCode": 404}, "k3Xq9vTz1Lw", "ar")
    )
    return (
        "error-ar-163999",
        page,
        other_label(
            "Next.js 404 page in Arabic (news not found) with a trending rail",
            url,
            "text/html; charset=utf-8",
            iso(start),
            "error",
        ),
    )


def other_pages(rng: random.Random) -> list[tuple[str, str, dict]]:
    """Every non-release page of the family."""
    return [listing(rng), not_found(rng)]
