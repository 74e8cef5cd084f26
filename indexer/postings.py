"""Posting lists as numpy arrays, read a block at a time, cached per searcher.

Whoosh's matchers step through postings one Python call at a time; reading a whole 128-posting
block at once (ids by cumulative sum of its deltas, weights as one array) is what lets queries
be evaluated with numpy. This reads the block layout of whoosh3's W3 codec (pinned in
pyproject.toml); any other matcher falls back to the generic, slower per-posting path, and a
test checks both paths agree.

Only the file reads need the searcher's lock (Whoosh's seek + read is not thread-safe): a term's
compressed blocks are copied out under it, and decompressing and decoding them happen outside,
so concurrent searches do not queue behind one another's decoding. Positions are kept as sorted
``int64`` keys ``(docnum << 32) | position``, which a phrase check intersects directly.

Given the generation's decoded-postings files (:mod:`indexer.decoded`), a segment whose file
holds the term is sliced from it instead, and a segment that lacks the term is skipped; only
the others are read from Whoosh's blocks.
"""

from __future__ import annotations

import threading
import zlib
from dataclasses import dataclass
from itertools import chain, repeat
from pickle import loads

import numpy as np
from whoosh.reading import TermNotFound

from indexer.blockread import decode_many as _decode_many  # noqa: F401 - tests use it here
from indexer.blockread import ids_and_weights, position_deltas
from indexer.decoded import ABSENT, SHIFT, gather_postings, term_hash, term_key

_NONE = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True, slots=True)
class _Segment:
    """One segment's share of a term, copied out of the files under the read lock."""

    offset: int
    blocks: list[tuple[int, bytes]] | None  # (compression, raw block data) of the W3 codec
    generic: list[tuple[int, float, list[int] | None]] | None  # (id, weight, positions) otherwise
    sidecar: tuple | None = None  # (DecodedSegment, row): already decoded, memory-mapped


def _leaf(matcher):
    """The codec's own matcher under Whoosh's deleted-documents wrapper."""
    while not hasattr(matcher, "_read_data") and hasattr(matcher, "child"):
        matcher = matcher.child
    return matcher if hasattr(matcher, "_read_data") else None


def _fetch(
    reader, fieldname: str, text: str, positions: bool, wanted: np.ndarray | None, decoded=None
):
    """The raw blocks of a term per segment (call under the read lock); with ``wanted``
    (sorted global docnums), blocks whose id range holds none of them are skipped unread.
    Segments whose decoded-postings file (``decoded``, see :mod:`indexer.decoded`) holds the
    term are not read at all."""
    segments = []
    sidecars = decoded.segments if decoded is not None else None
    key = hashed = None
    for i, (segreader, offset) in enumerate(reader.leaf_readers()):
        if sidecars is not None and sidecars[i] is not None:
            if key is None:
                key = sidecar_key(reader, fieldname, text)
                hashed = term_hash(key)
            row = sidecars[i].row(key, hashed)
            if row >= 0:
                segments.append(_Segment(offset, None, None, (sidecars[i], row)))
                continue
            if row == ABSENT:
                continue
        try:
            matcher = segreader.postings(fieldname, text)
        except TermNotFound:
            continue
        leaf = _leaf(matcher)
        if leaf is None:  # not the W3 codec (or an inlined posting): the per-posting way
            generic = []
            while matcher.is_active():
                docnum = matcher.id()
                if wanted is None or _contains(wanted, docnum + offset):
                    where = list(matcher.value_as("positions")) if positions else None
                    generic.append((docnum, matcher.weight(), where))
                matcher.next()
            segments.append(_Segment(offset, None, generic))
            continue
        blocks = []
        low = 0
        while leaf.is_active():
            if wanted is not None:
                high = leaf.block_max_id() + offset
                lo, hi = np.searchsorted(wanted, [low, high + 1])
                low = high + 1
                if lo == hi:
                    leaf._next_block()
                    continue
            size = leaf._nextoffset - leaf._dataoffset
            blocks.append((leaf._compression, leaf._postfile.get(leaf._dataoffset, size)))
            leaf._next_block()
        segments.append(_Segment(offset, blocks, None))
    return segments


