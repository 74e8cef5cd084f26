"""Per-searcher numpy columns: facet ordinals, timestamps and the live-document mask.

Loaded once when a searcher opens (one pass over two Whoosh columns), then every facet count is
a ``np.bincount`` over the matched documents and every date filter or date sort is a vectorised
comparison, instead of Whoosh's per-document ``groupedby`` and range queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property

import numpy as np

from indexer import colread
from indexer.schema import (
    BAGHDAD,
    FACET_SEP,
    FACETS,
    LENGTH_FIELDS,
    MULTI_VALUE_SEP,
    MULTI_VALUED,
    NO_DATE,
)


@dataclass(frozen=True)
class FacetColumn:
    """One facet as (document, ordinal) pairs: a document may have zero, one or several values."""

    values: list[str]  # ordinal → value
    ordinal: dict[str, int]  # value → ordinal
    docs: np.ndarray  # int64, one entry per (document, value) pair
    ords: np.ndarray  # int32, the value's ordinal for that pair
    # When no document has two values: each document's ordinal (len(values) for none), so that
    # counting is one bincount over the matches' ordinals, not a pass over every pair.
    dense: np.ndarray | None = None

    def mask_for(self, wanted: list[str], size: int) -> np.ndarray:
        """Documents having any of the wanted values."""
        ords = [self.ordinal[v] for v in wanted if v in self.ordinal]
        if self.dense is not None and self.dense.size == size:
            # One comparison over each document's ordinal, no pass over the pairs and scatter.
            return self.dense == ords[0] if len(ords) == 1 else np.isin(self.dense, ords)
        mask = np.zeros(size, dtype=bool)
        if ords:
            mask[self.docs[np.isin(self.ords, ords)]] = True
        return mask

    def counts(
        self, mask: np.ndarray, hits: np.ndarray | None = None, misses: np.ndarray | None = None
    ) -> np.ndarray:
        """How many of the masked documents carry each value (indexed by ordinal); ``hits``,
        when given, are the masked documents (``np.flatnonzero(mask)``), ``misses`` the others
        (``np.flatnonzero(~mask)``): when fewer, they are counted and taken from the totals."""
        if self.dense is not None:
            if misses is not None:
                return self._all_counts - self._dense_counts(misses)
            return self._dense_counts(np.flatnonzero(mask) if hits is None else hits)
        # Several values per document: through the documents' runs of pairs when they are
        # few; when they are many, one pass over every pair costs less.
        few = self.docs.size // 16
        if misses is not None and misses.size < few:
            return self._all_counts - self._run_counts(misses, mask.size)
        if hits is not None and hits.size < few:
            return self._run_counts(hits, mask.size)
        return np.bincount(self.ords[mask[self.docs]], minlength=len(self.values))

    @cached_property
    def _all_counts(self) -> np.ndarray:
        """How many documents (deleted ones too) carry each value, counted on first use."""
        if self.dense is None:
            return np.bincount(self.ords, minlength=len(self.values))
        return self._dense_counts(slice(None))

    def _dense_counts(self, documents: np.ndarray | slice) -> np.ndarray:
        """How many of these documents carry each value (a single-valued facet)."""
        return np.bincount(self.dense[documents], minlength=len(self.values) + 1)[:-1]

    def _run_counts(self, documents: np.ndarray, size: int) -> np.ndarray:
        """How many of these documents (ascending docnums) carry each value: the pairs are in
        document order, so each document's pairs are one run, found from the runs' starts."""
        starts = self._starts(size)
        first = starts[documents]
        runs = starts[documents + 1] - first
        present = runs > 0
        first, runs = first[present], runs[present]
        if runs.size and int(runs.max()) > 1:
            before = np.cumsum(runs) - runs
            first = np.repeat(first - before, runs) + np.arange(int(runs.sum()))
        return np.bincount(self.ords[first], minlength=len(self.values))

    def _starts(self, size: int) -> np.ndarray:
        """Where each document's pairs start in ``docs`` (``size + 1`` entries), on first use."""
        starts = self.__dict__.get("_pair_starts")  # frozen: set once, like a cached_property
        if starts is None or starts.size != size + 1:
            starts = np.searchsorted(self.docs, np.arange(size + 1)).astype(np.int32)
            self.__dict__["_pair_starts"] = starts
        return starts


