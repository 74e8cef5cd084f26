"""The page around the story: document order, the lines between the headline and the story block.

The byline, the date line, the photo credit and the category link often sit just above the story
container, outside it; these helpers read that stretch of the page as lines, split the same way
as the story itself (block elements and ``<br>``).
"""

from __future__ import annotations

import lxml.html

from crawler.parse.linekinds import Line
from crawler.parse.story import is_unlikely
from crawler.parse.text import SKIPPED, clean_text, element_lines

Element = lxml.html.HtmlElement


def document_order(root: Element) -> dict[Element, int]:
    """Each element's position in document order."""
    return {element: index for index, element in enumerate(root.iter())}


def last_descendant(element: Element, order: dict[Element, int]) -> int:
    """The document position of an element's last descendant (or its own)."""
    last = order.get(element, 0)
    for child in element.iterdescendants():
        last = max(last, order.get(child, last))
    return last


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
        if element.tag in SKIPPED or is_unlikely(element):
            continue
        lines += element_lines(element, with_tail=parent in ancestors)
    return lines[-limit:]
