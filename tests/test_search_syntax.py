"""The query syntax over a real on-disk index: default fields and names, every documented
operator doing what the search tips say, notices for what is not supported, and highlights of
only what matched in the body."""

from __future__ import annotations

import pytest
from index_fixtures import ar, en, hand_releases, make_store

from indexer import Archive, update_index
from indexer import resolve as resolve_module

EXTRA = [
    en(
        30,
        "Photo exhibition",
        "An exhibition of pictures by Safaa Alwan opened in Baghdad.",
        "2022-03-03",
        location="Baghdad",
        category="Culture",
    ),
    en(
        31,
        "Oil prices",
        "Oil prices rose on Monday.",
        "2022-04-04",
        translator="Emad Atta",
        location="Basra",
        category="Economy",
    ),
    ar(32, "سكن", "وزارة الاعمار والاسكان تعلن توزيع قطع اراض", "2022-05-05"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    data_dir = make_store(tmp_path_factory.mktemp("syntax"), hand_releases() + EXTRA)
    update_index(data_dir)
    found = Archive(data_dir)
    yield found
    found.close()


def keys(result) -> set[str]:
    return {hit.key for hit in result.hits}


def ranked(result) -> list[str]:
    return [hit.key for hit in result.hits]


def test_names_are_found_as_plain_words_credited_releases_first(archive) -> None:
    result = archive.search("Safaa Alwan")
    assert keys(result) == {"en/1", "en/3", "en/30"}  # two photo credits, one mention
    assert set(ranked(result)[:2]) == {"en/1", "en/3"}
    assert keys(archive.search("Emad Atta")) == {"en/31"}  # translators too
    assert keys(archive.search("Amna")) == {"en/1", "en/3"}
    assert keys(archive.search("Baghdad")) >= {"en/2", "en/3", "en/30"}  # place
    assert keys(archive.search("Economy")) >= {"en/2", "en/3", "en/4", "en/31"}  # category


def test_names_are_matched_as_names_not_stems(archive) -> None:
    assert keys(archive.search("author:Salami")) == {"en/1", "en/3"}
    assert archive.search("author:Salamis").total == 0
    assert keys(archive.search("translator:emad")) == {"en/31"}
    assert keys(archive.search("author:امنه")) == {"ar/10"}  # Arabic-normalised: آمنة
    assert archive.search("author:السلام").total == 0


def test_minus_excludes_and_plus_requires(archive) -> None:
    with_ministry = keys(archive.search("oil ministry"))
    assert keys(archive.search("oil -ministry")) == keys(archive.search("oil")) - with_ministry
    assert keys(archive.search("oil -ministry")) == {"en/31"}
    assert keys(archive.search("oil -ministry")) == keys(archive.search("oil NOT ministry"))
    alone = archive.search("-ministry", per_page=200)
    assert alone.total and not keys(alone) & keys(archive.search("ministry"))
    assert keys(archive.search("+oil exports")) == keys(archive.search("oil exports"))
    assert keys(archive.search("-(Basra OR Erbil) Economy")) == {"en/2", "en/3"}
    assert keys(archive.search("Al-Salami")) == {"en/1", "en/3"}  # a hyphen inside a word


def test_operators_and_grouping(archive) -> None:
    assert keys(archive.search("(Erbil OR Anbar) AND NOT café")) == {"en/4", "en/5"}
    assert keys(archive.search("spokesman OR deployed")) == {"en/3", "en/4", "en/5"}


@pytest.mark.parametrize("query", ["language:EN", "language:en", "language:En"])
def test_keyword_fields_ignore_case(archive, query) -> None:
    assert archive.search(query).total == archive.search("language:en").total > 5


def test_fuzzy_terms_and_their_limit(archive) -> None:
    result = archive.search("spokesmn~1")
    assert keys(result) == {"en/3", "en/4"} and result.notice is None
    assert archive.search("spokesmn").total == 0
    capped = archive.search("spokesmn~3")
    assert keys(capped) == {"en/3", "en/4"} and "~3" in capped.notice
    assert "~x" in archive.search("oil~x").notice


def test_boosts_number_or_a_notice(archive) -> None:
    assert archive.search("oil^2").notice is None
    bad = archive.search("oil^abc")
    assert "^abc" in bad.notice and keys(bad) == keys(archive.search("oil"))


def test_an_empty_field_is_named_not_searched_as_a_word(archive) -> None:
    result = archive.search("title:")
    assert result.total == 0 and "title:" in result.notice
    assert keys(archive.search("title: spokesman")) == keys(archive.search("spokesman"))


def test_ranges_inclusive_and_exclusive(archive) -> None:
    years = {"en/5", "en/4", "ar/12", "en/30", "en/31", "ar/32"}  # 2022
    assert keys(archive.search("date:{2021 TO 2023}", per_page=50)) == years
    inclusive = keys(archive.search("date:[2021 TO 2023]", per_page=50))
    assert inclusive > years and "en/2" in inclusive and "en/6" in inclusive
    assert keys(archive.search("year:{2021 TO 2023}", per_page=50)) == years
    assert keys(archive.search("year:[2021 TO 2023}", per_page=50)) == inclusive - {"en/6", "ar/13"}


def test_prefix_wildcards_on_normalised_forms_after_clitics(archive) -> None:
    assert keys(archive.search("الاسكان*")) == {"ar/12", "ar/32"}  # الإسكان, والاسكان
    assert keys(archive.search("الإسك*")) == {"ar/12", "ar/32"}
    assert keys(archive.search("minist*")) == keys(archive.search("ministry"))
    assert keys(archive.search("MINIST*")) == keys(archive.search("ministry"))


@pytest.mark.parametrize(("query", "named"), [("*ing", "*ing"), ("**", "**"), ("a?c", "?")])
def test_unsupported_wildcards_are_named(archive, query, named) -> None:
    result = archive.search(query)
    assert result.total == 0 and named in result.notice


def test_phrase_slop(archive) -> None:
    assert keys(archive.search('"ministry said"')) == {"en/2"}
    assert keys(archive.search('"ministry said"~3')) == {"en/2", "en/3", "en/4"}
    assert "~20" in archive.search('"oil ministry"~99').notice


@pytest.mark.parametrize("cap", ["MAX_EXPANSION", "MAX_POSTINGS"])
def test_expansion_is_capped_with_a_notice(archive, monkeypatch, cap) -> None:
    full = archive.search("s*")
    assert full.notice is None
    monkeypatch.setattr(resolve_module, cap, 2)
    capped = archive.search("s*")
    assert capped.notice == "s* matches too many words; only its most common were searched."
    assert 0 < capped.total < full.total


def test_a_query_reading_too_much_leaves_out_its_commonest_terms(archive, monkeypatch) -> None:
    assert archive.search("oil ministry spokesman").notice is None
    phrase_hits = keys(archive.search('"oil ministry"'))
    monkeypatch.setattr(resolve_module, "MAX_POSTINGS", 3)
    result = archive.search("oil ministry spokesman")
    assert result.notice == (
        "Your query would read too many releases to answer quickly, so its commonest terms "
        "were left out: oil, ministry. Rarer words or a phrase narrow the search."
    )
    assert keys(result) == keys(archive.search("spokesman"))  # the rarest word stays
    phrase = archive.search('"oil ministry" spokesman')
    assert 'term was left out: "oil ministry".' in phrase.notice
    assert archive.search("spokesman").notice is None  # one word is never left out
    loose = archive.search('"oil ministry"')  # a phrase over the budget alone: words, any order
    assert loose.notice.startswith('The phrase "oil ministry" is made of words too common')
    assert keys(loose) > phrase_hits
    both = archive.search("s* t*")  # the second expansion finds the budget spent
    assert "t* was left out: the rest of the query already reads" in both.notice


def test_highlights_only_what_matched_in_the_body(archive) -> None:
    for hit in archive.search('author:"Amna Al-Salami"').hits:
        assert "<mark>" not in hit.snippet
    (hit,) = archive.search('"oil ministry" spokesman').hits
    assert hit.snippet.count("<mark>") == 3  # the phrase's two words, and spokesman
    (hit,) = archive.search('"ministry spokesman" NOT stable').hits
    assert "<mark>oil</mark>" not in hit.snippet and "<mark>ministry</mark>" in hit.snippet


def test_a_value_that_is_not_a_date_is_named(archive) -> None:
    result = archive.search("date:Safaa oil")
    assert "date:Safaa" in result.notice and keys(result) == keys(archive.search("oil"))
    assert archive.search("date:2021 oil").notice is None


def test_syntax_soup_never_raises(archive) -> None:
    pieces = ['"', "(", ")", "-", "+", "*", "?", "~", "~2", "^", "^x", "title:", "date:", "[", "{"]
    pieces += ["]", "}", "TO", "AND", "OR", "NOT", "oil", "الاسكان", "place:", "date:x", "a*b"]
    for i in range(400):
        query = " ".join(pieces[(i * 7 + j * 11) % len(pieces)] for j in range(1 + i % 6))
        result = archive.search(query)
        assert result.total >= 0


def test_an_index_from_before_the_translator_field_is_rebuilt_once(tmp_path, monkeypatch) -> None:
    from indexer import build
    from indexer.schema import ReleaseSchema

    def old_schema():
        schema = ReleaseSchema()
        schema.remove("translator")
        return schema

    first, second = hand_releases()[:3], EXTRA[1]  # EXTRA[1] has a translator
    data_dir = make_store(tmp_path, first)
    monkeypatch.setattr(build, "ReleaseSchema", old_schema)
    update_index(data_dir)
    monkeypatch.undo()
    old = Archive(data_dir)
    assert old.search("Amna").total == 2  # the old index still answers
    old.close()
    make_store(data_dir, [second])
    report = update_index(data_dir)
    assert report.rebuilt and report.total == 4
    assert update_index(data_dir).rebuilt is False  # once
    new = Archive(data_dir)
    assert keys(new.search("translator:Emad")) == {second.key}
    new.close()
