"""What a line at a story's edge is: breadcrumb, headline, date line, font widget, share or tags
line, category label, byline, photo or translator credit, promotion, related-news heading.

Like jusText's paragraph classes, each line gets one kind from its text alone (cached, as a
story's edges are looked at several times); ``lines.py`` decides what to do with each kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crawler.parse import words
from crawler.parse.bylines import (
    is_chrome,
    is_promotion,
    parse_dateline,
    parse_photo_credit,
    parse_translator,
)
from crawler.parse.dates import looks_like_date_line


def _any(labels: tuple[str, ...]) -> str:
    """A regex alternation of labels from ``words``, longest first."""
    return "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))


_SHARE_WORDS = (
    r"share|sharing|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|copy"
    r"|link|messenger|viber|شارك|مشاركة|فيسبوك|تويتر|واتساب|تلغرام|تيليغرام|طباعة|نسخ|الرابط|ارسال|"
    + _any(words.SHARE_WORDS)
)
_SHARE = re.compile(rf"^(?:(?:{_SHARE_WORDS})\b[\s:|•·/,-]*)+$", re.IGNORECASE)
_SHARE_LEAD = re.compile(
    r"^(?:share(?: this)?(?: article| news)?|شارك(?: الخبر)?|مشاركة)\s*[:：]", re.I
)
_TAGS = re.compile(rf"^(?:{_any(words.TAG_LABELS)})\s*[:：]", re.I)
CATEGORY_LINE = re.compile(
    rf"^(?:{_any(words.CATEGORY_LABELS)})\s*[:：]\s*(?P<name>.{{1,40}})$", re.I
)
AUTHOR_LINE = re.compile(
    rf"^(?:{_any(words.AUTHOR_LABELS)})\s*[:：]?\s+(?P<name>[^\d|:]{{3,45}})$", re.IGNORECASE
)
_RELATED = re.compile(
    r"^(?:related(?: news| articles| stories| posts)?|read (?:also|more)|see also|more news|"
    r"you may also like|اقرأ أيضا|اقرأ ايضا|اقرأ أيضاً|أخبار ذات صلة|اخبار ذات صلة|مواضيع ذات صلة"
    rf"|المزيد من الأخبار|شاهد أيضا|{_any(words.RELATED_HEADINGS)})\s*[:：]?$",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(?:source|المصدر)\s*[:：]\s*(?:ina|ina\.iq|واع|وكالة الأنباء العراقية)\.?$"
    r"|^(?:print|print this page|print version|طباعة|نسخة للطباعة|back|رجوع|العودة)$"
    r"|^(?:views?|reads?|المشاهدات|عدد المشاهدات|مشاهدات)\s*[:：]?\s*[\d,.]+$"
    r"|^[\d,.]+\s*(?:views?|reads?|مشاهدة|مشاهدات|قراءة)$"
    r"|^(?:\d+\s*(?:min(?:ute)?s?|دقائق|دقيقة)\s*(?:read|قراءة)|reading time.*|listen to this.*)$"
    r"|^(?:[aA]\s*[+-]\s*){2,3}$|^(?:تكبير|تصغير)\s*الخط.*$"
    rf"|^(?:{_any(words.PRINT_WORDS)})$"
    rf"|^(?:{_any(words.VIEWS_WORDS)})\s*[:：]?\s*[\d,.]+$|^[\d,.]+\s*(?:{_any(words.VIEWS_WORDS)})$",
    re.IGNORECASE,
)
_BREADCRUMB_SPLIT = re.compile(r"\s+[»›>/|\\]\s+|\s*[»›]\s*")
_STRONG_SEPARATOR = re.compile(r"[»›]|\s>\s")
_HOME_WORDS = {
    "home",
    "الرئيسية",
    "الصفحة الرئيسية",
    "ina",
    "main",
    "رئيسية",
    "news home",
    "واع",
    "ina.iq",
    "ina english",
    "english",
    "عربي",
    "homepage",
    "start",
    *words.HOME_WORDS,
}
_SENTENCE_END = re.compile(r"[.!?؟…:\"”»]\s*$")
_CREDIT_TAIL = re.compile(
    rf"(?:^|\s)((?:photos?|pictures?|تصوير|عدسة|{_any(words.PHOTO_LABELS_WITH_COLON)})\b.*)$",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\s+[|•·]\s+|\s*[|•·]\s*")


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph of text and what its markup says: all of it a link, bold, a heading."""

    text: str
    link_only: bool = False
    emphasis: bool = False


