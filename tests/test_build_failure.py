"""A two-process rebuild whose child process fails leaves the live index as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner
from index_fixtures import demo_releases, make_store

from crawler.store import STORE_FILENAME, ReleaseStore
from indexer import Archive, build, update_index
from indexer.build_parallel import key_ranges
from indexer.cli import index_command
from indexer.generations import current_name, index_root


def _results(data_dir: Path) -> dict[str, list[str]]:
    """The keys found for a few words, in the order the index ranks them."""
    archive = Archive(data_dir)
    try:
        return {
            word: [hit.key for hit in archive.search(word, sort="newest", per_page=50).hits]
            for word in ("baghdad", "ministry", "minister", "iraq")
        }
    finally:
        archive.close()


def test_a_failing_build_process_is_a_sentence_and_the_live_index_stays(
    tmp_path, monkeypatch
) -> None:
    make_store(tmp_path, demo_releases(100))
    update_index(tmp_path, procs=1)
    root = index_root(tmp_path)
    live = current_name(root)
    before = _results(tmp_path)
    assert any(before.values())  # the words find something, so "unchanged" means something
    with ReleaseStore(tmp_path) as store:
        ranges = key_ranges(store, 10_240, procs=2)  # what the rebuild below will cut
    assert len(ranges) == 2  # range 0 is the parent's, range 1 the child's
    # A record SQLite reads but JSON cannot: only the child process's key range holds it.
    with sqlite3.connect(tmp_path / STORE_FILENAME) as db:
        (key,) = db.execute(
            "SELECT key FROM releases WHERE key >= ? ORDER BY key LIMIT 1", (ranges[1][0],)
        ).fetchone()
        db.execute("UPDATE release_versions SET record = '{damaged' WHERE key = ?", (key,))
    db.close()
    monkeypatch.setattr(build, "_auto_procs", lambda total: 2)  # as on an idle big machine

    result = CliRunner().invoke(index_command, ["--data-dir", str(tmp_path), "--rebuild"])

    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.output.startswith("Error: An index build process failed (JSONDecodeError")
    assert "the index in use was left as it was" in result.output
    assert current_name(root) == live
    assert [path.name for path in root.iterdir() if path.is_dir()] == [live]  # no half-built one
    assert _results(tmp_path) == before
