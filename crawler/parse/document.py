"""Bytes to text to soup: charset detection (with a guard against lying charsets) and the one parse."""

from __future__ import annotations

import codecs
import logging
import re
import threading

import lxml.html
from lxml import etree

from crawler.parse.errors import NotARelease

log = logging.getLogger(__name__)

_CHARSET_IN_CT = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Single-byte Western charsets a server may wrongly claim for an Arabic page.
_WESTERN = {"latin-1", "iso8859-1", "cp1252", "ascii"}
_C1_OR_REPLACEMENT = re.compile("[\x80-\x9f\ufffd]")
# Single-byte codecs none of whose bytes decodes to a C1 control or U+FFFD (checked, not assumed).
_NO_C1_CODECS = {
    codec
    for codec in ("cp1256",)
    if not _C1_OR_REPLACEMENT.search(bytes(range(256)).decode(codec, "replace"))
}
_LATIN1_LETTERS = re.compile("[\u00c0-\u00ff]")
_ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")
_HTML_SIGNS = re.compile(
    rb"<\s*(?:html|head|body|div|p|meta|title|h[1-6]|article|!doctype)\b", re.IGNORECASE
)
# Bytes that are never in a text file (ESC is: ANSI colours); counted with bytes.translate.
_NON_TEXT_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
# The control characters text.drop_control_chars removes, as bytes of an ASCII-compatible page.
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b" + bytes(range(0x0E, 0x20)) + b"\x7f"
# Codecs in which a control character of the text is the same byte of the page.
_CONTROLS_AS_BYTES = {"ascii", "utf-8", "cp1256"}
_UTF8_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE and U+FFFF
_UTF8_C1 = re.compile(rb"\xc2[\x80-\x9f]")
_NON_HTML_TYPES = (
    "image/",
    "audio/",
    "video/",
    "font/",
    "application/pdf",
    "application/zip",
    "application/octet-stream",
    "application/json",
)


def _codec_name(label: str | None) -> str | None:
    """The Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def _is_garbage(text: str, codec: str, data: bytes, valid_utf8: bool) -> bool:
    """Whether a decoding looks like mojibake: another charset fits the bytes clearly better."""
    if codec != "utf-8" and valid_utf8:
        return True  # real single-byte text is practically never valid multi-byte UTF-8
    if codec == "utf-8":  # strict UTF-8: the same test on the bytes, without a scan of the text
        if b"\xef\xbf\xbd" in data or (b"\xc2" in data and _UTF8_C1.search(data)):
            return True
    elif codec not in _NO_C1_CODECS and _C1_OR_REPLACEMENT.search(text):
        return True
    if codec in _WESTERN:
        accented = len(_LATIN1_LETTERS.findall(text))
        return accented > 20 and accented * 10 > sum(1 for c in text if c.isalpha())
    return False


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes: HTTP charset > BOM > meta charset > UTF-8 > windows-1256.

    A declared charset that fails to decode or yields mojibake is skipped.

    Returns:
        The text (without BOM) and the codec name used.
    """
    if data.isascii():
        return data.decode("ascii"), "ascii"
    candidates: list[str] = []
    if content_type and (m := _CHARSET_IN_CT.search(content_type)):
        candidates.append(m.group(1))
    for bom, name in _BOMS:
        if data.startswith(bom):
            candidates.append(name)
            break
    if m := _META_CHARSET.search(data[:4096]):
        candidates.append(m.group(1).decode("ascii", "replace"))
    candidates += ["utf-8", "windows-1256"]
    valid_utf8 = _valid_utf8(data)
    tried: set[str] = set()
    for label in candidates:
        codec = _codec_name(label)
        if codec is None or codec in tried:
            continue
        tried.add(codec)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            log.debug("charset %s does not decode the page", codec)
            continue
        if _is_garbage(text, codec, data, valid_utf8 and not codec.startswith("utf-16")):
            log.debug("charset %s gives mojibake; trying the next", codec)
            continue
        return text.lstrip("\ufeff"), codec
    return data.decode("utf-8", "replace").lstrip("\ufeff"), "utf-8"


def may_hold_controls(data: bytes, codec: str) -> bool:
    """Whether text decoded from ``data`` with ``codec`` may hold a control character that
    ``text.drop_control_chars`` removes (False spares a scan of the text)."""
    if codec not in _CONTROLS_AS_BYTES or len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return True
    return codec == "utf-8" and any(code in data for code in _UTF8_NONCHARACTERS)


def _valid_utf8(data: bytes) -> bool:
    """Whether the bytes decode as strict UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def check_html(data: bytes, content_type: str | None, url: str | None) -> None:
    """Refuse empty, binary and non-HTML input before any parsing.

    Raises:
        NotARelease: the input cannot be an HTML release page.
    """
    if content_type:
        media = content_type.split(";", 1)[0].strip().lower()
        if media.startswith(_NON_HTML_TYPES):
            raise NotARelease(f"the content type is {media}, not an HTML page", url=url)
    if not data.strip():
        raise NotARelease("the page is empty", url=url)
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # UTF-16 text: its NUL bytes are not binary, and decoding comes next
    if b"\x00" in head:
        raise NotARelease("the file is binary data, not an HTML page", url=url)
    non_text = len(head) - len(head.translate(None, _NON_TEXT_BYTES))
    if non_text > 8 or not _HTML_SIGNS.search(head if len(data) > 8192 else data):
        raise NotARelease("the file is not an HTML page", url=url)


def is_truncated(text: str) -> bool:
    """Whether the HTML stops before its end: an <html> or <body> that is never closed."""
    tail = text[-2048:].lower()
    if "</html" in tail or "</body" in tail:
        return False
    lowered_head = text[:4096].lower()
    return "<html" in lowered_head or "<body" in lowered_head


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _html_parser() -> lxml.html.HTMLParser:
    """lxml's HTML parser giving every element lxml.html's element class.

    lxml.html's own parser picks a class per tag (forms, inputs, labels) in Python for every element
    the parser touches; the story needs none of those, and the lookup in C is much cheaper.
    """
    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSERS = threading.local()  # lxml parsers must not be shared between threads


def _thread_parser() -> lxml.html.HTMLParser:
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = _html_parser()
    return parser


def make_tree(text: str, url: str | None = None) -> lxml.html.HtmlElement:
    """The page's lxml tree, for finding the story and reading metadata.

    Raises:
        NotARelease: lxml finds no document in the text.
    """
    try:
        return lxml.html.document_fromstring(
            _XML_DECLARATION.sub("", text, count=1), parser=_thread_parser()
        )
    except (etree.ParserError, ValueError) as error:
        raise NotARelease("the page holds no HTML document", url=url) from error
