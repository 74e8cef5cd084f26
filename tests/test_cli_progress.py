"""The demo's progress display: one line per phase; the crawl counts honestly (its total is not
known in advance), the index bar has one total and reaches 100% once. Summaries are sentences."""

from __future__ import annotations

import re

from click.testing import CliRunner

from crawler.crawl_summary import CrawlSummary
from web.cli import main

_BAR = re.compile(r"(\d+)%\|[^|]*\|\s*(\d+)/(\d+)")


def _states(stderr: str, phase: str) -> list[str]:
    """Every state a phase's progress line was drawn in (tqdm redraws it after a carriage return)."""
    return [part.strip() for part in re.split(r"[\r\n]", stderr) if part.strip().startswith(phase)]


def test_one_honest_progress_line_per_phase(tmp_path):
    args = ["demo", "--no-serve", "--releases", "30", "--delay", "0", "--site-port", "0"]
    result = CliRunner().invoke(main, [*args, "--data-dir", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert "Rebuilt index gen-000001: 30 added, 0 updated, 0 flagged gone" in result.output
    assert "rebuilt True" not in result.output and "flagged_gone" not in result.output
    crawling = _states(result.stderr, "crawling:")
    assert crawling, result.stderr
    # A counter, never a percentage: discovery keeps finding pages, so no total is promised.
    assert not any("%" in state for state in crawling), crawling
    counts = [int(re.match(r"crawling: (\d+)", state).group(1)) for state in crawling]
    assert counts == sorted(counts) and counts[-1] >= 30
    assert re.search(r"\d+ due", crawling[-1])
    drawn = _states(result.stderr, "indexing:")
    # The same state drawn twice in a row (tqdm's last refresh and its close) is one state.
    states = [state for i, state in enumerate(drawn) if i == 0 or drawn[i - 1] != state]
    indexing = [_BAR.search(state) for state in states]
    assert indexing and all(indexing), result.stderr
    totals = {int(bar.group(3)) for bar in indexing}
    assert len(totals) == 1  # one total, set before the first release
    full = [i for i, bar in enumerate(indexing) if bar.group(1) == "100"]
    assert full == [len(indexing) - 1], states  # 100% once, at the end
    assert int(indexing[-1].group(2)) == totals.pop()


def test_crawl_summary_lines_are_sentences():
    quiet = CrawlSummary(fetched=3, new=2).lines()
    assert "Nothing was skipped." in quiet and "No fetch errors, and every page parsed." in quiet
    assert "Discovered 0 new URLs." in quiet
    busy = CrawlSummary(robots=2, truncated=1, errors=1, parse_errors=3, discovered=1).lines()
    assert "Skipped: 2 by robots.txt, 1 cut at the size cap." in busy
    assert "1 fetch error and 3 pages that did not parse." in busy
    assert "Discovered 1 new URL." in busy
