"""Measure Arabic stemmers on the word pairs of :mod:`indexer.wordpairs`.

Run with ``python -m bench.arabic_stemmers``; prints a table and writes
``bench/results/arabic_stemmers.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import Stemmer
from whoosh.lang.isri import ISRIStemmer

from indexer import analysis, arabic, wordpairs

RESULTS = Path(__file__).parent / "results" / "arabic_stemmers.json"


def _candidates() -> dict[str, tuple]:
    """Each candidate as (index terms, query terms) functions over one word."""
    snowball = Stemmer.Stemmer("arabic")
    isri = ISRIStemmer()

    def norm(word: str) -> str:
        return analysis.exact_term(word)

    def lucene(word: str) -> set[str]:
        n = norm(word)
        return (
            {arabic.light10(n)} if analysis._ARABIC_RE.search(n) else set(analysis.stem_terms(word))
        )

    def ours_index(word: str) -> set[str]:
        return set(analysis.stem_terms(word))

    def ours_query(word: str) -> set[str]:
        return {analysis.query_term(word)} - {None}

    def simple(fn):
        def terms(word: str) -> set[str]:
            n = norm(word)
            return {fn(n)} if analysis._ARABIC_RE.search(n) else set(analysis.stem_terms(word))

        return terms

    return {
        "ours (light10, و kept in queries)": (ours_index, ours_query),
        "Lucene light10": (lucene, lucene),
        "Snowball arabic": (simple(snowball.stemWord),) * 2,
        "ISRI": (simple(isri.stem),) * 2,
        "normalise only": (simple(lambda w: w),) * 2,
    }


def main() -> None:
    """Score every candidate, print a table, write JSON."""
    rows = {}
    for name, (index_terms, query_terms) in _candidates().items():
        core = wordpairs.score(index_terms, query_terms)
        limits = wordpairs.score(
            index_terms, query_terms, wordpairs.KNOWN_LIMITS_MATCH, wordpairs.KNOWN_LIMITS_APART
        )
        rows[name] = {"core": core, "known_limits": limits}
    print(f"{'stemmer':38} {'must match':>12} {'kept apart':>12}  misses / conflations")
    for name, row in rows.items():
        core = row["core"]
        print(
            f"{name:38} {core['matched']:>5}/{core['must_match']:<6} "
            f"{core['kept_apart']:>5}/{core['must_not_match']:<6}  "
            f"{core['missed'][:3]} {core['conflated'][:3]}"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
