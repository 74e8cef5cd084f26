"""The crawl run loop: seeds → frontier → polite fetch → WARC → parse → release store.

Per page the order is: the exchange is appended to the WARC files (fsync), the release goes to
the store (one transaction), then the URL's crawl state and the links found on it are recorded
(one transaction). A kill -9 between any two steps only makes the next run fetch that page
again, which the store sees as "unchanged": nothing lost, nothing duplicated.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from crawler.crawl_summary import CrawlSummary
from crawler.crawlrobots import CrawlRobots
from crawler.errors import (
    FetchFailed,
    HostPaused,
    OutOfScope,
    RedirectRefused,
    RobotsDisallowed,
)
from crawler.exchange import Exchange
from crawler.fetch import Fetcher
from crawler.frontier import Entry, Frontier, Link
from crawler.hosthealth import HostHealth
from crawler.images import ImageCrawl
from crawler.lock import CrawlLock
from crawler.pages import PageHandler
from crawler.revisits import archive_exchange
from crawler.runrecorder import CrawlRecorder
from crawler.seeding import only_sections, scoped_source, seed_links
from crawler.settings import CrawlSettings
from crawler.source import Source
from crawler.store import ReleaseStore
from crawler.throttle import HostGate
from crawler.urls import Scope, host_of
from crawler.warc import WarcArchive, WarcLocation

log = logging.getLogger(__name__)

__all__ = ["CrawlSummary", "run_crawl"]


def run_crawl(settings: CrawlSettings, source: Source, *, progress: bool = True) -> CrawlSummary:
    """Crawl the source politely into ``settings.data_dir`` until nothing is due.

    Args:
        settings: the crawl settings (data directory, delay, start URLs, ...).
        source: the source definition; with ``settings.start_urls`` its hosts are replaced.
        progress: show a tqdm progress bar (also needs ``settings.progress``).

    Returns:
        The counts of this run.

    Raises:
        CrawlLocked: another crawl holds the data directory.
        CrawlConfigError: a start URL the source does not recognise.
    """
    source = only_sections(scoped_source(source, settings.start_urls), settings.languages)
    seeds = seed_links(source, settings.start_urls)
    with CrawlLock(settings.data_dir):
        # The run's outcome goes to <data_dir>/runs.jsonl (crawler.runrecorder).
        recorder = CrawlRecorder(
            settings.data_dir,
            settings.robots_token,
            is_release=lambda url: Scope(source).classify(url) == "release",
        )
        try:
            crawl = _Crawl(settings, source, recorder)
            try:
                summary = crawl.run(seeds, progress=progress and settings.progress)
            finally:
                crawl.close()
        except Exception as error:
            recorder.failed(error)
            raise
        recorder.finished(summary)
        return summary


class _Crawl:
    """One run over one data directory."""

    def __init__(self, settings: CrawlSettings, source: Source, recorder: CrawlRecorder) -> None:
        self.settings = settings
        self.recorder = recorder
        self.source = source
        self.scope = Scope(source)
        self.frontier = Frontier(settings.data_dir, per_shape_cap=settings.per_pattern_cap)
        self.store = ReleaseStore(settings.data_dir)
        self.warc = WarcArchive(settings.data_dir, max_bytes=settings.warc_max_bytes)
        self.gate = HostGate(
            delay=settings.delay,
            ceiling=settings.max_delay,
            jitter=settings.jitter,
            autothrottle=settings.autothrottle,
        )
        self.fetcher = Fetcher(
            settings,
            host_allowed=self.scope.host_allowed,
            gate=self.gate,
            on_exchange=self._archive,
            robots_allowed=self._robots_allow,
        )
        self.robots = CrawlRobots(
            token=settings.robots_token,
            ttl=settings.robots_ttl,
            fetch=lambda url: self.fetcher.fetch(url, check_robots=False),
            gate=self.gate,
            scope=self.scope,
            frontier=self.frontier,
            recorder=recorder,
        )
        self.summary = CrawlSummary()
        self.pages = PageHandler(
            settings, source, self.scope, self.frontier, self.store, self.summary
        )
        self.pages.on_release = recorder.release
        self._current: Entry | None = None
        self._written: tuple[Exchange, WarcLocation] | None = None  # the last exchange archived
        self.hosts = HostHealth(settings.pause_after_failures)
        self.images = ImageCrawl(  # each release's photos, through the same polite fetcher
            settings,
            self.store,
            fetch=self.fetcher.fetch,
            robots_allowed=self._robots_allow,
            location_of=self._location_of,
            host_allowed=self.scope.host_allowed,
            hosts=self.hosts,
        )

    def close(self) -> None:
        self.images.close(self.summary)
        self.fetcher.close()
        self.warc.close()
        self.store.close()
        self.frontier.close()

    def run(self, seeds: list[Link], *, progress: bool) -> CrawlSummary:
        start = time.monotonic()
        run_started = time.time()
        resuming = self.frontier.interrupted()
        if resuming:
            log.warning("the last run was interrupted; resuming where it stopped")
        run_id = self.frontier.start_run()
        self.frontier.apply_recrawl_after(self.settings.recrawl_after)
        if self.settings.backfill and not resuming:  # a resumed backfill goes on, not over
            self.frontier.make_kind_due("listing")
        self.frontier.add(seeds)
        self.frontier.make_due(link.url for link in seeds)
        # An honest counter, not a bar: discovery keeps adding URLs, so no total holds for the run
        # (a growing total made the bar reach 100% several times). The URLs still due are shown.
        bar = tqdm(desc="crawling", unit=" pages", disable=not progress)
        bar.set_postfix_str(f"{self.frontier.count_due(run_started)} due", refresh=False)
        # Log lines go above the bar instead of through it.
        redirect = logging_redirect_tqdm() if progress else contextlib.nullcontext()
        interrupted = False
        try:
            with redirect:
                self._loop(bar, run_started)
        except KeyboardInterrupt:
            # Everything done so far is committed; the run stays open so the next one resumes it.
            interrupted = True
            self.summary.stopped = "interrupted (Ctrl-C): run the same command again to resume"
        finally:
            bar.close()
            summary = self.summary
            summary.elapsed = time.monotonic() - start
            summary.requests = self.fetcher.requests
            summary.bytes = self.fetcher.bytes
            summary.paused = dict(self.hosts.paused)
            summary.effective_delay = self._effective_delay()
            if not interrupted:
                self.frontier.end_run(run_id, json.dumps(summary.to_dict()))
        return summary

    def _loop(self, bar: tqdm, run_started: float) -> None:
        """Process due URLs, most urgent first, until none is left or --max-pages is reached."""
        while True:
            self.images.catch_up()  # the photos of releases stored so far (and of a killed run)
            if self.settings.max_pages and self.summary.fetched >= self.settings.max_pages:
                self.summary.stopped = f"stopped after --max-pages {self.settings.max_pages}"
                return
            entry = self.frontier.next_due(run_started, skip_hosts=self.hosts.paused)
            if entry is None:
                return
            self._process(entry)
            bar.update(1)
            if bar.n % 25 == 0 and not bar.disable:
                bar.set_postfix_str(f"{self.frontier.count_due(run_started)} due")

    def _effective_delay(self) -> float:
        requests = self.fetcher.requests
        return self.summary.elapsed / (requests - 1) if requests > 1 else 0.0

    def _process(self, entry: Entry) -> None:
        url, host, now = entry.url, host_of(entry.url), time.time()
        finish = self.frontier.finish
        try:
            self.fetcher.check_address(url)
            self.robots.check(url)
            self._current = entry
            # A backfill walks the listings again, so it needs their bodies, not a 304.
            walk = self.settings.backfill and entry.kind == "listing"
            result = self.fetcher.fetch(
                url,
                etag=None if walk else entry.etag,
                last_modified=None if walk else entry.last_modified,
            )
        except RobotsDisallowed as error:
            self.summary.robots += 1
            finish(
                url,
                status="skipped",
                next_due=now + self.settings.robots_ttl,
                fetched=False,
                last_error=str(error),
            )
        except (OutOfScope, RedirectRefused) as error:
            self.summary.refused += 1
            log.info("refused %s: %s", url, error)
            finish(
                url,
                status="refused",
                next_due=now + self.settings.recrawl_after,
                fetched=False,
                last_error=str(error),
            )
        except HostPaused as error:
            self.hosts.pause(host, str(error))
            finish(url, status="error", next_due=now, fetched=False, last_error=str(error))
        except FetchFailed as error:
            self.summary.errors += 1
            finish(
                url,
                status="error",
                next_due=now,
                fetched=False,
                http_status=error.status,
                last_error=str(error),
            )
            self._failed(host, str(error))
        else:
            failure = self.pages.handle(entry, result, location=self._location_of(result.response))
            self.recorder.answered(failure)
            if failure:
                self._failed(host, failure)
            elif 200 <= result.status < 300:
                self.hosts.succeeded(host)
        finally:
            self._current = None
            self._written = None

    def _location_of(self, response: Exchange) -> WarcLocation | None:
        """Where the final response was archived as a full response record (not a revisit)."""
        if self._written is None or self._written[0] is not response:
            return None
        location = self._written[1]
        return None if location.revisit else location

    def _failed(self, host: str, error: str) -> None:
        self.recorder.error(f"{host}: {error}")
        self.hosts.failed(host, error)

    def _robots_allow(self, url: str) -> bool:
        """robots.txt check (and Crawl-delay) for a redirect target, possibly on another host."""
        self.fetcher.check_address(url)
        return self.robots.allows(url)

    def _archive(self, exchange: Exchange) -> None:
        """Write every exchange to the WARC files; unchanged payloads as revisit records."""
        self._written = (exchange, archive_exchange(self.warc, self._current, exchange))
