"""The waitress server under load while the crawler crawls, the indexer updates and a rebuild
swaps the generation: no failed request, the new generation is served, memory stays flat.
The longer run is ``python -m bench.load_bench``."""

from __future__ import annotations

import pytest
from reliability.loadrun import run_load


@pytest.mark.slow
def test_server_under_load_while_crawling_indexing_and_rebuilding(tmp_path):
    report = run_load(tmp_path, seconds=12, clients=4, n_releases=240, rebuild_every=4.0)
    assert report.failed == 0, report.failures
    assert report.server_log_errors == []
    assert report.requests > 200
    assert report.rebuilds >= 1 and len(report.generations_seen) >= 2
    # The crawl added releases during the run and the server shows the final count.
    assert report.releases_at_end > report.releases_at_start
    assert report.served_total_at_end == report.releases_at_end
    assert report.pickup_lag_s is not None and report.pickup_lag_s < 10
    # No reader stays on a removed generation or merged segment (its deleted files stay open).
    assert report.deleted_index_files_open == 0
    assert report.deleted_files_released_after_s < 10
    assert report.rss_mb_end - report.rss_mb_start < 40, report.rss_mb_samples
