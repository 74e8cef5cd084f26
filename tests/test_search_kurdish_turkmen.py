"""Kurdish and Turkmen releases in a real index: Arabic-keyboard queries find Kurdish text, the
Kurdish letters keep words apart, Turkish dotted/dotless i folds, English and Arabic unchanged."""

from __future__ import annotations

import pytest
from index_fixtures import make_store
from ku_tk_fixtures import (
    AR_BAGHDAD,
    EN_IRAQ,
    KU_BAGHDAD,
    KU_DEAF,
    KU_DONKEY,
    KU_ZWNJ,
    RELEASES,
    TK_CAPS,
    TK_ISTANBUL,
)

from indexer import Archive, update_index


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Archive:
    data_dir = make_store(tmp_path_factory.mktemp("ku_tk"), RELEASES)
    update_index(data_dir)
    return Archive(data_dir)


def _found(archive: Archive, query: str, **filters) -> set[str]:
    result = archive.search(query, per_page=50, **filters)
    return {hit.key for hit in result.hits}


@pytest.mark.parametrize(
    "query",
    [
        "بهغدا",  # Arabic keyboard: ه for ە
        "به\u200cغدا",  # ه and a zero-width non-joiner, the old way of typing ە
        "بەغدا",  # Kurdish keyboard
        "ههولير",  # Arabic keyboard: ي for ێ, ه for ە
        "باريزكا",  # Arabic keyboard: ب for پ, ك for گ; the release says پارێزگاکانی
    ],
)
def test_arabic_keyboard_query_finds_kurdish_text(archive: Archive, query: str) -> None:
    assert KU_BAGHDAD.key in _found(archive, query)


def test_zwnj_typed_kurdish_text_is_found_by_kurdish_letters(archive: Archive) -> None:
    assert KU_ZWNJ.key in _found(archive, "هەولێر")
    assert KU_ZWNJ.key in _found(archive, "حکومەت")


def test_kurdish_letters_keep_words_apart(archive: Archive) -> None:
    assert _found(archive, "کەر") == {KU_DONKEY.key}  # donkey, not deaf
    assert _found(archive, "کەڕ") == {KU_DEAF.key}
    # Typed on an Arabic keyboard the word cannot say which it is: both are found.
    assert {KU_DONKEY.key, KU_DEAF.key} <= _found(archive, "كهر")


def test_arabic_query_does_not_reach_kurdish_releases(archive: Archive) -> None:
    assert _found(archive, "بغداد") == {AR_BAGHDAD.key}  # Arabic بغداد, not Kurdish بەغدا
    assert _found(archive, "وزير النفط") == {AR_BAGHDAD.key}


@pytest.mark.parametrize("query", ["İSTANBUL", "istanbul", "ISTANBUL", "İstanbul", "ıstanbul"])
def test_turkish_dotted_and_dotless_i(archive: Archive, query: str) -> None:
    found = _found(archive, query, language="tk")
    assert found == {TK_ISTANBUL.key}  # İstanbul'da in the title and the body


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Diyarbakır", TK_CAPS.key),  # the release has DİYARBAKIR
        ("ılık", TK_CAPS.key),  # and ILIK
        ("kerkük", TK_ISTANBUL.key),
        ("Kerkuk", TK_CAPS.key),  # a plain keyboard
        ("Bağdat", TK_ISTANBUL.key),
    ],
)
def test_turkish_case_and_accents_fold(archive: Archive, query: str, key: str) -> None:
    assert key in _found(archive, query)


def test_turkish_suffix_after_an_apostrophe(archive: Archive) -> None:
    assert _found(archive, "kerkük", language="tk") == {TK_ISTANBUL.key, TK_CAPS.key}
    # A phrase is exact: the capitals of the headline still fold (HEYETİ, heyeti).
    assert _found(archive, '"TÜRKMEN HEYETİ"') == {TK_ISTANBUL.key}
    assert _found(archive, '"türkmen heyeti"') == {TK_ISTANBUL.key}


def test_english_capital_i_is_unchanged(archive: Archive) -> None:
    assert _found(archive, "iraq", language="en") == {EN_IRAQ.key}
    assert _found(archive, "Iran", language="en") == {EN_IRAQ.key}
    assert _found(archive, "ISTANBUL", language="en") == {EN_IRAQ.key}


def test_language_facet_counts_all_four(archive: Archive) -> None:
    counts = {v.value: v.count for v in archive.search("").facets["language"]}
    assert counts == {"ku": 4, "tk": 2, "en": 1, "ar": 1}
    assert _found(archive, "", language="ku") == {
        r.key for r in (KU_BAGHDAD, KU_DONKEY, KU_DEAF, KU_ZWNJ)
    }


def test_snippet_marks_the_kurdish_word_an_arabic_keyboard_query_found(archive: Archive) -> None:
    hit = next(h for h in archive.search("ههولير").hits if h.key == KU_BAGHDAD.key)
    assert "<mark>هەولێر</mark>" in hit.snippet


def test_an_index_from_an_older_analysis_is_rebuilt_once(tmp_path, monkeypatch) -> None:
    from indexer import analysis

    data_dir = make_store(tmp_path, [KU_BAGHDAD, TK_CAPS])
    assert update_index(data_dir).rebuilt
    assert not update_index(data_dir).rebuilt  # current analysis: incremental
    # The same index read by code whose analysis is one version newer: rebuilt.
    monkeypatch.setattr(analysis, "ANALYSIS_VERSION", analysis.ANALYSIS_VERSION + 1)
    assert update_index(data_dir).rebuilt


@pytest.mark.parametrize("query", ["ئاسو رهشيد", "author:ئاسو", "ئاسۆ ڕەشید"])
def test_a_kurdish_name_typed_on_an_arabic_keyboard_finds_its_releases(archive, query) -> None:
    assert _found(archive, query) == {KU_DONKEY.key}  # the author ئاسۆ ڕەشید, named nowhere else


def test_a_kurdish_name_typed_with_kurdish_letters_is_exact(archive) -> None:
    assert _found(archive, "author:ئاسۆ") == {KU_DONKEY.key}
    assert _found(archive, "author:ئاسێ") == set()
