"""The Archive API over a real on-disk index: morphology, phrases, snippets, query syntax, malformed
queries, suggestions, errors, and matching equal to Whoosh's (alone and under concurrency)."""

from __future__ import annotations

import pytest
from index_fixtures import search_corpus

from indexer import Archive, IndexMissing, QueryError
from indexer.schema import baghdad_time


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    data_dir, live = search_corpus(tmp_path_factory.mktemp("corpus"))
    return Archive(data_dir), live


def _keys(result) -> set[str]:
    return {hit.key for hit in result.hits}


@pytest.mark.parametrize(
    ("query", "must", "must_not"),
    [
        ("forces", {"en/1", "en/5"}, set()),  # forces ~ force
        ("force", {"en/1", "en/5"}, set()),
        ('"forces"', {"en/1"}, {"en/5"}),  # quoted: exact form only
        ("محطة", {"ar/10", "ar/11"}, set()),  # محطة ~ محطات
        ("الاسكان", {"ar/12"}, set()),  # الاسكان ~ الإسكان
        ("بغداد", {"ar/15"}, set()),
        ("وزير", {"ar/13", "ar/14"}, {"ar/12"}),  # وزير ~ الوزير, but not وزارة
        ("وزارة", {"ar/12"}, {"ar/13", "ar/14"}),
        ("cafe", {"en/6"}, set()),
        ('"oil ministry"', {"en/2", "en/3"}, {"en/4"}),
    ],
)
def test_morphology_and_phrases(corpus, query, must, must_not) -> None:
    archive, _ = corpus
    found = _keys(archive.search(query, per_page=200))
    assert must <= found
    assert not must_not & found


def test_highlighting_escapes_the_page_and_marks_matches(corpus) -> None:
    archive, _ = corpus
    hit = next(h for h in archive.search("exports statement", per_page=50).hits if h.key == "en/2")
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "<mark>exports</mark>" in hit.snippet
    arabic = archive.search("محطة").hits[0]
    assert "<mark>محطات</mark>" in arabic.snippet or "<mark>محطة</mark>" in arabic.snippet


def test_fielded_and_boolean_syntax(corpus) -> None:
    archive, _ = corpus
    assert _keys(archive.search("author:salami", language="en")) >= {"en/1", "en/3"}
    assert "en/4" not in _keys(archive.search("spokesman NOT exports", per_page=200))
    assert {"en/3"} <= _keys(archive.search("spokesman AND stable"))
    assert "en/3" in _keys(archive.search("spokes*", per_page=200))


@pytest.mark.parametrize(
    "query",
    [
        '"oil ministry',
        "(oil OR gas",
        "colour:red oil",
        "AND",
        "oil AND",
        "oil OR OR gas",
        "x" * 5000,
        " ".join(["oil"] * 300),
        "date:[garbage TO",
        "oil NOT",
        ")(",
    ],
)
def test_malformed_queries_give_results_and_a_notice(corpus, query) -> None:
    archive, _ = corpus
    result = archive.search(query)
    assert result.notice
    assert result.total >= 0


def test_unbalanced_quote_searches_the_words(corpus) -> None:
    archive, _ = corpus
    result = archive.search('"oil ministry spokesman')
    assert result.notice == "Your query had an unbalanced quote; searched as plain words."
    assert "en/3" in _keys(result)


def test_suggestion_for_a_misspelt_word(corpus) -> None:
    archive, _ = corpus
    result = archive.search("spokesmna")
    assert result.total == 0
    assert result.suggestion == "spokesman"
    assert archive.search("spokesman").suggestion is None


# -- records ------------------------------------------------------------------------------------


def test_get_more_like_iter_and_stats(corpus) -> None:
    archive, live = corpus
    assert archive.get("en/3").title == "Oil ministry spokesman speaks"
    assert archive.get("en/999999") is None
    similar = archive.more_like("en/3", limit=5)
    assert 0 < len(similar) <= 5 and "en/3" not in {h.key for h in similar}
    assert "en/4" in {h.key for h in similar} or "en/2" in {h.key for h in similar}
    exported = list(archive.iter_releases(language="ar", year=["2024"]))
    want = [r for r in live if r.language == "ar" and baghdad_time(r.date).year == 2024]
    assert len(exported) == len(want)
    assert [r.date for r in exported] == sorted((r.date for r in exported), reverse=True)
    stats = archive.stats()
    assert stats["releases"] == len(live)
    assert sum(stats["by_language"].values()) == len(live)
    assert stats["index_size_bytes"] > 0 and stats["generation"] == archive.generation
    assert stats["first_date"] <= stats["last_date"]


