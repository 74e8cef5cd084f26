"""parse_release: an INA page's bytes to a Release record, or a clear NotARelease / ParseError."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.parse.category import vote_category
from crawler.parse.document import (
    check_html,
    decode_html,
    is_truncated,
    make_tree,
    may_hold_controls,
)
from crawler.parse.errors import NotARelease, ParseError
from crawler.parse.extract import Selectors, compile_selectors
from crawler.parse.fields import caption_credit, find_images, vote_author, vote_date
from crawler.parse.language import detect_language
from crawler.parse.metadata import read_metadata
from crawler.parse.page import read_page
from crawler.parse.text import clean_text, drop_control_chars
from crawler.release import Image, Release, release_id_from_url
from crawler.source import Source, load_source

log = logging.getLogger(__name__)


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
    html: bytes,
    url: str,
    content_type: str | None,
    fetched_at: datetime | None,
    source: Source,
    trace: dict[str, str] | None = None,
) -> Release:
    """parse_release without the error wrapping; ``trace`` collects where each field came from."""
    if not isinstance(html, bytes | bytearray | memoryview):
        raise ParseError(f"The page must be bytes, not {type(html).__name__}.", url=url)
    html = bytes(html)
    check_html(html, content_type, url)
    text, codec = decode_html(html, content_type)
    if may_hold_controls(html, codec):
        text = drop_control_chars(text)
    if is_truncated(text):
        raise NotARelease(
            "the page is truncated (its HTML ends before </body>); fetch it again", url=url
        )
    note = trace.__setitem__ if trace is not None else (lambda _k, _v: None)
    note("charset", codec)
    selectors = _selectors_for(source)
    zone = _zone(source)
    root = make_tree(text, url)
    meta = read_metadata(root)
    page = read_page(root, meta, selectors, _release_test(source, url))
    note("story", page.describe())
    if page.story is None or page.lines_are_empty:
        raise NotARelease(page.reason or "the page has no article text", url=url)
    if page.reason:
        raise NotARelease(page.reason, url=url)
    title = clean_text(page.headline.text) if page.headline else ""
    note("title", page.headline.source if page.headline else "none")
    story = page.story_fields
    if not story.paragraphs:
        raise NotARelease("the page has no article text", url=url)
    if not title:
        raise NotARelease("the page has no title", url=url)
    date, date_from = vote_date(
        meta, page.header_times, page.header_dates, lambda: page.selected("date"), fetched_at, zone
    )
    note("date", date_from)
    author, author_from = vote_author(story.author, page.header_zone, meta)
    note("author", author_from)
    if date is None and author is None and story.location is None and not meta.is_article:
        raise NotARelease(
            "static page: text with no date, no byline and no article metadata", url=url
        )
    category, category_from = vote_category(
        page.breadcrumb,
        page.above_headline,
        page.selected("category"),
        story.category,
        page.header_zone,
        page.article_zone,
        title,
        meta,
        page.is_release,
    )
    note("category", category_from)
    raw_images, images_from = find_images(page.article_zone, lambda: page.selected("images"), meta)
    for image in raw_images:
        if image.caption and not story.photographers:
            story.photographers += caption_credit(image.caption)
    note("images", images_from)
    note("location", "dateline" if story.location else "no dateline")
    note("photographer", "photo credit" if story.photographers else "no photo credit")
    for kind, line in story.dropped:
        note(f"dropped {kind}", line[:80])
    web_url = urlsplit(url).scheme in ("http", "https")
    base = url if web_url or not meta.canonical else meta.canonical
    images = tuple(
        Image(src, image.caption)
        for image in raw_images
        if urlsplit(src := urljoin(base, image.src)).scheme in ("http", "https", "")
    )
    release_id = (source.release_id(url) or release_id_from_url(url)) if web_url else None
    return Release(
        url=url,
        title=title,
        body="\n\n".join(story.paragraphs),
        release_id=release_id,
        date=date,
        author=author,
        photographer=", ".join(story.photographers) or None,
        location=story.location,
        language=detect_language(url, source, meta.lang, title + " " + story.paragraphs[0][:400]),
        category=clean_text(category or "") or None,
        translator=story.translator,
        images=images,
    )


def _release_test(source: Source, page_url: str) -> Callable[[str], bool]:
    """Whether a link (relative to the page) is a release URL of the source."""

    def is_release(href: str) -> bool:
        absolute = urljoin(page_url, href.strip())
        return source.classify(absolute) == "release" or release_id_from_url(absolute) is not None

    return is_release


def explain_release(
    html: bytes,
    url: str,
    *,
    content_type: str | None = None,
    fetched_at: datetime | None = None,
    source: Source | None = None,
) -> tuple[Release | None, dict[str, str], str | None]:
    """Parse a page and say where each field came from (for ``parse --explain``).

    Returns:
        The release (None when the page is not one), the field -> evidence notes, and the
        reason it is not a release (or None).
    """
    trace: dict[str, str] = {}
    try:
        release = _parse(html, url, content_type, fetched_at, source or default_source(), trace)
    except NotARelease as error:
        return None, trace, error.reason
    return release, trace, None
