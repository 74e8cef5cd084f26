"""What each path of the INA-like site answers: release pages, listings, feeds, sitemaps, files."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crawler.demo_site import feeds, render, vocab
from crawler.demo_site.photos import photo_jpeg

if TYPE_CHECKING:
    from crawler.demo_site.site import Site

Response = tuple[int, dict[str, str], bytes]

_CATEGORY = {slug: (en, ar) for slug, en, ar in vocab.CATEGORIES}
# The section prefix of a path: none (Arabic), eng/, kurd/ or turkmen/.
_SECTION = r"^/(eng/|kurd/|turkmen/)?"
_RELEASE = re.compile(_SECTION + r"(\d+)-([^/]*)\.html$")
_PRINT = re.compile(_SECTION + r"print:page,(\d+),(\d+)-([^/]*)\.html$")
_OLD_RELEASE = re.compile(r"^/eng/(\d+)/?$")
_LISTING = re.compile(_SECTION + r"(?:([a-z][a-z0-9_-]*)/)?(?:page/(\d+)/)?$")
_RSS = re.compile(_SECTION + r"(?:([a-z][a-z0-9_-]*)/)?rss\.xml$")
_SITEMAP = re.compile(_SECTION + r"sitemap\.xml$")
_SITEMAP_PAGE = re.compile(_SECTION + r"news_pages(\d*)\.xml$")
_IMAGE = re.compile(_SECTION + r"uploads/posts/\d{4}-\d{2}/[^/]+\.jpe?g$")
_LANGS = {None: "ar", "eng/": "en", "kurd/": "ku", "turkmen/": "tk"}
_HTML = "text/html; charset=utf-8"
_XML = "application/xml; charset=utf-8"


def _lang(prefix: str | None) -> str:
    return _LANGS[prefix]


def _page(site: Site, lang: str, path: str) -> Response:
    """A 404 page in the section's language."""
    return 404, {"Content-Type": _HTML}, render.not_found_page(lang, path).encode()


def route(site: Site, path: str, base_url: str) -> Response:
    """The response of the site for ``path`` (no query string) served from ``base_url``.

    Args:
        site: the site.
        path: the request path.
        base_url: scheme and host the request came to.

    Returns:
        (status, headers, body).
    """
    if path == "/robots.txt":
        text = feeds.robots(site.config.robots_txt, base_url)
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode()
    if match := _RELEASE.match(path):
        return _release(site, _lang(match[1]), int(match[2]), path, base_url)
    if match := _PRINT.match(path):
        return _print(site, _lang(match[1]), int(match[2]), int(match[3]), path, base_url)
    if match := _OLD_RELEASE.match(path):
        index = site.find("en", int(match[1]))
        if index is None:
            return _page(site, "en", path)
        return 301, {"Location": site.release(index).path, "Content-Type": _HTML}, b""
    if match := _IMAGE.match(path):
        return 200, {"Content-Type": "image/jpeg"}, photo_jpeg(path)
    if match := _RSS.match(path):
        return _rss(site, _lang(match[1]), match[2], base_url, path)
    if match := _SITEMAP.match(path):
        return _sitemap_index(site, _lang(match[1]), base_url, path)
    if match := _SITEMAP_PAGE.match(path):
        return _sitemap_page(site, _lang(match[1]), int(match[2] or 1), base_url, path)
    if match := _LISTING.match(path):
        return _listing(site, _lang(match[1]), match[2], int(match[3] or 1), path)
    return _page(site, _lang(re.match(_SECTION, path)[1]), path)


def _release(site: Site, lang: str, release_id: int, path: str, base_url: str) -> Response:
    """A release page, a redirect to its canonical slug, or its removal status."""
    index = site.find(lang, release_id)
    if index is None:
        return _page(site, lang, path)
    release = site.release(index)
    if release.gone:
        return release.gone, {"Content-Type": _HTML}, render.not_found_page(lang, path).encode()
    if release.path != path:
        if site.config.wrong_slug == "redirect":
            return 301, {"Location": release.path, "Content-Type": _HTML}, b""
        if site.config.wrong_slug == "404":
            return _page(site, lang, path)
    headers = {
        "Content-Type": f"text/html; charset={release.encoding}",
        "ETag": release.etag,
        "Last-Modified": site.http_date(release.last_modified),
    }
    return 200, headers, release.render(base_url)