def test_to_dict_is_json_ready(corpus) -> None:
    import json

    archive, _ = corpus
    data = json.loads(json.dumps(archive.search("oil", per_page=3).to_dict()))
    assert data["hits"][0]["key"] and "snippet" in data["hits"][0]
    assert set(data["facets"]) == {
        "author",
        "photographer",
        "category",
        "location",
        "language",
        "year",
        "history",
    }


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sort": "random"},
        {"page": 0},
        {"per_page": 0},
        {"per_page": 10_000},
        {"date_from": "15/03/2021"},
        {"date_from": "2022-01-02", "date_to": "2022-01-01"},
        {"author": 3.5},
    ],
)
def test_bad_parameters_raise_query_error_sentences(corpus, kwargs) -> None:
    archive, _ = corpus
    with pytest.raises(QueryError) as error:
        archive.search("oil", **kwargs)
    assert str(error.value).endswith(".")
    assert isinstance(error.value, ValueError)


def test_missing_index_raises_index_missing(tmp_path) -> None:
    archive = Archive(tmp_path)
    with pytest.raises(IndexMissing, match="ina-archive index --data-dir"):
        archive.search("oil")
    with pytest.raises(IndexMissing):
        archive.stats()


# -- the vectorised evaluator agrees with Whoosh -------------------------------------------------


def test_block_reader_agrees_with_whoosh_matchers(corpus) -> None:
    from indexer.postings import read_positions, read_postings

    archive, _ = corpus
    snap = archive._snap()
    for field, term in [("body", "ministry"), ("body", "the"), ("title", "oil"), ("body", "بغداد")]:
        ids, weights = read_postings(snap.reader, field, term)
        matcher = snap.reader.postings(field, term)
        expected = []
        while matcher.is_active():
            expected.append((matcher.id(), matcher.weight(), list(matcher.value_as("positions"))))
            matcher.next()
        assert ids.tolist() == [e[0] for e in expected] and len(expected) > 0
        assert weights.tolist() == pytest.approx([e[1] for e in expected])
        docs, positions = read_positions(snap.reader, field, term, ids[::3])
        assert list(zip(docs.tolist(), positions.tolist(), strict=True)) == [
            (e[0], p) for e in expected[::3] for p in e[2]
        ]


@pytest.mark.parametrize(
    "query",
    [
        '"oil ministry"',
        '"the ministry of"',
        '"ministry"~3',
        "oil AND NOT ministry",
        "oil OR gas",
        '"وزارة النفط"',
        "spokes*",
        "language:ar AND بغداد",
    ],
)
def test_evaluator_matches_what_whoosh_matches(corpus, query) -> None:
    from indexer.evaluate import Evaluator
    from indexer.query import expand

    archive, _ = corpus
    snap = archive._snap()
    parsed = archive_parse(snap, query)
    mask, _ = Evaluator(snap).run(parsed)
    whoosh = set(snap.searcher.docs_for_query(expand(parsed, snap.stems)))
    assert set(mask.nonzero()[0].tolist()) == whoosh


def test_date_range_syntax_uses_baghdad_days(corpus) -> None:
    archive, live = corpus
    result = archive.search("date:[20210101 TO 20211231]", per_page=200)
    want = {r.key for r in live if baghdad_time(r.date).year == 2021}
    assert {h.key for h in result.hits} == want and want
    assert archive.search("date:2021 AND ministry").total == len(
        [r for r in live if baghdad_time(r.date).year == 2021 and "ministry" in r.body.lower()]
    )


def archive_parse(snap, text):
    from indexer.query import parse

    parsed = parse(text, snap.schema, snap.stems)
    assert parsed.notice is None
    return parsed.query


def test_concurrent_searches_on_one_archive_agree_with_sequential_ones(corpus) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from indexer import Archive

    archive, _ = corpus
    fresh = Archive(archive.data_dir)  # cold caches, so threads race to read postings
    queries = [
        '"oil ministry"',
        "ministry",
        "محطة",
        "spokesman NOT exports",
        "water",
        "وزارة",
        '"the ministry of"',
        "project",
        "forces",
        "بغداد",
    ] * 3

    def run(q):
        result = fresh.search(q, per_page=10)
        return q, result.total, [h.key for h in result.hits]

    with ThreadPoolExecutor(max_workers=6) as pool:
        parallel = list(pool.map(run, queries))
    sequential = [
        (q, r.total, [h.key for h in r.hits])
        for q, r in ((q, archive.search(q, per_page=10)) for q in queries)
    ]
    assert parallel == sequential
    fresh.close()
