"""Per-searcher caches of decoded posting arrays and phrase position keys, bounded in size.

Common words recur in many queries, and decoding a word read from Whoosh's pickled blocks is the
expensive part of a query, so each searcher keeps what it decoded: postings (docnums and
weights) for scoring, and the position keys of words phrases use. A word read for a phrase is
read once for both. Words found whole in the build's decoded-postings files
(:mod:`indexer.decoded`) are sliced from shared memory maps instead, and not cached: that costs
less than a cache entry's private memory is worth.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from indexer.decoded import RELEASE_BYTES, DecodedPostings
from indexer.postings import read_term_counted

STRIPES = 64
WHOLE_FACTOR = 5  # read a word's positions whole when at most this many times its candidates


class PostingsCache:
    """Least-recently-used posting and position arrays of one searcher, bounded in entries."""

    def __init__(
        self,
        reader,
        read_lock: threading.RLock,
        max_postings: int = 4_000_000,
        max_positions: int = 8_000_000,
        folder: Path | None = None,
        release_bytes: int = RELEASE_BYTES,
    ) -> None:
        self._reader = reader
        self._read_lock = read_lock  # Whoosh's file reads (seek + read) are not thread-safe
        # The generation's decoded-postings files, when the build wrote them (None: Whoosh only);
        # their pages leave the process's RSS each time reads have touched ``release_bytes``.
        found = DecodedPostings.open(folder, reader, release_bytes) if folder is not None else None
        self.decoded = found if found is not None and found.any() else None
        self._postings = _Lru(max_postings)
        self._positions = _Lru(max_positions)
        # Threads missing the same term wait for one read instead of each decoding it.
        self._stripes = [threading.Lock() for _ in range(STRIPES)]

    def _stripe(self, key: tuple[str, str]) -> threading.Lock:
        """The lock that serialises reads of one term (shared by a few terms)."""
        return self._stripes[hash(key) % STRIPES]

    def clear(self) -> None:
        """Forget every cached array."""
        self._postings.clear()
        self._positions.clear()

    def get(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The (docnums, weights) of a term."""
        key = (fieldname, text)
        found = self._postings.get(key)
        if found is not None:
            return found
        with self._stripe(key):
            found = self._postings.get(key)
            if found is None:
                ids, weights, _, from_blocks = self._read(fieldname, text)
                found = (ids, weights)
                if from_blocks:
                    self._postings.put(key, found, ids.size)
        return found

    def _read(self, fieldname: str, text: str, **options):
        """A term read from the decoded files where they hold it, from Whoosh's blocks elsewhere."""
        return read_term_counted(
            self._reader, fieldname, text, lock=self._read_lock, decoded=self.decoded, **options
        )

    def prepare(self, fieldname: str, text: str) -> None:
        """Read a phrase word's postings and positions in one pass, when they come from
        Whoosh's blocks (decoded files are read where the phrase needs them, not ahead)."""
        if self.decoded is None:
            self.load(fieldname, text)

    def doc_frequency(self, fieldname: str, text: str) -> int:
        """Documents holding a term, deleted ones included, without reading its postings."""
        found = self._postings.get((fieldname, text))
        if found is not None:
            return int(found[0].size)
        with self._read_lock:
            return int(self._reader.doc_frequency(fieldname, text))

    def load(self, fieldname: str, text: str) -> np.ndarray:
        """A term's position keys, read with its postings in one pass and both kept."""
        key = (fieldname, text)
        found = self._positions.get(key)
        if found is not None:
            return found
        with self._stripe(key):
            found = self._positions.get(key)
            if found is not None:
                return found
            ids, weights, keys, from_blocks = self._read(fieldname, text, positions=True)
            if from_blocks:
                self._postings.put(key, (ids, weights), ids.size)
                self._positions.put(key, keys, keys.size)
        return keys

    def keys(self, fieldname: str, text: str, candidates: np.ndarray) -> np.ndarray:
        """Sorted ``(docnum << 32) | position`` keys of a term, covering at least the candidates.

        Cached whole keys are returned as they are (a phrase intersection needs no filtering);
        a term with many more documents than candidates has only theirs decoded.
        """
        key = (fieldname, text)
        found = self._positions.get(key)
        if found is not None:
            return found
        if self.decoded is not None or candidates.size * WHOLE_FACTOR < self.doc_frequency(
            fieldname, text
        ):
            return self._read(fieldname, text, positions=True, wanted=candidates)[2]
        return self.load(fieldname, text)


class _Lru:
    """A small thread-safe LRU of arrays, bounded by their total length."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._size = 0
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0

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
