"""Writing each segment's common terms decoded, for :mod:`indexer.decoded` to memory-map.

A sidecar of the segment (see :mod:`indexer.sidecars`), written once after the commit that made
the segment: every term holding at least :data:`MIN_DOCS` of the segment's documents, with its
segment-local doc ids, its weights and (in fields with positions) every posting's token
positions, in flat arrays. Rarer terms stay out: one or two Whoosh blocks read them quickly, and
leaving them out keeps the file small and quick to write. Whoosh's blocks are read once, a
whole block at a time, through :func:`indexer.postings.read_term`; the rest is numpy.

A segment written by :class:`indexer.build_writer.BulkSegmentWriter` gets its file from the
postings that writer holds in memory (:func:`arrays_from_postings`), the same bytes without
reading anything back; this writer then finds the file present and skips the segment.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import numpy as np

from indexer.blockread import position_deltas
from indexer.decoded import MIN_DOCS, SUFFIX, sidecar_path, term_hash, term_key, write_layout
from indexer.mapped import MappedStorage
from indexer.postings import SHIFT, read_term
from indexer.postings import _keys as position_keys  # the keys exactly as read_term builds them
from indexer.sidecars import WRITERS

log = logging.getLogger(__name__)


def write_decoded(gen_dir: Path, min_docs: int = MIN_DOCS) -> None:
    """Write the decoded postings of every segment of a generation that lacks them, and remove
    those of segments that no longer exist.

    Args:
        gen_dir: the generation's directory.
        min_docs: terms in fewer of a segment's documents are left to Whoosh's blocks.
    """
    started = time.monotonic()
    index = MappedStorage(str(gen_dir)).open_index()
    live, written = set(), 0
    with index.reader() as reader:
        for segreader, _ in reader.leaf_readers():
            segment = segreader.segment()
            if segment is None:
                continue
            path = sidecar_path(gen_dir, segment.segment_id())
            live.add(path.name)
            if not path.exists():
                _write_segment(
                    segreader, segment.segment_id(), segment.doc_count_all(), path, min_docs
                )
                written += 1
    for path in gen_dir.glob(f"*{SUFFIX}"):
        if path.name not in live:
            path.unlink(missing_ok=True)  # a reader that still maps it keeps its pages
    log.info("decoded postings of %s segments in %.2f s", written, time.monotonic() - started)


def _write_segment(segreader, segment_id: str, doc_count: int, path: Path, min_docs: int) -> None:
    """One segment's sidecar, written under a temporary name and renamed when complete."""
    schema = segreader.schema
    parts = _Parts()
    for fieldname in sorted(segreader.indexed_field_names()):
        if fieldname not in schema:
            continue
        fieldobj = schema[fieldname]
        with_positions = fieldobj.format is not None and fieldobj.format.supports("positions")
        for tbytes, info in segreader.iter_field(fieldname):
            if info.doc_frequency() < min_docs:
                parts.rare.append(term_hash(term_key(fieldname, tbytes)))
                continue
            text = fieldobj.from_bytes(tbytes)
            ids, weights, found = read_term(segreader, fieldname, text, positions=with_positions)
            parts.add(term_key(fieldname, tbytes), ids, weights, found)
    _write_file(path, doc_count, segment_id, parts)