def _decode(segments, positions: bool, wanted: np.ndarray | None):
    """(global ids, weights, position keys or None) of fetched segments, outside the lock:
    block runs decoded together, sidecar ones copied out (then their page budget settled)."""
    if all(seg.sidecar is None for seg in segments):
        return _decode_blocks(segments, positions, wanted)
    if not positions and all(seg.sidecar is not None for seg in segments):
        return (*gather_postings([(*seg.sidecar, seg.offset) for seg in segments]), None)
    parts, run = [], []
    for seg in [*segments, None]:
        if seg is not None and seg.sidecar is None:
            run.append(seg)
            continue
        if run:
            parts.append(_decode_blocks(run, positions, wanted))
            run = []
        if seg is not None:
            parts.append(_from_sidecar(seg, positions, wanted))
    ids = np.concatenate([p[0] for p in parts])
    weights = np.concatenate([p[1] for p in parts])
    keys = np.concatenate([p[2] for p in parts]) if positions else None
    next(seg for seg in segments if seg.sidecar is not None).sidecar[0].budget.settle()
    return ids, weights, keys


def _from_sidecar(seg: _Segment, positions: bool, wanted: np.ndarray | None):
    """(global ids, weights, keys or None) of one segment's decoded postings, copied (the next
    segments' reads may drop these pages before the results are joined)."""
    sidecar, row = seg.sidecar
    ids, weights, _ = sidecar.postings(row)
    keys = sidecar.keys(row, seg.offset, wanted) if positions else None
    return ids.astype(np.int64) + seg.offset, weights.copy(), keys


def _decode_blocks(segments, positions: bool, wanted: np.ndarray | None):
    """(global ids, weights, position keys or None) of segments read from Whoosh's blocks."""
    deltas, weights, counts, values, extra = [], [], [], [], []
    for seg in segments:
        if seg.generic is not None:
            for docnum, weight, where in seg.generic:
                extra.append((docnum + seg.offset, weight, where))
            continue
        for compression, raw in seg.blocks:
            if positions:
                ids, block_weights, block_values = loads(
                    zlib.decompress(raw) if compression else raw
                )
            else:  # scoring only: the positions are neither inflated nor decoded
                ids, block_weights = ids_and_weights(compression, raw)
            n = len(ids)
            deltas.append(ids)
            counts.append((n, seg.offset))
            if block_weights is None:
                weights.append(repeat(1.0, n))
            elif isinstance(block_weights, int | float):  # one weight for the whole block
                weights.append(repeat(block_weights, n))
            else:
                weights.append(block_weights)
            if positions:
                values.append(block_values)
    total = sum(n for n, _ in counts)
    ids = np.fromiter(chain.from_iterable(deltas), dtype=np.int64, count=total)
    w = np.fromiter(chain.from_iterable(weights), dtype=np.float32, count=total)
    if total:
        # Each block's ids are deltas from 0: cumulative sums restarted at every block.
        sizes = np.array([n for n, _ in counts], dtype=np.int64)
        ids = np.cumsum(ids)
        ends = np.cumsum(sizes)
        before = np.concatenate(([0], ids[ends[:-1] - 1]))
        offsets = np.array([o for _, o in counts], dtype=np.int64)
        ids += np.repeat(offsets - before, sizes)
    keys = None
    if positions:
        flat = list(chain.from_iterable(values))
        docs = ids
        if wanted is not None and total:
            keep = np.isin(ids, wanted)
            flat = [flat[i] for i in np.flatnonzero(keep).tolist()]
            docs = ids[keep]
        counts, deltas = position_deltas(flat) if flat else (_NONE, _NONE)
        if extra:
            docs = np.concatenate([docs, np.array([e[0] for e in extra], dtype=np.int64)])
            lists = [_deltas(e[2]) for e in extra]
            counts = np.concatenate([counts, np.array([len(x) for x in lists], dtype=np.int64)])
            deltas = np.concatenate([deltas, np.array(list(chain(*lists)), dtype=np.int64)])
        keys = _keys(docs, counts, deltas)
    if extra:  # generic segments were set aside: back into docnum order
        ids = np.concatenate([ids, np.array([e[0] for e in extra], dtype=np.int64)])
        w = np.concatenate([w, np.array([e[1] for e in extra], dtype=np.float32)])
        order = np.argsort(ids, kind="stable")
        ids, w = ids[order], w[order]
    return ids, w, keys


