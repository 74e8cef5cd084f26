"""'Did you mean' rules on a small real index (the accuracy figures are bench/suggest_bench.py's)."""

from __future__ import annotations

import pytest
from index_fixtures import ar, en, hand_releases, make_store

from indexer import Archive, update_index
from indexer.analysis import query_term

EXTRA = [
    en(40, "ISIS remnants", "Forces pursued ISIS remnants in the desert.", "2022-02-02"),
    en(
        41,
        "Security forces",
        "Security forces is a phrase in this report for the forces.",
        "2022-02-03",
    ),
    ar(42, "مدارس الموصل", "افتتحت مدارس جديدة في الموصل.", "2022-02-04"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    data_dir = make_store(tmp_path_factory.mktemp("suggest"), hand_releases() + EXTRA)
    update_index(data_dir)
    found = Archive(data_dir)
    yield found
    found.close()


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [
        ("spokesmn", "spokesman"),
        ("Spokesmn", "Spokesman"),
        ("oil spokesmn", "oil spokesman"),
        ('"ministry spokesmn"', '"ministry spokesman"'),
        ("title:spokesmn", "title:spokesman"),
        ("author:Salamy", "author:Salami"),
        ("الموصلل", "الموصل"),
    ],
)
def test_a_misspelt_word_is_respelled(archive, query, suggestion) -> None:
    result = archive.search(query)
    assert result.suggestion == suggestion
    assert archive.search(suggestion).total > result.total


@pytest.mark.parametrize("query", ["ISIS", "force", "Erbil", "Amna Al-Salami", "مدارس"])
def test_words_the_archive_has_are_never_replaced(archive, query) -> None:
    result = archive.search(query)
    assert result.total and result.suggestion is None


def test_no_stop_word_and_never_the_query_itself(archive) -> None:
    for query in ("x0y", "tge", "fo", "zzzzzz"):
        suggestion = archive.search(query).suggestion
        assert suggestion is None or all(query_term(w) for w in suggestion.split())
        assert suggestion != query
    assert archive.search('author:"Amna Al-Salami"').suggestion is None


def test_field_terms_are_checked_against_their_own_field(archive) -> None:
    assert archive.search("category:spokesmn").suggestion is None  # no such category word
    assert archive.search("author:spokesman").suggestion is None  # a body word, not a name
    assert archive.search("body:deployd").suggestion == "body:deployed"
    assert archive.search("title:deployd").suggestion is None  # "deployed" is in a body only


def test_a_phrase_suggestion_must_have_hits(archive) -> None:
    # "oil spokesman" never occurs as a phrase, so respelling it finds nothing more.
    assert archive.search('"oil spokesmn"').suggestion is None


def test_only_when_it_finds_clearly_more(archive) -> None:
    # The respelling finds the same two releases the query already found.
    result = archive.search("spokesman OR spokesmn")
    assert result.total == 2 and result.suggestion is None
