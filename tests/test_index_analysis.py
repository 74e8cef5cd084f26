"""The analyzer, the Arabic stemmer, query checks and snippets, without an index."""

from __future__ import annotations

import pytest

from indexer import analysis, arabic, wordpairs
from indexer.analysis import InaAnalyzer, InaText
from indexer.highlight import snippet
from indexer.query import problem_of


def _index_terms(word: str) -> set[str]:
    return set(analysis.stem_terms(word))


def _query_terms(word: str) -> set[str]:
    return {analysis.query_term(word)} - {None}


@pytest.mark.parametrize(("a", "b"), wordpairs.MUST_MATCH)
def test_pairs_that_must_match(a: str, b: str) -> None:
    assert _query_terms(a) & _index_terms(b), f"{a} should find {b}"


@pytest.mark.parametrize(("a", "b"), wordpairs.MUST_NOT_MATCH)
def test_pairs_that_must_not_match(a: str, b: str) -> None:
    assert not _query_terms(a) & _index_terms(b), f"{a} should not find {b}"
    assert not _query_terms(b) & _index_terms(a), f"{b} should not find {a}"


def test_score_counts_every_pair_and_names_the_failures() -> None:
    result = wordpairs.score(_index_terms, _query_terms)
    assert result["matched"] == result["must_match"] == len(wordpairs.MUST_MATCH)
    assert result["kept_apart"] == result["must_not_match"]
    # Plain light10 (Lucene) misses the و-initial words that our query-side rule keeps.
    lucene = wordpairs.score(
        lambda w: {arabic.light10(analysis.exact_term(w))},
        lambda w: {arabic.light10(analysis.exact_term(w))},
    )
    assert ("وزير", "الوزير") in lucene["missed"]


def test_normaliser_folds_spelling_variants() -> None:
    assert arabic.normalize("إِعْلَانٌ") == "اعلان"
    assert arabic.normalize("مـــدينة") == "مدينه"
    assert arabic.normalize("مستشفى") == "مستشفي"
    assert arabic.normalize("٢٠٢٠") == "2020"
    assert analysis.exact_term("Café") == "cafe"


def test_light10_length_guards() -> None:
    assert arabic.light10("بغداد") == "بغداد"  # no prefix of light10 fits
    assert arabic.light10("وفد") == "وفد"  # و needs three letters after it
    assert arabic.light10("الكتاب") == "كتاب"
    assert arabic.stem("وزير") == "وزير" and arabic.light10("وزير") == "زير"


def test_field_index_agrees_with_the_whoosh_analyzer() -> None:
    text = "Security FORCES said: محطات الكهرباء في بغداد، والوزير وصل. Café U.S. 2020"
    field = InaText()
    fast = {term.decode(): freq for term, freq, _, _ in field.index(text)}
    slow: dict[str, int] = {}
    for token in InaAnalyzer(stemmed=False)(text, mode="index"):
        slow[token.text] = slow.get(token.text, 0) + 1
    assert fast == slow
    assert "محطات" in fast and "forces" in fast and "cafe" in fast


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('"oil ministry', "unbalanced quote"),
        ("(oil OR gas", "unbalanced parentheses"),
        ("oil)", "unbalanced parentheses"),
        ("colour:red oil", "unknown field"),
        ("AND", "operator"),
        ("oil AND", "operator"),
        ("oil OR OR gas", "two operators"),
        ('"a (b" c', None),
        ("oil AND NOT gas", None),
        ("NOT gas", None),
        ("author:salami", None),
    ],
)
def test_malformed_query_detection(text: str, problem: str | None) -> None:
    found = problem_of(text)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_snippet_escapes_markup_and_marks_matches() -> None:
    text = "Before <script>alert('x')</script> & the Oil ministry said <b>oil</b> rose."
    out = snippet(text, {"oil", "script"})
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;<mark>script</mark>&gt;" in out
    assert "<mark>Oil</mark>" in out and "&lt;b&gt;<mark>oil</mark>&lt;/b&gt;" in out
    assert "&amp;" in out


def test_snippet_picks_the_window_with_the_matches() -> None:
    text = " ".join(f"w{i}" for i in range(200)) + " target here"
    out = snippet(text, {"target"})
    assert out.startswith("…") and "<mark>target</mark>" in out
    assert snippet("no match at all", {"x"}) == "no match at all"


def test_stored_record_is_the_release_dict() -> None:
    from index_fixtures import demo_releases, hand_releases

    from indexer.schema import _record

    for release in hand_releases() + demo_releases(50):
        assert _record(release) == release.to_dict()


def test_ranking_breaks_ties_by_docnum_across_page_boundaries() -> None:
    import numpy as np

    from indexer.ranking import by_date, top_by_score

    scores = np.array([1.0, 3.0, 3.0, 3.0, 2.0, 3.0, 0.5], dtype=np.float32)
    mask = np.ones(scores.size, dtype=bool)
    mask[6] = False
    full = [d for d, _ in top_by_score(mask, scores, 10)]
    assert full == [1, 2, 3, 5, 4, 0]
    for limit in range(1, 7):
        assert [d for d, _ in top_by_score(mask, scores, limit)] == full[:limit]
    stamps = np.array([5, 9, 9, 7, 9, -(2**62), 1], dtype=np.int64)
    assert by_date(stamps, mask, True, 10).tolist() == [1, 2, 4, 3, 0, 5]  # undated last
    assert by_date(stamps, mask, False, 3).tolist() == [0, 3, 1]
    assert [by_date(stamps, mask, True, n).tolist() for n in (1, 2)] == [[1], [1, 2]]
