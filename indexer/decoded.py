"""Decoded postings of each segment's common terms, memory-mapped and read as numpy views.

Reading a common word from Whoosh's W3 blocks costs a Python step per 128-posting block (a
pickled header, a zlib inflate, an unpickle); at 300,000 releases that was most of a query's
time. The build therefore writes, per segment, the postings of every term in at least
:data:`MIN_DOCS` of its documents already decoded (:mod:`indexer.decoded_write`), and a query
reads them as ``np.frombuffer`` views of one read-only map per file: no decoding, no private
copy, pages shared by every process serving the index. Whoosh stays the source: rarer terms, and
any segment whose file is missing or does not match it (an index written before this file
existed, a crash between a commit and its sidecars), are read from Whoosh's blocks.

One file per segment, ``<segment id>.decoded``: the arrays, each 8-byte aligned, then a JSON
table of contents, then its offset and length and :data:`MAGIC`. The term table is sorted by a
64-bit hash of ``field NUL term`` (the term's bytes are kept to confirm a match); a term's
postings are ``counts[row]`` entries from ``starts[row]`` of ``ids`` (segment-local, sorted) and
``weights``; posting ``i``'s positions are ``positions[pos_ends[i - 1]:pos_ends[i]]``. The
hashes of the segment's other (rarer) terms are kept too, so that a term the segment does not
hold at all is known without asking Whoosh.

Every page a process touches through a map stays in its RSS until unmapped, although the kernel
shares it with every other process through the page cache: after a load run at 300,000 releases
that was 330 MB per web process. Reads therefore tell a :class:`indexer.pagebudget.PageBudget`
the ranges they touch, which keeps the most recently read :data:`RELEASE_BYTES` mapped and drops
the rest from the process (not from the page cache). The term tables (hashes, starts, counts,
the terms' bytes: about 100 KB per segment) are read at every lookup and lie at both ends of
the file, where a fault would map a whole cached folio of up to 2 MB of postings with them: they
are copied at open (about 1 MB per 100,000 releases), and the map is dropped once read.
"""

from __future__ import annotations

import json
import mmap
import struct
from hashlib import blake2b
from pathlib import Path

import numpy as np

from indexer.pagebudget import PageBudget, release_pages

MAGIC = b"INADEC02"
SUFFIX = ".decoded"
SHIFT = 32  # position keys are (docnum << SHIFT) | position
WHOOSH = -1  # DecodedSegment.row: the segment holds the term, read it from Whoosh's blocks
ABSENT = -2  # DecodedSegment.row: the segment does not hold the term at all
MIN_DOCS = 64  # terms in fewer of a segment's documents are read from Whoosh's blocks
RELEASE_BYTES = 64 << 20  # bytes of recently read postings a process keeps mapped
_FOOTER = struct.Struct("<QQ8s")  # table of contents offset, its length, magic
_ALIGN = 8


def sidecar_path(gen_dir: Path, segment_id: str) -> Path:
    """The decoded-postings file of one segment."""
    return Path(gen_dir) / f"{segment_id}{SUFFIX}"


def term_key(fieldname: str, tbytes: bytes) -> bytes:
    """The bytes a term is looked up by."""
    return fieldname.encode() + b"\x00" + tbytes


def term_hash(key: bytes) -> int:
    """The 64-bit hash the term table is sorted by."""
    return int.from_bytes(blake2b(key, digest_size=8).digest(), "little")


def write_layout(out, doc_count: int, segment_id: str, arrays: dict[str, np.ndarray]) -> None:
    """Write the arrays, aligned, then the table of contents and the footer."""
    contents: dict = {"doc_count": doc_count, "segment": segment_id, "arrays": {}}
    for name, array in arrays.items():
        out.write(b"\x00" * (-out.tell() % _ALIGN))
        contents["arrays"][name] = [array.dtype.str, out.tell(), int(array.size)]
        out.write(np.ascontiguousarray(array).tobytes())
    where = out.tell()
    table = json.dumps(contents).encode()
    out.write(table)
    out.write(_FOOTER.pack(where, len(table), MAGIC))


