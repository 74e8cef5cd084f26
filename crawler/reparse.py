"""Rebuild release records from the WARC files, with no network (after a parser or selector fix).

A version is a change in what INA served, not in our parser: a capture that a version was parsed
from gets that version's record replaced, and only a capture newer than every version (or of a
release the store does not have) can add one, exactly as the crawl that fetched it would have.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from crawler.exchange import server_date
from crawler.lock import CrawlLock
from crawler.parse import NotARelease, ParseError, parse_release
from crawler.release import Release
from crawler.source import Source
from crawler.store import Capture, PutOutcome, ReleaseStore
from crawler.urls import Scope
from crawler.warc import ArchivedResponse, iter_responses, warc_files

log = logging.getLogger(__name__)


@dataclass
class ReparseSummary:
    """Counts of one reparse."""

    files: int = 0
    responses: int = 0
    releases: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    gone: int = 0
    not_release: int = 0
    parse_errors: int = 0
    truncated: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        return [
            f"read {self.responses} responses from {self.files} WARC files",
            f"releases: {self.new} new, {self.changed} changed, {self.unchanged} unchanged,"
            f" {self.gone} gone",
            f"skipped: {self.not_release} not releases, {self.parse_errors} did not parse,"
            f" {self.truncated} cut at the size cap",
        ]


def reparse(data_dir: Path | str, source: Source) -> ReparseSummary:
    """Parse every archived release response again, oldest first, into the data dir's store.

    A version whose capture the parser now reads differently gets its record replaced (no
    version is added); captures the store has no version of are stored as a crawl would (a
    store rebuilt from WARC files gets every version back); 404/410 responses mark releases gone
    again. Only the WARC files are read.

    Args:
        data_dir: the data directory (``warc/`` is read, ``releases.sqlite`` written).
        source: the source definition (URL patterns and selectors); hosts are not checked.

    Returns:
        The counts.

    Raises:
        CrawlLocked: a crawl is running on this data directory.
    """
    summary = ReparseSummary(files=len(warc_files(data_dir)))
    scope = Scope(source)
    with CrawlLock(data_dir), ReleaseStore(data_dir) as store:
        for response in iter_responses(data_dir):
            summary.responses += 1
            if source.classify(response.url) != "release":
                continue
            if response.status in (404, 410):
                key = scope.release_key(response.url)
                if key and store.mark_gone(key, at=response.date):
                    summary.gone += 1
                continue
            if not 200 <= response.status < 300:
                continue
            if response.truncated:
                summary.truncated += 1
                continue
            summary.releases += 1
            try:
                release = parse_release(
                    response.body,
                    response.url,
                    content_type=response.header("Content-Type"),
                    fetched_at=server_date(response.header("Date"), response.date),
                    source=source,
                )
            except NotARelease:
                summary.not_release += 1
                continue
            except ParseError as error:
                summary.parse_errors += 1
                log.warning("could not parse %s: %s", response.url, error)
                continue
            outcome = _store_capture(store, release, response)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    return summary


def _store_capture(store: ReleaseStore, release: Release, response: ArchivedResponse) -> PutOutcome:
    """Store one re-parsed capture: replace the version it gave, or store it as the crawl did."""
    capture = Capture(response.file, response.offset) if response.file else None
    versions = store.version_records(release.key)
    linked = next((v for v in versions if capture and v.capture == capture), None)
    if linked is None:  # a store from before versions kept their capture: the same fetch time
        linked = next(
            (v for v in versions if v.capture is None and v.fetched_at == response.date), None
        )
    if linked is not None:
        replaced = store.replace_version(release.key, linked.version, release, capture)
        return "changed" if replaced else "unchanged"
    if not versions or response.date > versions[-1].fetched_at:
        return store.put(release, fetched_at=response.date, capture=capture)
    # A re-fetch between two versions matched the version of its time when it was crawled.
    return "unchanged"