def _keys(docs: np.ndarray, counts: np.ndarray, deltas: np.ndarray) -> np.ndarray:
    """Sorted ``(doc << 32) | position`` keys from each doc's count of position deltas."""
    if not deltas.size:
        return np.zeros(0, dtype=np.int64)
    positions = np.cumsum(deltas)
    starts = np.cumsum(counts) - counts
    before = np.where(starts > 0, positions[np.maximum(starts - 1, 0)], 0)
    positions -= np.repeat(before, counts)
    keys = (np.repeat(docs, counts) << SHIFT) | positions
    if keys.size > 1 and not np.all(keys[1:] > keys[:-1]):  # segments out of order: sort once
        keys.sort()
    return keys


def read_term(
    reader,
    fieldname: str,
    text: str,
    *,
    positions: bool = False,
    wanted: np.ndarray | None = None,
    lock: threading.RLock | None = None,
    decoded=None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """A term's global docnums and weights (deleted docs included), and its position keys.

    Args:
        reader: a Whoosh reader.
        fieldname, text: the term.
        positions: also decode the positions, as sorted ``(docnum << 32) | position`` keys.
        wanted: sorted global docnums: keys only for these (docnums and weights then cover
            just the blocks holding them).
        lock: held while reading the files only.
        decoded: the reader's :class:`indexer.decoded.DecodedPostings`, read instead of
            Whoosh's blocks for the segments whose file holds the term.

    Returns:
        (docnums, weights, keys or None).
    """
    ids, weights, keys, _ = read_term_counted(
        reader, fieldname, text, positions=positions, wanted=wanted, lock=lock, decoded=decoded
    )
    return ids, weights, keys


def read_term_counted(
    reader,
    fieldname: str,
    text: str,
    *,
    positions: bool = False,
    wanted: np.ndarray | None = None,
    lock: threading.RLock | None = None,
    decoded=None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, int]:
    """:func:`read_term`, and how many segments were read from Whoosh's blocks (a term read
    from memory-mapped files only is not worth caching)."""
    if lock is None:
        segments = _fetch(reader, fieldname, text, positions, wanted, decoded)
    else:
        with lock:
            segments = _fetch(reader, fieldname, text, positions, wanted, decoded)
    from_blocks = sum(1 for seg in segments if seg.sidecar is None)
    return (*_decode(segments, positions, wanted), from_blocks)


def sidecar_key(reader, fieldname: str, text: str) -> bytes:
    """The bytes a term is stored under in the decoded-postings files."""
    field = reader.schema[fieldname]
    return term_key(fieldname, field.to_bytes(text) if isinstance(text, str) else text)


def read_postings(reader, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """Global docnums and weights (term frequency × field boost) of one term, deleted docs included."""
    ids, weights, _ = read_term(reader, fieldname, text)
    return ids, weights


def read_positions(
    reader, fieldname: str, text: str, wanted: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Token positions of a term, in the ``wanted`` (sorted, global) docnums only when given,
    as two parallel arrays (docnum, position), in docnum then position order."""
    _, _, keys = read_term(reader, fieldname, text, positions=True, wanted=wanted)
    return split_keys(keys)


def split_keys(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Position keys as parallel (docnum, position) arrays."""
    return keys >> SHIFT, (keys & ((1 << SHIFT) - 1)).astype(np.int32)


def _deltas(positions: list[int]) -> list[int]:
    """Positions back to deltas (for the generic path)."""
    return [b - a for a, b in zip([0, *positions], positions, strict=False)]


def _contains(sorted_array: np.ndarray, value: int) -> bool:
    """Membership in a sorted array."""
    i = np.searchsorted(sorted_array, value)
    return bool(i < sorted_array.size and sorted_array[i] == value)
