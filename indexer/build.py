"""Build and update the index from the release store: incremental by default, or a full rebuild.

Incremental runs write into the live generation (``update_document`` by key) inside one writer
transaction; Whoosh swaps its table of contents atomically on commit, so a killed run leaves the
last committed index readable and the next run redoes the uncommitted part (the state's ``seq``
only moves after a commit). A rebuild writes a new generation and swaps the ``CURRENT`` pointer.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from crawler.runlog import index_run_recorded
from crawler.store import STORE_FILENAME, ReleaseStore, StoredRelease
from indexer import generations
from indexer.analysis import built_with_older_analysis
from indexer.build_parallel import build_parallel, key_ranges
from indexer.build_writer import BulkSegmentWriter
from indexer.errors import StoreMissing, StoreUnreadable
from indexer.lock import WriterLock
from indexer.mapped import MappedStorage
from indexer.merging import merge_small_segments
from indexer.schema import ReleaseSchema, to_document
from indexer.sidecars import write_sidecars

log = logging.getLogger(__name__)
PARALLEL_FROM = 20_000  # builds at least this big may use the two-process writer
MEMORY_MB = 512  # Whoosh's in-memory posting pool per writer
DOCS_PER_MB = 20  # releases per MB of pool before Whoosh would spill to disk (~150 postings each)


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What one ``update_index`` run did."""

    added: int
    updated: int
    flagged_gone: int
    elapsed: float
    generation: str
    rebuilt: bool
    total: int

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output."""
        return asdict(self)


@index_run_recorded  # each run's outcome goes to <data_dir>/runs.jsonl (ina-archive status)
def update_index(
    data_dir: Path | str,
    *,
    rebuild: bool = False,
    lock_timeout: float = 30,
    progress: bool = False,
    procs: int | None = None,
    memory_mb: int = MEMORY_MB,
) -> IndexReport:
    """Bring the index of ``data_dir`` up to date with its release store.

    Args:
        data_dir: the data directory holding ``releases.sqlite``; the index goes in ``index/``.
        rebuild: build a fresh generation from the whole store and swap it in atomically.
        lock_timeout: seconds to wait for another writer before giving up.
        progress: show a progress bar on stderr.
        procs: writer processes for a full build (default: 2 for big builds on an idle
            two-core machine, else 1).
        memory_mb: posting-pool memory per writer; a full build writes one segment per
            ``memory_mb * 20`` releases so that the pool never spills to disk.

    Returns:
        An :class:`IndexReport` (added, updated, flagged_gone, elapsed, generation...).

    Raises:
        StoreMissing: when the data directory has no release store.
        StoreUnreadable: when SQLite cannot read the release store (damaged, not a database).
        IndexLocked: when another writer holds the lock past ``lock_timeout``.
    """
    data_dir = Path(data_dir)
    if not (data_dir / STORE_FILENAME).exists():
        raise StoreMissing(data_dir)
    started = time.monotonic()
    root = generations.index_root(data_dir)
    try:
        with WriterLock(data_dir, lock_timeout), ReleaseStore(data_dir) as store:
            current = generations.current_name(root)
            if rebuild or current is None or _schema_outdated(root / current):
                return _build_generation(store, root, started, progress, procs, memory_mb)
            return _update_generation(store, root, current, started, progress)
    except sqlite3.DatabaseError as error:  # the writer was cancelled; CURRENT did not move
        raise StoreUnreadable(data_dir, error) from error


def _schema_outdated(gen_dir: Path) -> bool:
    """Whether a generation lacks a field the code's schema has, or was analysed by an older
    analysis (then it is rebuilt once)."""
    try:
        schema = whoosh_index.open_dir(str(gen_dir)).schema
    except Exception:  # noqa: BLE001 - unreadable: the incremental path reports it
        return False
    return not set(ReleaseSchema().names()) <= set(schema.names()) or built_with_older_analysis(
        schema
    )


def _build_generation(
    store: ReleaseStore,
    root: Path,
    started: float,
    progress: bool,
    procs: int | None,
    memory_mb: int,
) -> IndexReport:
    """Index the whole store into a new generation, then point CURRENT at it."""
    gen_dir = generations.next_dir(root)
    seq = store.last_seq()
    total = store.count(include_gone=True)
    if procs is None:
        procs = _auto_procs(total)
    whoosh_index.create_in(str(gen_dir), ReleaseSchema()).close()
    # One segment per key range, each sorted in memory (Whoosh's pool would spill every
    # posting to pickled runs once it outgrew limitmb, which halved indexing speed).
    ranges = key_ranges(store, max(1_000, memory_mb * DOCS_PER_MB), procs)
    # The bar follows this process's share of the ranges.
    bar = tqdm(total=-(-total // procs), unit="release", desc="indexing") if progress else None
    try:
        counts = build_parallel(
            store.path.parent, gen_dir, ranges, procs, bar.update if bar else None, _document
        )
        write_sidecars(gen_dir)
        generations.write_state(gen_dir, seq, count=total)
    except Exception:
        # CURRENT never pointed here: the half-built generation goes now, not at the next run.
        shutil.rmtree(gen_dir, ignore_errors=True)
        raise
    finally:
        if bar is not None:
            bar.close()
    generations.set_current(root, gen_dir.name)
    generations.remove_others(root, keep=gen_dir.name)
    elapsed = time.monotonic() - started
    log.info("built index generation %s: %s releases in %.1f s", gen_dir.name, total, elapsed)
    return IndexReport(
        added=counts["live"],
        updated=0,
        flagged_gone=counts["gone"],
        elapsed=elapsed,
        generation=gen_dir.name,
        rebuilt=True,
        total=total,
    )


def _update_generation(
    store: ReleaseStore, root: Path, current: str, started: float, progress: bool
) -> IndexReport:
    """Apply the store's changes since the last run to the live generation."""
    gen_dir = root / current
    generations.remove_others(root, keep=current)  # e.g. a rebuild killed half-way
    since = int(generations.read_state(gen_dir).get("seq", 0))
    target = store.last_seq()
    added = updated = gone = 0
    if target > since:
        ix = _mapped_for_writing(gen_dir)
        # The bulk writer keeps its postings in memory: a run bigger than a build segment goes
        # through Whoosh's writer, whose pool spills to disk past limitmb.
        small = target - since <= MEMORY_MB * DOCS_PER_MB
        writer = (BulkSegmentWriter if small else SegmentWriter)(ix, limitmb=MEMORY_MB)
        try:
            # One lookup per release in the writer's own searcher (what update_document does,
            # without a second searcher over every segment for the added/updated count).
            searcher = writer.searcher()
            for item in _progress(store.changes_since(since), target - since, progress):
                docnum = searcher.document_number(key=item.key)
                if docnum is not None:
                    writer.delete_document(docnum)
                writer.add_document(**_document(item))
                if item.status == "gone":
                    gone += 1
                elif docnum is not None:
                    updated += 1
                else:
                    added += 1
                target = max(target, item.seq)
        except BaseException:
            writer.cancel()  # the last commit stays the live index
            raise
        # Whoosh's default policy would merge most build segments into one at 300k.
        writer.commit(mergetype=merge_small_segments)
        total = sum(segment.doc_count() for segment in ix._segments())
        write_sidecars(gen_dir)
        generations.write_state(gen_dir, target, count=total)
    else:
        total = int(generations.read_state(gen_dir).get("count", 0))
    elapsed = time.monotonic() - started
    log.info("index %s: %s added, %s updated, %s gone", current, added, updated, gone)
    return IndexReport(
        added=added,
        updated=updated,
        flagged_gone=gone,
        elapsed=elapsed,
        generation=current,
        rebuilt=False,
        total=total,
    )


def _mapped_for_writing(gen_dir: Path) -> Any:
    """The generation's index, its segments read through memory maps (Whoosh's own reading
    copies each file it opens, which at 300k is most of an incremental run's time) and its new
    files written as Whoosh writes them."""
    storage = MappedStorage(str(gen_dir))
    storage.readonly = False  # MappedStorage only overrides reading
    return storage.open_index()


def _document(item: StoredRelease) -> dict[str, Any]:
    """The Whoosh document of a stored release, with its history (versions, last change)."""
    # Positional: tests wrap to_document with a plain *args counter.
    return to_document(item.key, item.release, item.status, item.version, item.changed_at)


def _auto_procs(total: int) -> int:
    """Two writer processes for a big build when two cores are actually idle, else one."""
    cores = os.cpu_count() or 1
    if total < PARALLEL_FROM or cores < 2:
        return 1
    busy = os.getloadavg()[0]
    return 2 if busy < cores - 1.5 else 1


def _progress(items: Iterable[StoredRelease], total: int, show: bool) -> Iterable[StoredRelease]:
    """Wrap an iterable in a tqdm bar when asked."""
    if not show:
        return items
    return tqdm(items, total=total, unit="release", desc="indexing")
