"""URL normalisation, scope (allowed hosts + the source's patterns) and canonical links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.source import Source

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PARAMS = {
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "ref_src",
}
_TRACKING_PREFIXES = ("utm_",)
_DIGITS = re.compile(r"\d+")
# What trails a page name in text and mail (quotes, brackets, punctuation, their %-escapes): cut
# after ".html" (and anything behind a "/" there) or after a bare numeric id.
_JUNK = r"(?:[\s)\]}>\"'.,;:!*|&]|%(?:2[027Cc9Ee]|3[BbEe]|5[Dd]|7[Dd])|&(?:amp|quot|gt);?)"
_JUNK_AFTER_PAGE = re.compile(rf"(\.html?)(?:/.*|{_JUNK}.*)$", re.IGNORECASE)
_JUNK_AFTER_ID = re.compile(rf"(/\d+/?){_JUNK}+$")
_PRINT_VIEW = re.compile(r"/print:|/print/|[?&]print=", re.IGNORECASE)
_PAGED_VIEW = re.compile(r"/page,\d+,")


def normalize(url: str, base: str | None = None) -> str | None:
    """The canonical spelling of an http(s) URL, or None for other schemes and unusable input.

    Lower-case scheme and host, no default port, no fragment, no tracking parameters (utm_*,
    fbclid, ...), query parameters sorted, an empty path as "/", no junk after a page name
    (``/eng/9948--.html)``, ``.html%22``, ``.html/amp``) or a numeric id (``/eng/5055).``).
    """
    try:
        if base:
            url = urljoin(base, url.strip())
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            return None
        host = parts.hostname.lower().rstrip(".")
        port = parts.port
    except ValueError:
        return None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in _TRACKING_PARAMS and not key.lower().startswith(_TRACKING_PREFIXES)
    ]
    query.sort()
    path = _JUNK_AFTER_PAGE.sub(r"\1", parts.path) or "/"
    path = _JUNK_AFTER_ID.sub(r"\1", path)
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def release_url_rank(url: str) -> int:
    """How good a URL form of one release is to fetch, lower is better: the normal page (0), a
    page of a paged release (1), a print view (2), fetched only when it is the only way."""
    if _PRINT_VIEW.search(url):
        return 2
    return 1 if _PAGED_VIEW.search(url) else 0


def host_of(url: str) -> str:
    """The lower-case host name of a URL ("" when it has none)."""
    return (urlsplit(url).hostname or "").lower()


def origin_of(url: str) -> str:
    """``scheme://netloc`` of a URL, where its robots.txt lives."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def shape_of(url: str) -> str:
    """The URL with every run of digits masked, to cap how many URLs of one shape are queued."""
    parts = urlsplit(url)
    return _DIGITS.sub("N", parts.netloc + parts.path)


def rehost(url: str, origin: str) -> str:
    """The same path and query on another origin (a mirror, the demo site)."""
    parts = urlsplit(url)
    new = urlsplit(origin)
    return urlunsplit((new.scheme, new.netloc, parts.path, parts.query, ""))


@dataclass(frozen=True, slots=True)
class Scope:
    """What may be fetched: URLs on the allowed hosts whose path the source classifies."""

    source: Source

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset(h.lower() for h in self.source.hosts)

    def host_allowed(self, url: str) -> bool:
        """True if the URL's host is one of the source's hosts."""
        return host_of(url) in self.hosts

    def classify(self, url: str) -> str | None:
        """The kind of an in-scope URL ("release", "listing", "feed", "sitemap"), else None."""
        if not self.host_allowed(url):
            return None
        return self.source.classify(url)

    def release_key(self, url: str) -> str | None:
        """``<section>/<id>`` for a release URL, so that URL variants of one release are one entry."""
        from crawler.release import section_of

        release_id = self.source.release_id(url)
        if release_id is None:
            return None
        return f"{section_of(url)}/{release_id}"


def canonical_link(html: bytes | str, base_url: str) -> str | None:
    """The normalised ``<link rel="canonical">`` of a page, or None."""
    # Imported here: the web app imports this module for normalize(), and importing
    # BeautifulSoup (soupsieve compiles its regular expressions) was ~0.25 s of its start-up.
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        if "canonical" in [r.lower() for r in rel]:
            return normalize(link["href"], base_url)
    return None
