"""The Python query API: :class:`Archive` over a data directory's index.

Example::

    from indexer import Archive
    archive = Archive("data")
    result = archive.search("oil ministry", language="en", date_from="2021-01-01", sort="newest")
    for hit in result.hits:
        print(hit.key, hit.release.title, hit.snippet)
    print(result.facets["author"][:5], result.histogram)
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import query as wq

from crawler.release import Release
from indexer import analysis
from indexer.errors import QueryError
from indexer.evaluate import Evaluator
from indexer.filters import Filters, make_filters
from indexer.highlight import query_forms, snippet
from indexer.history import HistoryMixin
from indexer.query import parse
from indexer.ranking import by_date, top_by_score
from indexer.results import FACET_NAMES, FacetValue, Hit, SearchResult
from indexer.schema import NO_DATE, decode_record
from indexer.snapshot import Snapshot
from indexer.suggest import suggest

SORTS = ("relevance", "newest", "oldest", "changed")
FILTER_ARGUMENTS = (
    "author",
    "photographer",
    "category",
    "language",
    "location",
    "year",
    "history",
    "date_from",
    "date_to",
    "include_gone",
)
MAX_PER_PAGE = 200
FACET_LIMIT = 50


class Archive(HistoryMixin):
    """Search, fetch and export releases from the index in ``data_dir``.

    Cheap to create; the index opens on first use and stays open (one searcher per process,
    safe for concurrent searches). Call :meth:`refresh` to pick up a newer index.

    Args:
        data_dir: the data directory given to ``update_index``.

    Raises:
        IndexMissing: from any method, while there is no index yet.
    """

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self._snapshot: Snapshot | None = None
        self._open_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------

    def _snap(self) -> Snapshot:
        """The open snapshot, opening it on first use."""
        snap = self._snapshot
        if snap is None:
            with self._open_lock:
                if self._snapshot is None:
                    self._snapshot = Snapshot(self.data_dir)
                snap = self._snapshot
        return snap

    @property
    def generation(self) -> str:
        """Name of the index generation being served (e.g. "gen-000003")."""
        return self._snap().name

    def refresh(self) -> bool:
        """Reopen the index if it changed on disk; returns True when it did.

        Raises:
            IndexMissing: when there is no index.
        """
        with self._open_lock:
            current = self._snapshot
            if current is not None and current.is_current(self.data_dir):
                return False
            self._snapshot = Snapshot(self.data_dir)
            return current is not None

    def close(self) -> None:
        """Close the open searcher, if any."""
        with self._open_lock:
            if self._snapshot is not None:
                self._snapshot.close()
                self._snapshot = None

    # -- search ----------------------------------------------------------------------------

    def search(
        self,
        query: str = "",
        *,
        author: str | list[str] | None = None,
        photographer: str | list[str] | None = None,
        category: str | list[str] | None = None,
        language: str | list[str] | None = None,
        location: str | list[str] | None = None,
        year: str | int | list[str] | None = None,
        history: str | list[str] | None = None,
        date_from: date | str | None = None,
        date_to: date | str | None = None,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 20,
        include_gone: bool = False,
        day_buckets_within: int = 0,
        facet_limit: int | None = FACET_LIMIT,
    ) -> SearchResult:
        """Search the archive.

        Args:
            query: Whoosh query syntax (words, "phrases", AND/OR/NOT, field:value, wildcards);
                empty matches everything. Malformed syntax is searched as plain words with a notice.
            author, photographer, category, language, location, year: a value or a list of
                values (OR within a facet, AND across facets).
            history: "edited" (INA changed it after publication) and/or "removed" (INA no
                longer serves it; asking for it includes removed releases).
            date_from, date_to: inclusive days (date or "YYYY-MM-DD"), Baghdad time.
            sort: "relevance", "newest", "oldest" or "changed" (last change first: a new
                version or a removal); an empty query sorted by relevance comes newest first.
            page, per_page: 1-based page and its size (at most 200).
            include_gone: also return releases INA has removed (flagged with status "gone").
            day_buckets_within: histogram by day when the matches span fewer days than this.
            facet_limit: most values per facet (the largest counts), None for every value.

        Returns:
            A :class:`SearchResult` with hits, facets (counts under the other filters),
            a month/year histogram, and a notice or suggestion when relevant.

        Raises:
            QueryError: for an unknown sort, a bad date or a page/per_page out of range.
            IndexMissing: when there is no index yet.
        """
        started = time.perf_counter()
        if sort not in SORTS:
            raise QueryError(f"Unknown sort {sort!r}; use one of: {', '.join(SORTS)}.")
        if not isinstance(page, int) or page < 1:
            raise QueryError(f"The page must be a whole number from 1 up, not {page!r}.")
        if not isinstance(per_page, int) or not 1 <= per_page <= MAX_PER_PAGE:
            raise QueryError(
                f"Results per page must be between 1 and {MAX_PER_PAGE}, not {per_page!r}."
            )
        filters = make_filters(
            author=author,
            photographer=photographer,
            category=category,
            language=language,
            location=location,
            year=year,
            history=history,
            date_from=date_from,
            date_to=date_to,
            include_gone=include_gone,
        )
        snap = self._snap()
        parsed = parse(query, snap.schema, snap.stems, snap)
        matched, scores = self._matched(snap, parsed.query)
        final, facet_masks = filters.apply(snap.columns, matched)
        total = int(final.sum())
        facets = self._facets(snap, final, facet_masks, filters, facet_limit)
        histogram, unit = snap.columns.histogram(final, day_buckets_within)
        start = (page - 1) * per_page
        if sort == "relevance" and parsed.query is not None:
            ranked = top_by_score(final, scores, start + per_page)
        else:
            stamps = snap.columns.changed if sort == "changed" else snap.columns.timestamp
            ranked = [
                (int(d), None) for d in by_date(stamps, final, sort != "oldest", start + per_page)
            ]
        page_docs = ranked[start : start + per_page]
        forms = query_forms(snap, parsed.query)
        hits = [self._hit(snap, docnum, score, forms) for docnum, score in page_docs]
        suggestion = None
        if parsed.query is not None and parsed.words:

            def count(text: str) -> int:
                other = parse(text, snap.schema, snap.stems, snap)
                mask, _ = self._matched(snap, other.query)
                return int(filters.apply(snap.columns, mask)[0].sum())

            suggestion = suggest(snap, query, total, count)
        return SearchResult(
            query=query,
            total=total,
            page=page,
            per_page=per_page,
            hits=hits,
            facets=facets,
            histogram=histogram,
            histogram_unit=unit,
            sort=sort,
            notice=parsed.notice,
            suggestion=suggestion,
            filters=filters.as_lists(),
            took_ms=(time.perf_counter() - started) * 1000,
        )

    def _matched(self, snap: Snapshot, q: wq.Query | None) -> tuple[np.ndarray, np.ndarray | None]:
        """Mask of the live documents the query matches (before filters), and their scores."""
        if q is None:
            return snap.columns.alive.copy(), None
        return Evaluator(snap).run(q)

    def _facets(
        self,
        snap: Snapshot,
        final: np.ndarray,
        facet_masks: dict[str, np.ndarray],
        filters: Filters,
        limit: int | None = FACET_LIMIT,
    ) -> dict[str, list[FacetValue]]:
        """Counts per facet value; each facet ignores its own filter (multi-select faceting)."""
        out: dict[str, list[FacetValue]] = {}
        for name in FACET_NAMES:
            column = snap.columns.facets[name]
            mask = facet_masks.get(name, final)
            counts = column.counts(mask)
            selected = set(filters.values.get(name, ()))
            order = np.argsort(-counts, kind="stable")
            values = [
                FacetValue(column.values[i], int(counts[i]), column.values[i] in selected)
                for i in order[:limit]
                if counts[i] > 0 or column.values[i] in selected
            ]
            shown = {v.value for v in values}
            values += [FacetValue(v, 0, True) for v in selected if v not in shown]
            if name == "year":
                values.sort(key=lambda v: v.value, reverse=True)
            out[name] = values
        return out

    def _hit(self, snap: Snapshot, docnum: int, score: float | None, forms: set[str]) -> Hit:
        """A Hit for a docnum, with its snippet."""
        with snap.lock:
            stored = snap.searcher.stored_fields(docnum)["record"]
        status, release = decode_record(stored)
        return Hit(release.key, release, score, snippet(release.body, forms), status)

    # -- records ---------------------------------------------------------------------------

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
