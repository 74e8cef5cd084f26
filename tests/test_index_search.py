"""The Archive API over a real on-disk index: filters, facets, sorts, pages and the histogram,
against brute-force counts. Queries, snippets and matching: test_index_search_queries.py."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from index_fixtures import GONE, search_corpus

from indexer import Archive
from indexer.analysis import exact_term, tokens
from indexer.schema import baghdad_time, language_of


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    data_dir, live = search_corpus(tmp_path_factory.mktemp("corpus"))
    return Archive(data_dir), live


def _keys(result) -> set[str]:
    return {hit.key for hit in result.hits}


def _facet(result, name: str) -> dict[str, int]:
    return {v.value: v.count for v in result.facets[name]}


def _values(release, name: str) -> list[str]:
    if name == "year":
        return [str(baghdad_time(release.date).year)] if release.date else []
    if name == "language":
        return [language_of(release)]
    value = getattr(release, name)
    if not value:
        return []
    return [p.strip() for p in value.split(", ")] if name == "photographer" else [value]


def _brute(live, filters: dict[str, list[str]], skip: str | None = None, words=None):
    out = []
    for r in live:
        if words and not words <= {exact_term(t) for t in tokens(f"{r.title}\n{r.body}")}:
            continue
        if all(set(_values(r, n)) & set(v) for n, v in filters.items() if n != skip):
            out.append(r)
    return out


# -- filters and facets -----------------------------------------------------------------------

FILTER_CASES = [
    {},
    {"language": ["en"]},
    {"author": ["Amna Al-Salami"]},
    {"author": ["Amna Al-Salami", "Noor Al-Zaidi"]},
    {"photographer": ["Safaa Alwan"]},
    {"category": ["Economy"], "location": ["Baghdad", "Erbil"]},
    {"language": ["ar"], "year": ["2022", "2023"]},
    {"location": ["بغداد"], "category": ["اقتصاد", "سياسة"]},
]


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_filters_and_facet_counts_match_a_brute_force_count(corpus, filters) -> None:
    archive, live = corpus
    result = archive.search("", **filters, per_page=200)
    expected = _brute(live, filters)
    assert result.total == len(expected)
    assert {h.key for h in result.hits} <= {r.key for r in expected}
    for name in ("author", "photographer", "category", "location", "language", "year"):
        # Multi-select faceting: a facet's counts ignore its own filter, honour the others.
        pool = _brute(live, filters, skip=name)
        want = Counter(v for r in pool for v in _values(r, name))
        got = _facet(result, name)
        assert got or not want, name
        assert {value: want[value] for value in got} == got
        if len(want) <= 50:
            assert set(got) == set(want) | set(filters.get(name, []))
        for value in filters.get(name, []):
            assert next(v for v in result.facets[name] if v.value == value).selected


def test_facet_counts_with_a_query_match_brute_force(corpus) -> None:
    archive, live = corpus
    result = archive.search('"ministry"', language="en", per_page=5)
    expected = _brute(live, {"language": ["en"]}, words={"ministry"})
    assert result.total == len(expected) > 3
    want = Counter(v for r in expected for v in _values(r, "category"))
    assert _facet(result, "category") == dict(want)


def test_date_filters_are_inclusive_whole_days_in_baghdad_time(corpus) -> None:
    archive, live = corpus
    result = archive.search("", date_from="2021-03-02", date_to=date(2021, 6, 30), per_page=200)
    days = {
        r.key for r in live if date(2021, 3, 2) <= baghdad_time(r.date).date() <= date(2021, 6, 30)
    }
    assert _keys(result) == days and {"en/2", "en/3"} <= days


def test_gone_releases_are_hidden_unless_asked(corpus) -> None:
    archive, _ = corpus
    assert archive.search("zebra").total == 0
    result = archive.search("zebra", include_gone=True)
    assert [(h.key, h.status) for h in result.hits] == [(GONE.key, "gone")]
    assert archive.stats()["gone"] == 1


# -- sorts, paging, histogram ------------------------------------------------------------------


def test_sort_orders(corpus) -> None:
    archive, live = corpus
    newest = archive.search("", language="en", sort="newest", per_page=50)
    stamps = [h.release.date for h in newest.hits]
    assert stamps == sorted(stamps, reverse=True)
    oldest = archive.search("", language="en", sort="oldest", per_page=50)
    assert [h.release.date for h in oldest.hits] == sorted(h.release.date for h in oldest.hits)
    assert oldest.hits[0].release.date == min(r.date for r in live if r.language == "en")
    relevance = archive.search("oil ministry", per_page=20)
    scores = [h.score for h in relevance.hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_pages_do_not_overlap_and_cover_the_results(corpus) -> None:
    archive, _ = corpus
    full = archive.search("ministry", sort="newest", per_page=200)
    pages = [archive.search("ministry", sort="newest", page=p, per_page=7) for p in (1, 2, 3)]
    assert [h.key for p in pages for h in p.hits] == [h.key for h in full.hits[:21]]
    assert pages[0].pages == -(-full.total // 7)
    rel = [archive.search("ministry", page=p, per_page=5) for p in (1, 2)]
    assert not _keys(rel[0]) & _keys(rel[1])


def test_histogram_counts_every_dated_match(corpus) -> None:
    archive, _ = corpus
    result = archive.search("", language="ar")
    assert sum(n for _, n in result.histogram) == result.total
    assert result.histogram_unit in ("month", "year")
    narrow = archive.search("", date_from="2021-01-01", date_to="2021-12-31")
    assert narrow.histogram_unit == "month" and narrow.histogram[0][0].startswith("2021-")


# -- morphology, phrases, snippets ---------------------------------------------------------------
