"""The lines at both ends of a story, classified: chrome to skip, credits to keep as fields, body.

Like jusText's paragraph classes: each line gets a kind (breadcrumb, headline, date line, font
widget, share or tags line, category label, byline, photo or translator credit, promotion,
related-news heading...) and the head and tail of the story drop the kinds known to be chrome
instead of stopping at the first line they do not know. A line that is not recognised stays in
the body: an empty field is better than a lost paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crawler.parse.bylines import (
    is_chrome,
    is_promotion,
    parse_dateline,
    parse_photo_credit,
    parse_translator,
)
from crawler.parse.dates import looks_like_date_line

_HEAD_WINDOW = 8
_TAIL_WINDOW = 8
_SHARE_WORDS = (
    r"share|sharing|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|copy"
    r"|link|messenger|viber|شارك|مشاركة|فيسبوك|تويتر|واتساب|تلغرام|تيليغرام|طباعة|نسخ|الرابط|ارسال"
)
_SHARE = re.compile(rf"^(?:(?:{_SHARE_WORDS})\b[\s:|•·/,-]*)+$", re.IGNORECASE)
_SHARE_LEAD = re.compile(
    r"^(?:share(?: this)?(?: article| news)?|شارك(?: الخبر)?|مشاركة)\s*[:：]", re.I
)
_TAGS = re.compile(
    r"^(?:tags|keywords|topics|الكلمات المفتاحية|كلمات مفتاحية|الوسوم|وسوم|كلمات دلالية)\s*[:：]",
    re.I,
)
_CATEGORY_LINE = re.compile(
    r"^(?:category|section|filed under|القسم|التصنيف|الفئة|قسم)\s*[:：]\s*(?P<name>.{1,40})$", re.I
)
_AUTHOR_LINE = re.compile(
    r"^(?:by|written by|reported by|reporter|author|بقلم|كتب|كتبت|المحرر|إعداد|اعداد)\s*[:：]?\s+"
    r"(?P<name>[^\d|:]{3,45})$",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:related(?: news| articles| stories| posts)?|read (?:also|more)|see also|more news|"
    r"you may also like|اقرأ أيضا|اقرأ ايضا|اقرأ أيضاً|أخبار ذات صلة|اخبار ذات صلة|مواضيع ذات صلة"
    r"|المزيد من الأخبار|شاهد أيضا)\s*[:：]?$",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(?:source|المصدر)\s*[:：]\s*(?:ina|ina\.iq|واع|وكالة الأنباء العراقية)\.?$"
    r"|^(?:print|print this page|print version|طباعة|نسخة للطباعة|back|رجوع|العودة)$"
    r"|^(?:views?|reads?|المشاهدات|عدد المشاهدات|مشاهدات)\s*[:：]?\s*[\d,.]+$"
    r"|^[\d,.]+\s*(?:views?|reads?|مشاهدة|مشاهدات|قراءة)$"
    r"|^(?:\d+\s*(?:min(?:ute)?s?|دقائق|دقيقة)\s*(?:read|قراءة)|reading time.*|listen to this.*)$"
    r"|^(?:[aA]\s*[+-]\s*){2,3}$|^(?:تكبير|تصغير)\s*الخط.*$",
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
}
_SENTENCE_END = re.compile(r"[.!?؟…:\"”»]\s*$")
_CREDIT_TAIL = re.compile(r"(?:^|\s)((?:photos?|pictures?|تصوير|عدسة)\b.*)$", re.IGNORECASE)
_SEGMENT_SPLIT = re.compile(r"\s+[|•·]\s+|\s*[|•·]\s*")


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph of text and what its markup says: all of it a link, bold, a heading."""

    text: str
    link_only: bool = False
    emphasis: bool = False


@dataclass(slots=True)
class Story:
    """A story's body lines with the byline and credit lines taken out as fields."""

    paragraphs: list[str]
    location: str | None = None
    author: str | None = None
    photographers: list[str] = field(default_factory=list)
    translator: str | None = None
    category: str | None = None
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (kind, line) for --explain
    date_lines: list[str] = field(default_factory=list)


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
    return folded in _HOME_WORDS or "news agency" in folded or "وكالة الأنباء" in folded


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
    if _CATEGORY_LINE.match(text):
        return "category"
    if is_breadcrumb(text):
        return "breadcrumb"
    if parse_dateline(text):
        return "byline"
    if _AUTHOR_LINE.match(text) and not _SENTENCE_END.search(text):
        return "author"
    if any(_is_meta_segment(s) for s in _segments(text)) or _credit_tail(text):
        return "meta"
    return None


def _credit_tail(text: str) -> list[str] | None:
    """A photo credit ending an info line whose other words are a date and counters."""
    match = _CREDIT_TAIL.search(text)
    if match is None or match.start() == 0 or not (names := parse_photo_credit(match.group(1))):
        return None
    rest = text[: match.start()].strip(" |•·-–—")
    return names if looks_like_date_line(rest) or _CHROME.match(rest) else None


def _same(text: str, title: str) -> bool:
    return " ".join(text.split()).casefold() == " ".join(title.split()).casefold()


def _segments(text: str) -> list[str]:
    """The pieces of an info line ("By X | Photo: Y | 15-11-2020"), when it has separators."""
    parts = [p.strip() for p in _SEGMENT_SPLIT.split(text) if p.strip()]
    return parts if len(parts) > 1 else []


