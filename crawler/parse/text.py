"""The article subtree to clean paragraphs: one walk that drops noise and splits on block elements.

Whitespace rule: inside a paragraph, runs of HTML whitespace (space, tab, CR, LF, FF) become one
space and each paragraph is stripped; every other character is kept as is. Paragraphs are the
text between block boundaries (``p``, ``div``, headings, list items, ``br``...), so a bold
subheading on its own line stays its own paragraph.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from crawler.parse.linekinds import Line

_BLOCKS = frozenset(
    "address article aside blockquote center dd details div dl dt fieldset figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead "
    "tr ul".split()
)
_SKIPPED = frozenset(
    "script style noscript template iframe object embed svg button select "
    "textarea input head title".split()
)
_EMPHASIS = frozenset("b strong h1 h2 h3 h4 h5 h6".split())
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# Never text, and forbidden in XML (the Atom feed): C0 controls but the HTML spaces, DEL, U+FFFE/F.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")


def drop_control_chars(text: str) -> str:
    """Remove the control characters that are never text (ESC, BEL, VT, DEL, U+FFFE...)."""
    return _NOT_TEXT.sub("", text)


def clean_text(text: str) -> str:
    """Collapse HTML whitespace runs to one space, drop control characters, and strip."""
    return _HTML_SPACE.sub(" ", _NOT_TEXT.sub("", text)).strip()


def body_lines(node: Tag) -> list[Line]:
    """The paragraphs of an article subtree with what their markup says (all a link, bold).

    Args:
        node: the article body element (or a soup holding it).

    Returns:
        Non-empty lines in order.
    """
    lines: list[Line] = []
    buffer: list[str] = []
    marks = [0, 0, 0]  # characters in the buffer: all, inside <a>, inside <b>/<strong>/<h*>

    def flush() -> None:
        if buffer:
            text = clean_text("".join(buffer))
            if text:
                total = max(1, marks[0])
                lines.append(Line(text, marks[1] * 10 >= total * 9, marks[2] * 10 >= total * 9))
            buffer.clear()
        marks[:] = [0, 0, 0]

    def walk(parent: Tag, in_link: bool, in_bold: bool) -> None:
        for child in parent.children:
            if type(child) is NavigableString:
                buffer.append(child)
                size = len(child.strip())
                marks[0] += size
                marks[1] += size if in_link else 0
                marks[2] += size if in_bold else 0
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            link, bold = in_link or name == "a", in_bold or name in _EMPHASIS
            if name == "br":
                flush()
            elif name in _SKIPPED or name == "figcaption":
                continue
            elif name in _BLOCKS:
                flush()
                walk(child, link, bold)
                flush()
            else:
                walk(child, link, bold)

    walk(node, False, False)
    flush()
    return lines
