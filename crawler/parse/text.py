"""The article subtree to clean paragraphs: one walk that drops noise and splits on block elements.

Whitespace rule: inside a paragraph, runs of HTML whitespace (space, tab, CR, LF, FF) become one
space and each paragraph is stripped; every other character is kept as is. Paragraphs are the
text between block boundaries (``p``, ``div``, headings, list items, ``br``...), so a bold
subheading on its own line stays its own paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import NavigableString, Tag

_BLOCKS = frozenset(
    "address article aside blockquote center dd details div dl dt fieldset figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead "
    "tr ul".split()
)
_SKIPPED = frozenset(
    "script style noscript template iframe object embed svg button select "
    "textarea input head title".split()
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


@dataclass(frozen=True, slots=True)
class RawImage:
    """An image found in the body: its src (possibly relative) and caption."""

    src: str
    caption: str | None


def clean_text(text: str) -> str:
    """Collapse HTML whitespace runs to one space and strip (non-breaking spaces inside are kept)."""
    return _HTML_SPACE.sub(" ", text).strip()


def image_of(img: Tag) -> RawImage | None:
    """An <img>'s best source (the full picture a thumbnail links to) and caption, or None."""
    src = img.get("data-src") or img.get("src") or ""
    parent = img.parent
    if isinstance(parent, Tag) and parent.name == "a":
        href = str(parent.get("href") or "")
        if href.lower().split("?", 1)[0].endswith((".jpg", ".jpeg", ".png", ".gif", ".webp")):
            src = href
    src = str(src).strip()
    if not src or src.startswith("data:"):
        return None
    caption = None
    figure, hops = img.parent, 0
    while isinstance(figure, Tag) and figure.name != "figure" and hops < 3:
        figure, hops = figure.parent, hops + 1
    if (
        isinstance(figure, Tag)
        and figure.name == "figure"
        and (figcaption := figure.find("figcaption")) is not None
    ):
        caption = clean_text(figcaption.get_text(" "))
    caption = caption or clean_text(str(img.get("title") or img.get("alt") or ""))
    return RawImage(src, caption or None)


def body_paragraphs(node: Tag, noise: set[int]) -> tuple[list[str], list[RawImage]]:
    """The paragraphs and images of an article subtree.

    Args:
        node: the article body element.
        noise: ``id()`` of elements to leave out with everything inside them.

    Returns:
        Non-empty paragraphs in order, and the images met on the way.
    """
    paragraphs: list[str] = []
    images: list[RawImage] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            text = clean_text("".join(buffer))
            buffer.clear()
            if text:
                paragraphs.append(text)

    def walk(parent: Tag) -> None:
        for child in parent.children:
            if type(child) is NavigableString:
                buffer.append(child)
                continue
            if not isinstance(child, Tag) or id(child) in noise:
                continue
            name = child.name
            if name == "br":
                flush()
            elif name == "img":
                if (image := image_of(child)) is not None:
                    images.append(image)
            elif name in _SKIPPED or name == "figcaption":
                continue
            elif name in _BLOCKS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    walk(node)
    flush()
    return paragraphs, images
