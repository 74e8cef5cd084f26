"""Archive.search: parse, match, filter, count facets and the histogram, rank a page, suggest.

A mixin of :class:`indexer.api.Archive`, which opens the snapshot (``_snap``) and makes the hits
(``_hit``, :mod:`indexer.records_api`).
"""

from __future__ import annotations

import time
from datetime import date

import numpy as np
from whoosh import query as wq

from indexer.dateorder import cached_order, first_by_date
from indexer.errors import QueryError
from indexer.evaluate import Evaluator
from indexer.filters import Filters, make_filters
from indexer.highlight import query_forms
from indexer.parsecache import parsed as parsed_query
from indexer.ranking import top_by_score
from indexer.results import FACET_NAMES, FacetValue, SearchResult
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


class SearchMixin:
    """The search method of :class:`indexer.api.Archive`."""

    def _snap(self) -> Snapshot:  # provided by Archive
        raise NotImplementedError

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
        parsed = parsed_query(snap, query)
        matched, scores = self._matched(snap, parsed.query, scoring=sort == "relevance")
        final, facet_masks = filters.apply(snap.columns, matched)
        hits = np.flatnonzero(final)  # counted once, for the facets and the histogram
        total = int(hits.size)
        facets = self._facets(snap, final, facet_masks, filters, facet_limit, hits)
        histogram, unit = snap.columns.histogram(final, day_buckets_within, hits)
        start = (page - 1) * per_page
        if sort == "relevance" and parsed.query is not None:
            ranked = top_by_score(final, scores, start + per_page)
        else:
            order = cached_order(
                snap.columns, "changed" if sort == "changed" else "timestamp", sort != "oldest"
            )
            ranked = [(int(d), None) for d in first_by_date(order, final, start + per_page)]
        page_docs = ranked[start : start + per_page]
        forms = query_forms(snap, parsed.query)
        hits = [self._hit(snap, docnum, score, forms) for docnum, score in page_docs]
        suggestion = None
        if parsed.query is not None and parsed.words:

            def count(text: str) -> int:
                other = parsed_query(snap, text)
                mask, _ = self._matched(snap, other.query, scoring=False)
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

    def _matched(
        self, snap: Snapshot, q: wq.Query | None, *, scoring: bool = True
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Mask of the live documents the query matches (before filters), and their scores
        (all 0 without ``scoring``: a sort by date or a count needs none)."""
        if q is None:
            return snap.columns.alive.copy(), None
        return Evaluator(snap, scoring=scoring).run(q)

    def _facets(
        self,
        snap: Snapshot,
        final: np.ndarray,
        facet_masks: dict[str, np.ndarray],
        filters: Filters,
        limit: int | None = FACET_LIMIT,
        hits: np.ndarray | None = None,
    ) -> dict[str, list[FacetValue]]:
        """Counts per facet value; each facet ignores its own filter (multi-select faceting).
        ``hits`` are ``np.flatnonzero(final)``, found once for every facet."""
        out: dict[str, list[FacetValue]] = {}
        found: dict[int, tuple[np.ndarray | None, np.ndarray | None]] = {}
        if hits is not None:
            found[id(final)] = _hits_or_misses(final, hits)
        for name in FACET_NAMES:
            column = snap.columns.facets[name]
            mask = facet_masks.get(name, final)
            if id(mask) not in found:
                found[id(mask)] = _hits_or_misses(mask)
            counts = column.counts(mask, *found[id(mask)])
            selected = set(filters.values.get(name, ()))
            order = np.argsort(-counts, kind="stable")[:limit].tolist()
            names, numbers = column.values, counts.tolist()  # Python ints: no numpy scalars
            values = [
                FacetValue(names[i], numbers[i], names[i] in selected)
                for i in order
                if numbers[i] > 0 or names[i] in selected
            ]
            shown = {v.value for v in values}
            values += [FacetValue(v, 0, True) for v in selected if v not in shown]
            if name == "year":
                values.sort(key=lambda v: v.value, reverse=True)
            out[name] = values
        return out


def _hits_or_misses(
    mask: np.ndarray, hits: np.ndarray | None = None
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The masked documents, or when they are more than half, the others (fewer to count)."""
    count = int(hits.size) if hits is not None else int(np.count_nonzero(mask))
    if 2 * count > mask.size:
        return None, np.flatnonzero(~mask)
    return (np.flatnonzero(mask) if hits is None else hits), None
