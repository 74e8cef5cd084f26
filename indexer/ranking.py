"""Ordering matched documents by score or by date with numpy, deterministically.

Only the first ``limit`` documents are sorted (found with a partition); ties are always broken
by the lower docnum, also at the partition boundary, so consecutive pages never overlap.
"""

from __future__ import annotations

import numpy as np

from indexer.schema import NO_DATE


def top_by_score(mask: np.ndarray, scores: np.ndarray, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best-scoring masked documents as (docnum, score), best first."""
    docs = np.flatnonzero(mask)
    if docs.size == 0 or limit <= 0:
        return []
    docs, keys = _first(docs, -scores[docs].astype(np.float64), limit)
    return [(int(d), float(-k)) for d, k in zip(docs, keys, strict=True)]


def by_date(timestamps: np.ndarray, mask: np.ndarray, newest: bool, limit: int) -> np.ndarray:
    """The first ``limit`` masked docnums by date, newest or oldest first (undated last)."""
    docs = np.flatnonzero(mask)
    if docs.size == 0 or limit <= 0:
        return docs[:0]
    stamps = timestamps[docs]
    keys = np.where(stamps == NO_DATE, np.iinfo(np.int64).max, -stamps if newest else stamps)
    return _first(docs, keys, limit)[0]


def _first(docs: np.ndarray, keys: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``limit`` smallest keys, sorted by (key, docnum); ``docs`` must be ascending."""
    if limit < docs.size:
        kth = np.partition(keys, limit - 1)[limit - 1]
        below = np.flatnonzero(keys < kth)
        tied = np.flatnonzero(keys == kth)[: limit - below.size]  # lowest docnums first
        chosen = np.concatenate([below, tied])
        docs, keys = docs[chosen], keys[chosen]
    order = np.lexsort((docs, keys))
    return docs[order], keys[order]
