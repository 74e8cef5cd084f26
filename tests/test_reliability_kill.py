"""SIGKILL the crawler and the indexer at random points; after each recovery nothing is lost,
duplicated or unreadable (the fifty-kill run is ``python -m bench.killtest``)."""

from __future__ import annotations

import sqlite3

import pytest
from reliability.consistency import check
from reliability.killharness import run_kills

from crawler.warc import warc_files


@pytest.mark.slow
def test_ten_random_kills_of_crawler_and_indexer_lose_nothing(tmp_path):
    # Whether a kill lands before a run ends depends on timing: go on until two hit the indexer.
    report = run_kills(tmp_path, kills=10, n_releases=80, seed=6, min_index_kills=2)
    assert report.violations == []
    assert report.kills >= 10
    assert report.crawl_kills >= 3 and report.index_kills >= 2
    assert report.index_kills_holding_lock >= 1  # at least one kill landed inside the writer
    assert report.releases_stored == report.releases_expected == 80
    assert report.releases_indexed == 80
    assert report.warc_records_read > 0
    assert report.image_kills >= 1  # kills landed around image fetches too
    assert report.images_read_back > 0 and report.leads_missing == 0


@pytest.mark.slow
def test_the_checker_sees_a_broken_data_directory(tmp_path):
    """Negative control: the checks above can fail."""
    report = run_kills(tmp_path, kills=1, n_releases=15, seed=1, index_share=0.0)
    assert report.violations == []
    data_dir = tmp_path / "data"
    before = check(data_dir, {}, report, "clean")
    assert report.violations == [] and len(before) == 15

    victim = sorted(before)[0]
    with sqlite3.connect(data_dir / "releases.sqlite") as db:
        db.execute("DELETE FROM releases WHERE key = ?", (victim,))
        db.execute("DELETE FROM release_versions WHERE key = ?", (victim,))
    db.close()
    with sqlite3.connect(data_dir / "images.sqlite") as db:  # a row pointing at other bytes
        db.execute("UPDATE images SET sha256 = ? WHERE rowid = 1", ("0" * 64,))
    db.close()
    newest = warc_files(data_dir)[-1]
    data = newest.read_bytes()
    newest.write_bytes(data[:100] + b"garbage in the middle" + data[100:])
    check(data_dir, before, report, "broken")
    found = " ".join(report.violations)
    assert f"releases lost: ['{victim}']" in found
    assert "marked done but not stored" in found
    # The recovery cuts the damaged file at the garbage, so its later records are gone too.
    assert "stored but not in the WARC" in found
    assert "does not read back from the WARC" in found
