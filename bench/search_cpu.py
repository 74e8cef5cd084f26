"""CPU per search by query type, and a paired identity check of the results, in one process.

    python -m bench.search_cpu --data-dir DIR [--rounds 3] [--save F | --compare F] [--profile P]

Takes the paths ``bench.web_bench`` gives ``wrk`` (the first 100 queries of
``bench.web_latency.query_mix`` as pages, the next 50 through the JSON API), asks for each once
through the real app with ``Archive.search`` recording its keyword arguments, then calls
``Archive.search`` alone with those arguments: a pass to warm the caches as a long load does,
then ``--rounds`` timed passes (``time.process_time``). The query type is the mix's own
(position modulo 8). ``--save`` writes every result's fingerprint (total, the page's keys and
scores, facets, histogram, suggestion, notice); ``--compare`` checks a later run against it, so
that a change to the matcher is shown to give the same hits in the same order with the same
scores and counts.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.web_latency import WARM_UP, query_mix

KINDS = (
    "empty + newest",
    "term",
    "two terms + author",
    "phrase",
    "term + category",
    "two terms + year, oldest",
    "term + author, page 2-5",
    "two terms + category + dates, newest",
)


def recorded_calls(data_dir: Path, pages: int = 100, api: int = 50) -> list[tuple[int, dict]]:
    """(query type, keyword arguments) of every ``Archive.search`` call the wrk paths make."""
    from indexer import Archive
    from web.app import create_app

    archive = Archive(data_dir)
    mix = query_mix(archive, WARM_UP + 3 * 200)  # as web_bench makes it (default --rounds)
    paths = ["/" + q for q in mix[:pages]] + ["/api/search" + q for q in mix[pages : pages + api]]
    calls: list[tuple[int, dict]] = []
    search = archive.search
    current = [0]

    def recording(**kwargs: Any) -> Any:
        calls.append((current[0] % 8, dict(kwargs)))
        return search(**kwargs)

    archive.search = recording
    app = create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 1e9, "ARCHIVE": archive})
    client = app.test_client()
    for i, path in enumerate(paths):
        current[0] = i
        assert client.get(path).status_code == 200, path
    archive.close()
    return calls


def fingerprint(result: Any) -> dict:
    """What must not change when the matcher gets faster."""
    return {
        "total": result.total,
        "hits": [[hit.key, hit.score, hit.status] for hit in result.hits],
        "facets": {
            name: [[v.value, v.count, v.selected] for v in values]
            for name, values in result.facets.items()
        },
        "histogram": [list(b) for b in result.histogram],
        "unit": result.histogram_unit,
        "suggestion": result.suggestion,
        "notice": result.notice,
    }


def run(data_dir: Path, rounds: int, profile: Path | None) -> tuple[dict, list[dict]]:
    """CPU ms per search by type (median over the rounds of each call's mean), and fingerprints."""
    from indexer import Archive

    calls = recorded_calls(data_dir)
    archive = Archive(data_dir)
    prints = [fingerprint(archive.search(**kwargs)) for _, kwargs in calls]  # warm pass
    per_call: list[list[float]] = [[] for _ in calls]
    profiler = cProfile.Profile() if profile else None
    for _ in range(rounds):
        if profiler:
            profiler.enable()
        for i, (_, kwargs) in enumerate(calls):
            started = time.process_time()
            archive.search(**kwargs)
            per_call[i].append((time.process_time() - started) * 1000)
        if profiler:
            profiler.disable()
    if profiler:
        profiler.dump_stats(str(profile))
    by_kind: dict[str, list[float]] = {}
    for (kind, _), times in zip(calls, per_call, strict=True):
        by_kind.setdefault(KINDS[kind], []).append(statistics.median(times))
    summary = {
        name: {"n": len(v), "mean_ms": round(statistics.fmean(v), 2)} for name, v in by_kind.items()
    }
    every = [statistics.median(t) for t in per_call]
    summary["all"] = {"n": len(every), "mean_ms": round(statistics.fmean(every), 2)}
    return summary, prints


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.search_cpu", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data-dir", type=Path, required=True, help="an indexed archive")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the searches")
    parser.add_argument("--save", type=Path, help="write the results' fingerprints here")
    parser.add_argument("--compare", type=Path, help="check the fingerprints against this file")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the timed passes")
    args = parser.parse_args(argv)
    summary, prints = run(args.data_dir, args.rounds, args.profile)
    print(f"load average {os.getloadavg()[0]:.2f}; CPU ms per search (process_time):")
    for name, row in summary.items():
        print(f"  {name:40s} n={row['n']:3d}  {row['mean_ms']:8.2f} ms")
    if args.save:
        args.save.write_text(json.dumps(prints))
    if args.compare:
        expected = json.loads(args.compare.read_text())
        got = json.loads(json.dumps(prints))
        differ = [i for i, (a, b) in enumerate(zip(expected, got, strict=True)) if a != b]
        print(f"identity: {len(got) - len(differ)} of {len(got)} results identical")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
