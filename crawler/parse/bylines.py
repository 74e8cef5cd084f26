"""Datelines, bylines, photo and translator credits and promotion lines: the first and last lines of a story.

Only the opening lines are byline candidates, so an in-body mention of the agency ("told the Iraqi
News Agency (INA)") is never taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.parse import words
from crawler.parse.dates import looks_like_date_line

_DASH = r"[-–—‐−/]"


def _any(labels: tuple[str, ...]) -> str:
    """A regex alternation of labels, longest first, spaces matching any run of spaces."""
    ordered = sorted(labels, key=len, reverse=True)
    return "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in ordered)


_AGENCY = rf"(?:{_any(words.AGENCY)})"
# A word of a place name; ZWNJ may sit inside a Kurdish word.
_WORD = r"[^\W\d_][\w'’.\u200c]*"
_PLACE = rf"(?P<place>{_WORD}(?:[ -]{_WORD}){{0,3}}?)"
_DATELINE = re.compile(
    rf"^\s*{_PLACE}\s*{_DASH}\s*{_AGENCY}(?![\w])\s*(?:{_DASH}+\s*(?P<rest>.*?))?\s*$", re.DOTALL
)
_DATELINE_REVERSED = re.compile(
    rf"^\s*{_AGENCY}\s*{_DASH}\s*{_PLACE}(?![\w])\s*(?:{_DASH}+\s*(?P<rest>.*?))?\s*$", re.DOTALL
)


def _credit(latin: tuple[str, ...], arabic: tuple[str, ...], colon: tuple[str, ...]) -> re.Pattern:
    """A credit line: a Latin label then "by", ":" or a dash; an Arabic label then the names
    (a separator optional); a Kurdish or Turkish label then ":", "/" or a dash."""
    return re.compile(
        rf"^\s*(?:{_any(latin)})\s*(?:by\b|:|-|–)\s*(?P<names>.+?)\s*$"
        rf"|^\s*(?:{_any(arabic)})\s*[:/\-–]?\s*(?P<ar_names>.+?)[\s/]*$"
        rf"|^\s*(?:{_any(colon)})\s*[:/\-–]\s*(?P<colon_names>.+?)[\s/]*$",
        re.IGNORECASE,
    )


_PHOTO = _credit(words.PHOTO_LABELS, words.PHOTO_LABELS_ARABIC, words.PHOTO_LABELS_WITH_COLON)
_TRANSLATOR = re.compile(
    r"^\s*(?:translated\s+by|translation\s*(?:by)?|translator)\s*:?\s*(?P<names>.+?)\s*$"
    rf"|^\s*(?:{_any(words.TRANSLATOR_LABELS_ARABIC)})\s*[:/\-–]?\s*(?P<ar_names>.+?)[\s/]*$"
    rf"|^\s*(?:{_any(words.TRANSLATOR_LABELS_WITH_COLON)})\s*[:/\-–]\s*(?P<colon_names>.+?)[\s/]*$",
    re.IGNORECASE,
)
_PROMOTION = re.compile(
    r"(?:اشترك|تابعونا|تابعوا|انضم).{0,60}(?:التليكرام|التلغرام|تلغرام|تيليجرام|تليجرام)"
    r"|(?:subscribe|join|follow).{0,60}telegram"
    rf"|(?:{_any(words.PROMOTION_VERBS)}).{{0,60}}(?:{_any(words.PROMOTION_TELEGRAM)})"
    rf"|(?:{_any(words.PROMOTION_TELEGRAM)}).{{0,60}}(?:{_any(words.PROMOTION_VERBS)})",
    re.IGNORECASE,
)
# Every promotion names Telegram: a substring test on these spares the regex on every paragraph.
# ("telegram" has no letter that re's IGNORECASE matches outside ASCII, so lower() is exact.)
_TELEGRAM_WORDS = ("telegram", "تليكرام", "تلغرام", "تيليجرام", "تليجرام") + tuple(
    word.lower() for word in words.PROMOTION_TELEGRAM
)
_FONT_WIDGET = re.compile(r"^[•·|\s]*(?:\+\s*A\s*-\s*A|A\s*\+\s*A\s*-)[•·|\s]*$")
_FONT_WIDGET_ANYWHERE = re.compile(r"(?:\+\s*A\s*-\s*A|A\s*\+\s*A\s*-)(?![\w])")
_JOINED_AND = re.compile(r"\s+و(?=[^\W\d_])")
_ONLY_BULLETS = re.compile(r"^[•·|\s]*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|،|&|\band\b|\bve\b|\sو\s)\s*", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"[\d.;:!?\"“”«»()]")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place, the author (when the byline names one) and any story text on the same line."""

    place: str
    author: str | None = None
    rest: str | None = None


def is_name(text: str) -> bool:
    """Whether text looks like a person's name rather than a sentence."""
    words = text.split()
    return 0 < len(words) <= 4 and len(text) <= 45 and not _NOT_A_NAME.search(text)


def parse_dateline(line: str) -> Dateline | None:
    """A dateline/byline ("Baghdad-INA- Amna Al-Salami", "INA - Baghdad", "بغداد - واع"), or None."""
    if len(line) > 400:
        line = line[:400]
    match = _DATELINE.match(line) or _DATELINE_REVERSED.match(line)
    if match is None:
        return None
    rest = (match.group("rest") or "").strip(" -–—/")
    if not rest:
        return Dateline(match.group("place"))
    if is_name(rest):
        return Dateline(match.group("place"), author=rest)
    return Dateline(match.group("place"), rest=rest)


def _names(raw: str) -> list[str]:
    """Names in a credit, split on commas and "and"/"و" (also و joined to the next name)."""
    raw = _FONT_WIDGET_ANYWHERE.sub(" ", raw).strip()
    names = [n for n in (n.strip(" -–—/.|•") for n in _NAME_SPLIT.split(raw)) if n]
    split: list[str] = []
    for name in names:
        parts = [p.strip() for p in _JOINED_AND.split(name)]
        # "أحمد نزار وحسين طالب" is two people; "محمد وليد" is one (a name may start with و)
        split += parts if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts) else [name]
    return split


def parse_photo_credit(line: str) -> list[str] | None:
    """The photographers of a credit line ("Photo by A and B", "تصوير: كرم الأعسم"), or None."""
    if len(line) > 120:
        return None
    match = _PHOTO.match(line)
    if match is None:
        return None
    names = _names(
        match.group("names") or match.group("ar_names") or match.group("colon_names") or ""
    )
    return names if names and all(is_name(n) for n in names) else None


def parse_translator(line: str) -> str | None:
    """The translator of a "Translated by X" line, or None."""
    if len(line) > 120:
        return None
    match = _TRANSLATOR.match(line)
    if match is None:
        return None
    names = _names(
        match.group("names") or match.group("ar_names") or match.group("colon_names") or ""
    )
    return ", ".join(names) if names and all(is_name(n) for n in names) else None


def is_promotion(line: str) -> bool:
    """Whether a line is a promotion (the Telegram "subscribe to our channel" line)."""
    if len(line) >= 200:
        return False
    lowered = line.lower()
    if not any(word in lowered for word in _TELEGRAM_WORDS):
        return False
    return _PROMOTION.search(line) is not None


def is_chrome(line: str) -> bool:
    """Whether a line is page furniture: the font-size widget, bullets, a bare date."""
    return bool(_FONT_WIDGET.match(line) or _ONLY_BULLETS.match(line) or looks_like_date_line(line))
