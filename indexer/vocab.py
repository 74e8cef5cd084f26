"""Each field's indexed words with their document counts, and the words near a given one.

Read once per snapshot (on first use) and kept with it. Near words are found with RapidFuzz's
optimal-string-alignment distance (a swap of two letters is one edit) over the whole list in C:
Whoosh's ``terms_within`` walks the term list in Python and takes tens of milliseconds per word
even on a small index.
"""

from __future__ import annotations

import heapq
import threading
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


class WordCounts(Mapping):
    """word → document count over sorted words and an aligned array of counts (no dict built)."""

    def __init__(self, words: list[str], frequencies: np.ndarray) -> None:
        self._words = words
        self._frequencies = frequencies

    def _index(self, word: str) -> int:
        i = bisect_left(self._words, word)
        return i if i < len(self._words) and self._words[i] == word else -1

    def __getitem__(self, word: str) -> int:
        i = self._index(word) if isinstance(word, str) else -1
        if i < 0:
            raise KeyError(word)
        return int(self._frequencies[i])

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._index(word) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """One field's words (in the index's order: sorted by code point) and document counts."""

    words: list[str]
    frequencies: np.ndarray  # int64, aligned with ``words``

    @property
    def counts(self) -> WordCounts:
        """word → number of documents holding it."""
        return WordCounts(self.words, self.frequencies)

    def span(self, low: str, high: str | None, low_in: bool = True, high_in: bool = True):
        """Indexes ``(start, end)`` of the words from ``low`` to ``high`` (None: to the end)."""
        start = (bisect_left if low_in else bisect_right)(self.words, low)
        if high is None:
            return start, len(self.words)
        end = (bisect_right if high_in else bisect_left)(self.words, high)
        return start, max(start, end)

    def prefixed(self, prefix: str) -> tuple[int, int]:
        """Indexes ``(start, end)`` of the words starting with ``prefix``."""
        start = bisect_left(self.words, prefix)
        return start, bisect_left(self.words, prefix + "\U0010ffff", start)

    def commonest(self, start: int, end: int, limit: int) -> list[tuple[int, str]]:
        """The ``limit`` commonest words in ``words[start:end]`` as (count, word), commonest first."""
        found = self.frequencies[start:end].tolist()
        return heapq.nlargest(limit, zip(found, self.words[start:end], strict=True))


def vocabulary(snap, fieldname: str) -> Vocabulary:
    """The words of one field of a snapshot (empty when the index has no such field)."""
    with _lock:
        per_snap = _cache.setdefault(snap, {})
        found = per_snap.get(fieldname)
    if found is not None:
        return found
    files = getattr(snap, "words", None)  # the build's words file, when it fits the index
    if files is not None and fieldname in files.fields:
        found = Vocabulary(*files.words(fieldname))
        with _lock:
            _cache.setdefault(snap, {})[fieldname] = found
        return found
    counts: dict[str, int] = {}
    if fieldname in snap.schema:
        # Segment by segment: the multi-segment reader merges the term lists and sums each
        # word's counts across segments one lookup at a time, ~5x slower than adding them here.
        with snap.lock:
            for segment, _ in snap.reader.leaf_readers():
                if fieldname not in segment.schema:
                    continue
                for raw, info in segment.iter_field(fieldname):
                    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    counts[text] = counts.get(text, 0) + info.doc_frequency()
    words = sorted(counts)
    found = Vocabulary(words, np.fromiter(map(counts.__getitem__, words), np.int64, len(words)))
    with _lock:
        _cache.setdefault(snap, {})[fieldname] = found
    return found


def near(snap, fieldname: str, form: str, maxdist: int) -> list[tuple[str, int, int]]:
    """Indexed words within ``maxdist`` edits of ``form``: (word, distance, document count)."""
    vocab = vocabulary(snap, fieldname)
    if not vocab.words or not form:
        return []
    found = process.extract(
        form, vocab.words, scorer=OSA.distance, score_cutoff=maxdist, limit=None
    )
    return [(word, int(dist), int(vocab.frequencies[i])) for word, dist, i in found]