def _is_meta_segment(segment: str) -> bool:
    return bool(
        parse_photo_credit(segment)
        or looks_like_date_line(segment)
        or _AUTHOR_LINE.match(segment)
        or parse_dateline(segment)
        or _CATEGORY_LINE.match(segment)
        or _CHROME.match(segment)
    )


def is_label(line: Line) -> bool:
    """A short non-sentence line: a category label, a kicker, a heading of chrome."""
    words = line.text.split()
    return 0 < len(words) <= 4 and len(line.text) <= 40 and not _SENTENCE_END.search(line.text)


def take(story: Story, kind: str, text: str) -> None:
    """Move what a classified line says into the story's fields."""
    story.dropped.append((kind, text))
    if kind == "photo":
        story.photographers += [
            p for p in parse_photo_credit(text) or () if p not in story.photographers
        ]
    elif kind == "translator":
        story.translator = story.translator or parse_translator(text)
    elif kind == "date":
        story.date_lines.append(text)
    elif kind == "byline" and story.location is None and (dateline := parse_dateline(text)):
        story.location, story.author = dateline.place, story.author or dateline.author
    elif kind == "author" and (match := _AUTHOR_LINE.match(text)):
        story.author = story.author or match.group("name").strip()
    elif kind == "category" and (match := _CATEGORY_LINE.match(text)):
        story.category = story.category or match.group("name").strip()
    elif kind == "meta":
        story.date_lines.append(text)  # a date and its time may sit in two segments
        names = _credit_tail(text) or []
        story.photographers += [n for n in names if n not in story.photographers]
        for segment in _segments(text):
            if (sub := classify(Line(segment), None)) is not None and sub != "meta":
                take(story, sub, segment)


def read_preamble(lines: list[Line], title: str | None, story: Story) -> None:
    """Take fields from the lines between the headline and the story (never body text)."""
    for line in lines[-_HEAD_WINDOW:]:
        kind = classify(line, title)
        if kind is not None:
            take(story, kind, line.text)


def split_story(lines: list[Line], title: str | None, story: Story | None = None) -> Story:
    """Take the chrome, byline and credits off both ends of a story's lines.

    Args:
        lines: the story block's paragraphs in order, stripped and non-empty.
        title: the release title; a line repeating it is chrome.
        story: a story already holding fields from the preamble (filled in further).
    """
    story = story or Story(paragraphs=[])
    body = list(lines)
    end = _related_cut(body, title, story)
    dropped = _head(body, end, title, story)
    dropped |= _tail(body, end, dropped, title, story)
    story.paragraphs = [
        line.text
        for index, line in enumerate(body[:end])
        if index not in dropped and line.text and not is_promotion(line.text)
    ]
    return story


def _related_cut(body: list[Line], title: str | None, story: Story) -> int:
    """Where a "Related news" heading near the end starts the chrome that follows the story."""
    for index in range(max(1, len(body) - _TAIL_WINDOW), len(body)):
        if classify(body[index], title) == "related":
            story.dropped += [("related", line.text) for line in body[index:]]
            return index
    return len(body)


def _head(body: list[Line], end: int, title: str | None, story: Story) -> set[int]:
    """The head lines that are chrome, byline or credits (their fields go to ``story``)."""
    dropped: set[int] = set()
    body_lines = 0
    for index in range(min(end, _HEAD_WINDOW)):
        if body_lines >= 2:
            break
        line = body[index]
        kind = classify(line, title)
        if kind == "byline" and story.location is None and body_lines == 0:
            take(story, kind, line.text)
            dateline = parse_dateline(line.text)
            if dateline is not None and dateline.rest:
                body[index] = Line(dateline.rest)
                body_lines += 1
            else:
                dropped.add(index)
            continue
        if kind not in (None, "byline"):
            take(story, kind, line.text)
            dropped.add(index)
            continue
        if (
            body_lines == 0
            and (line.link_only or is_label(line))
            and _byline_ahead(body, index + 1, min(end, _HEAD_WINDOW), title)
        ):
            take(story, "label", line.text)
            dropped.add(index)
            continue
        body_lines += 1
    return dropped


def _byline_ahead(body: list[Line], start: int, limit: int, title: str | None) -> bool:
    """Whether a byline comes before any story sentence in the rest of the head window."""
    for line in body[start:limit]:
        kind = classify(line, title)
        if kind == "byline":
            return True
        if kind is None and not is_label(line):
            return False
    return False


def _tail(
    body: list[Line], end: int, dropped: set[int], title: str | None, story: Story
) -> set[int]:
    """The tail lines that are credits, promotions or chrome; unknown lines stay in the body."""
    found: set[int] = set()
    tail_run = True  # still inside a run of dropped lines that reaches the end
    for index in range(end - 1, max(-1, end - 1 - _TAIL_WINDOW), -1):
        if index in dropped:
            break
        line = body[index]
        kind = classify(line, title)
        if kind is None or kind in ("byline", "author"):
            if tail_run and line.link_only and is_label(line):
                story.dropped.append(("links", line.text))
                found.add(index)
                continue
            tail_run = False
            continue
        take(story, kind, line.text)
        found.add(index)
    return found
