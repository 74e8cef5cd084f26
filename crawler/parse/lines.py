"""The lines at both ends of a story, classified: chrome to skip, credits to keep as fields, body.

Like jusText's paragraph classes: each line gets a kind (breadcrumb, headline, date line, font
widget, share or tags line, category label, byline, photo or translator credit, promotion,
related-news heading...) and the head and tail of the story drop the kinds known to be chrome
instead of stopping at the first line they do not know. A line that is not recognised stays in
the body: an empty field is better than a lost paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.parse.bylines import is_promotion, parse_dateline, parse_photo_credit, parse_translator
from crawler.parse.linekinds import (
    AUTHOR_LINE,
    CATEGORY_LINE,
    Line,
    classify,
    credit_tail,
    is_label,
    segments,
)

_HEAD_WINDOW = 8
_TAIL_WINDOW = 8


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
    elif kind == "author" and (match := AUTHOR_LINE.match(text)):
        story.author = story.author or match.group("name").strip()
    elif kind == "category" and (match := CATEGORY_LINE.match(text)):
        story.category = story.category or match.group("name").strip()
    elif kind == "meta":
        story.date_lines.append(text)  # a date and its time may sit in two segments
        names = credit_tail(text) or []
        story.photographers += [n for n in names if n not in story.photographers]
        for segment in segments(text):
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
