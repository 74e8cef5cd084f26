"""robots.txt during a crawl run: is a URL allowed, its host's Crawl-delay, and the sitemaps
robots.txt names (added to the frontier once per origin).

The robots.txt files are fetched through the run's own polite fetcher (same host gate, same WARC
archive), and what they said is recorded for the run's report.
"""

from __future__ import annotations

from collections.abc import Callable

from crawler.errors import CrawlerError, RobotsDisallowed
from crawler.exchange import FetchResult
from crawler.frontier import Frontier, Link
from crawler.robots import RobotsCache
from crawler.runrecorder import CrawlRecorder
from crawler.throttle import HostGate
from crawler.urls import Scope, host_of, normalize


class CrawlRobots:
    """The run's robots.txt policy over ``fetch`` (fetches a URL without a robots check)."""

    def __init__(
        self,
        *,
        token: str,
        ttl: float,
        fetch: Callable[[str], FetchResult],
        gate: HostGate,
        scope: Scope,
        frontier: Frontier,
        recorder: CrawlRecorder,
    ) -> None:
        self.token = token
        self._fetch = fetch
        self._gate = gate
        self._scope = scope
        self._frontier = frontier
        self._recorder = recorder
        self._cache = RobotsCache(self._fetch_robots, token=token, ttl=ttl)
        self._origins_seen: set[str] = set()

    def check(self, url: str) -> None:
        """Apply the host's Crawl-delay and note its sitemaps; raise if robots.txt disallows."""
        rules = self._cache.rules_for(url)
        self._add_sitemaps(rules.origin, rules.sitemaps)
        if not rules.allowed(url, self.token):
            unreachable = rules.status == 0 or rules.status >= 500
            why = "robots.txt unreachable" if unreachable else "robots.txt"
            raise RobotsDisallowed(f"disallowed by {why}", url=url)
        self._apply_crawl_delay(url, rules.crawl_delay(self.token))

    def allows(self, url: str) -> bool:
        """Whether a redirect target (possibly on another host) may be fetched."""
        rules = self._cache.rules_for(url)
        self._apply_crawl_delay(url, rules.crawl_delay(self.token))
        return rules.allowed(url, self.token)

    def _apply_crawl_delay(self, url: str, crawl_delay: float | None) -> None:
        if crawl_delay:
            self._gate.set_floor(host_of(url), crawl_delay)

    def _add_sitemaps(self, origin: str, sitemaps: tuple[str, ...]) -> None:
        if origin in self._origins_seen:
            return
        self._origins_seen.add(origin)
        links = []
        for sitemap in sitemaps:
            url = normalize(sitemap)
            if url and self._scope.classify(url) == "sitemap":
                links.append(Link(url, "sitemap"))
        if links:
            self._frontier.add(links, found_from=origin + "/robots.txt")

    def _fetch_robots(self, origin: str) -> tuple[int, bytes]:
        try:
            result = self._fetch(origin + "/robots.txt")
        except CrawlerError as error:
            self._recorder.error(f"{origin}/robots.txt: {error}")
            raise
        self._recorder.robots_read(origin, result.status, result.response.body)
        return result.status, result.response.body
