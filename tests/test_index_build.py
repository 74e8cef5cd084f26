"""Building the index: incremental updates, atomic rebuilds, the writer lock, kill -9 recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from childproc import running
from index_fixtures import demo_releases, en, hand_releases, make_store

from crawler.store import ReleaseStore
from indexer import Archive, IndexLocked, StoreMissing, update_index
from indexer.generations import current_name, index_root

ROOT = Path(__file__).resolve().parent.parent


def _index_matches_store(data_dir: Path) -> None:
    """Every live release of the store is indexed with its current content, and nothing else."""
    archive = Archive(data_dir)
    with ReleaseStore(data_dir) as store:
        live = {item.key: item.release for item in store.iter_releases()}
        gone = {item.key for item in store.iter_releases(include_gone=True)} - set(live)
    assert archive.stats()["releases"] == len(live)
    assert archive.stats()["gone"] == len(gone)
    exported = {r.key: r for r in archive.iter_releases()}
    assert exported == live
    archive.close()


def test_incremental_update_adds_changes_and_flags_gone(tmp_path) -> None:
    releases = hand_releases()
    make_store(tmp_path, releases)
    first = update_index(tmp_path)
    assert (first.added, first.updated, first.flagged_gone) == (len(releases), 0, 0)
    archive = Archive(tmp_path)
    assert archive.search("deployed").total == 1

    with ReleaseStore(tmp_path) as store:
        store.put(replace(releases[4], title="Troops deployed", body="A brigade moved north."))
        store.put(en(40, "Newly crawled", "A fresh hydroelectric dam report.", "2025-02-02"))
        store.mark_gone("en/6")
    report = update_index(tmp_path)
    assert (report.added, report.updated, report.flagged_gone) == (1, 1, 1)
    assert report.generation == first.generation and not report.rebuilt

    assert archive.search("hydroelectric").total == 0  # the open searcher is a snapshot...
    assert archive.refresh() is True  # ...until refreshed
    assert archive.search("hydroelectric").total == 1
    assert archive.search("brigade").hits[0].key == "en/5"
    assert archive.search("rapid reaction").total == 0  # the old version is gone from the index
    assert archive.search("café").total == 0
    assert archive.search("café", include_gone=True).hits[0].status == "gone"
    assert archive.refresh() is False

    again = update_index(tmp_path)
    assert (again.added, again.updated, again.flagged_gone) == (0, 0, 0)
    _index_matches_store(tmp_path)


def test_rebuild_swaps_generations_while_a_reader_is_open(tmp_path) -> None:
    make_store(tmp_path, hand_releases())
    update_index(tmp_path)
    archive = Archive(tmp_path)
    before = archive.search("ministry", sort="newest")
    old_generation = archive.generation

    with ReleaseStore(tmp_path) as store:
        store.put(
            en(41, "Ministry budget", "The finance ministry published the budget.", "2025-03-03")
        )
    report = update_index(tmp_path, rebuild=True)
    assert report.rebuilt and report.generation != old_generation
    assert current_name(index_root(tmp_path)) == report.generation
    assert not (index_root(tmp_path) / old_generation).exists()  # old generation deleted

    # The open reader keeps serving its generation, stored fields included.
    still = archive.search("ministry", sort="newest")
    assert [h.key for h in still.hits] == [h.key for h in before.hits]
    assert archive.get("en/3").title == "Oil ministry spokesman speaks"
    assert archive.generation == old_generation

    assert archive.refresh() is True
    assert archive.generation == report.generation
    assert archive.search("ministry", sort="newest").hits[0].key == "en/41"
    _index_matches_store(tmp_path)


_HOLD_LOCK = """
import sys, time
from indexer.lock import WriterLock
with WriterLock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(30)
"""


def test_second_writer_is_refused_with_the_holder_named(tmp_path) -> None:
    make_store(tmp_path, hand_releases())
    with running(
        [sys.executable, "-c", _HOLD_LOCK, str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "locked"
            started = time.monotonic()
            with pytest.raises(IndexLocked) as error:
                update_index(tmp_path, lock_timeout=0.5)
            assert 0.4 < time.monotonic() - started < 5
            assert error.value.holder_pid == holder.pid
            assert f"locked by pid {holder.pid} since" in str(error.value)
            assert current_name(index_root(tmp_path)) is None  # nothing was written
        finally:
            holder.kill()
    assert update_index(tmp_path, lock_timeout=5).added == len(hand_releases())


def test_missing_store_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreMissing, match="no release store"):
        update_index(tmp_path / "nowhere")


_INDEX = """
import sys
import indexer.build as build

seen = 0
original = build.to_document


def counting(*args):
    global seen
    seen += 1
    if seen == int(sys.argv[3]):
        print("halfway", flush=True)
    return original(*args)


build.to_document = counting
# memory_mb=50: a rebuild commits a segment every 1,000 releases, so the kill lands after one.
build.update_index(sys.argv[1], rebuild=sys.argv[2] == "rebuild", procs=1, memory_mb=50)
print("finished", flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["incremental", "rebuild"])
def test_kill_9_during_indexing_leaves_the_last_index_and_the_next_run_completes(
    tmp_path, mode
) -> None:
    releases = demo_releases(1600)
    make_store(tmp_path, releases[:100])
    update_index(tmp_path)
    generation = current_name(index_root(tmp_path))
    make_store(tmp_path, releases[100:])

    with running(
        [sys.executable, "-c", _INDEX, str(tmp_path), mode, "1200"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        _kill_while_indexing(writer, tmp_path, generation)

    # The last good index is still there and readable, with the first 100 releases; a killed
    # rebuild's half-built generation (one committed 1,000-release segment) is not served.
    assert current_name(index_root(tmp_path)) == generation
    half_built = [p for p in index_root(tmp_path).glob("gen-*") if p.name != generation]
    if mode == "rebuild":
        assert len(half_built) == 1 and list(half_built[0].glob("_MAIN_*.toc"))
    archive = Archive(tmp_path)
    assert archive.stats()["releases"] == 100
    assert archive.search("").total == 100

    report = update_index(tmp_path, lock_timeout=5)  # the kernel freed the lock
    assert report.added == 1500
    _index_matches_store(tmp_path)
    assert archive.refresh() and archive.search("").total == 1600
    assert [p.name for p in index_root(tmp_path).glob("gen-*")] == [generation]  # leftovers removed


def _kill_while_indexing(writer: subprocess.Popen, data_dir: Path, generation: str) -> None:
    """SIGKILL the indexer once it has handled 1,200 releases, and check it had not finished."""
    assert writer.stdout.readline().strip() == "halfway"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(10)
    assert "finished" not in writer.stdout.read()
