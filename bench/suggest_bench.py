"""'Did you mean' accuracy on a generated archive: misspelt queries fixed, correct ones left alone.

``python -m bench.suggest_bench [--releases 2000] [--queries 200]``: fills a release store with
the synthetic INA-like site (``crawler.demo_site``), indexes it, and makes queries from the
archive's own titles and credits (English and Arabic, one or two words, names included):

- ``--queries`` misspelt ones: one word of a correct query gets one or two typing errors (a
  letter changed, dropped, added, or two letters swapped), checked not to be an indexed word;
  a hit is a suggestion that searches what the correct query searches (the same words, or
  words with the same stem: "plan" for "plans");
- ``--queries`` correct ones: any suggestion is wrong.

Goals (issue 12): accuracy >= 80% on the first, a suggestion on <= 2% of the second. Writes
``bench/results/suggest_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from indexer import Archive, update_index
from indexer.analysis import TOKEN_RE, exact_term, query_term
from indexer.vocab import vocabulary

RESULTS = Path(__file__).parent / "results" / "suggest_bench.json"
GOALS = {"accuracy": 0.80, "wrong_rate": 0.02}
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def correct_queries(archive: Archive, n: int, rng: random.Random) -> list[str]:
    """``n`` queries of one or two consecutive words from titles, or a credited name."""
    releases = list(archive.iter_releases())
    rng.shuffle(releases)
    out: list[str] = []
    for release in releases:
        if len(out) >= n:
            break
        if rng.random() < 0.2 and (release.author or release.photographer):
            out.append((release.author or release.photographer).split(", ")[0])
            continue
        words = [w for w in TOKEN_RE.findall(release.title) if query_term(w) and not w.isdigit()]
        if not words:
            continue
        i = rng.randrange(len(words))
        size = 1 if rng.random() < 0.5 or i + 1 >= len(words) else 2
        out.append(" ".join(words[i : i + size]))
    return out


def misspell(word: str, edits: int, rng: random.Random) -> str:
    """The word with ``edits`` random typing errors."""
    letters = _ARABIC if any("\u0600" <= c <= "\u06ff" for c in word) else _LATIN
    for _ in range(edits):
        i = rng.randrange(len(word))
        kind = rng.choice(("change", "drop", "add", "swap"))
        if kind == "change":
            word = word[:i] + rng.choice(letters.replace(word[i].lower(), "")) + word[i + 1 :]
        elif kind == "drop" and len(word) > 3:
            word = word[:i] + word[i + 1 :]
        elif kind == "swap" and i + 1 < len(word) and word[i] != word[i + 1]:
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            word = word[:i] + rng.choice(letters) + word[i:]
    return word


def misspelt_queries(
    archive: Archive, correct: list[str], n: int, rng: random.Random
) -> list[tuple[str, str]]:
    """(misspelt, correct) pairs: one word of length >= 5 of a correct query misspelt."""
    snap = archive._snap()
    known: set[str] = set()
    for field in ("title", "body", "author", "photographer", "translator", "location", "category"):
        known.update(vocabulary(snap, field).words)
    out: list[tuple[str, str]] = []
    tries = 0
    while len(out) < n and tries < 50 * n:
        tries += 1
        query = rng.choice(correct)
        words = query.split()
        long = [i for i, w in enumerate(words) if len(w) >= 5]
        if not long:
            continue
        i = rng.choice(long)
        typo = misspell(words[i], rng.choice((1, 2)), rng)
        forms = set(snap.stems.forms(typo)) | {exact_term(typo)}
        if forms & known or exact_term(typo) == exact_term(words[i]):
            continue  # a real word (or no change): not a typing error the archive can see
        out.append((" ".join(words[:i] + [typo] + words[i + 1 :]), query))
    return out


def _same(a: str | None, b: str) -> bool:
    """Whether a suggestion is the wanted query, word for word as searched (by stem: "plan"
    for "plans" finds the same releases)."""

    def words(text: str) -> list[str]:
        return [query_term(t) or exact_term(t) for t in TOKEN_RE.findall(text)]

    return a is not None and words(a) == words(b)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 when a goal is missed."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.suggest_bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--releases", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "ina-suggest-bench"
    )
    args = parser.parse_args(argv)
    from bench.index_bench import _fill_store

    data_dir = args.workdir / f"releases-{args.releases}"
    data_dir.mkdir(parents=True, exist_ok=True)
    _fill_store(data_dir, args.releases)
    update_index(data_dir, lock_timeout=5)
    archive = Archive(data_dir)
    rng = random.Random(args.seed)
    correct = correct_queries(archive, args.queries, rng)
    misspelt = misspelt_queries(archive, correct, args.queries, rng)

    started = time.perf_counter()
    fixed, misses = 0, []
    for typo, want in misspelt:
        got = archive.search(typo).suggestion
        if _same(got, want):
            fixed += 1
        else:
            misses.append({"query": typo, "wanted": want, "suggested": got})
    wrong = []
    for query in correct:
        result = archive.search(query)
        if result.suggestion is not None:
            wrong.append({"query": query, "total": result.total, "suggested": result.suggestion})
    took = time.perf_counter() - started
    accuracy = fixed / max(1, len(misspelt))
    wrong_rate = len(wrong) / max(1, len(correct))
    results = {
        "releases": args.releases,
        "misspelt_queries": len(misspelt),
        "correct_queries": len(correct),
        "accuracy": round(accuracy, 3),
        "wrong_suggestion_rate": round(wrong_rate, 3),
        "mean_ms_per_query": round(took * 1000 / max(1, len(misspelt) + len(correct)), 1),
        "goals": {
            "accuracy >= 80%": accuracy >= GOALS["accuracy"],
            "wrong suggestions <= 2%": wrong_rate <= GOALS["wrong_rate"],
        },
        "misses": misses[:40],
        "wrong": wrong[:40],
    }
    print(
        f"{args.releases} releases: misspelt {fixed}/{len(misspelt)} fixed "
        f"({accuracy:.1%}); correct queries with a suggestion {len(wrong)}/{len(correct)} "
        f"({wrong_rate:.1%}); {results['mean_ms_per_query']} ms per query"
    )
    for goal, met in results["goals"].items():
        print(f"{'met ' if met else 'MISSED'}  {goal}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {RESULTS}")
    return 0 if all(results["goals"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
