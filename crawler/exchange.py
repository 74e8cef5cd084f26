"""What a fetch returns: one HTTP exchange (as archived) and the result after redirects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_XML_TYPES = ("xml", "rss", "atom", "text/plain")


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP request and its response, as archived in the WARC files."""

    url: str
    request_headers: tuple[tuple[str, str], ...]
    status: int
    reason: str
    http_version: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    started_at: datetime
    latency: float
    truncated: str | None = None  # "length" or "time" when the body was cut
    ip: str | None = None

    def header(self, name: str) -> str | None:
        """The first response header of that name (case-insensitive), or None."""
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), None)

    @property
    def content_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The final response for a URL after redirects, with every exchange on the way."""

    url: str
    final_url: str
    response: Exchange
    exchanges: tuple[Exchange, ...] = field(default_factory=tuple)

    @property
    def status(self) -> int:
        return self.response.status


def server_date(value: str | None, fallback: datetime) -> datetime:
    """The response's Date header (the server's "today", which resolves "Today, 13:12"), else ``fallback``."""
    if value:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None:
            return when if when.tzinfo else when.replace(tzinfo=UTC)
    return fallback


def content_type_allowed(kind: str, content_type: str) -> bool:
    """True if a response of ``content_type`` can be what a URL of ``kind`` should return."""
    if not content_type:
        return True
    if kind in ("release", "listing"):
        return content_type in _HTML_TYPES
    if kind in ("feed", "sitemap"):
        return any(t in content_type for t in _XML_TYPES)
    return content_type.startswith("text/")
