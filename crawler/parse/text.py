"""Elements to clean lines of text: one walk that drops noise and splits on block elements.

Whitespace rule: inside a paragraph, runs of HTML whitespace (space, tab, CR, LF, FF) become one
space and each paragraph is stripped; every other character is kept as is. Paragraphs are the
text between block boundaries (``p``, ``div``, headings, list items, ``br``...), so a bold
subheading on its own line stays its own paragraph.
"""

from __future__ import annotations

import re

import lxml.html

from crawler.parse.linekinds import Line

Element = lxml.html.HtmlElement

# ``br`` ends a line like a block does; ``figcaption`` is a block where captions are read.
_BLOCKS = frozenset(
    "address article aside blockquote br center dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td "
    "th thead tr ul".split()
)
SKIPPED = frozenset(
    "script style noscript template iframe object embed svg button select textarea input head "
    "title meta link".split()
)
_SKIPPED_WITH_CAPTIONS = SKIPPED | {"figcaption"}
_EMPHASIS = frozenset("b strong h1 h2 h3 h4 h5 h6".split())
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# Never text, and forbidden in XML (the Atom feed): C0 controls but the HTML spaces, DEL, U+FFFE/F.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")


def drop_control_chars(text: str) -> str:
    """Remove the control characters that are never text (ESC, BEL, VT, DEL, U+FFFE...)."""
    return _NOT_TEXT.sub("", text)


# Whitespace to str.split() that is not HTML whitespace (the controls among it are dropped first).
_OTHER_SPACE = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


# Characters that make the one-scan path of clean_text wrong: the controls and other spaces.
_NOT_PLAIN = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff\x85\xa0\u1680\u2000-\u200a\u2028\u2029"
    "\u202f\u205f\u3000]"
)
SPACE_CONTROLS = ("\x0b", "\x1c", "\x1d", "\x1e", "\x1f")  # str.split() splits on them


def clean_text(text: str) -> str:
    """Collapse HTML whitespace runs to one space, drop control characters, and strip."""
    # Almost every text holds neither controls nor other spaces: then splitting is all it takes.
    # ASCII text is checked on the result (isprintable() is one quick pass) and for the controls
    # split() would read as spaces; other text with one regex scan instead of two.
    if text.isascii():
        joined = " ".join(text.split())
        if joined.isprintable() and not any(map(text.__contains__, SPACE_CONTROLS)):
            return joined
    elif _NOT_PLAIN.search(text) is None:
        return " ".join(text.split())
    text = _NOT_TEXT.sub("", text)
    if text.isascii() or _OTHER_SPACE.search(text) is None:
        return " ".join(text.split())  # the same when HTML's are the only spaces, and faster
    return _HTML_SPACE.sub(" ", text).strip()


def element_lines(
    element: Element, *, with_tail: bool = False, captions: bool = True
) -> list[Line]:
    """An element's text as lines (split on block elements and ``<br>``) with what their markup says.

    Args:
        element: the article body, or any block around it.
        with_tail: also read the text that follows the element up to its next sibling.
        captions: read ``<figcaption>`` text; the story leaves it out (captions belong to images).

    Returns:
        Non-empty lines in order, each marked when all of it is a link or bold.
    """
    lines: list[Line] = []
    buffer: list[str] = []
    marks = [0, 0, 0]  # characters in the buffer: all, inside <a>, inside <b>/<strong>/<h*>
    skipped = SKIPPED if captions else _SKIPPED_WITH_CAPTIONS

    def flush() -> None:
        if buffer:
            text = clean_text("".join(buffer))
            if text:
                total = max(1, marks[0])
                lines.append(Line(text, marks[1] * 10 >= total * 9, marks[2] * 10 >= total * 9))
            buffer.clear()
        marks[:] = [0, 0, 0]

    def walk(node: Element, in_link: bool, in_bold: bool) -> None:
        # the text bookkeeping is written out twice (text, tails): a call per text node cost more
        tag = node.tag
        if tag in skipped or not isinstance(tag, str):
            return  # comments and processing instructions: their tails are read by the parent
        in_link = in_link or tag == "a"
        in_bold = in_bold or tag in _EMPHASIS
        block = tag in _BLOCKS
        if block:
            flush()
        if text := node.text:
            buffer.append(text)
            size = len(text.strip())
            marks[0] += size
            if in_link:
                marks[1] += size
            if in_bold:
                marks[2] += size
        for child in node:
            walk(child, in_link, in_bold)
            if text := child.tail:
                buffer.append(text)
                size = len(text.strip())
                marks[0] += size
                if in_link:
                    marks[1] += size
                if in_bold:
                    marks[2] += size
        if block:
            flush()

    walk(element, False, False)
    if with_tail and element.tail:
        buffer.append(element.tail)
        marks[0] += len(element.tail.strip())
    flush()
    return lines
