"""Web benchmark: server-side latency of the search page and JSON API, throughput under waitress.

    python -m bench.web_bench [--releases 100000] [--data-dir DIR] [--duration 10]
                              [--baseline COMMIT [--passes 2]]

1. Builds (or reuses) an archive of N synthetic releases (``crawler.demo_site``) with its index.
2. Server-side latency (``bench.web_latency``): the real app in-process, a fixed mix of searches
   (words, phrases, Arabic, facets, dates, sorts, deep pages) after warm-up; p50/p95/max per route.
   With ``--baseline COMMIT`` the web package as it was at that commit (``git archive``; over
   today's indexer, or the whole project with ``--baseline-only ''``) and the current one are
   each timed in fresh processes, alternately (``--passes`` each), on the same archive and the
   same queries, so that both share the machine's load. With ``--baseline-data-dir`` the
   baseline searches the index its own code builds from a copy of the same store (once).
3. Throughput on loopback (``bench.web_load``): waitress processes in a few process x thread
   layouts, loaded by ``wrk``, and each process's resident memory after the load; with
   ``--baseline`` the baseline's servers are loaded the same way.
4. Issue 14's web goals, met or missed: the search page's p95 (one client) <= 150 ms; two
   processes' requests/s >= 2x the baseline's two processes'; no failed request.

Prints a table and writes ``bench/results/web_bench[-baseline][-N].json`` (N unless 100,000).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.web_baseline import build_baseline_index, export_tree
from bench.web_goals import issue_14_goals, print_goals
from bench.web_latency import WARM_UP, in_fresh_process, measure, query_mix, summary
from bench.web_load import LAYOUTS, error_count, throughput

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
# The search page at 100k, one client, in-process (docs/scale.md, issue 7).
ISSUE_7 = {"p50_ms": 12.8, "p95_ms": 41.0}

# The index benchmark keeps its archive here; the same seed gives the same releases, so reuse it.
SHARED_WORKDIR = Path(tempfile.gettempdir()) / "ina-index-bench"


def shared_data_dir(n: int) -> Path:
    """The index benchmark's archive of n releases when it has an index, else where to build one."""
    candidates = [Path(tempfile.gettempdir()) / "ina-index-bench-final", SHARED_WORKDIR]
    for workdir in candidates:
        path = workdir / f"releases-{n}"
        if (path / "index" / "CURRENT").exists():
            return path
    return SHARED_WORKDIR / f"releases-{n}"


def build_archive(data_dir: Path, n: int, rebuild: bool = False) -> float:
    """Store n synthetic releases and index them, unless the directory already has them."""
    from crawler.demo_site.site import Site, SiteConfig
    from crawler.store import ReleaseStore
    from indexer import update_index

    started = time.perf_counter()
    data_dir.mkdir(parents=True, exist_ok=True)
    with ReleaseStore(data_dir) as store:
        if store.count(include_gone=True) < n:
            site = Site(SiteConfig(n_releases=n, seed=1))
            for item in site.releases():
                store.put(item.expected_for("https://ina.iq"))
    if rebuild or not (data_dir / "index" / "CURRENT").exists():
        update_index(data_dir, rebuild=rebuild, lock_timeout=600)
    return time.perf_counter() - started


def pooled(runs: list[dict]) -> dict:
    """Several processes' latency runs as one: routes over all their samples."""
    out = {"processes": len(runs), "first_request_ms": [r["first_request_ms"] for r in runs]}
    for name in runs[0]["times"]:
        times = [t for r in runs for t in r["times"][name]]
        cpu = [t for r in runs for t in r.get("cpu_times", {}).get(name, [])]
        out[name] = summary(runs[0][name]["route"], times, cpu)
    for name in ("release_ms", "csv_1000_ms"):
        out[name] = max(r[name] for r in runs)
    out["web_module"] = runs[0]["web_module"]
    return out


