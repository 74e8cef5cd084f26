"""Pieces every release layout of the INA-like site shares: the story as parts, dates, meta tags."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from html import escape

from crawler.demo_site import vocab, vocab_ku_tk
from crawler.demo_site.content import Story
from crawler.demo_site.render import SYNTHETIC_NOTE, charset_meta
from crawler.demo_site.sections import PRINT, RELATED, ROOT, SITE_NAME, category_names, direction

__all__ = [
    "PRINT",
    "RELATED",
    "ROOT",
    "SITE_NAME",
    "SYNTHETIC_NOTE",
    "category_names",
    "charset_meta",
    "direction",
]
HOME = {"en": "Home", "ar": "الرئيسية", "ku": "سەرەکی", "tk": "Ana Sayfa"}

# One part of a story, in page order: (kind, text, extra). Kinds: "byline", "credit", "image"
# (text = src, extra = caption), "p", "h" (subheading), "ad", "translator", "telegram".
Part = tuple[str, str, str | None]


@lru_cache(maxsize=8192)  # titles and names recur on many pages (related, menus)
def e(text: str) -> str:
    """Text escaped for an HTML text node or attribute."""
    return escape(text, quote=True)


def story_parts(story: Story, base_url: str) -> list[Part]:
    """The story in page order: byline, credit, first image, paragraphs (the second image and an
    ad half way), the synthetic marker, then the translator and Telegram tails."""
    parts: list[Part] = []
    if story.byline:
        parts.append(("byline", story.byline, None))
    if story.credit:
        parts.append(("credit", story.credit, None))
    images = [("image", base_url + path, caption) for path, caption in story.images]
    if images:
        parts.append(images[0])
    paragraphs = list(story.paragraphs) + ([("p", story.marker)] if story.synthetic else [])
    middle = len(paragraphs) // 2
    for k, (kind, text) in enumerate(paragraphs):
        if k == middle and len(images) > 1:
            parts.append(images[1])
        if k == middle and story.ads_inside:
            parts.append(("ad", "", None))
        parts.append((kind, text, None))
    if story.translator_line:
        parts.append(("translator", story.translator_line, None))
    if story.telegram:
        parts.append(("telegram", vocab.TELEGRAM_LINE_AR, None))
    return parts


def views(story: Story) -> str:
    """A made-up but stable views count, as DLE shows it next to the date ("1,234")."""
    return f"{(story.release_id * 7919 + story.index * 31) % 9000 + 120:,}"


def clock12(date: datetime, lang: str) -> str:
    """A 12-hour clock time: "09:40 PM" (English, Turkmen), "09:40 م" (Arabic, Kurdish)."""
    hour = date.hour % 12 or 12
    if lang in ("en", "tk"):
        return f"{hour:02d}:{date.minute:02d} {'AM' if date.hour < 12 else 'PM'}"
    return f"{hour:02d}:{date.minute:02d} {'ص' if date.hour < 12 else 'م'}"


def long_date(date: datetime, lang: str) -> str:
    """A written-out date: "June 26, 2019", "26 حزيران 2019", "26ی حوزەیرانی 2019", "26 Haziran 2019"."""
    if lang == "en":
        return f"{vocab.MONTHS_EN[date.month - 1]} {date.day}, {date.year}"
    if lang == "ku":
        return f"{date.day}ی {vocab_ku_tk.MONTHS_KU[date.month - 1]}ی {date.year}"
    if lang == "tk":
        return f"{date.day} {vocab_ku_tk.MONTHS_TK[date.month - 1]} {date.year}"
    return f"{date.day} {vocab.MONTHS_AR_IRAQI[date.month - 1]} {date.year}"


def weekday_date(date: datetime) -> str:
    """The pre-2020 English site's date line: "Wednesday 26th June 2019 - 11:51"."""
    day = date.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return (
        f"{vocab.WEEKDAYS_EN[date.weekday()]} {day}{suffix} {vocab.MONTHS_EN[date.month - 1]} "
        f"{date.year} - {date.hour:02d}:{date.minute:02d}"
    )


def head_meta(story: Story, base_url: str, og: bool = True) -> str:
    """Description, sample-data marker, canonical link and (optionally) OpenGraph tags."""
    url = base_url + story.path
    lines = [
        f'<meta name="description" content="{e(story.summary)}">',
        f'<meta name="x-sample-data" content="{e(SYNTHETIC_NOTE)}">',
    ]
    if og:
        lines += [
            f'<meta property="og:site_name" content="{e(SITE_NAME[story.lang])}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{e(story.title)}">',
            f'<meta property="og:url" content="{e(url)}">',
        ]
        if story.images:
            lines.append(f'<meta property="og:image" content="{e(base_url + story.images[0][0])}">')
    lines.append(f'<link rel="canonical" href="{e(url)}">')
    return "\n".join(lines) + "\n"


def category_href(story: Story) -> str:
    """The path of the story's category listing."""
    return f"{ROOT[story.lang]}{story.category_slug}/"
