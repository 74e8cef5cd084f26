"""The demo's progress display: one line per phase; the crawl counts honestly (its total is not
known in advance), the index bar has one total and reaches 100% once."""

from __future__ import annotations

import re

from click.testing import CliRunner

from web.cli import main

_BAR = re.compile(r"(\d+)%\|[^|]*\|\s*(\d+)/(\d+)")


def _states(stderr: str, phase: str) -> list[str]:
    """Every state a phase's progress line was drawn in (tqdm redraws it after a carriage return)."""
    return [part.strip() for part in re.split(r"[\r\n]", stderr) if part.strip().startswith(phase)]


def test_one_honest_progress_line_per_phase(tmp_path):
    args = ["demo", "--no-serve", "--releases", "30", "--delay", "0", "--site-port", "0"]
    result = CliRunner().invoke(main, [*args, "--data-dir", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
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
