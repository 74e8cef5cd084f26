"""Posting lists as numpy arrays, read a block at a time, cached per searcher.

Whoosh's matchers step through postings one Python call at a time; reading a whole 128-posting
block at once (ids by cumulative sum of its deltas, weights as one array) is what lets queries
be evaluated with numpy. This reads the block layout of whoosh3's W3 codec (pinned in
pyproject.toml); any other matcher falls back to the generic, slower per-posting path, and a
test checks both paths agree.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from itertools import chain
from pickle import loads

import numpy as np
from whoosh.reading import TermNotFound

_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
_INT_SIZE = 4  # Positions values start with the packed frequency


def _leaf(matcher):
    """The codec's own matcher under Whoosh's deleted-documents wrapper."""
    while not hasattr(matcher, "_read_data") and hasattr(matcher, "child"):
        matcher = matcher.child
    return matcher if hasattr(matcher, "_read_data") else None


def _blocks(matcher, wanted: np.ndarray | None = None, offset: int = 0):
    """Yield (segment-local ids, weights or None/float, values) per block; with ``wanted``
    (sorted global docnums), blocks whose id range holds none of them are skipped unread."""
    low = 0
    while matcher.is_active():
        if wanted is not None:
            high = matcher.block_max_id() + offset
            lo, hi = np.searchsorted(wanted, [low, high + 1])
            low = high + 1
            if lo == hi:
                matcher._next_block()
                continue
        if matcher._data is None:
            matcher._read_data()
        deltas, weights, values = matcher._data
        ids = np.cumsum(np.asarray(deltas, dtype=np.int64))
        yield ids, weights, values
        matcher._next_block()


def read_postings(reader, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """Global docnums and weights (term frequency × field boost) of one term, deleted docs included."""
    ids_parts, weight_parts = [], []
    for segreader, offset in reader.leaf_readers():
        try:
            matcher = segreader.postings(fieldname, text)
        except TermNotFound:
            continue
        leaf = _leaf(matcher)
        if leaf is None:  # not the W3 codec: the per-posting way
            pairs = []
            while matcher.is_active():
                pairs.append((matcher.id(), matcher.weight()))
                matcher.next()
            if pairs:
                ids, weights = zip(*pairs, strict=True)
                ids_parts.append(np.asarray(ids, dtype=np.int64) + offset)
                weight_parts.append(np.asarray(weights, dtype=np.float32))
            continue
        for ids, weights, _ in _blocks(leaf):
            ids_parts.append(ids + offset)
            if weights is None:
                weight_parts.append(np.ones(ids.size, dtype=np.float32))
            elif isinstance(weights, float):
                weight_parts.append(np.full(ids.size, weights, dtype=np.float32))
            else:
                weight_parts.append(np.asarray(weights, dtype=np.float32))
    if not ids_parts:
        return _EMPTY
    return np.concatenate(ids_parts), np.concatenate(weight_parts)


def read_positions(
    reader, fieldname: str, text: str, wanted: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Token positions of a term, in the ``wanted`` (sorted, global) docnums only when given,
    as two parallel arrays (docnum, position), in docnum then position order."""
    doc_parts: list[np.ndarray] = []
    lists: list[list[int]] = []
    for segreader, offset in reader.leaf_readers():
        try:
            matcher = segreader.postings(fieldname, text)
        except TermNotFound:
            continue
        leaf = _leaf(matcher)
        if leaf is None:
            while matcher.is_active():
                docnum = matcher.id() + offset
                if wanted is None or _contains(wanted, docnum):
                    doc_parts.append(np.array([docnum], dtype=np.int64))
                    lists.append(_deltas(list(matcher.value_as("positions"))))
                matcher.next()
            continue
        for ids, _, values in _blocks(leaf, wanted, offset):
            if wanted is None:
                hits = np.arange(ids.size)
            else:
                hits = np.flatnonzero(np.isin(ids + offset, wanted, assume_unique=True))
                if hits.size == 0:
                    continue
            doc_parts.append(ids[hits] + offset)
            lists.extend(_decode_many([values[i] for i in hits.tolist()]))
    if not lists:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    deltas = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(counts.sum()))
    positions = np.cumsum(deltas)
    starts = np.cumsum(counts) - counts
    before = np.where(starts > 0, positions[starts - 1], 0)
    positions -= np.repeat(before, counts)
    return np.repeat(np.concatenate(doc_parts), counts), positions.astype(np.int32)


