"""Selectors compiled from the source definition, and the reading of one picture.

The source's CSS selectors run on the page's lxml tree as compiled XPath (``lxml.cssselect``); they
are hints that add to the evidence (``page.py``, ``fields.py``), never the decision alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import cssselect
import lxml.etree
import lxml.html
from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from crawler.parse.errors import ParseError
from crawler.parse.text import SPACE_CONTROLS, clean_text

FIELDS = ("title", "date", "body", "category", "images")
Element = lxml.html.HtmlElement
_IMAGE_LINK = (".jpg", ".jpeg", ".png", ".gif", ".webp")
_SENTENCES = re.compile(r"[.!?؟]\s+\S.*[.!?؟]")  # two sentences or more: story text, no caption


@dataclass(frozen=True, slots=True)
class RawImage:
    """An image as the page gives it: its src (possibly relative) and caption."""

    src: str
    caption: str | None


@dataclass(frozen=True, slots=True)
class Hint:
    """One CSS selector, and the class names an element of the page must carry for it to match.

    Most pages carry none of a source's class names (other layouts, other years): checking the
    page's class names once spares a search of the whole tree for each selector.
    """

    select: CSSSelector
    needs: frozenset[str]

    def __call__(self, root: Element, page_classes: frozenset[str]) -> list[Element]:
        return self.select(root) if self.needs <= page_classes else []


@dataclass(frozen=True, slots=True)
class Noise:
    """The source's body-noise selectors; those needing a class the page does not use are left
    out of the search (one union per distinct set, compiled once)."""

    parts: tuple[tuple[str, frozenset[str]], ...]

    def __call__(self, element: Element, page_classes: frozenset[str]) -> list[Element]:
        active = tuple(css for css, needs in self.parts if needs <= page_classes)
        return _union(active)(element) if active else []


@lru_cache(maxsize=64)
def _union(parts: tuple[str, ...]) -> CSSSelector:
    return CSSSelector(", ".join(parts))


@dataclass(frozen=True, slots=True)
class Selectors:
    """A source's CSS selectors, compiled once to XPath."""

    fields: dict[str, tuple[Hint, ...]]
    noise: Noise | None


# Every class, id and itemprop value of a page, each able to say its attribute (``attrname``) and
# its element (``getparent()``): read once per page, and the names are tested in Python, as
# XPath's contains() on every element costs more.
NAME_ATTRIBUTES = lxml.etree.XPath("//@class | //@id | //@itemprop")
_CLASS_SEPARATORS = re.compile(r"[ \t\n\r\f]+")


def page_classes(root: Element, names: list | None = None) -> frozenset[str]:
    """Every class name used on the page (from ``NAME_ATTRIBUTES(root)`` when given)."""
    values = [
        v for v in (NAME_ATTRIBUTES(root) if names is None else names) if v.attrname == "class"
    ]
    joined = " ".join(values)  # one split for the page
    if joined.isascii() and not any(map(joined.__contains__, SPACE_CONTROLS)):
        return frozenset(joined.split())  # str.split() splits on HTML's spaces alone here
    return frozenset(_CLASS_SEPARATORS.split(joined)) - {""}


def _hint(css: str) -> Hint:
    return Hint(CSSSelector(css), _needs(css))


def _needs(css: str) -> frozenset[str]:
    parsed = cssselect.parse(css)
    return _required_classes(parsed[0].parsed_tree) if len(parsed) == 1 else frozenset()


def _required_classes(node: object) -> frozenset[str]:
    """The class names a parsed selector requires (not those under ``:not()``)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        part = stack.pop()
        if isinstance(part, cssselect.parser.Class):
            found.add(part.class_name)
        if isinstance(part, cssselect.parser.CombinedSelector):
            stack.append(part.subselector)
        if (inner := getattr(part, "selector", None)) is not None:
            stack.append(inner)
    return frozenset(found)


def compile_selectors(source_name: str, table: Mapping[str, Sequence[str]]) -> Selectors:
    """Compile a source definition's selector table (its ``[selectors]``) for every field.

    Raises:
        ParseError: a selector in the source definition is not valid or supported CSS.
    """
    try:
        noise = table.get("body_noise", ())
        return Selectors(
            fields={name: tuple(_hint(s) for s in table.get(name, ())) for name in FIELDS},
            noise=Noise(tuple((css, _needs(css)) for css in noise))
            if noise and CSSSelector(", ".join(noise))  # compiled here: a bad one fails early
            else None,
        )
    except SelectorError as error:
        raise ParseError(
            f"The source definition {source_name!r} has an invalid CSS selector ({error}); "
            "fix its [selectors] table."
        ) from error


def text_of(element: Element) -> str:
    """An element's text, pieces separated by a space, whitespace collapsed."""
    if not len(element) and isinstance(element.tag, str):  # its one text, with no iterator
        return clean_text(element.text or "")
    return clean_text(" ".join(element.itertext()))


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
    if caption is None and (block := caption_block(img)) is not None:
        caption = text_of(block)
    caption = caption or clean_text(img.get("title") or img.get("alt") or "")
    return RawImage(src, caption or None)


def caption_block(img: Element) -> Element | None:
    """A small block holding only this picture and a line of text under it (a caption without
    <figure>: ``<div><img><br><span>Caption</span></div>``), or None."""
    block = img.getparent()
    while block is not None and block.tag in ("a", "span", "center", "font"):
        if "caption" in (block.get("class") or "").lower() and 0 < len(text_of(block)) <= 250:
            return block  # an editor's inline caption wrapper (Froala's span.fr-img-caption)
        block = block.getparent()
    if block is None or block.tag not in ("div", "p", "td", "center"):
        return None
    if sum(1 for e in block.iter("img", "amp-img")) != 1:
        return None
    if block.find(".//p") is not None and "caption" not in (block.get("class") or "").lower():
        return None
    text = text_of(block)
    return block if 0 < len(text) <= 250 and not _SENTENCES.search(text) else None
