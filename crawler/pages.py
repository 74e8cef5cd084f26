"""What a crawl does with a response: 304, 404/410, other errors, and 2xx pages.

A 2xx release page is parsed and stored (no parse when its bytes did not change); a feed,
sitemap or listing page gives links for the frontier. The outcome of every page is recorded in
the frontier and counted in the run's summary.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable

from crawler.crawl_summary import CrawlSummary
from crawler.discover import links_from
from crawler.exchange import FetchResult, content_type_allowed, server_date
from crawler.frontier import Entry, Frontier
from crawler.parse import NotARelease, ParseError, parse_release
from crawler.release import Release
from crawler.settings import CrawlSettings
from crawler.source import Source
from crawler.store import Capture, ReleaseStore
from crawler.urls import Scope, canonical_link
from crawler.warc import WarcLocation

log = logging.getLogger(__name__)


class PageHandler:
    """Turns fetched responses into crawl state, release versions and new links."""

    def __init__(
        self,
        settings: CrawlSettings,
        source: Source,
        scope: Scope,
        frontier: Frontier,
        store: ReleaseStore,
        summary: CrawlSummary,
    ) -> None:
        self.settings = settings
        self.source = source
        self.scope = scope
        self.frontier = frontier
        self.store = store
        self.summary = summary
        self.on_release: Callable[[Release], None] | None = None  # the run log's coverage count

    def handle(
        self, entry: Entry, result: FetchResult, *, location: WarcLocation | None = None
    ) -> str | None:
        """Record what a response means; returns a failure description for non-2xx errors.

        ``location`` is where a 200's body was archived (None for a revisit); kept in the
        frontier unless the body was cut, so the web reads the raw copy without a WARC scan.
        """
        response, url, now = result.response, entry.url, time.time()
        status = response.status
        self.summary.fetched += 1
        due = now + self.settings.recrawl_after
        finish = self.frontier.finish
        if status == 304:
            self._count_unchanged(entry)
            finish(url, status="done", next_due=due, http_status=304)
        elif status in (404, 410):
            if entry.release_key and self.store.mark_gone(entry.release_key):
                self.summary.gone += 1
            finish(url, status="gone", next_due=due, http_status=status)
        elif 200 <= status < 300:
            self._handle_ok(entry, result, due, location if status == 200 else None)
        else:
            self.summary.errors += 1
            finish(
                url, status="error", next_due=now, http_status=status, last_error=f"HTTP {status}"
            )
            return f"HTTP {status}"
        return None

    def _count_unchanged(self, entry: Entry) -> None:
        if entry.kind == "release":
            self.summary.unchanged += 1
        else:
            self.summary.pages_unchanged += 1

    def _handle_ok(
        self, entry: Entry, result: FetchResult, due: float, location: WarcLocation | None
    ) -> None:
        response, url = result.response, entry.url
        meta = {
            "http_status": response.status,
            "etag": response.header("ETag"),
            "last_modified": response.header("Last-Modified"),
            "sha256": hashlib.sha256(response.body).hexdigest(),
        }
        if location is not None and response.body and not response.truncated:
            meta.update(warc_file=location.file, warc_offset=location.offset)
        if not content_type_allowed(entry.kind, response.content_type):
            self.summary.skipped += 1
            error = f"content type {response.content_type} is not what a {entry.kind} should be"
            self.frontier.finish(
                url, status="skipped", next_due=due, flags="content_type", last_error=error, **meta
            )
            return
        if response.truncated:
            self.summary.truncated += 1
            cap = (
                f"{self.settings.max_body_bytes} bytes"
                if response.truncated == "length"
                else "the time limit"
            )
            meta.update(flags="truncated", last_error=f"body cut at {cap}")
            if entry.kind == "release":
                self.frontier.finish(url, status="done", next_due=due, **meta)
                return
        elif meta["sha256"] == entry.sha256:
            self._count_unchanged(entry)
            if entry.kind == "release":  # same bytes: no parse (links of other pages are re-read)
                self.frontier.finish(url, status="done", next_due=due, **meta)
                return
        if entry.kind == "release":
            meta.update(self._store_release(entry, result, due, location))
            self.frontier.finish(url, status="done", next_due=due, **meta)
        else:
            if entry.kind == "listing":  # its canonical name is the same page: never fetch both
                canonical = canonical_link(response.body, result.final_url)
                if canonical and canonical != url and self.scope.classify(canonical) == "listing":
                    self.frontier.add_alias(canonical, "listing", of=url, due=due)
            links = links_from(entry, response.body, result.final_url, self.scope, self.settings)
            added = self.frontier.finish(url, status="done", next_due=due, links=links, **meta)
            self.summary.discovered += added

    def _store_release(
        self, entry: Entry, result: FetchResult, due: float, location: WarcLocation | None
    ) -> dict[str, str | None]:
        response = result.response
        # A same-site canonical release URL names the release (and is never fetched as well).
        url = result.final_url
        canonical = canonical_link(response.body, url)
        if canonical and canonical != url and self.scope.classify(canonical) == "release":
            self.frontier.add_alias(canonical, "release", of=entry.url, due=due)
            url = canonical
        try:
            release = parse_release(
                response.body,
                url,
                content_type=response.header("Content-Type"),
                fetched_at=server_date(
                    response.header("Date"), response.started_at.replace(microsecond=0)
                ),
                source=self.source,
            )
        except NotARelease as error:
            self.summary.not_release += 1
            return {"flags": "not_a_release", "last_error": str(error)}
        except ParseError as error:
            self.summary.parse_errors += 1
            log.warning("could not parse %s: %s", entry.url, error)
            return {"flags": "parse_error", "last_error": str(error)}
        if self.on_release is not None:
            self.on_release(release)
        # The version keeps its capture, so it can be shown as fetched (a cut body has none).
        capture = None
        if location is not None and not response.truncated:
            capture = Capture(location.file, location.offset)
        outcome = self.store.put(
            release, fetched_at=response.started_at.replace(microsecond=0), capture=capture
        )
        setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)
        log.info("%s %s", outcome, entry.url)
        return {"flags": None, "last_error": None}