def _decode_many(values: list[bytes]) -> list[list[int]]:
    """The position deltas of many Positions-format values with one unpickling.

    Each value is a packed count then a protocol-2 pickle of the delta list; their bodies
    (between the PROTO and STOP opcodes) are spliced into one pickled outer list.
    """
    head = b"\x80\x02"
    if all(v[_INT_SIZE : _INT_SIZE + 2] == head for v in values):
        bodies = (v[_INT_SIZE + 2 : -1] if v.endswith(b".") else v[_INT_SIZE + 2 :] for v in values)
        spliced = b"\x80\x02](" + b"".join(bodies) + b"e."
        try:
            decoded = loads(spliced)
        except Exception:  # noqa: BLE001 - an unexpected layout: decode one by one below
            decoded = None
        if (
            isinstance(decoded, list)
            and len(decoded) == len(values)
            and all(type(item) is list for item in decoded)
        ):
            return decoded
    return [loads(v[_INT_SIZE:] + b".") for v in values]


def _deltas(positions: list[int]) -> list[int]:
    """Positions back to deltas (for the generic path)."""
    return [b - a for a, b in zip([0, *positions], positions, strict=False)]


def _contains(sorted_array: np.ndarray, value: int) -> bool:
    """Membership in a sorted array."""
    i = np.searchsorted(sorted_array, value)
    return bool(i < sorted_array.size and sorted_array[i] == value)


class PostingsCache:
    """Least-recently-used posting and position arrays of one searcher, bounded in entries."""

    def __init__(
        self,
        reader,
        read_lock: threading.RLock,
        max_postings: int = 4_000_000,
        max_positions: int = 6_000_000,
    ) -> None:
        self._reader = reader
        self._read_lock = read_lock  # Whoosh's file reads (seek + read) are not thread-safe
        self._max = max_postings
        self._size = 0
        self._items: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()
        self._positions = _Lru(max_positions)

    def clear(self) -> None:
        """Forget every cached array."""
        with self._lock:
            self._items.clear()
            self._size = 0
        self._positions = _Lru(self._positions._limit)

    def positions(
        self, fieldname: str, text: str, candidates: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(docnum, position) pairs of a term within the candidate docnums.

        A term whose candidates are a large share of its documents is read whole and cached
        (phrases reuse common words); otherwise only the candidates' postings are decoded.
        """
        key = (fieldname, text)
        found = self._positions.get(key)
        if found is None:
            df = self.get(fieldname, text)[0].size
            if candidates.size * 5 < df:
                with self._read_lock:
                    return read_positions(self._reader, fieldname, text, candidates)
            with self._read_lock:
                found = read_positions(self._reader, fieldname, text)
            self._positions.put(key, found, found[0].size)
        docs, positions = found
        keep = np.isin(docs, candidates)
        return docs[keep], positions[keep]

    def get(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The (docnums, weights) of a term."""
        key = (fieldname, text)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        with self._read_lock:
            found = read_postings(self._reader, fieldname, text)
        with self._lock:
            if key not in self._items:
                self._items[key] = found
                self._size += found[0].size
                while self._size > self._max and len(self._items) > 1:
                    _, (ids, _) = self._items.popitem(last=False)
                    self._size -= ids.size
        return found


class _Lru:
    """A small thread-safe LRU of array pairs, bounded by their total length."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._size = 0
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found[0] if found is not None else None

    def put(self, key, value, size: int) -> None:
        with self._lock:
            if key in self._items or size > self._limit:
                return
            self._items[key] = (value, size)
            self._size += size
            while self._size > self._limit:
                _, (_, dropped) = self._items.popitem(last=False)
                self._size -= dropped
