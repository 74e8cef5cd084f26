"""What a crawl run did, counted: the summary printed at the end and stored in crawl.sqlite."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from crawler.coverage import FieldCoverage


@dataclass
class CrawlSummary:
    """Counts of one crawl run."""

    fetched: int = 0  # URLs that got an HTTP response (304 included)
    new: int = 0
    changed: int = 0
    unchanged: int = 0  # releases: 304, same payload, or same parsed record
    pages_unchanged: int = 0  # feeds, sitemaps, listings: 304 or same payload
    gone: int = 0
    errors: int = 0
    robots: int = 0  # skipped by robots.txt
    refused: int = 0  # out of scope, private address, redirect loop
    skipped: int = 0  # wrong content type
    truncated: int = 0
    not_release: int = 0
    parse_errors: int = 0
    discovered: int = 0
    requests: int = 0
    bytes: int = 0
    elapsed: float = 0.0
    effective_delay: float = 0.0
    paused: dict[str, str] = field(default_factory=dict)
    stopped: str | None = None
    # Set by the run recorder (crawler.runrecorder) at the end of the run:
    coverage: dict[str, Any] | None = None  # field coverage of the releases parsed in the run
    archive_coverage: dict[str, Any] | None = None  # ... and of the whole archive
    warnings: list[str] = field(default_factory=list)  # layout drift, robots.txt
    failure: str | None = None  # why the run counts as failed (the command exits 1)
    photos: str | None = None  # what the run's photo fetching did (crawler.images), a sentence

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        """The summary as a few human-readable lines."""
        out = [
            f"fetched {self.fetched} pages in {self.elapsed:.1f} s"
            f" ({self.requests} requests, {self.bytes / 1e6:.1f} MB, effective delay {self.effective_delay:.2f} s)",
            f"releases: {self.new} new, {self.changed} changed, {self.unchanged} unchanged, {self.gone} gone;"
            f" {self.pages_unchanged} feeds and listings unchanged",
            self._skipped_sentence(),
            self._errors_sentence(),
            f"Discovered {_count(self.discovered, 'new URL')}.",
        ]
        if self.photos:
            out.append(self.photos)
        if self.coverage is not None:
            out += coverage_lines(self.coverage, self.archive_coverage)
        if self.stopped:
            out.append(self.stopped)
        for host, why in self.paused.items():
            out.append(f"paused {host}: {why}; run again later")
        out += [f"warning: {warning}" for warning in self.warnings]
        return out

    def _skipped_sentence(self) -> str:
        """What was left out, only the counts that are not zero."""
        parts = [
            f"{self.robots} by robots.txt" if self.robots else "",
            f"{self.refused} refused (out of scope, a private address or a redirect loop)"
            if self.refused
            else "",
            f"{self.skipped} of the wrong content type" if self.skipped else "",
            f"{self.truncated} cut at the size cap" if self.truncated else "",
            f"{self.not_release} not releases" if self.not_release else "",
        ]
        parts = [part for part in parts if part]
        return f"Skipped: {', '.join(parts)}." if parts else "Nothing was skipped."

    def _errors_sentence(self) -> str:
        """Fetch errors and pages that did not parse, or that there were none."""
        if not self.errors and not self.parse_errors:
            return "No fetch errors, and every page parsed."
        return (
            f"{_count(self.errors, 'fetch error')} and "
            f"{_count(self.parse_errors, 'page')} that did not parse."
        )


def _count(n: int, noun: str) -> str:
    """``1 page``, ``2 pages``."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def coverage_lines(run: dict[str, Any] | None, archive: dict[str, Any] | None) -> list[str]:
    """Field coverage of a run and of the archive, one line each."""
    out = []
    for label, data in (("this run", run), ("archive", archive)):
        if data is not None:
            coverage = FieldCoverage.from_dict(data)
            out.append(
                f"field coverage, {label} ({coverage.total} releases): {coverage.describe()}"
            )
    return out