def dense_ordinals(docs: np.ndarray, ords: np.ndarray, size: int, values: int) -> np.ndarray | None:
    """Each document's ordinal (``values`` for none) in the smallest dtype, or None when some
    document has several values."""
    if docs.size > 1 and not (docs[1:] > docs[:-1]).all():
        return None
    dtype = np.uint8 if values < 255 else np.uint16 if values < 65_535 else np.int32
    dense = np.full(size, values, dtype=dtype)
    dense[docs] = ords
    return dense


UNDATED = np.iinfo(np.int32).min  # months and days of a release without a date


def calendar(timestamp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each document's month and day (since 1970, Baghdad time; UNDATED without a date)."""
    dated = timestamp != NO_DATE
    local = (timestamp[dated] + _BAGHDAD_OFFSET).astype("datetime64[s]")
    months = np.full(timestamp.size, UNDATED, dtype=np.int32)
    days = np.full(timestamp.size, UNDATED, dtype=np.int32)
    months[dated] = local.astype("datetime64[M]").astype(np.int64)
    days[dated] = local.astype("datetime64[D]").astype(np.int64)
    return months, days


@dataclass(frozen=True)
class Columns:
    """Everything a search needs besides Whoosh's matching, for one searcher."""

    size: int
    alive: np.ndarray  # bool: not deleted by an update
    timestamp: np.ndarray  # int64 Unix seconds, NO_DATE when unknown
    facets: dict[str, FacetColumn]
    lengths: dict[str, np.ndarray]  # field → float32 tokens per document, for BM25
    avg_length: dict[str, float]
    changed: np.ndarray | None = None  # int64 Unix seconds of the last change, NO_DATE if unknown
    months: np.ndarray | None = None  # int32 months since 1970-01 (Baghdad), UNDATED if unknown
    days: np.ndarray | None = None  # int32 days since 1970-01-01 (Baghdad), UNDATED if unknown

    @classmethod
    def load(cls, reader) -> Columns:
        """Read the ``facets`` and ``timestamp`` columns of a Whoosh reader into arrays."""
        size = reader.doc_count_all()
        alive = colread.alive_mask(reader, size)
        stamps = colread.numeric(reader, "timestamp", np.int64, NO_DATE, size)
        fields = None
        if reader.has_column("facets"):
            fields = colread.facet_fields(reader, "facets", len(FACETS))
        if fields is not None:
            pairs = {
                name: colread.ordinals(values, MULTI_VALUE_SEP if name in MULTI_VALUED else None)
                for name, values in zip(FACETS, fields, strict=True)
            }
        else:
            pairs = _facets_by_document(reader)
        facets = {}
        for name, (docs, ords, ordinal) in pairs.items():
            docs, ords = np.asarray(docs, dtype=np.int64), np.asarray(ords, dtype=np.int32)
            facets[name] = FacetColumn(
                values=list(ordinal),
                ordinal=ordinal,
                docs=docs,
                ords=ords,
                dense=dense_ordinals(docs, ords, size, len(ordinal)),
            )
        lengths = {name: _lengths(reader, name, size) for name in LENGTH_FIELDS}
        avg = {
            name: float(arr[alive].mean()) if alive.any() else 1.0 for name, arr in lengths.items()
        }
        changed = colread.numeric(reader, "changed", np.int64, NO_DATE, size)
        months, days = calendar(stamps)
        return cls(
            size=size,
            alive=alive,
            timestamp=stamps,
            facets=facets,
            lengths=lengths,
            avg_length=avg,
            changed=changed,
            months=months,
            days=days,
        )

    def date_mask(self, date_from: date | None, date_to: date | None) -> np.ndarray | None:
        """Documents dated within [date_from, date_to] (whole days, Baghdad time), or None."""
        if date_from is None and date_to is None:
            return None
        mask = self.timestamp != NO_DATE
        if date_from is not None:
            mask &= self.timestamp >= _baghdad_midnight(date_from)
        if date_to is not None:
            mask &= self.timestamp < _baghdad_midnight(date_to + timedelta(days=1))
        return mask

    def histogram(
        self, mask: np.ndarray, day_span: int = 0, hits: np.ndarray | None = None
    ) -> tuple[list[tuple[str, int]], str]:
        """Month buckets of the masked documents (years when they span more than 4 years, days
        when they span fewer than ``day_span`` days); ``hits``: ``np.flatnonzero(mask)``."""
        if self.months is None or self.days is None:
            return self._histogram_by_stamps(mask, day_span)
        hits = np.flatnonzero(mask) if hits is None else hits
        buckets = self.months[hits]
        dated = buckets != UNDATED
        if not dated.all():
            hits, buckets = hits[dated], buckets[dated]
        if buckets.size == 0:
            return [], "month"
        first, last = int(buckets.min()), int(buckets.max())
        unit = "month"
        if day_span and last - first <= day_span // 28:
            days = self.days[hits]
            if int(days.max()) - int(days.min()) < day_span:
                unit, buckets = "day", days
                first, last = int(days.min()), int(days.max())
        if last - first > 48:  # in months, or in days when the day buckets were chosen
            years = (buckets if unit == "month" else self.months[hits]) // 12
            unit, buckets = "year", years
            first, last = int(years.min()), int(years.max())
        span = np.arange(first, last + 1).astype(f"datetime64[{unit[0].upper()}]")
        counts = np.bincount(buckets - first, minlength=span.size)
        return [(str(label), int(n)) for label, n in zip(span, counts, strict=True)], unit

    def _histogram_by_stamps(self, mask: np.ndarray, day_span: int) -> tuple[list, str]:
        """The histogram from the timestamps (columns without months and days)."""
        stamps = self.timestamp[mask]
        stamps = stamps[stamps != NO_DATE]
        if stamps.size == 0:
            return [], "month"
        local = (stamps + _BAGHDAD_OFFSET).astype("datetime64[s]")
        months = local.astype("datetime64[M]")
        first, last = months.min(), months.max()
        unit, buckets = "month", months
        if day_span and (last - first).astype(int) <= day_span // 28:
            days = local.astype("datetime64[D]")
            if (days.max() - days.min()).astype(int) < day_span:
                unit, buckets = "day", days
                first, last = days.min(), days.max()
        if (last - first).astype(int) > 48:
            unit, buckets = "year", local.astype("datetime64[Y]")
            first, last = buckets.min(), buckets.max()
        span = np.arange(first, last + 1)
        counts = np.bincount((buckets - first).astype(np.int64), minlength=span.size)
        return [(str(label), int(n)) for label, n in zip(span, counts, strict=True)], unit


_BAGHDAD_OFFSET = 3 * 3600  # Baghdad has kept UTC+03:00 all year since 2008


def _baghdad_midnight(day: date) -> int:
    """Unix seconds of 00:00 Baghdad time on a day."""
    return int(datetime.combine(day, time(), tzinfo=BAGHDAD).timestamp())


def _lengths(reader, fieldname: str, size: int) -> np.ndarray:
    """Tokens per document in a field, from its length column (or Whoosh's own field lengths)."""
    column = f"{fieldname}_len"
    if reader.has_column(column):
        return colread.numeric(reader, column, np.int64, 0, size).astype(np.float32)
    return np.fromiter(
        (reader.doc_field_length(d, fieldname) or 0 for d in range(size)),
        dtype=np.float32,
        count=size,
    )


def _facets_by_document(reader) -> dict[str, tuple[list[int], list[int], dict[str, int]]]:
    """(docs, ordinals, value → ordinal) per facet, document by document (older indexes)."""
    blobs = list(reader.column_reader("facets")) if reader.has_column("facets") else []
    pairs: dict[str, tuple[list[int], list[int], dict[str, int]]] = {
        name: ([], [], {}) for name in FACETS
    }
    for docnum, blob in enumerate(blobs):
        if not blob:
            continue
        for name, value in zip(FACETS, blob.decode("utf-8").split(FACET_SEP), strict=False):
            if not value:
                continue
            docs, ords, ordinal = pairs[name]
            parts = value.split(MULTI_VALUE_SEP) if name in MULTI_VALUED else (value,)
            for part in parts:
                part = part.strip()
                if part:
                    docs.append(docnum)
                    ords.append(ordinal.setdefault(part, len(ordinal)))
    return pairs
