"""Archive's record methods: one release by key, releases like it, every release, the counts.

A mixin of :class:`indexer.api.Archive`, which opens the snapshot (``_snap``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from typing import Any

import numpy as np
from whoosh import query as wq

from crawler.release import Release
from indexer import analysis
from indexer.errors import QueryError
from indexer.evaluate import Evaluator
from indexer.filters import make_filters
from indexer.highlight import snippet
from indexer.ranking import by_date, top_by_score
from indexer.results import Hit
from indexer.schema import NO_DATE, decode_record
from indexer.search_api import FILTER_ARGUMENTS
from indexer.snapshot import Snapshot


class RecordsMixin:
    """Releases by key, like another, all of them, and the index's counts."""

    def _snap(self) -> Snapshot:  # provided by Archive
        raise NotImplementedError

    def _hit(self, snap: Snapshot, docnum: int, score: float | None, forms: set[str]) -> Hit:
        """A Hit for a docnum, with its snippet."""
        with snap.lock:
            stored = snap.searcher.stored_fields(docnum)["record"]
        status, release = decode_record(stored)
        return Hit(release.key, release, score, snippet(release.body, forms), status)

    def get(self, key: str) -> Release | None:
        """The indexed release with this key (like "en/9948"), or None.

        Raises:
            IndexMissing: when there is no index yet.
        """
        docnum = self._docnum(self._snap(), key)
        if docnum is None:
            return None
        return self._hit(self._snap(), docnum, None, set()).release

    def _docnum(self, snap: Snapshot, key: str) -> int | None:
        """The live docnum of a key."""
        with snap.lock:
            return snap.searcher.document_number(key=key)

    def more_like(self, key: str, limit: int = 5) -> list[Hit]:
        """Releases most like the given one (by its most distinctive words), best first.

        Raises:
            IndexMissing: when there is no index yet.
        """
        snap = self._snap()
        docnum = self._docnum(snap, key)
        if docnum is None:
            return []
        source = self._hit(snap, docnum, None, set()).release
        counts = Counter(
            form
            for form in map(analysis.exact_term, analysis.tokens(f"{source.title} {source.body}"))
            if len(form) > 2 and not form.isdigit() and analysis.query_term(form) is not None
        )
        n = max(1, snap.reader.doc_count())
        with snap.lock:
            weights = {
                form: tf * math.log(n / (1 + snap.reader.doc_frequency("body", form)))
                for form, tf in counts.items()
            }
        top = sorted(weights, key=weights.get, reverse=True)[:12]
        if not top:
            return []
        q = wq.Or([wq.Term("body", form) for form in top])
        mask, scores = Evaluator(snap).run(q)
        mask[docnum] = False
        mask &= ~snap.columns.facets["status"].mask_for(["gone"], snap.columns.size)
        ranked = top_by_score(mask, scores, limit)
        forms = set(top)
        return [self._hit(snap, d, s, forms) for d, s in ranked]

    def iter_releases(self, **filters: Any) -> Iterator[Release]:
        """Every release matching the filters (same keywords as :meth:`search`), newest first.

        Raises:
            QueryError: for a bad filter value.
            IndexMissing: when there is no index yet.
        """
        snap = self._snap()
        unknown = set(filters) - set(FILTER_ARGUMENTS)
        if unknown:
            raise QueryError(
                f"iter_releases takes only filters ({', '.join(FILTER_ARGUMENTS)}), "
                f"not {', '.join(sorted(unknown))}."
            )
        parsed_filters = make_filters(**filters)
        final, _ = parsed_filters.apply(snap.columns, snap.columns.alive.copy())
        for docnum in by_date(snap.columns.timestamp, final, True, int(final.sum())):
            yield self._hit(snap, int(docnum), None, set()).release

    def stats(self) -> dict[str, Any]:
        """Counts and dates of the index: releases, gone, by language, first/last date, size...

        Raises:
            IndexMissing: when there is no index yet.
        """
        snap = self._snap()
        cols = snap.columns
        status = cols.facets["status"]
        gone = status.mask_for(["gone"], cols.size) & cols.alive
        live = cols.alive & ~gone
        lang = cols.facets["language"]
        by_language = {lang.values[i]: int(c) for i, c in enumerate(lang.counts(live)) if c}
        stamps = cols.timestamp[live & (cols.timestamp != NO_DATE)]
        first = last = None
        if stamps.size:
            first = _iso_day(int(stamps.min()))
            last = _iso_day(int(stamps.max()))
        try:
            size = snap.size_bytes()
        except OSError:
            size = None
        return {
            "releases": int(live.sum()),
            "gone": int(gone.sum()),
            "by_language": by_language,
            "first_date": first,
            "last_date": last,
            "index_size_bytes": size,
            "generation": snap.name,
            "last_update": snap.state.get("updated"),
            "store_seq": snap.state.get("seq"),
            "index_path": str(snap.path),
        }


def _iso_day(stamp: int) -> str:
    """The Baghdad calendar day of a Unix timestamp."""
    return str(np.datetime64(stamp + 3 * 3600, "s").astype("datetime64[D]"))
