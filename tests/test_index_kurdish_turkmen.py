"""Kurdish (Sorani) normalisation and keys, Turkish dotted/dotless i, without an index."""

from __future__ import annotations

import pytest
from whoosh import fields

from indexer import analysis, arabic, kurdish, turkic, wordpairs
from indexer import wordpairs_ku_tk as pairs
from indexer.schema import ReleaseSchema


def _index_terms(word: str) -> set[str]:
    return set(analysis.stem_terms(word))


def _query_terms(word: str) -> set[str]:
    return {analysis.query_term(word)} - {None}


@pytest.mark.parametrize(("a", "b"), pairs.MUST_MATCH)
def test_pairs_that_must_match(a: str, b: str) -> None:
    assert _query_terms(a) & _index_terms(b), f"{a} should find {b}"


@pytest.mark.parametrize(("a", "b"), pairs.MUST_NOT_MATCH)
def test_pairs_that_must_not_match(a: str, b: str) -> None:
    assert not _query_terms(a) & _index_terms(b), f"{a} should not find {b}"
    assert not _query_terms(b) & _index_terms(a), f"{b} should not find {a}"


@pytest.mark.parametrize(("kurdish_lettered", "plain"), pairs.KURDISH_ONE_WAY)
def test_a_query_with_a_kurdish_letter_finds_only_that_spelling(
    kurdish_lettered: str, plain: str
) -> None:
    assert not _query_terms(kurdish_lettered) & _index_terms(plain)


def test_known_limits_are_what_the_docs_say() -> None:
    limits = wordpairs.score(
        _index_terms, _query_terms, pairs.KNOWN_LIMITS_MATCH, pairs.KNOWN_LIMITS_APART
    )
    assert limits["matched"] == 0  # a stemmer or a document language would change these
    assert ("kır", "kir") in limits["conflated"]


def test_kurdish_normalisation() -> None:
    norm = analysis.exact_term
    assert norm("به\u200cغدا") == norm("بەغدا") == "بەغدا"  # ه + ZWNJ is ە
    assert norm("ھەولێر") == norm("هەولێر")  # heh doachashmee
    assert norm("رۆژ") == "ڕۆژ"  # no Kurdish word starts with a plain r
    assert norm("رسول") == "رسول"  # an Arabic word is left alone
    assert norm("کوردستـان") == "كوردستان"  # keheh, tatweel
    assert norm("گوڵ") == "گوڵ" and norm("گوڵ") != norm("گول")
    assert kurdish.arabic_keyboard("پارێزگا") == "باريزكا"


def test_a_joiner_inside_a_word_does_not_split_it() -> None:
    assert analysis.tokens("به\u200cغدا و هەولێر\u200c. x") == ["به\u200cغدا", "و", "هەولێر", "x"]


def test_turkish_case_folding() -> None:
    assert "İ".lower() != "i"  # why str.lower() alone is not used
    for word in ("İSTANBUL", "ISTANBUL", "istanbul", "İstanbul", "ıstanbul"):
        assert analysis.exact_term(word) == "istanbul"
    assert analysis.exact_term("DİYARBAKIR") == analysis.exact_term("Diyarbakır")
    assert turkic.fold_case("IRAQ") == "iraq" and analysis.exact_term("I") == "i"
    assert turkic.strip_suffix("bagdat'ta") == "bagdat"
    assert turkic.strip_suffix("o'brien") == "o'brien"
    assert turkic.strip_suffix("sana'a") == "sana'a"


def test_arabic_and_english_terms_are_unchanged() -> None:
    score = wordpairs.score(_index_terms, _query_terms)
    assert score["matched"] == score["must_match"]
    assert score["kept_apart"] == score["must_not_match"]
    for word in ("الوزارة", "وبغداد", "مستشفى", "گلستان", "بغداد"):
        assert analysis.exact_term(word) == arabic.normalize(word)
        assert not kurdish.is_kurdish(analysis.exact_term(word))


def test_an_index_from_an_older_analysis_is_outdated(monkeypatch) -> None:
    schema = ReleaseSchema()
    assert not analysis.built_with_older_analysis(schema)
    old = fields.Schema(title=analysis.InaText())
    del old["title"].analyzer.__dict__["version"]  # as unpickled from a version-1 index
    assert analysis.built_with_older_analysis(old)
    monkeypatch.setattr(analysis, "ANALYSIS_VERSION", analysis.ANALYSIS_VERSION + 1)
    assert analysis.built_with_older_analysis(schema)
