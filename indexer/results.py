"""The result records of a search: Hit, FacetValue, SearchResult."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crawler.release import Release

FACET_NAMES = ("author", "photographer", "category", "location", "language", "year", "history")


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching release with its score and an HTML-safe snippet."""

    key: str
    release: Release
    score: float | None
    snippet: str
    status: str = "live"

    def to_dict(self) -> dict[str, Any]:
        """The release's dict plus key, score, snippet and status."""
        data = self.release.to_dict()
        data.update(key=self.key, score=self.score, snippet=self.snippet, status=self.status)
        return data


@dataclass(frozen=True, slots=True)
class FacetValue:
    """A facet value, its count under the other active filters, and whether it is selected."""

    value: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class SearchResult:
    """One page of results, with facets and a date histogram over all the matches."""

    query: str
    total: int
    page: int
    per_page: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    histogram: list[tuple[str, int]]
    histogram_unit: str
    took_ms: float
    sort: str = "relevance"
    notice: str | None = None
    suggestion: str | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        """Number of result pages (at least 1)."""
        return max(1, -(-self.total // self.per_page))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of the whole result."""
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "pages": self.pages,
            "sort": self.sort,
            "took_ms": round(self.took_ms, 2),
            "notice": self.notice,
            "suggestion": self.suggestion,
            "filters": self.filters,
            "hits": [hit.to_dict() for hit in self.hits],
            "facets": {
                name: [{"value": v.value, "count": v.count, "selected": v.selected} for v in values]
                for name, values in self.facets.items()
            },
            "histogram": [list(bucket) for bucket in self.histogram],
            "histogram_unit": self.histogram_unit,
        }