def _print(site: Site, lang: str, page: int, release_id: int, path: str, base_url: str) -> Response:
    """A release's print view (one page: ``print:page,1,...``), or its release's status."""
    index = site.find(lang, release_id)
    if index is None or page != 1:
        return _page(site, lang, path)
    release = site.release(index)
    if release.gone:
        return release.gone, {"Content-Type": _HTML}, render.not_found_page(lang, path).encode()
    if release.print_path != path:
        if site.config.wrong_slug == "redirect":
            return 301, {"Location": release.print_path, "Content-Type": _HTML}, b""
        if site.config.wrong_slug == "404":
            return _page(site, lang, path)
    headers = {
        "Content-Type": f"text/html; charset={release.encoding}",
        "Last-Modified": site.http_date(release.last_modified),
    }
    return 200, headers, release.render_print(base_url)


def _listing(site: Site, lang: str, category: str | None, page: int, path: str) -> Response:
    """A listing page (section front, category, "lastnews"), newest first."""
    if category == "lastnews":
        category = None
    elif category is not None and category not in _CATEGORY:
        return _page(site, lang, path)
    indexes = site.live(lang, category)
    per_page = site.config.per_page
    pages = max(1, -(-len(indexes) // per_page))
    if page < 1 or page > pages:
        return _page(site, lang, path)
    chunk = indexes[(page - 1) * per_page : page * per_page]
    stories = [site.release(i).story for i in chunk]
    root = render.ROOT[lang]
    first = root if category is None else f"{root}{category}/"
    if path.startswith(f"{root}lastnews/"):
        first = f"{root}lastnews/"
    title = render.SITE_NAME[lang]
    if category is not None:
        title = dict(render.category_names(lang))[category]
    # Section fronts use DLE's pager; categories a Bootstrap one (rel=next in Arabic only).
    pager = "dle" if category is None else ("bootstrap" if lang == "en" else "bootstrap-rel")
    html = render.listing_page(lang, title, stories, page, pages, first, pager)
    return 200, {"Content-Type": _HTML}, html.encode()


def _rss(site: Site, lang: str, category: str | None, base_url: str, path: str) -> Response:
    """The section's (or a category's) RSS feed of the newest releases."""
    if category is not None and category not in _CATEGORY:
        return _page(site, lang, path)
    chunk = site.live(lang, category)[: site.config.feed_items]
    stories = [site.release(i).story for i in chunk]
    xml = feeds.rss(lang, stories, base_url, site.now)
    return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, xml.encode()


def _sitemap_index(site: Site, lang: str, base_url: str, path: str) -> Response:
    """The sitemap index: one news_pages file per ``sitemap_page_size`` releases."""
    count = len(site.live(lang))
    size = site.config.sitemap_page_size
    n_files = max(1, -(-count // size))
    root = render.ROOT[lang]
    urls = [f"{base_url}{root}news_pages{'' if k == 1 else k}.xml" for k in range(1, n_files + 1)]
    return 200, {"Content-Type": _XML}, feeds.sitemap_index(urls, site.now).encode()


def _sitemap_page(site: Site, lang: str, number: int, base_url: str, path: str) -> Response:
    """One news_pages file: release URLs (newest first) with their last change."""
    indexes = site.live(lang)
    size = site.config.sitemap_page_size
    n_files = max(1, -(-len(indexes) // size))
    if number < 1 or number > n_files or path.endswith("news_pages1.xml"):
        return _page(site, lang, path)
    chunk = indexes[(number - 1) * size : number * size]
    entries = [(base_url + site.path_of(i), site.last_modified_of(i)) for i in chunk]
    return 200, {"Content-Type": _XML}, feeds.sitemap_urls(entries).encode()
