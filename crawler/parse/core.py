"""parse_release: an INA page's bytes to a Release record, or a clear NotARelease / ParseError."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.parse.bylines import split_story
from crawler.parse.document import check_html, decode_html, is_truncated, make_soup, make_tree
from crawler.parse.errors import NotARelease, ParseError
from crawler.parse.extract import (
    Selectors,
    compile_selectors,
    drop_noise,
    extract_body_node,
    extract_category,
    extract_date,
    extract_images,
    extract_title,
)
from crawler.parse.metadata import Metadata, read_metadata
from crawler.parse.text import body_paragraphs, clean_text, drop_control_chars
from crawler.release import Image, Release, release_id_from_url
from crawler.source import Source, load_source

log = logging.getLogger(__name__)

_ARABIC = re.compile("[\u0600-\u06ff]")
_KURDISH = re.compile("[ڕڵێۆەڤ]")
_LATIN = re.compile("[A-Za-z]")
_TURKISH = re.compile("[ğşıİĞŞ]")


@lru_cache(maxsize=1)
def default_source() -> Source:
    """The INA source definition from seeds/, loaded once."""
    return load_source()


def _selectors_for(source: Source) -> Selectors:
    """The compiled selectors of a source, compiled once per distinct selector table."""
    return _compiled_selectors(source.name, tuple(sorted(source.selectors.items())))


@lru_cache(maxsize=16)
def _compiled_selectors(name: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> Selectors:
    """Compile a selector table (cached: sources made with ``with_hosts`` share it)."""
    return compile_selectors(name, dict(table))


def _language(url: str, source: Source, meta: Metadata, sample: str) -> str | None:
    """Language from the URL's section, then <html lang>, then the text's script."""
    if urlsplit(url).scheme in ("http", "https"):
        language = source.language_of(url)
        if language:
            return language
    if meta.lang and meta.lang[:2] in ("en", "ar", "ku", "tk", "tr"):
        return "tk" if meta.lang[:2] == "tr" else meta.lang[:2]
    arabic, latin = len(_ARABIC.findall(sample)), len(_LATIN.findall(sample))
    if arabic > latin:
        return "ku" if len(_KURDISH.findall(sample)) * 50 > arabic else "ar"
    if latin:
        return "tk" if _TURKISH.search(sample) else "en"
    return None


def _zone(source: Source) -> ZoneInfo:
    """The source's clock; a bad zone name is a configuration error."""
    try:
        return ZoneInfo(source.timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ParseError(
            f"The source timezone {source.timezone!r} is unknown; fix the source definition."
        ) from error


def parse_release(
    html: bytes,
    url: str,
    *,
    content_type: str | None = None,
    fetched_at: datetime | None = None,
    source: Source | None = None,
) -> Release:
    """Turn an INA release page into a Release record.

    Args:
        html: the page bytes as served.
        url: the page URL; it gives the release id and the section (language).
        content_type: the HTTP Content-Type, when known (its charset wins unless it is wrong).
        fetched_at: when the page was fetched; resolves "Today, 13:12" / "Yesterday".
        source: the source definition (default: seeds/ina-source.toml, loaded once).

    Returns:
        The release, with ``date`` in the source's timezone (Asia/Baghdad).

    Raises:
        NotARelease: a listing, error page, empty, binary or truncated input; ``reason`` says which.
        ParseError: anything else that stops the page from being read.
    """
    try:
        return _parse(html, url, content_type, fetched_at, source or default_source())
    except ParseError:
        raise
    except RecursionError as error:
        raise ParseError("The page is nested too deeply to read.", url=url) from error
    except Exception as error:  # noqa: BLE001 - the contract is: never a bare traceback
        log.debug("unexpected parser failure on %s", url, exc_info=True)
        raise ParseError(
            f"The page could not be parsed ({type(error).__name__}: {error}).", url=url
        ) from error


def _parse(
    html: bytes, url: str, content_type: str | None, fetched_at: datetime | None, source: Source
) -> Release:
    """parse_release without the error wrapping."""
    if not isinstance(html, bytes | bytearray | memoryview):
        raise ParseError(f"The page must be bytes, not {type(html).__name__}.", url=url)
    html = bytes(html)
    check_html(html, content_type, url)
    text, _codec = decode_html(html, content_type)
    text = drop_control_chars(text)
    if is_truncated(text):
        raise NotARelease(
            "the page is truncated (its HTML ends before </body>); fetch it again", url=url
        )
    selectors = _selectors_for(source)
    zone = _zone(source)
    root = make_tree(text, url)
    meta = read_metadata(root)
    node, matches = extract_body_node(root, selectors)
    if node is None:
        raise NotARelease("the page has no article body (a listing or an error page)", url=url)
    if matches > 2:
        raise NotARelease(f"listing page: {matches} story blocks and no single article", url=url)
    title = clean_text(extract_title(root, selectors, meta) or "")  # metadata may hold controls
    drop_noise(node, selectors)
    paragraphs = body_paragraphs(make_soup(node))
    if not paragraphs and meta.article_body:
        paragraphs = [p for p in map(clean_text, meta.article_body.split("\n")) if p]
    story = split_story(paragraphs, title)
    if not story.paragraphs:
        raise NotARelease("the page has no article text", url=url)
    if not title:
        raise NotARelease("the page has no title", url=url)
    web_url = urlsplit(url).scheme in ("http", "https")
    base = url if web_url or not meta.canonical else meta.canonical
    images = tuple(
        Image(src, image.caption)
        for image in extract_images(root, selectors, node, meta)
        if urlsplit(src := urljoin(base, image.src)).scheme in ("http", "https", "")
    )
    release_id = (source.release_id(url) or release_id_from_url(url)) if web_url else None
    author = story.author or (clean_text(meta.authors[0]) if meta.authors else None) or None
    return Release(
        url=url,
        title=title,
        body="\n\n".join(story.paragraphs),
        release_id=release_id,
        date=extract_date(root, selectors, meta, fetched_at, zone),
        author=author,
        photographer=", ".join(story.photographers) or None,
        location=story.location,
        language=_language(url, source, meta, title + " " + story.paragraphs[0][:400]),
        category=clean_text(extract_category(root, selectors, meta) or "") or None,
        translator=story.translator,
        images=images,
    )
