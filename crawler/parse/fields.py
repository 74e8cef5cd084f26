"""Votes on the date, the images and the author from all the page's evidence.

Precedence, written down and tested (tests/test_parse_evidence.py):
- date: metadata with a time (JSON-LD ``datePublished``, ``article:published_time``) > a
  ``<time datetime>`` in the article header > a date line in the header or the story's edges >
  the source's date selectors > a day-only metadata date. Sidebars, comments, related items and
  embeds are never read. A day-only winner takes the time of a same-day later vote.
- category: see ``category.py``.
- author: a person named by the visible byline > a metadata Person that is not the agency.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo

import lxml.etree
import lxml.html

from crawler.parse import words
from crawler.parse.bylines import is_name, parse_photo_credit
from crawler.parse.dates import parse_date_text, parse_iso
from crawler.parse.extract import RawImage, image_of, text_of
from crawler.parse.metadata import Metadata
from crawler.parse.story import class_tokens, in_boilerplate

Element = lxml.html.HtmlElement
Vote = tuple[datetime | None, str]

_ORGANISATION = re.compile(
    r"\b(?:INA|agency|news|newsroom|editorial|staff|desk)\b|واع|وكالة|الأنباء|الانباء|التحرير|"
    + "|".join(words.ORGANISATION_WORDS),
    re.IGNORECASE,
)
_NOT_IMAGE = re.compile(
    r"logo|icon|avatar|sprite|emoji|pixel|spacer|blank\.|/ads?/|banner|button|share|social"
    r"|/templates?/|/themes?/|/skins?/|dleimages|clock|calendar|/date\.|/eye\.|/views?\.|/print\."
    r"|/rss\.|/comments?\.|/e-?mail\.|/send\.|/mail\.",
    re.I,
)
# The same words for a lower-cased ASCII address: a case-blind alternation tries every word at
# every character, several times slower (the case-blind one stays for other addresses, where
# Unicode case rules such as the Kelvin sign matching "k" apply).
_NOT_IMAGE_LOWER = re.compile(_NOT_IMAGE.pattern)
_IMAGE_LINK = (".jpg", ".jpeg", ".png", ".gif", ".webp")
_AUTHOR_NAMES = {"author", "byline", "vcard", "writer", "reporter"}
_BY = re.compile(r"^(?:by|written by|posted by|بواسطة|بقلم|كتب|كتبت)\s*[:：]?\s*", re.IGNORECASE)


def vote_date(
    meta: Metadata,
    times: Iterable[Element],
    header_lines: Iterable[str],
    selected: Callable[[], Iterable[Element]],
    fetched_at: datetime | None,
    zone: tzinfo,
) -> Vote:
    """The publication time and where it came from (see the module's precedence)."""
    votes: list[tuple[datetime, str, bool]] = []
    if meta.published and (found := parse_iso(meta.published, zone)):
        exact = "T" in meta.published or ":" in meta.published
        votes.append((found, "metadata (JSON-LD datePublished / article:published_time)", exact))
    for element in times:
        value = element.get("datetime") or ""
        found = parse_iso(value, zone) if value else None
        found = found or parse_date_text(text_of(element), fetched_at, zone)
        if found is not None:
            exact = ":" in value or (not value and found.hour + found.minute > 0)
            votes.append((found, "<time> in the article header", exact))
    for line in header_lines:
        if len(line) <= 160 and (found := parse_date_text(line, fetched_at, zone)):
            votes.append((found, f"date line {line[:60]!r}", ":" in line))
    if any(exact for _found, _source, exact in votes):
        return _ranked(votes)  # the selectors come after: no need to run them
    for element in selected():
        if in_boilerplate(element):
            continue
        text = text_of(element)
        found = parse_date_text(text, fetched_at, zone)
        if found is None and element.get("datetime"):
            found = parse_iso(element.get("datetime"), zone)
        if found is not None:
            votes.append((found, "date selector", ":" in text))
    return _ranked(votes)


def _ranked(votes: list[tuple[datetime, str, bool]]) -> Vote:
    """The first vote; a day-only first vote takes the time of a later vote for the same day."""
    if not votes:
        return None, "no date in the metadata, the article header or the story"
    first, source, exact = votes[0]
    if not exact:
        for other, other_source, other_exact in votes[1:]:
            if other_exact and other.date() == first.date():
                return other, f"{source}, time from {other_source}"
    return first, source


def vote_author(
    visible: str | None, zone: Iterable[Element], meta: Metadata
) -> tuple[str | None, str]:
    """The author: a visible byline's person, else the article header's author element
    (``span.author``, ``rel=author``, ``itemprop=author``), else a metadata person; never the
    agency."""
    if visible and not _ORGANISATION.search(visible):
        return visible, "byline"
    for element in zone:
        marked = class_tokens(element) & _AUTHOR_NAMES or element.get("rel") == "author"
        if not marked and element.get("itemprop") != "author":
            continue
        name = _BY.sub("", text_of(element)).strip()
        if (
            name
            and is_name(name)
            and not _ORGANISATION.search(name)
            and not in_boilerplate(element)
        ):
            return name, f"author element <{element.tag} class={element.get('class')!r}>"
    for raw in meta.authors:
        name = _plain(raw)
        if name and not _ORGANISATION.search(name) and len(name.split()) <= 5:
            return name, "metadata author (a Person)"
    return None, "no person named in the byline or the metadata"


def _plain(value: str) -> str:
    """Text of a metadata value that may hold markup (``<a href=...>Name</a>``)."""
    if "<" in value and ">" in value:
        try:
            value = lxml.html.fragment_fromstring(value, create_parent="span").text_content()
        except (lxml.etree.ParserError, ValueError):
            value = re.sub(r"<[^>]*>", " ", value)
    return " ".join(value.split())


def find_images(
    zone: Iterable[Element], selected: Callable[[], Iterable[Element]], meta: Metadata
) -> tuple[list[RawImage], str]:
    """The release's pictures from the article zone, else those the source's image selectors
    name (outside boilerplate), else the metadata's; one per URL."""
    found = _pictures(zone)
    source = "images in the article"
    if not found:
        found, source = _pictures(selected()), "image selector"
    if not found:
        found, source = [RawImage(url, None) for url in meta.images], "og:image / JSON-LD image"
    unique: dict[str, RawImage] = {}
    for image in found:
        if image.src not in unique or (image.caption and not unique[image.src].caption):
            unique[image.src] = image
    return list(unique.values()), source if unique else "no image"


def _pictures(elements: Iterable[Element]) -> list[RawImage]:
    """The real pictures among elements: not icons, template images or teaser thumbnails."""
    found: list[RawImage] = []
    for element in elements:
        if element.tag not in ("img", "amp-img") or in_boilerplate(element):
            continue
        src = element.get("data-src") or element.get("src") or ""
        if _not_image(src) or _tiny(element):
            continue
        link = next((a for a in element.iterancestors("a")), None)
        if link is not None and not (link.get("href") or "").lower().split("?")[0].endswith(
            _IMAGE_LINK
        ):
            continue  # a teaser's thumbnail links to another page
        if (image := image_of(element)) is not None:
            found.append(image)
    return found


_CREDIT_SPLIT = re.compile(r"\s*[|•·()\[\]]\s*|(?<=[.!])\s+")
_CREDIT_START = re.compile(
    r"(?:^|\s)(?=(?:photos?|pictures?|تصوير|عدسة|"
    + "|".join(sorted(words.PHOTO_LABELS_WITH_COLON, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)


def caption_credit(caption: str) -> list[str]:
    """The photographers a picture's caption credits ("... (Photo: X)", "... تصوير/ X/")."""
    pieces = [caption, *_CREDIT_SPLIT.split(caption)]
    pieces += [caption[m.end() :] for m in _CREDIT_START.finditer(caption)]
    for piece in pieces:
        if piece and (names := parse_photo_credit(piece.strip())):
            return names
    return []


def _not_image(src: str) -> bool:
    """Whether an image address names an icon, a template image or a button (_NOT_IMAGE)."""
    if src.isascii():
        return _NOT_IMAGE_LOWER.search(src.lower()) is not None
    return _NOT_IMAGE.search(src) is not None


def _tiny(element: Element) -> bool:
    for attribute in ("width", "height"):
        value = (element.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < 60:
            return True
    return False
