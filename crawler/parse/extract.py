"""Field extractors: the source definition's selectors first, then structured metadata.

Each ``extract_x`` returns None (or an empty result) when it finds nothing; text patterns for
dates and bylines live in ``dates.py`` and ``bylines.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

import soupsieve
from bs4 import Tag

from crawler.parse.dates import parse_date_text, parse_iso
from crawler.parse.errors import ParseError
from crawler.parse.metadata import Metadata
from crawler.parse.select import FastSelector, TreeIndex, compile_fast
from crawler.parse.text import RawImage, clean_text, image_of
from crawler.source import Source

FIELDS = ("title", "date", "body", "category", "images")
# Microdata and semantic fallbacks when no source selector finds the story.
_BODY_FALLBACKS = ("[itemprop='articleBody']", "article")
_TITLE_SUFFIX = re.compile(
    r"\s+[|\-–—]\s+(?:INA|I\.N\.A|واع|Iraqi News Agency|وكالة الأنباء العراقية)\s*$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Selectors:
    """A source's CSS selectors, compiled once."""

    fields: dict[str, tuple[FastSelector, ...]]
    noise: tuple[FastSelector, ...]
    body_fallbacks: tuple[FastSelector, ...]


def compile_selectors(source: Source) -> Selectors:
    """Compile the source's selectors for every field.

    Raises:
        ParseError: a selector in the source definition is not valid CSS.
    """
    compiled: dict[str, tuple[FastSelector, ...]] = {}
    try:
        for name in FIELDS:
            compiled[name] = tuple(compile_fast(s) for s in source.selector_list(name))
        return Selectors(
            fields=compiled,
            noise=tuple(compile_fast(s) for s in source.selector_list("body_noise")),
            body_fallbacks=tuple(compile_fast(s) for s in _BODY_FALLBACKS),
        )
    except soupsieve.SelectorSyntaxError as error:
        raise ParseError(
            f"The source definition {source.name!r} has an invalid CSS selector ({error.args[0]}); "
            "fix its [selectors] table."
        ) from error


def noise_ids(index: TreeIndex, selectors: Selectors) -> set[int]:
    """``id()`` of every element the source calls noise (scripts, share widgets, ads...)."""
    return {id(e) for selector in selectors.noise for e in selector.select(index)}


def _first(index: TreeIndex, selectors: tuple[FastSelector, ...]) -> Tag | None:
    """The first element the first matching selector finds."""
    for selector in selectors:
        found = selector.select_one(index)
        if found is not None:
            return found
    return None


def extract_title(index: TreeIndex, selectors: Selectors, meta: Metadata) -> str | None:
    """The headline: selectors, then JSON-LD headline, og:title, and <title> without the site name."""
    for selector in selectors.fields["title"]:
        for element in selector.select(index, limit=3):
            text = clean_text(element.get_text(" "))
            if text:
                return text
    if meta.headline or meta.og_title:
        return meta.headline or meta.og_title
    if meta.html_title:
        return _TITLE_SUFFIX.sub("", meta.html_title) or None
    return None


def extract_body_node(index: TreeIndex, selectors: Selectors) -> tuple[Tag | None, int]:
    """The element holding the story, and how many elements the winning selector matched.

    Several matches of the same selector mean a listing of story blocks, not one release.
    """
    for selector in (*selectors.fields["body"], *selectors.body_fallbacks):
        found = selector.select(index, limit=100)
        if found:
            return found[0], len(found)
    return None, 0


def extract_date(
    index: TreeIndex,
    selectors: Selectors,
    meta: Metadata,
    fetched_at: datetime | None,
    zone: tzinfo,
) -> datetime | None:
    """The publication time: date selectors (text, then a datetime attribute), then metadata ISO."""
    for selector in selectors.fields["date"]:
        for element in selector.select(index, limit=3):
            found = parse_date_text(element.get_text(" "), fetched_at, zone)
            if found is None and element.get("datetime"):
                found = parse_iso(str(element["datetime"]), zone)
            if found is not None:
                return found
    if meta.published:
        return parse_iso(meta.published, zone)
    return None


def extract_category(index: TreeIndex, selectors: Selectors, meta: Metadata) -> str | None:
    """The section the release is filed under: selectors, then article:section / articleSection."""
    element = _first(index, selectors.fields["category"])
    if element is not None and (text := clean_text(element.get_text(" "))):
        return text
    return meta.section


def extract_images(
    index: TreeIndex, selectors: Selectors, in_body: list[RawImage], meta: Metadata
) -> list[RawImage]:
    """Release pictures: image selectors, else the body's images, else JSON-LD/og:image."""
    found: list[RawImage] = []
    for selector in selectors.fields["images"]:
        found += [image for img in selector.select(index) if (image := image_of(img)) is not None]
        if found:
            break
    if not found:
        found = list(in_body)
    if not found:
        found = [RawImage(url, None) for url in meta.images]
    unique: dict[str, RawImage] = {}
    for image in found:
        if image.src not in unique or (image.caption and not unique[image.src].caption):
            unique[image.src] = image
    return list(unique.values())
