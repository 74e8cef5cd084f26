"""What one crawl run records in the run log: counts, errors, robots.txt changes, field coverage.

``run_crawl`` feeds a ``CrawlRecorder`` through a few hook calls (a release parsed, a page
answered, an error, a robots.txt read) and calls ``finished`` or ``failed`` at the end. The
recorder decides whether a finished run counts as failed, compares the run's field coverage
with the rest of the archive (``crawler.coverage``), writes the run record and puts the
coverage, the warnings and the failure sentence on the summary that the CLI prints.

A finished run is **failed** when no page was answered well (a 2xx or a 304, 404/410 included)
and something went wrong: fetch errors, URLs skipped by robots.txt (an unreachable robots.txt
skips everything) or a paused host. A run with nothing due (no requests) is fine.
"""

from __future__ import annotations

import logging
from pathlib import Path

from crawler.coverage import DriftRule, FieldCoverage, coverage_drops
from crawler.coveragecache import archive_coverage
from crawler.crawl_summary import CrawlSummary
from crawler.release import Release
from crawler.robotswatch import RobotsWatch, describe_change
from crawler.runlog import RunRecord, now_iso, record_quietly

log = logging.getLogger(__name__)

_MAX_URLS = 50  # release URLs kept per run to test robots.txt against


class CrawlRecorder:
    """Collects one crawl run's outcome and writes it to ``<data_dir>/runs.jsonl``."""

    def __init__(
        self,
        data_dir: Path | str,
        token: str,
        *,
        rule: DriftRule | None = None,
        is_release=lambda url: True,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.rule = rule or DriftRule()
        self.record = RunRecord(kind="crawl", started=now_iso())
        self.coverage = FieldCoverage()
        self.robots = RobotsWatch(data_dir, token, is_release=is_release)
        self.answered_ok = 0
        self._urls: list[str] = []

    # -- hooks called by the crawl -----------------------------------------------------------

    def release(self, release: Release) -> None:
        """A release was parsed in this run."""
        self.coverage.add(release)
        if len(self._urls) < _MAX_URLS:
            self._urls.append(release.url)

    def answered(self, failure: str | None) -> None:
        """A page got an HTTP response; ``failure`` is set when the status was an error."""
        if failure is None:
            self.answered_ok += 1

    def error(self, message: str) -> None:
        """A fetch failed or answered with an error status."""
        self.record.note_error(message)

    def robots_read(self, origin: str, status: int, body: bytes) -> None:
        """robots.txt of ``origin`` was read."""
        self.robots.observe(origin, status, body)

    # -- the end of the run ------------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        """The run ended with an exception: record it as failed with the error's sentence."""
        record = self.record
        record.status = "failed"
        record.message = str(error) or type(error).__name__
        record.coverage = self.coverage.to_dict()
        self._write()

    def finished(self, summary: CrawlSummary) -> RunRecord:
        """Record a run that ended normally (or by Ctrl-C); completes ``summary`` in place."""
        record = self.record
        record.pages_fetched = summary.fetched
        record.new, record.changed, record.gone = summary.new, summary.changed, summary.gone
        record.errors = max(record.errors, summary.errors)
        record.details = {
            "requests": summary.requests,
            "unchanged": summary.unchanged,
            "skipped_by_robots": summary.robots,
            "parse_errors": summary.parse_errors,
            "paused": dict(summary.paused),
        }
        try:
            record.robots = self.robots.changes(self._urls)
        except OSError as error:  # the copies could not be read or kept: not the run's fault
            log.warning("robots.txt changes not checked: %s", error)
        for change in record.robots:
            if change.get("disallows_releases"):
                record.warnings.append(describe_change(change))
        archive = self._archive_coverage()
        record.coverage = self.coverage.to_dict()
        record.archive_coverage = archive.to_dict() if archive else None
        if archive is not None:
            rest = archive.minus(self.coverage)  # the archive without this run's releases
            record.warnings += [
                d.sentence() for d in coverage_drops(self.coverage, rest, self.rule)
            ]
        if summary.stopped and summary.stopped.startswith("interrupted"):
            record.status, record.message = "interrupted", "interrupted (Ctrl-C)"
        elif (failure := self._failure(summary)) is not None:
            record.status, record.message = "failed", failure
        summary.coverage = record.coverage
        summary.archive_coverage = record.archive_coverage
        summary.warnings = list(record.warnings)
        summary.failure = record.message if record.status == "failed" else None
        self._write()
        return record

    def _failure(self, summary: CrawlSummary) -> str | None:
        """The sentence saying why a finished run failed, or None (see the module docstring)."""
        if self.answered_ok:
            return None
        first = (
            f"; the first: {self.record.error_messages[0]}" if self.record.error_messages else ""
        )
        if errors := self.record.errors:
            plural = "s" if errors != 1 else ""
            return f"no page could be fetched ({errors} error{plural}{first})"
        if summary.robots:
            return (
                f"all {summary.robots} URLs were skipped by robots.txt"
                " (unreachable, or it disallows them); check the site and its robots.txt"
            )
        if summary.paused:
            host, why = next(iter(summary.paused.items()))
            return f"{host} was paused ({why})"
        return None

    def _archive_coverage(self) -> FieldCoverage | None:
        """The coverage of every live release in the store (None if the store cannot be read)."""
        try:
            return archive_coverage(self.data_dir)
        except Exception as error:  # noqa: BLE001 - a report must not fail the crawl
            log.warning("archive field coverage not computed: %s", error)
            return None

    def _write(self) -> None:
        self.record.ended = now_iso()
        record_quietly(self.data_dir, self.record)
