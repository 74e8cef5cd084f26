"""Finding URLs: RSS feeds (feedparser), sitemaps and sitemap indexes (lxml), listing pages.

Only URLs on the allowed hosts that the source classifies are kept. Pagination is bounded by a
page count (and, with backfill, by date); other listing links by link depth; the frontier caps
URLs per shape. Calendar-like spaces are in the source's exclude patterns. So an endless link
space cannot trap the crawl.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

import feedparser
from bs4 import BeautifulSoup
from lxml import etree

from crawler.frontier import PRIORITY, Entry, Link
from crawler.pager import PagerResult, find_next_pages, page_number, same_listing
from crawler.settings import CrawlSettings
from crawler.urls import Scope, normalize, release_url_rank

log = logging.getLogger(__name__)

_DMY = re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")
_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, huge_tree=False
)


@dataclass(frozen=True, slots=True)
class Found:
    """A URL found on a page, with the date the page gives for it (if any)."""

    url: str
    date: datetime | None = None


def _struct_to_datetime(value) -> datetime | None:
    if not value:
        return None
    return datetime(*value[:6], tzinfo=UTC)


def from_feed(body: bytes, base_url: str) -> list[Found]:
    """The item links of an RSS/Atom feed, with their publication dates."""
    feed = feedparser.parse(body)
    found = []
    for item in feed.entries:
        link = normalize(item.get("link") or item.get("id") or "", base_url)
        if link:
            stamp = item.get("published_parsed") or item.get("updated_parsed")
            found.append(Found(link, _struct_to_datetime(stamp)))
    return found


def from_sitemap(body: bytes, base_url: str) -> tuple[list[Found], list[Found]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index, with their lastmod dates
    (a news sitemap's publication date counts as one)."""
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    pages, children = [], []
    for element in root.iter("{*}url", "{*}sitemap", "url", "sitemap"):
        loc = element.find("{*}loc")
        if loc is None:
            loc = element.find("loc")
        url = normalize((loc.text or "") if loc is not None else "", base_url)
        if not url:
            continue
        # The later of <lastmod> and a news sitemap's <news:publication_date>.
        stamps = [element.find("{*}lastmod"), element.find("{*}news/{*}publication_date")]
        dates = [_parse_lastmod(e.text) for e in stamps if e is not None]
        when = max((d for d in dates if d), default=None)
        name = etree.QName(element).localname
        (children if name == "sitemap" else pages).append(Found(url, when))
    return pages, children


def _parse_lastmod(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def from_listing(
    body: bytes,
    base_url: str,
    selectors: dict[str, tuple[str, ...]],
    is_listing: Callable[[str], bool],
) -> tuple[list[Found], PagerResult, list[date]]:
    """(linked URLs, the pager's next page and its evidence, dates shown) of a listing page.

    Links come from the ``listing_links`` selectors, else from every ``a[href]``; the next page
    by evidence (:func:`crawler.pager.find_next_pages`), the ``next_page`` selectors as hints.
    """
    soup = BeautifulSoup(body, "lxml")
    anchors = [a for css in selectors.get("listing_links", ()) for a in soup.select(css)]
    anchors += soup.find_all("a", href=True)  # other listings (categories) and fallback
    links = [Found(u) for u in _hrefs(anchors, base_url)]
    pager = find_next_pages(soup, base_url, is_listing, selectors.get("next_page", ()))
    return links, pager, _dates_on(soup)


def _hrefs(anchors, base_url: str) -> list[str]:
    seen, urls = set(), []
    for anchor in anchors:
        url = normalize(anchor.get("href") or "", base_url)
        if url and url not in seen:
            seen.add(url)
            urls.append(url)
    return urls


def _dates_on(soup: BeautifulSoup) -> list[date]:
    """Dates shown on a listing page (``time[datetime]`` and ``d-m-Y`` texts)."""
    found = []
    for tag in soup.select("time[datetime]"):
        try:
            found.append(date.fromisoformat(tag["datetime"][:10]))
        except ValueError:
            pass
    for day, month, year in _DMY.findall(soup.get_text(" ")):
        try:
            found.append(date(int(year), int(month), int(day)))
        except ValueError:
            pass
    return found


def links_from(
    entry: Entry, body: bytes, final_url: str, scope: Scope, settings: CrawlSettings
) -> list[Link]:
    """The in-scope links of a fetched feed, sitemap or listing page, ready for the frontier."""
    depth = entry.depth + 1
    links: list[Link] = []

    def release(url: str, priority: str, changed: datetime | None = None) -> None:
        stamp = changed.astimezone(UTC).isoformat(timespec="seconds") if changed else None
        key = scope.release_key(url)
        links.append(Link(url, "release", key, depth, priority=PRIORITY[priority], lastmod=stamp))

    if entry.kind == "feed":
        for found in from_feed(body, final_url):
            if scope.classify(found.url) == "release":
                release(found.url, "fresh-release")
    elif entry.kind == "sitemap":
        pages, children = from_sitemap(body, final_url)
        for found in pages:
            if scope.classify(found.url) == "release":
                release(found.url, "release", found.date)
        if depth <= settings.max_depth:
            links += [
                Link(f.url, "sitemap", depth=depth, lastmod=_utc(f.date))
                for f in children
                if scope.classify(f.url) == "sitemap"
            ]
    elif entry.kind == "listing":
        found, pager, dates = from_listing(
            body, final_url, scope.source.selectors, lambda u: scope.classify(u) == "listing"
        )
        log.debug("pager of %s: %s", final_url, pager.explain())
        fresh = "fresh-release" if entry.page == 1 else "release"
        for item in found:
            kind = scope.classify(item.url)
            if kind == "release":
                release(item.url, fresh)
            elif (
                kind in ("listing", "feed")
                and depth <= settings.max_depth
                and item.url != final_url
            ):
                if not _is_pagination(item.url, final_url):
                    links.append(Link(item.url, kind, depth=depth))
        if pager.next_url and _follow_pagination(entry, dates, settings):
            links.append(Link(pager.next_url, "listing", depth=entry.depth, page=entry.page + 1))
    return _one_per_release(links)


def _one_per_release(links: list[Link]) -> list[Link]:
    """One link per release key (a page may link a release twice, or its print view too): the
    best URL form (the normal page before a paged or print view), in the order first met."""
    best: dict[str, Link] = {}
    for link in links:
        ident = link.release_key or link.url
        held = best.get(ident)
        if held is None or release_url_rank(link.url) < release_url_rank(held.url):
            best[ident] = link
    order = list(dict.fromkeys(link.release_key or link.url for link in links))
    return [best[ident] for ident in order]


def _utc(when: datetime | None) -> str | None:
    return when.astimezone(UTC).isoformat(timespec="seconds") if when else None


def _is_pagination(url: str, page_url: str) -> bool:
    """True for another page of this listing, or a later page of any listing (reached in order
    from its first page, never straight from another listing)."""
    return same_listing(url, page_url) or (page_number(url) or 1) > 1


def _follow_pagination(entry: Entry, dates: list[date], settings: CrawlSettings) -> bool:
    """True if the next listing page is still within the page (and date) bounds of this run."""
    limit = settings.backfill_pages if settings.backfill else settings.listing_pages
    if entry.page >= limit:
        return False
    if settings.backfill and settings.backfill_until and dates:
        return max(dates) >= date.fromisoformat(settings.backfill_until)
    return True