def is_breadcrumb(text: str) -> bool:
    """A trail such as "Home » Security » Title" or "الرئيسية > سياسية"."""
    if len(text) > 200:
        return False
    parts = [p.strip() for p in _BREADCRUMB_SPLIT.split(text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 6 for p in parts[:-1]):
        return False
    return is_home(parts[0]) or (len(parts) >= 3 and bool(_STRONG_SEPARATOR.search(text)))


def breadcrumb_parts(text: str) -> list[str]:
    """The items of a breadcrumb trail, in order."""
    return [p.strip() for p in _BREADCRUMB_SPLIT.split(text) if p.strip()]


def is_home(text: str) -> bool:
    """A breadcrumb item naming the home page or the site itself."""
    folded = text.strip().lower()
    return folded in _HOME_WORDS or any(name in folded for name in words.AGENCY_NAME_WORDS)


def classify(line: Line, title: str | None) -> str | None:
    """The kind of a line at a story's edge, or None for story text."""
    if title and _same(line.text, title):
        return "headline"
    return _kind(line.text)


@lru_cache(maxsize=16384)
def _kind(text: str) -> str | None:
    """The kind of a line's text (cached: every story's edges are classified several times)."""
    if is_promotion(text):
        return "promotion"
    if len(text) > 160:
        return "byline" if parse_dateline(text) else None
    if parse_photo_credit(text):
        return "photo"
    if parse_translator(text):
        return "translator"
    if looks_like_date_line(text):
        return "date"
    if is_chrome(text) or _CHROME.match(text):
        return "chrome"
    if _SHARE.match(text) or _SHARE_LEAD.match(text):
        return "share"
    if _TAGS.match(text):
        return "tags"
    if _RELATED.match(text):
        return "related"
    if CATEGORY_LINE.match(text):
        return "category"
    if is_breadcrumb(text):
        return "breadcrumb"
    if parse_dateline(text):
        return "byline"
    if AUTHOR_LINE.match(text) and not _SENTENCE_END.search(text):
        return "author"
    if any(_is_meta_segment(s) for s in segments(text)) or credit_tail(text):
        return "meta"
    return None


def credit_tail(text: str) -> list[str] | None:
    """A photo credit ending an info line whose other words are a date and counters."""
    match = _CREDIT_TAIL.search(text)
    if match is None or match.start() == 0 or not (names := parse_photo_credit(match.group(1))):
        return None
    rest = text[: match.start()].strip(" |•·-–—")
    return names if looks_like_date_line(rest) or _CHROME.match(rest) else None


def _same(text: str, title: str) -> bool:
    return " ".join(text.split()).casefold() == _folded_title(title)


@lru_cache(maxsize=4096)
def _folded_title(text: str) -> str:
    """A title with its spaces collapsed, case-folded (cached: a page compares every edge line
    with the same title)."""
    return " ".join(text.split()).casefold()


def segments(text: str) -> list[str]:
    """The pieces of an info line ("By X | Photo: Y | 15-11-2020"), when it has separators."""
    parts = [p.strip() for p in _SEGMENT_SPLIT.split(text) if p.strip()]
    return parts if len(parts) > 1 else []


def _is_meta_segment(segment: str) -> bool:
    return bool(
        parse_photo_credit(segment)
        or looks_like_date_line(segment)
        or AUTHOR_LINE.match(segment)
        or parse_dateline(segment)
        or CATEGORY_LINE.match(segment)
        or _CHROME.match(segment)
    )


def is_label(line: Line) -> bool:
    """A short non-sentence line: a category label, a kicker, a heading of chrome."""
    words = line.text.split()
    return 0 < len(words) <= 4 and len(line.text) <= 40 and not _SENTENCE_END.search(line.text)