class DecodedSegment:
    """One segment's decoded postings, mapped read-only; the ranges read are told to ``budget``."""

    def __init__(
        self, path: Path, segment_id: str, doc_count: int, budget: PageBudget | None = None
    ) -> None:
        self.budget = budget if budget is not None else PageBudget(RELEASE_BYTES)
        with open(path, "rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        if len(self._map) < _FOOTER.size:
            raise ValueError(f"{path} is truncated")
        where, length, magic = _FOOTER.unpack_from(self._map, len(self._map) - _FOOTER.size)
        if magic != MAGIC:
            raise ValueError(f"{path} is not a decoded-postings file")
        contents = json.loads(self._map[where : where + length])
        if contents["doc_count"] != doc_count or contents["segment"] != segment_id:
            raise ValueError(f"{path} belongs to another segment")
        views = {
            name: np.frombuffer(self._map, dtype=np.dtype(dtype), count=size, offset=offset)
            for name, (dtype, offset, size) in contents["arrays"].items()
        }
        # The tables every lookup reads, copied (see the module's notes); the postings, views.
        self.hashes = views["hashes"].copy()
        self.starts = views["starts"].copy()
        self.counts = views["counts"].copy()
        self.key_ends = views["key_ends"].copy()
        self.key_lengths = views["key_lengths"].copy()
        self.key_blob = views["key_blob"].copy()
        self.rare_hashes = views["rare_hashes"].copy()
        self.ids = views["ids"]
        self.weights = views["weights"]
        self.pos_ends = views["pos_ends"]
        self.positions = views["positions"]
        self._at = {name: offset for name, (_, offset, _) in contents["arrays"].items()}
        self.budget.add(self._map)
        release_pages(self._map)  # the pages read for the tables and the table of contents

    def _touch(self, name: str, first: int, count: int) -> None:
        """Tell the budget a read is about to touch ``count`` items of an array from ``first``."""
        self.budget.touch(*self.span(name, first, count))

    def span(self, name: str, first: int, count: int) -> tuple[mmap.mmap, int, int]:
        """(map, byte offset, bytes) of ``count`` items of an array from ``first``."""
        size = getattr(self, name).itemsize
        return self._map, self._at[name] + first * size, count * size

    def row(self, key: bytes, hashed: int) -> int:
        """The term's row in the table, or :data:`WHOOSH` when the segment holds it but this
        file does not (a rare term), or :data:`ABSENT` when the segment does not hold it."""
        wanted = np.uint64(hashed)
        at = int(self.hashes.searchsorted(wanted))
        while at < self.hashes.size and self.hashes[at] == wanted:
            end = int(self.key_ends[at])
            if self.key_blob[end - int(self.key_lengths[at]) : end].tobytes() == key:
                return at
            at += 1
        # Only the hashes of rare terms are kept: a collision merely sends the read to Whoosh.
        at = int(self.rare_hashes.searchsorted(wanted))
        if at < self.rare_hashes.size and self.rare_hashes[at] == wanted:
            return WHOOSH
        return ABSENT

    def postings(self, row: int) -> tuple[np.ndarray, np.ndarray, int]:
        """(segment-local ids, weights, index of the first posting) of a row: views, no copy."""
        start = int(self.starts[row])
        end = start + int(self.counts[row])
        self.budget.touch_many(
            [self.span("ids", start, end - start), self.span("weights", start, end - start)]
        )
        return self.ids[start:end], self.weights[start:end], start

    def keys(self, row: int, offset: int, wanted: np.ndarray | None) -> np.ndarray:
        """Sorted ``(global docnum << 32) | position`` keys of a row, of the ``wanted`` (sorted,
        global) docnums only when given."""
        ids, _, first = self.postings(row)
        self._touch("pos_ends", max(0, first - 1), ids.size + 1)
        ends = self.pos_ends[first : first + ids.size].astype(np.int64)
        begin = int(self.pos_ends[first - 1]) if first else 0
        # The row's positions (a gather for some documents touches part of them).
        self._touch("positions", begin, int(ends[-1]) - begin if ids.size else 0)
        if wanted is None:
            starts = np.concatenate(([begin], ends[:-1]))
            docs = ids.astype(np.int64) + offset
            flat = self.positions[begin : int(ends[-1])] if ids.size else self.positions[:0]
        else:
            local = wanted[
                np.searchsorted(wanted, offset) : np.searchsorted(wanted, offset + 2**32)
            ]
            local = (local - offset).astype(np.uint32)  # ids' own type: no copy of ids
            at = np.searchsorted(ids, local)
            inside = at < ids.size
            at = at[inside]
            at = at[ids[at] == local[inside]]
            starts = np.where(at > 0, ends[np.maximum(at - 1, 0)], begin)
            docs = ids[at].astype(np.int64) + offset
            ends = ends[at]
            flat = None
        counts = ends - starts
        if flat is None:
            total = int(counts.sum())
            shift = np.repeat(starts - (np.cumsum(counts) - counts), counts)
            flat = self.positions[shift + np.arange(total)]
        return (np.repeat(docs, counts) << SHIFT) | flat.astype(np.int64)

    def close(self) -> None:
        """Unmap the file, unless arrays read from it are still in use (then GC unmaps it)."""
        self.budget.remove(self._map)
        try:
            self._map.close()
        except BufferError:
            pass


def gather_postings(rows: list[tuple[DecodedSegment, int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """(global ids, weights) of a term's rows in several segments, given as (segment, row,
    docnum offset), written straight into one pair of arrays (no per-segment copies)."""
    spans, touched = [], []
    for segment, row, offset in rows:
        start = int(segment.starts[row])
        end = start + int(segment.counts[row])
        spans.append((segment.ids[start:end], segment.weights[start:end], offset))
        touched += [
            segment.span("ids", start, end - start),
            segment.span("weights", start, end - start),
        ]
    budget = rows[0][0].budget if rows else None  # one budget serves every segment of a reader
    if budget is not None:
        budget.touch_many(touched)
    total = sum(found.size for found, _, _ in spans)
    ids = np.empty(total, dtype=np.int64)
    weights = np.empty(total, dtype=np.float32)
    at = 0
    for local, local_weights, offset in spans:
        end = at + local.size
        np.add(local, np.int64(offset), out=ids[at:end])
        weights[at:end] = local_weights
        at = end
    if budget is not None:
        budget.settle()  # copied: the ranges past the limit, these included, may go
    return ids, weights


class DecodedPostings:
    """The decoded-postings files of a reader's segments, in its leaf order (None where a
    segment has no usable file)."""

    def __init__(
        self, segments: list[DecodedSegment | None], budget: PageBudget | None = None
    ) -> None:
        self.segments = segments
        self.budget = budget if budget is not None else PageBudget(RELEASE_BYTES)

    @classmethod
    def open(
        cls, folder: Path | None, reader, release_bytes: int = RELEASE_BYTES
    ) -> DecodedPostings:
        """Map the files of every segment of ``reader`` found in ``folder``; the process keeps
        the ``release_bytes`` of them read last mapped (see :mod:`indexer.pagebudget`)."""
        budget = PageBudget(release_bytes)
        found: list[DecodedSegment | None] = []
        for segreader, _ in reader.leaf_readers():
            segment = segreader.segment() if folder is not None else None
            try:
                found.append(
                    DecodedSegment(
                        sidecar_path(folder, segment.segment_id()),
                        segment.segment_id(),
                        segment.doc_count_all(),
                        budget,
                    )
                    if segment is not None
                    else None
                )
            except (OSError, ValueError, KeyError):
                found.append(None)  # missing or stale: this segment is read from Whoosh
        return cls(found, budget)

    def any(self) -> bool:
        """Whether any segment has a file."""
        return any(s is not None for s in self.segments)

    def close(self) -> None:
        """Unmap every file."""
        for segment in self.segments:
            if segment is not None:
                segment.close()