def arrays_from_postings(
    schema, fields, blocks, min_docs: int = MIN_DOCS, known: dict | None = None
) -> dict[str, np.ndarray]:
    """A new segment's file arrays from the postings its writer holds, giving byte for byte
    the file :func:`write_decoded` would write by reading the segment back.

    Args:
        schema: the index's schema.
        fields: ``{field name: {term bytes: [posting, ...]}}`` (``PostingTable.fields``): only
            the count of each term's postings is read here.
        blocks: ``{field name: {term bytes: [(docnums, weights, values), ...]}}``, the blocks
            written of every term with at least ``min_docs`` postings
            (:func:`indexer.writer_blocks.write_postings`), weights already 32-bit.
        min_docs: terms in fewer of the segment's documents are left to Whoosh's blocks.
        known: ``{(field name, term bytes): (docnums, weights, position keys)}`` of terms whose
            arrays the writer already has (:mod:`indexer.build_texts`); the others are read
            from ``blocks``.
    """
    known = known or {}
    parts = _Parts()
    for fieldname in sorted(fields):
        if fieldname not in schema:
            continue
        fieldobj = schema[fieldname]
        with_positions = fieldobj.format is not None and fieldobj.format.supports("positions")
        terms = fields[fieldname]
        for tbytes in sorted(terms):
            count = len(terms[tbytes])
            if count < min_docs:  # a new segment's doc frequency: one posting a doc
                parts.rare.append(term_hash(term_key(fieldname, tbytes)))
                continue
            if (fieldname, tbytes) in known:
                ids, weights, found = known[fieldname, tbytes]
                parts.add(
                    term_key(fieldname, tbytes), ids, weights, found if with_positions else None
                )
                continue
            written = blocks[fieldname][tbytes]
            ids = np.fromiter(
                chain.from_iterable(b[0] for b in written), dtype=np.int64, count=count
            )
            weights = np.fromiter(
                chain.from_iterable(b[1] for b in written), dtype=np.float32, count=count
            )
            found = None
            if with_positions:
                counts, deltas = position_deltas(list(chain.from_iterable(b[2] for b in written)))
                found = position_keys(ids, counts, deltas)
            parts.add(term_key(fieldname, tbytes), ids, weights, found)
    return parts.arrays()


def write_arrays(path: Path, doc_count: int, segment_id: str, arrays: dict) -> None:
    """The file under a temporary name, renamed when complete (a crash leaves no half file)."""
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as out:
        write_layout(out, doc_count, segment_id, arrays)
    os.replace(temporary, path)


def _write_file(path: Path, doc_count: int, segment_id: str, parts: _Parts) -> None:
    """The file under a temporary name, renamed when complete (a crash leaves no half file)."""
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as out:
        write_layout(out, doc_count, segment_id, parts.arrays())
    os.replace(temporary, path)


@dataclass
class _Parts:
    """The arrays of a segment's file, gathered term by term in writing order."""

    keys: list[bytes] = field(default_factory=list)
    ids: list[np.ndarray] = field(default_factory=list)
    weights: list[np.ndarray] = field(default_factory=list)
    ends: list[np.ndarray] = field(default_factory=list)
    positions: list[np.ndarray] = field(default_factory=list)
    rare: list[int] = field(default_factory=list)  # hashes of the terms left to Whoosh
    n_positions: int = 0

    def add(self, key: bytes, ids: np.ndarray, weights: np.ndarray, found) -> None:
        """One term: its ids and weights, and its position keys (None: a field without)."""
        self.keys.append(key)
        self.ids.append(ids.astype(np.uint32))
        self.weights.append(weights.astype(np.float32))
        if found is None:  # every posting's positions are empty
            self.ends.append(np.full(ids.size, self.n_positions, dtype=np.int64))
            return
        # Each posting's positions end where the next document's keys begin.
        docs = found >> SHIFT
        self.ends.append(np.searchsorted(docs, ids, side="right") + self.n_positions)
        self.positions.append(found & ((1 << SHIFT) - 1))
        self.n_positions += found.size

    def arrays(self) -> dict[str, np.ndarray]:
        """The file's arrays, the term table sorted by key hash."""
        hashes = np.array([term_hash(k) for k in self.keys], dtype=np.uint64)
        order = np.argsort(hashes, kind="stable")
        counts = np.array([a.size for a in self.ids], dtype=np.uint64)
        starts = np.cumsum(counts) - counts
        key_lengths = np.array([len(k) for k in self.keys], dtype=np.uint64)
        positions = _concat(self.positions, np.int64)
        narrow = positions.size == 0 or int(positions.max()) < 2**16
        return {
            "hashes": hashes[order],
            "starts": starts[order],
            "counts": counts[order],
            "key_ends": np.cumsum(key_lengths)[order],
            "key_lengths": key_lengths[order],
            "ids": _concat(self.ids, np.uint32),
            "weights": _concat(self.weights, np.float32),
            "pos_ends": _concat(self.ends, np.uint32),
            "positions": positions.astype(np.uint16 if narrow else np.uint32),
            "key_blob": np.frombuffer(b"".join(self.keys), dtype=np.uint8),
            "rare_hashes": np.sort(np.array(self.rare, dtype=np.uint64)),
        }


def _concat(parts: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)


WRITERS.append(write_decoded)
