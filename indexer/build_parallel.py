"""A full index build on several processes, each writing whole segments from its share of the store.

The store is cut into key ranges of one segment each (``ReleaseStore.split_keys``). Process *n*
builds ranges *n*, *n + procs*, ... into its own Whoosh index beside the generation (one
``BulkSegmentWriter`` commit per range); when all are done, their segment files are moved into
the generation and one table of contents lists the segments in key order, so the documents are
numbered as a one-process build numbers them. SQLite lets every process read the store at once.
Each process also writes the files derived from its segments (``indexer.sidecars``), so those
are built on every core too. Nothing is shared while the processes run, so both cores stay busy
to the end; a child process stops when its parent dies (a killed build leaves no writer behind).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, clean_files

from crawler.store import ReleaseStore, StoredRelease
from indexer.build_writer import BulkSegmentWriter
from indexer.errors import BuildFailed
from indexer.schema import to_document
from indexer.sidecars import write_sidecars

log = logging.getLogger(__name__)
PROGRESS_EVERY = 500
INDEX_NAME = "MAIN"  # Whoosh's default index name, which every segment file starts with

Ranges = list[tuple[str, str | None]]


def key_ranges(store: ReleaseStore, per_segment: int, procs: int = 1) -> Ranges:
    """The store's key ranges of at most ``per_segment`` releases each, in key order, as many
    as a multiple of ``procs`` (so that every process gets the same amount of work)."""
    total = store.count(include_gone=True)
    count = -(-total // per_segment)
    count = max(procs, -(-count // procs) * procs)
    starts = store.split_keys(max(1, -(-total // count)), include_gone=True) or [""]
    return list(zip(starts, [*starts[1:], None], strict=True))


def build_parallel(
    data_dir: Path,
    gen_dir: Path,
    ranges: Ranges,
    procs: int,
    advance: Callable[[int], Any] | None = None,
    document: Callable[[StoredRelease], dict[str, Any]] | None = None,
) -> Counter:
    """Build ``ranges`` into the generation ``gen_dir`` on ``procs`` processes, with the schema
    of the empty index the caller created there.

    Returns:
        How many releases of each status were indexed.
    """
    schema = TOC.read(FileStorage(str(gen_dir)), INDEX_NAME).schema  # as the caller created it
    parts = [gen_dir / f"part-{n}" for n in range(procs)]
    shares = [ranges[n::procs] for n in range(procs)]
    context = multiprocessing.get_context("spawn")  # no inherited locks, threads or sockets
    children = []
    for n in range(1, procs):
        receive, send = context.Pipe(duplex=False)
        child = context.Process(
            target=_child_main, args=(send, data_dir, parts[n], shares[n], schema, os.getpid())
        )
        child.start()
        send.close()
        children.append((child, receive))
    try:
        counts = write_part(data_dir, parts[0], shares[0], schema, advance, document)
        for child, receive in children:
            try:
                ok, result = receive.recv()
            except EOFError:
                child.join()
                ok, result = False, f"it ended with exit code {child.exitcode}"
            if not ok:
                raise BuildFailed(result)
            counts.update(result)
            child.join()
    finally:
        for child, _ in children:
            if child.is_alive():
                child.terminate()
                child.join()
    _assemble(gen_dir, parts, schema)
    return counts


def write_part(
    data_dir: Path,
    part_dir: Path,
    ranges: Ranges,
    schema: Any,
    advance: Callable[[int], Any] | None = None,
    document: Callable[[StoredRelease], dict[str, Any]] | None = None,
    parent: int | None = None,
) -> Counter:
    """Index each key range of the store as one segment of a Whoosh index in ``part_dir``
    (``advance(n)``: told of every ``PROGRESS_EVERY`` releases, for a progress bar;
    ``document``: the Whoosh document of a stored release, by default :func:`release_document`)."""
    document = document or release_document
    part_dir.mkdir()
    ix = whoosh_index.create_in(str(part_dir), schema)
    counts: Counter = Counter()
    with ReleaseStore(data_dir, read_only=True) as store:
        for from_key, to_key in ranges:
            if parent is not None and os.getppid() != parent:
                raise SystemExit("the index build was stopped")
            writer = BulkSegmentWriter(ix, limitmb=1)  # the pool is not Whoosh's: no limit
            done = 0
            try:
                items = store.iter_releases(include_gone=True, from_key=from_key, to_key=to_key)
                for done, item in enumerate(items, 1):
                    writer.add_document(**document(item))
                    counts[item.status] += 1
                    if advance is not None and done % PROGRESS_EVERY == 0:
                        advance(PROGRESS_EVERY)
                if advance is not None:
                    advance(done % PROGRESS_EVERY)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(merge=False)
    ix.close()
    # The files derived from each segment are written here too, by the process that wrote it.
    write_sidecars(part_dir)
    return counts


def release_document(item: StoredRelease) -> dict[str, Any]:
    """The Whoosh document of a stored release, with its history (versions, last change)."""
    return to_document(item.key, item.release, item.status, item.version, item.changed_at)


def _child_main(
    send: Any, data_dir: Path, part_dir: Path, ranges: Ranges, schema: Any, parent: int
) -> None:
    """A build process: its part, then its counts (or its error) back to the parent."""
    try:
        counts = write_part(data_dir, part_dir, ranges, schema, parent=parent)
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which raises
        send.send((False, f"{type(error).__name__}: {error}"))
        return
    send.send((True, counts))


def _assemble(gen_dir: Path, parts: list[Path], schema: Any) -> None:
    """Move every part's segment files (and the files derived from them) into the generation
    and list its segments in range order (part 0's first, part 1's first, part 0's second...);
    the derived files of each part as a whole are left to ``write_sidecars`` to replace."""
    per_part = [TOC.read(FileStorage(str(part)), INDEX_NAME).segments for part in parts]
    for part in parts:
        for path in part.iterdir():
            if path.is_file() and not path.name.endswith(".toc") and "WRITELOCK" not in path.name:
                os.replace(path, gen_dir / path.name)
        shutil.rmtree(part)
    ordered = []
    for rank in range(max(map(len, per_part), default=0)):
        ordered += [segments[rank] for segments in per_part if rank < len(segments)]
    storage = FileStorage(str(gen_dir))
    generation = TOC._latest_generation(storage, INDEX_NAME) + 1
    TOC(schema, ordered, generation).write(storage, INDEX_NAME)
    clean_files(storage, INDEX_NAME, generation, ordered)  # the empty index's first TOC
