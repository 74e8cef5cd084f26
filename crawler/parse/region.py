"""The page around the story: document order, the lines between the headline and the story block.

The byline, the date line, the photo credit and the category link often sit just above the story
container, outside it; these helpers read that stretch of the page as lines, split the same way
as the story itself (block elements and ``<br>``).
"""

from __future__ import annotations

import lxml.html

from crawler.parse.linekinds import Line
from crawler.parse.story import is_unlikely
from crawler.parse.text import clean_text

Element = lxml.html.HtmlElement

_BLOCKS = frozenset(
    "address article aside blockquote center dd details div dl dt fieldset figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead "
    "tr ul figcaption".split()
)
_SKIPPED = frozenset(
    "script style noscript template iframe object embed svg button select textarea input head "
    "title meta link".split()
)


def document_order(root: Element) -> dict[Element, int]:
    """Each element's position in document order."""
    return {element: index for index, element in enumerate(root.iter())}


def last_descendant(element: Element, order: dict[Element, int]) -> int:
    """The document position of an element's last descendant (or its own)."""
    last = order.get(element, 0)
    for child in element.iterdescendants():
        last = max(last, order.get(child, last))
    return last


def element_lines(element: Element, with_tail: bool = False) -> list[Line]:
    """An element's text as lines (split on block elements and ``<br>``), with link marks."""
    lines: list[Line] = []
    buffer: list[str] = []
    marks = [0, 0]

    def add(text: str | None, in_link: bool) -> None:
        if text:
            buffer.append(text)
            size = len(text.strip())
            marks[0] += size
            marks[1] += size if in_link else 0

    def flush() -> None:
        if buffer:
            text = clean_text("".join(buffer))
            if text:
                lines.append(Line(text, marks[1] * 10 >= max(1, marks[0]) * 9))
            buffer.clear()
        marks[:] = [0, 0]

    def walk(node: Element, in_link: bool) -> None:
        tag = node.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            return
        in_link = in_link or tag == "a"
        block = tag in _BLOCKS or tag == "br"
        if block:
            flush()
        add(node.text, in_link)
        for child in node:
            walk(child, in_link)
            add(child.tail, in_link)
        if block:
            flush()

    walk(element, False)
    if with_tail:
        add(element.tail, False)
    flush()
    return lines


def lines_between(
    root: Element,
    order: dict[Element, int],
    after: Element | None,
    before: Element,
    limit: int = 40,
) -> list[Line]:
    """The last ``limit`` lines of the page after ``after`` (and its content) and before ``before``.

    With no ``after``, the lines of the few elements just before ``before`` in document order.
    """
    stop = order.get(before, 0)
    start = last_descendant(after, order) if after is not None else max(0, stop - 4 * limit)
    ancestors = set(before.iterancestors())
    lines: list[Line] = []
    if after is not None and after.tail and after.tail.strip():
        lines.append(Line(clean_text(after.tail)))
    for element in list(order)[start + 1 : stop]:  # document order, dicts keep it
        if element in ancestors:
            if element.text and element.text.strip():
                lines.append(Line(clean_text(element.text)))
            continue
        parent = element.getparent()
        if parent is not None and order.get(parent, -1) > start and parent not in ancestors:
            continue  # read with its parent
        if element.tag in _SKIPPED or is_unlikely(element):
            continue
        lines += element_lines(element, with_tail=parent in ancestors)
    return lines[-limit:]
