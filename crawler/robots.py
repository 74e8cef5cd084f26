"""robots.txt per RFC 9309: fetched once per host, cached, refreshed after a TTL.

2xx: the rules of the group for our product token (read by :mod:`crawler.robots_txt`, matched by
Protego); 4xx: allow all; 429, 5xx or unreachable: disallow all for now (retried after the TTL
or at the next run). 429 is read as Google reads it, "the server is overloaded", not as RFC 9309's
"unavailable" (which would allow everything).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from crawler.errors import CrawlerError
from crawler.robots_txt import RobotsTxt
from crawler.urls import origin_of

log = logging.getLogger(__name__)

# Fetches ``<origin>/robots.txt``: returns (HTTP status, body) or raises CrawlerError.
RobotsFetch = Callable[[str], tuple[int, bytes]]

# An unreachable robots.txt is retried sooner than a good one is refreshed.
_UNREACHABLE_TTL = 600.0


@dataclass(frozen=True, slots=True)
class HostRules:
    """The robots.txt verdict for one origin."""

    origin: str
    status: int  # HTTP status of robots.txt, 0 if unreachable
    robots: RobotsTxt | None = None
    allow_all: bool = False
    sitemaps: tuple[str, ...] = field(default_factory=tuple)

    def allowed(self, url: str, token: str) -> bool:
        """True if ``token`` may fetch ``url`` (``/robots.txt`` itself always)."""
        if self.robots is None:
            return self.allow_all
        return self.robots.group(token).allowed(url)

    def crawl_delay(self, token: str) -> float | None:
        """The Crawl-delay of the group for ``token`` in seconds, or None."""
        if self.robots is None:
            return None
        return self.robots.group(token).crawl_delay


def rules_from_response(origin: str, status: int, body: bytes) -> HostRules:
    """Interpret a robots.txt response per RFC 9309 (2xx parse, 4xx allow, else disallow)."""
    if 200 <= status < 300:
        robots = RobotsTxt(body)
        return HostRules(origin, status, robots, sitemaps=robots.sitemaps)
    if 400 <= status < 500 and status != 429:
        return HostRules(origin, status, allow_all=True)
    return HostRules(origin, status, allow_all=False)


class RobotsCache:
    """robots.txt rules per origin, fetched on first use and refreshed after ``ttl`` seconds."""

    def __init__(
        self,
        fetch: RobotsFetch,
        *,
        token: str,
        ttl: float = 86400.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self.token = token
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[str, tuple[float, HostRules]] = {}

    def rules_for(self, url: str) -> HostRules:
        """The rules of the origin of ``url`` (fetching robots.txt if not cached or expired)."""
        origin = origin_of(url)
        cached = self._cache.get(origin)
        now = self._clock()
        if cached and cached[0] > now:
            return cached[1]
        try:
            status, body = self._fetch(origin)
        except CrawlerError as error:
            log.warning("robots.txt of %s unreachable (%s): not crawling it for now", origin, error)
            rules = HostRules(origin, 0, allow_all=False)
        else:
            rules = rules_from_response(origin, status, body)
            if status >= 500 or status < 200:
                log.warning("robots.txt of %s answered %s: not crawling it for now", origin, status)
        ttl = self._ttl if rules.status and rules.status < 500 else min(self._ttl, _UNREACHABLE_TTL)
        self._cache[origin] = (now + ttl, rules)
        return rules

    def allowed(self, url: str) -> bool:
        """True if robots.txt lets our product token fetch ``url``."""
        return self.rules_for(url).allowed(url, self.token)

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay for our token on the host of ``url``, or None."""
        return self.rules_for(url).crawl_delay(self.token)
