"""Index and query speed of the Whoosh index, side by side with SQLite FTS5 on the same releases.

``python -m bench.index_bench [--releases 100000] [--queries 200]``: fills a release store with
the synthetic INA-like site (cached in the work directory), builds the Whoosh index with
``update_index(rebuild=True)`` and an FTS5 table from the same store, then times the same
queries on both. Prints a table and writes ``bench/results/index_bench.json``.

Every Whoosh query goes through ``Archive.search``, so it always computes the total, all six
facets and the histogram as well as the page; the FTS5 side computes only what each query type
needs (the page, the total, and facet counts only for "term + all facets").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from bench.fts5_side import build_fts, fts_queries
from crawler.release import Release
from crawler.store import ReleaseStore
from indexer import Archive, update_index
from indexer.analysis import ENGLISH_STOP_WORDS, exact_term, tokens
from indexer.schema import BAGHDAD

RESULTS = Path(__file__).parent / "results" / "index_bench.json"
BASE = "http://127.0.0.1:8001"
FULL_SIZE = 100_000
GOALS = {"index_rate": 1000, "p95_facets_ms": 100, "p95_date_ms": 100, "fts5_ratio": 3.0}


def _fill_store(data_dir: Path, n: int) -> float:
    """Put ``n`` synthetic releases in the store (once; the work directory caches it)."""
    from crawler.demo_site import Site, SiteConfig

    with ReleaseStore(data_dir) as store:
        if store.count(include_gone=True) >= n:
            return 0.0
        started = time.perf_counter()
        store._db.execute("PRAGMA synchronous=OFF")  # bench set-up only; not what is measured
        site = Site(SiteConfig(n_releases=n, seed=1))
        for item in site.releases():
            store.put(item.expected_for(BASE))
        return time.perf_counter() - started


def _sample(data_dir: Path, n: int, seed: int) -> tuple[list[str], list[str]]:
    """Query terms and two-word phrases drawn from the releases themselves."""
    rng = random.Random(seed)
    terms: list[str] = []
    phrases: list[str] = []
    with ReleaseStore(data_dir) as store:
        releases = [item.release for item in store.iter_releases()]
    while len(terms) < n or len(phrases) < n:
        r: Release = rng.choice(releases)
        words = [w for w in tokens(r.body) if len(w) > 3 and not w.isdigit()]
        if len(words) < 3:
            continue
        word = rng.choice(words)
        if exact_term(word) not in ENGLISH_STOP_WORDS and len(terms) < n:
            terms.append(word)
        all_words = tokens(r.body)
        j = rng.randrange(len(all_words) - 1)
        if all_words[j].isalpha() and all_words[j + 1].isalpha() and len(phrases) < n:
            phrases.append(f"{all_words[j]} {all_words[j + 1]}")
    return terms, phrases


def _timed(fn: Callable[[str], object], inputs: list[str]) -> dict[str, float]:
    """p50/p95/mean in milliseconds of fn over the inputs."""
    times = []
    for item in inputs:
        started = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "p50": round(statistics.median(times), 2),
        "p95": round(times[min(len(times) - 1, int(len(times) * 0.95))], 2),
        "mean": round(statistics.fmean(times), 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 when a goal is missed."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.index_bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--releases", type=int, default=FULL_SIZE, help="Releases to index (default 100000)."
    )
    parser.add_argument("--queries", type=int, default=200, help="Queries per type (default 200).")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "ina-index-bench",
        help="Where the store and indexes are kept between runs.",
    )
    parser.add_argument(
        "--procs", type=int, default=None, help="Writer processes (default: automatic)."
    )
    parser.add_argument(
        "--skip-build", action="store_true", help="Reuse the indexes of the last run."
    )
    args = parser.parse_args(argv)

    data_dir = args.workdir / f"releases-{args.releases}"
    data_dir.mkdir(parents=True, exist_ok=True)
    fill = _fill_store(data_dir, args.releases)
    if fill:
        print(f"store filled with {args.releases} releases in {fill:.0f} s")
    results: dict = {
        "releases": args.releases,
        "queries_per_type": args.queries,
        "load_average_before": os.getloadavg(),
        "cpus": os.cpu_count(),
    }
    previous = _results_path(args.releases)
    prior = json.loads(previous.read_text()) if args.skip_build and previous.exists() else {}
    if args.skip_build and prior.get("releases") == args.releases:
        results["indexing"] = prior["indexing"]
    else:
        report = update_index(data_dir, rebuild=True, procs=args.procs, lock_timeout=5)
        fts_seconds, fts_docs, fts_bytes = build_fts(data_dir)
        archive = Archive(data_dir)
        results["indexing"] = {
            "whoosh": {
                "docs": report.total,
                "seconds": round(report.elapsed, 1),
                "docs_per_s": round(report.total / report.elapsed),
                "bytes": archive.stats()["index_size_bytes"],
            },
            "fts5": {
                "docs": fts_docs,
                "seconds": round(fts_seconds, 1),
                "docs_per_s": round(fts_docs / fts_seconds),
                "bytes": fts_bytes,
            },
        }
        archive.close()

    terms, phrases = _sample(data_dir, args.queries, seed=7)
    rng = random.Random(3)
    spans: dict[str, tuple[date, date]] = {}
    for term in terms:
        start = date(2019, 1, 1) + timedelta(days=rng.randrange(365 * 6))
        spans[term] = (start, start + timedelta(days=365))
    ranges = {
        t: (int(baghdad_time_midnight(a)), int(baghdad_time_midnight(b + timedelta(days=1))) - 1)
        for t, (a, b) in spans.items()
    }

    archive = Archive(data_dir)
    started = time.perf_counter()
    archive.search("warm")
    results["searcher_open_ms"] = round((time.perf_counter() - started) * 1000, 1)
    whoosh = {
        "term": lambda q: archive.search(q),
        "phrase": lambda q: archive.search(f'"{q}"'),
        "term + all facets": lambda q: archive.search(q),
        "term + date filter": lambda q: archive.search(
            q, date_from=spans[q][0], date_to=spans[q][1]
        ),
        "term sorted by date": lambda q: archive.search(q, sort="newest"),
        "page 5 with snippets": lambda q: archive.search(q, page=5),
    }
    db = sqlite3.connect(data_dir / "fts5.sqlite")
    fts = fts_queries(db, ranges)
    rows = {}
    for name in whoosh:
        inputs = phrases if name == "phrase" else terms
        for fn in (whoosh[name], fts[name]):  # warm both code paths
            for q in inputs[:5]:
                fn(q)
        # Every query type starts from an empty postings cache, so what it reuses is only what
        # its own earlier queries read (the searcher's numpy columns stay: they are per searcher).
        archive._snap().postings.clear()
        w = _timed(whoosh[name], inputs)
        f = _timed(fts[name], inputs)
        rows[name] = {"whoosh": w, "fts5": f, "p95_ratio": round(w["p95"] / max(f["p95"], 0.01), 2)}
    db.close()
    results["queries"] = rows
    results["distinct_terms"] = len(set(terms))
    results["distinct_phrases"] = len(set(phrases))
    results["mean_hits_per_term"] = round(
        statistics.fmean(archive.search(t).total for t in terms[:50])
    )

    idx = results["indexing"]
    goals = {
        "index >= 1000 releases/s": idx["whoosh"]["docs_per_s"] >= GOALS["index_rate"],
        "term + all facets p95 < 100 ms": rows["term + all facets"]["whoosh"]["p95"]
        < GOALS["p95_facets_ms"],
        "term + date filter p95 < 100 ms": rows["term + date filter"]["whoosh"]["p95"]
        < GOALS["p95_date_ms"],
        "every type within 3x of FTS5 at p95": all(
            r["p95_ratio"] <= GOALS["fts5_ratio"] for r in rows.values()
        ),
    }
    results["goals"] = goals
    results["load_average_after"] = os.getloadavg()

    print(
        f"{args.releases} releases; searcher open {results['searcher_open_ms']} ms; "
        f"~{results['mean_hits_per_term']} hits per term"
    )
    print(f"{'indexing':24} {'whoosh':>22} {'fts5':>22}")
    print(f"{'releases/s':24} {idx['whoosh']['docs_per_s']:>22} {idx['fts5']['docs_per_s']:>22}")
    print(
        f"{'size MB':24} {idx['whoosh']['bytes'] / 1e6:>22.1f} {idx['fts5']['bytes'] / 1e6:>22.1f}"
    )
    print(f"\n{'query (ms)':24} {'whoosh p50/p95':>22} {'fts5 p50/p95':>22} {'p95 ratio':>10}")
    for name, row in rows.items():
        w, f = row["whoosh"], row["fts5"]
        print(
            f"{name:24} {w['p50']:>10.1f} /{w['p95']:>9.1f} {f['p50']:>10.1f} /{f['p95']:>9.1f} {row['p95_ratio']:>10.2f}"
        )
    print()
    for goal, met in goals.items():
        print(f"{'met ' if met else 'MISSED'}  {goal}")
    out = _results_path(args.releases)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {out}")
    return 0 if all(goals.values()) else 1


def _results_path(releases: int) -> Path:
    """bench/results/index_bench.json for the full size; a suffixed file for smaller runs."""
    if releases == FULL_SIZE:
        return RESULTS
    return RESULTS.with_name(f"index_bench-{releases}.json")


def baghdad_time_midnight(day: date) -> float:
    """Unix seconds of 00:00 Baghdad time on a day."""
    return datetime.combine(day, dtime(), tzinfo=BAGHDAD).timestamp()


if __name__ == "__main__":
    raise SystemExit(main())