def latencies(dirs: dict[str, Path], args: argparse.Namespace) -> tuple[dict[str, dict], list[str]]:
    """Latency per side ("current", and "baseline" with --baseline), and unseen queries."""
    from indexer import Archive

    data_dir = dirs["current"]
    archive = Archive(data_dir)
    mix = query_mix(archive, WARM_UP + 3 * args.rounds)
    key = archive.search(query="", per_page=1).hits[0].key
    archive.close()
    unseen = mix[WARM_UP + 2 * args.rounds :]
    if not args.baseline:
        return {"current": measure(data_dir, mix, args.rounds, key)}, unseen
    trees = {"baseline": export_tree(args.baseline, args.baseline_only), "current": ROOT}
    work = Path(tempfile.mkdtemp(prefix="web-bench-"))
    runs: dict[str, list[dict]] = {"baseline": [], "current": []}
    for i in range(args.passes):
        order = ("baseline", "current") if i % 2 == 0 else ("current", "baseline")
        for side in order:
            print(f"pass {i + 1}: {side} ({trees[side]})", flush=True)
            run = in_fresh_process(dirs[side], mix, args.rounds, key, trees[side], work)
            runs[side].append(run)
    shutil.rmtree(work, ignore_errors=True)
    return {side: pooled(r) for side, r in runs.items()}, unseen


def print_throughput(side: str, duration: int, layouts: list[dict]) -> None:
    """The wrk table of one side."""
    print(
        f"\n{side}: wrk -t2 -c8, {duration} s after a warm-up pass (warm-up req/s in brackets)\n"
        f"{'procs x threads':<17}{'req/s':>8}{'(first)':>9}{'req/CPU s':>10}{'p50':>10}{'p99':>10}"
        f"{'errors':>8}  RSS MB idle -> after (private after)"
    )
    for row in layouts:
        rss = ", ".join(
            f"{a}->{b} ({c})"
            for a, b, c in zip(
                row["rss_idle_mb"], row["rss_after_mb"], row["private_after_mb"], strict=True
            )
        )
        print(
            f"{row['processes']} x {row['threads']:<13}{row['rps']:>8.1f}"
            f"{'(' + format(row['first_pass']['rps'], '.1f') + ')':>9}"
            f"{row['requests_per_cpu_s'] or '?':>10}{row['latency'].get('50', '?'):>10}{row['latency'].get('99', '?'):>10}"
            f"{error_count(row):>8}  {rss}"
        )


