"""Run records for the status tests: Release records, runs recorded through the real API."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from crawler.crawl_summary import CrawlSummary
from crawler.release import Release
from crawler.runrecorder import CrawlRecorder
from crawler.store import ReleaseStore
from web.cli import main

WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def status_output(data_dir: Path, *args: str) -> str:
    """What ``ina-archive status`` prints (it must exit 0)."""
    result = CliRunner().invoke(main, ["status", "--data-dir", str(data_dir), *args])
    assert result.exit_code == 0, result.output
    return result.output


def release(i: int, *, dated: bool = True, author: str | None = "Amna Al-Salami") -> Release:
    """An English release with every counted field but a photographer (and maybe no date)."""
    return Release(
        url=f"https://ina.iq/eng/{i}-talks.html",
        title=f"Minister meets envoy {i}",
        body=f"Talks number {i}.",
        release_id=i,
        date=WHEN if dated else None,
        author=author,
        location="Baghdad",
        language="en",
        category="Politics",
    )


def record_run(data_dir: Path, releases: list[Release]) -> CrawlSummary:
    """What the crawl does with the releases it parses: count them, store them, finish."""
    recorder = CrawlRecorder(data_dir, "ina-archive")
    summary = CrawlSummary(fetched=len(releases))
    with ReleaseStore(data_dir) as store:
        for item in releases:
            recorder.release(item)
            recorder.answered(None)
            outcome = store.put(item)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    recorder.finished(summary)
    return summary
