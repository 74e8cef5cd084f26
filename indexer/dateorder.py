"""The first matches by date, from every document's order by date, sorted once per searcher.

A search sorted by date used to sort its matches' dates (a partition and a sort over up to every
document) for each page. The order of all documents by date does not depend on the query, so it
is sorted once, on first use, and a search walks it from the start, keeping its matches, until
it has a page's worth: a few thousand entries for a broad search, at worst the whole order.
The order is :func:`indexer.ranking.by_date`'s: newest or oldest first, undated last, ties by the
lower docnum.
"""

from __future__ import annotations

import numpy as np

from indexer.schema import NO_DATE

_FIRST_CHUNK = 4096


def date_order(stamps: np.ndarray, newest: bool) -> np.ndarray:
    """Every docnum (int32) ordered by ``stamps``: newest or oldest first, undated last, ties
    by the lower docnum."""
    undated = np.iinfo(np.int64).max
    keys = np.where(stamps == NO_DATE, undated, -stamps if newest else stamps)
    return np.lexsort((np.arange(stamps.size), keys)).astype(np.int32)


def cached_order(columns, name: str, newest: bool) -> np.ndarray:
    """:func:`date_order` of ``columns.<name>`` ("timestamp" or "changed"), kept with the
    searcher's columns (frozen: kept in their ``__dict__``, as a cached_property would)."""
    orders = columns.__dict__.setdefault("_date_orders", {})
    key = (name, newest)
    if key not in orders:
        orders[key] = date_order(getattr(columns, name), newest)
    return orders[key]


def first_by_date(order: np.ndarray, mask: np.ndarray, limit: int) -> np.ndarray:
    """The first ``limit`` masked docnums in ``order``, walked in chunks that double."""
    found: list[np.ndarray] = []
    count, start, step = 0, 0, max(_FIRST_CHUNK, 4 * limit)
    while count < limit and start < order.size:
        chunk = order[start : start + step]
        kept = chunk[mask[chunk]]
        found.append(kept)
        count += kept.size
        start += step
        step *= 2
    if not found:
        return np.zeros(0, dtype=np.int32)
    return np.concatenate(found)[:limit]
