"""Field extractors: the source definition's selectors first, then structured metadata.

Selectors run on the page's lxml tree as compiled XPath (``lxml.cssselect``), which is what keeps
the parser fast; only the story element is handed to BeautifulSoup (see ``text.py``). Each
``extract_x`` returns None (or an empty result) when it finds nothing; text patterns for dates and
bylines live in ``dates.py`` and ``bylines.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

import lxml.html
from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from crawler.parse.dates import parse_date_text, parse_iso
from crawler.parse.errors import ParseError
from crawler.parse.metadata import Metadata
from crawler.parse.text import clean_text

FIELDS = ("title", "date", "body", "category", "images")
# Microdata and semantic fallbacks when no source selector finds the story.
_BODY_FALLBACKS = ("[itemprop='articleBody']", "article")
_TITLE_SUFFIX = re.compile(
    r"\s+[|\-–—]\s+(?:INA|I\.N\.A|واع|Iraqi News Agency|وكالة الأنباء العراقية)\s*$", re.IGNORECASE
)
_IMAGE_LINK = (".jpg", ".jpeg", ".png", ".gif", ".webp")
Element = lxml.html.HtmlElement


@dataclass(frozen=True, slots=True)
class RawImage:
    """An image as the page gives it: its src (possibly relative) and caption."""

    src: str
    caption: str | None


@dataclass(frozen=True, slots=True)
class Selectors:
    """A source's CSS selectors, compiled once to XPath."""

    fields: dict[str, tuple[CSSSelector, ...]]
    noise: CSSSelector | None
    body_fallbacks: tuple[CSSSelector, ...]


def compile_selectors(source_name: str, table: Mapping[str, Sequence[str]]) -> Selectors:
    """Compile a source definition's selector table (its ``[selectors]``) for every field.

    Raises:
        ParseError: a selector in the source definition is not valid or supported CSS.
    """
    try:
        noise = table.get("body_noise", ())
        return Selectors(
            fields={name: tuple(CSSSelector(s) for s in table.get(name, ())) for name in FIELDS},
            noise=CSSSelector(", ".join(noise)) if noise else None,
            body_fallbacks=tuple(CSSSelector(s) for s in _BODY_FALLBACKS),
        )
    except SelectorError as error:
        raise ParseError(
            f"The source definition {source_name!r} has an invalid CSS selector ({error}); "
            "fix its [selectors] table."
        ) from error


def text_of(element: Element) -> str:
    """An element's text, pieces separated by a space, whitespace collapsed."""
    return clean_text(" ".join(element.itertext()))


def extract_title(root: Element, selectors: Selectors, meta: Metadata) -> str | None:
    """The headline: selectors, then JSON-LD headline, og:title, and <title> without the site name."""
    for selector in selectors.fields["title"]:
        for element in selector(root)[:3]:
            if text := text_of(element):
                return text
    if meta.headline or meta.og_title:
        return meta.headline or meta.og_title
    if meta.html_title:
        return _TITLE_SUFFIX.sub("", meta.html_title) or None
    return None


def extract_body_node(root: Element, selectors: Selectors) -> tuple[Element | None, int]:
    """The element holding the story, and how many elements the winning selector matched.

    Several matches of the same selector mean a listing of story blocks, not one release.
    """
    for selector in (*selectors.fields["body"], *selectors.body_fallbacks):
        found = selector(root)
        if found:
            return found[0], len(found)
    return None, 0


def drop_noise(node: Element, selectors: Selectors) -> None:
    """Remove scripts, share widgets, ads and the like from the story (their tail text stays)."""
    if selectors.noise is None:
        return
    for element in selectors.noise(node):
        if element is not node and element.getparent() is not None:
            element.drop_tree()


def extract_date(
    root: Element, selectors: Selectors, meta: Metadata, fetched_at: datetime | None, zone: tzinfo
) -> datetime | None:
    """The publication time: date selectors (text, then a datetime attribute), then metadata ISO."""
    for selector in selectors.fields["date"]:
        for element in selector(root)[:3]:
            found = parse_date_text(text_of(element), fetched_at, zone)
            if found is None and element.get("datetime"):
                found = parse_iso(element.get("datetime"), zone)
            if found is not None:
                return found
    if meta.published:
        return parse_iso(meta.published, zone)
    return None


def extract_category(root: Element, selectors: Selectors, meta: Metadata) -> str | None:
    """The section the release is filed under: selectors, then article:section / articleSection."""
    for selector in selectors.fields["category"]:
        for element in selector(root)[:1]:
            if text := text_of(element):
                return text
    return meta.section


def image_of(img: Element) -> RawImage | None:
    """An <img>'s best source (the full picture a thumbnail links to) and caption, or None."""
    src = img.get("data-src") or img.get("src") or ""
    parent = img.getparent()
    if parent is not None and parent.tag == "a":
        href = parent.get("href") or ""
        if href.lower().split("?", 1)[0].endswith(_IMAGE_LINK):
            src = href
    src = src.strip()
    if not src or src.startswith("data:"):
        return None
    caption = None
    for ancestor in img.iterancestors():
        if ancestor.tag == "figure":
            figcaption = ancestor.find(".//figcaption")
            caption = text_of(figcaption) if figcaption is not None else None
            break
    caption = caption or clean_text(img.get("title") or img.get("alt") or "")
    return RawImage(src, caption or None)


def extract_images(
    root: Element, selectors: Selectors, body: Element, meta: Metadata
) -> list[RawImage]:
    """Release pictures: image selectors, else the story's images, else JSON-LD/og:image; one per URL."""
    found: list[RawImage] = []
    for selector in selectors.fields["images"]:
        found += [image for img in selector(root) if (image := image_of(img)) is not None]
        if found:
            break
    if not found:
        found = [image for img in body.iter("img") if (image := image_of(img)) is not None]
    if not found:
        found = [RawImage(url, None) for url in meta.images]
    unique: dict[str, RawImage] = {}
    for image in found:
        if image.src not in unique or (image.caption and not unique[image.src].caption):
            unique[image.src] = image
    return list(unique.values())