def print_report(args, data_dir: Path, built: float, sides: dict, layouts: dict) -> None:
    print(f"\nweb_bench: {args.releases:,} releases in {data_dir}, build {built:.0f} s")
    if args.baseline:
        what = f"{args.baseline_only}/ at {args.baseline}" if args.baseline_only else args.baseline
        print(f"baseline: {what}; {args.passes} process(es) per side, alternated")
        print(f"baseline's index: {args.baseline_data_dir or data_dir}")
    print(
        f"{'side':<10}{'in-process':<14}{'route':<13}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
        f"{'CPU p50':>9}{'CPU p95':>9}"
    )
    for side, latency in sides.items():
        for name in ("page_new", "api_new", "page_repeat"):
            r = latency[name]
            print(
                f"{side:<10}{name:<14}{r['route']:<13}{r['n']:>6}"
                f"{r['p50_ms']:>9}{r['p95_ms']:>9}{r['max_ms']:>9}"
                f"{r.get('cpu_p50_ms', '?'):>9}{r.get('cpu_p95_ms', '?'):>9}"
            )
        print(
            f"{side:<10}first request {latency['first_request_ms']} ms, release page "
            f"{latency['release_ms']} ms, CSV export of 1,000 rows {latency['csv_1000_ms']} ms"
        )
    print(
        f"issue 7 (docs/scale.md): search page p50 {ISSUE_7['p50_ms']} ms, p95 {ISSUE_7['p95_ms']} ms"
    )
    for side, rows in layouts.items():
        if rows:
            print_throughput(side, args.duration, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.web_bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--releases", type=int, default=100_000, help="archive size to build")
    parser.add_argument("--data-dir", type=Path, help="reuse (or build) this data directory")
    parser.add_argument("--rounds", type=int, default=200, help="requests per route for latency")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per layout")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the index (new schema)")
    parser.add_argument("--no-wrk", action="store_true", help="skip the throughput runs")
    parser.add_argument(
        "--baseline", help="also time the project at this commit (same archive, same queries)"
    )
    parser.add_argument(
        "--baseline-only",
        default="web",
        help="the directory taken from the baseline commit ('' for the whole project)",
    )
    parser.add_argument(
        "--baseline-data-dir",
        type=Path,
        help="with --baseline: the baseline searches this archive, indexed by its own code "
        "(built once from a copy of --data-dir's store); default: --data-dir's index",
    )
    parser.add_argument(
        "--passes", type=int, default=2, help="with --baseline: fresh processes per side"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data_dir = args.data_dir or shared_data_dir(args.releases)
    built = build_archive(data_dir, args.releases, args.rebuild)
    trees, dirs = {"current": ROOT}, {"current": data_dir}
    if args.baseline:
        trees["baseline"] = export_tree(args.baseline, args.baseline_only)
        dirs["baseline"] = args.baseline_data_dir or data_dir
    if args.baseline_data_dir and args.baseline:
        built_baseline = build_baseline_index(trees["baseline"], dirs["baseline"], data_dir)
        print(f"baseline index in {dirs['baseline']}: built in {built_baseline:.0f} s", flush=True)
    sides, mix = latencies(dirs, args)
    paths = ["/" + q for q in mix[:100]] + ["/api/search" + q for q in mix[100:150]]
    wrk = not args.no_wrk and shutil.which("wrk")
    if not args.no_wrk and not wrk:
        print("wrk is not installed: no throughput runs (install it, or pass --no-wrk)")
    layouts: dict[str, list[dict]] = {side: [] for side in trees}
    # Layout by layout, the sides alternating, so that both meet the machine's load alike.
    for i, layout in enumerate(LAYOUTS if wrk else ()):
        for side in list(trees)[:: 1 if i % 2 == 0 else -1]:
            print(f"wrk: {side}, {layout[0]} x {layout[1]}", flush=True)
            layouts[side] += throughput(dirs[side], paths, args.duration, trees[side], (layout,))
    goals = issue_14_goals(sides, layouts["current"], layouts.get("baseline", []))
    index_mb = sum(f.stat().st_size for f in (data_dir / "index").rglob("*") if f.is_file()) / 2**20
    for latency in sides.values():
        latency.pop("times", None)
        latency.pop("cpu_times", None)
    report = {
        "releases": args.releases,
        "data_dir": str(data_dir),
        "build_s": round(built, 1),
        "index_mb": round(index_mb, 1),
        "baseline": args.baseline,
        "baseline_only": args.baseline_only if args.baseline else None,
        "baseline_data_dir": str(dirs["baseline"]) if args.baseline else None,
        "issue_7": ISSUE_7,
        "server_side": sides["current"],
        "server_side_baseline": sides.get("baseline"),
        "throughput": layouts["current"],
        "throughput_baseline": layouts.get("baseline"),
        "issue_14": goals,
        "run_s": round(time.perf_counter() - started, 1),
    }
    print_report(args, data_dir, built, sides, layouts)
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "web_bench" + ("-baseline" if args.baseline else "")
    name += "" if args.releases == 100_000 else f"-{args.releases}"
    (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    page = sides["current"]["page_new"]
    goal = page["p95_ms"] <= ISSUE_7["p95_ms"]
    print(
        f"\ngoal (search page p95 within issue 7's {ISSUE_7['p95_ms']} ms, new queries, "
        f"in-process): {'met' if goal else 'NOT met'} ({page['p95_ms']} ms)"
    )
    if "baseline" in sides:
        old = sides["baseline"]["page_new"]
        print(f"the same run, baseline page: p50 {old['p50_ms']} ms, p95 {old['p95_ms']} ms")
    print_goals(goals)
    print(f"\nrun took {report['run_s']:.0f} s; results in {RESULTS / name}.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
