"""Measure Kurdish and Turkish/Turkmen analysis choices on the pairs of :mod:`indexer.wordpairs_ku_tk`.

Run with ``python -m bench.kurdish_turkmen_stemmers``; prints a table and writes
``bench/results/kurdish_turkmen_stemmers.json``. Each candidate is a pair of functions (index
terms, query terms) over one word, scored with :func:`indexer.wordpairs.score`; "shipped" is the
analyzer itself, the others are built from its parts with one choice changed.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import Stemmer

from indexer import analysis, arabic, kurdish, turkic, wordpairs
from indexer import wordpairs_ku_tk as pairs

RESULTS = Path(__file__).parent / "results" / "kurdish_turkmen_stemmers.json"
Terms = Callable[[str], set[str]]
_english = Stemmer.Stemmer("english")
_turkish = Stemmer.Stemmer("turkish")


def _before_exact(word: str) -> str:
    """The exact form as the analyzer made it before Kurdish and Turkish rules (version 1)."""
    if analysis._ARABIC_RE.search(word):
        return arabic.normalize(unicodedata.normalize("NFKC", word))
    lowered = word.lower()
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch)
    )


def _before() -> tuple[Terms, Terms]:
    def index(word: str) -> set[str]:
        norm = _before_exact(word)
        if analysis._ARABIC_RE.search(norm):
            return set(arabic.index_stems(norm))
        return {_english.stemWord(norm)}

    def query(word: str) -> set[str]:
        norm = _before_exact(word)
        if analysis._ARABIC_RE.search(norm):
            return {arabic.stem(norm)}
        return {_english.stemWord(norm)}

    return index, query


def _kurdish(*, keys: bool, sorani: bool) -> tuple[Terms, Terms]:
    """The shipped analyzer with the Arabic-keyboard keys and/or the Sorani stem switched."""
    stem = kurdish.stem if sorani else (lambda w: w)

    def index(word: str) -> set[str]:
        norm = analysis.exact_term(word)
        if not kurdish.is_kurdish(norm):
            return set(analysis.stem_terms(word))
        found = {stem(norm)}
        if keys:
            typed = kurdish.arabic_keyboard(norm)
            found |= set(arabic.index_stems(typed)) | {kurdish.arabic_keyboard(stem(norm))}
        return found

    def query(word: str) -> set[str]:
        norm = analysis.exact_term(word)
        if kurdish.is_kurdish(norm):
            return {stem(norm)}
        return {analysis.query_term(word)} - {None}

    return index, query


def _latin(*, dots: bool, apostrophe: bool, snowball_turkish: bool) -> tuple[Terms, Terms]:
    """Latin words with the dotless-i fold, the apostrophe rule and a Turkish stemmer switched."""

    def terms(word: str) -> set[str]:
        if analysis._ARABIC_RE.search(word):
            return {analysis.query_term(word)} - {None}
        norm = analysis.exact_term(word) if dots else _before_exact(word)
        if apostrophe:
            norm = turkic.strip_suffix(norm)
        if snowball_turkish:
            return {_turkish.stemWord(turkic.fold_case(word))}
        return {_english.stemWord(norm)}

    return terms, terms


def _shipped() -> tuple[Terms, Terms]:
    return (
        lambda w: set(analysis.stem_terms(w)),
        lambda w: {analysis.query_term(w)} - {None},
    )


def _row(index: Terms, query: Terms, match, apart) -> dict:
    core = wordpairs.score(index, query, match, apart)
    return {k: core[k] for k in ("matched", "must_match", "kept_apart", "must_not_match")} | {
        "missed": core["missed"],
        "conflated": core["conflated"],
    }


def main() -> None:
    """Score every candidate on each pair list, print a table, write JSON."""
    ku_match = pairs.KURDISH_SPELLING + pairs.KURDISH_INFLECTION
    tk_match = pairs.TURKISH_SPELLING + pairs.TURKISH_INFLECTION + pairs.TURKISH_BARE_SUFFIXES
    english_match = tuple(p for p in wordpairs.MUST_MATCH if p[0].isascii())
    english_apart = tuple(p for p in wordpairs.MUST_NOT_MATCH if p[0].isascii())
    table = {
        "kurdish": (
            ku_match,
            pairs.KURDISH_APART,
            {
                "before (Arabic rules only)": _before(),
                "normalise, no Arabic-keyboard keys": _kurdish(keys=False, sorani=False),
                "normalise + Arabic-keyboard keys": _kurdish(keys=True, sorani=False),
                "+ light Sorani stem (shipped)": _shipped(),
            },
        ),
        "turkish": (
            tk_match + english_match,
            pairs.TURKISH_APART + english_apart,
            {
                "before (str.lower + accents)": _before(),
                "dotted/dotless i folded": _latin(
                    dots=True, apostrophe=False, snowball_turkish=False
                ),
                "+ apostrophe suffixes (shipped)": _shipped(),
                "Snowball turkish on every Latin word": _latin(
                    dots=True, apostrophe=False, snowball_turkish=True
                ),
            },
        ),
        "arabic and english (wordpairs.py)": (
            wordpairs.MUST_MATCH,
            wordpairs.MUST_NOT_MATCH,
            {"before": _before(), "shipped": _shipped()},
        ),
        "known limits": (
            pairs.KNOWN_LIMITS_MATCH,
            pairs.KNOWN_LIMITS_APART,
            {"shipped": _shipped()},
        ),
    }
    results: dict[str, dict] = {}
    print(f"{'list / candidate':60} {'must match':>11} {'kept apart':>11}")
    for name, (match, apart, candidates) in table.items():
        results[name] = {}
        for label, (index, query) in candidates.items():
            row = _row(index, query, match, apart)
            results[name][label] = row
            print(
                f"{name + ': ' + label:60} {row['matched']:>5}/{row['must_match']:<5} "
                f"{row['kept_apart']:>5}/{row['must_not_match']:<5}"
            )
    index, query = _shipped()
    one_way = [(a, b) for a, b in pairs.KURDISH_ONE_WAY if query(a) & index(b)]
    results["kurdish one-way (Kurdish-lettered query)"] = {
        "shipped": {
            "kept_apart": len(pairs.KURDISH_ONE_WAY) - len(one_way),
            "pairs": len(pairs.KURDISH_ONE_WAY),
            "conflated": one_way,
        }
    }
    print(
        f"{'kurdish one-way: shipped':60} {'':>11} "
        f"{len(pairs.KURDISH_ONE_WAY) - len(one_way):>5}/{len(pairs.KURDISH_ONE_WAY):<5}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
