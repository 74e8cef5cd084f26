"""The scale benchmark's goals (from issue 14) and its printed table."""

from __future__ import annotations

from bench.scale_engines import QUERY_TYPES

ENGINES = ("ina", "fts5", "tantivy")
LIMITS = {"p95_ms": 100, "rss_mb": 400, "open_s": 0.5, "build_rate": 3000, "incremental_s": 5}


def goals(results: dict) -> dict[str, dict]:
    """Each goal of the issue with the measured figure and whether it is met."""
    rows = results["queries"]
    ina_p95 = {name: rows[name]["ina"]["p95"] for name in QUERY_TYPES}
    slower = [
        name
        for name in QUERY_TYPES
        if "fts5" in rows[name] and ina_p95[name] > rows[name]["fts5"]["p95"]
    ]
    probe = results["probes"].get("ina", {})
    rss = [probe.get("after_warm_up", {}).get("VmRSS"), probe.get("after_load", {}).get("VmRSS")]
    build = results["build"]["ina"]["releases_per_s"]
    inc = results["incremental"]["seconds"]
    opened = probe.get("open_first_query_s")
    return {
        "every query type p95 <= 100 ms": {
            "met": max(ina_p95.values()) <= LIMITS["p95_ms"],
            "measured": f"worst {max(ina_p95, key=ina_p95.get)} {max(ina_p95.values())} ms",
        },
        "no type slower than FTS5 at p95": {
            "met": not slower,
            "measured": f"slower: {', '.join(slower)}" if slower else "none slower",
        },
        "web process <= 400 MB RSS after warm-up and after the load run": {
            "met": None not in rss and max(rss) <= LIMITS["rss_mb"],
            "measured": f"{rss[0]} / {rss[1]} MB",
        },
        "open + first query <= 0.5 s": {
            "met": opened is not None and opened <= LIMITS["open_s"],
            "measured": f"{opened} s",
        },
        "build >= 3,000 releases/s on both cores": {
            "met": build >= LIMITS["build_rate"],
            "measured": f"{build} releases/s",
        },
        "incremental 500 releases <= 5 s": {
            "met": inc <= LIMITS["incremental_s"],
            "measured": f"{inc} s",
        },
    }


def print_report(results: dict) -> None:
    """The tables of the issue, with every goal met or missed."""
    n = results["releases"]
    print(f"\n{n:,} releases, {results['queries_per_type']} queries per type, one run")
    if results.get("cold_queries", results["queries_per_type"]) != results["queries_per_type"]:
        print(f"(cold common-word phrases: {results['cold_queries']} queries)")
    print(f"\n{'p50 / p95 ms':28}" + "".join(f"{e:>20}" for e in ENGINES))
    for name in QUERY_TYPES:
        row = results["queries"][name]
        cells = [f"{row[e]['p50']:.1f} / {row[e]['p95']:.1f}" if e in row else "-" for e in ENGINES]
        print(f"{name:28}" + "".join(f"{c:>20}" for c in cells))
    if "cpu_p95" in results["queries"]["term"]["ina"]:
        print(f"\n{'CPU ms per query, p50 / p95':28}" + "".join(f"{e:>20}" for e in ENGINES))
        for name in QUERY_TYPES:
            row = results["queries"][name]
            cells = [
                f"{row[e]['cpu_p50']:.1f} / {row[e]['cpu_p95']:.1f}" if e in row else "-"
                for e in ENGINES
            ]
            print(f"{name:28}" + "".join(f"{c:>20}" for c in cells))
    build = results["build"]
    print(f"\n{'':28}" + "".join(f"{e:>20}" for e in ENGINES))
    print(
        f"{'build, releases/s':28}" + "".join(f"{build[e]['releases_per_s']:>20,}" for e in ENGINES)
    )
    print(f"{'index size, MB':28}" + "".join(f"{build[e]['mb']:>20,}" for e in ENGINES))
    if "cpu_seconds" in build["ina"]:
        ina = build["ina"]
        steal = (
            f", the machine's steal time {ina['steal_seconds']} s" if "steal_seconds" in ina else ""
        )
        print(
            f"ina-archive's build: {ina['cpu_seconds']} CPU s in {ina['seconds']} s "
            f"({ina['docs'] / ina['cpu_seconds']:,.0f} releases per CPU second){steal}"
        )
    probes = results["probes"]

    def cell(engine: str, key: str, field: str) -> str:
        value = probes.get(engine, {}).get(key, {}).get(field)
        return "?" if value is None else f"{value:.0f}"

    for label, key in (("after warm-up", "after_warm_up"), ("after 1,400 queries", "after_load")):
        print(
            f"{'RSS ' + label + ', MB':28}"
            + "".join(f"{cell(e, key, 'VmRSS'):>20}" for e in ENGINES)
        )
        print(
            f"{'  anon / file':28}"
            + "".join(
                f"{cell(e, key, 'RssAnon') + ' / ' + cell(e, key, 'RssFile'):>20}" for e in ENGINES
            )
        )
    print(
        f"{'peak RSS (VmHWM), MB':28}"
        + "".join(f"{cell(e, 'after_load', 'VmHWM'):>20}" for e in ENGINES)
    )
    print(
        f"{'open + first query, s':28}"
        + "".join(f"{probes.get(e, {}).get('open_first_query_s', '?'):>20}" for e in ENGINES)
    )
    before = probes.get("ina-copied", {})
    if "after_load" in before:
        print(
            "ina-archive opening the index as Whoosh does (private copies): RSS "
            f"{before['after_warm_up']['VmRSS']:.0f} / {before['after_load']['VmRSS']:.0f} MB "
            f"after warm-up / {before['load_queries']} queries "
            f"(anon {before['after_load']['RssAnon']:.0f}), open + first query "
            f"{before['open_first_query_s']} s"
        )
    inc = results["incremental"]
    print(f"\nincremental run: {inc['added']} new releases in {inc['seconds']} s")
    check = results["correctness"]
    print(f"matches equal to Whoosh's own: {check['agree']} of {check['checked']} queries")
    scaling = results["scaling"]
    if len(scaling["sizes"]) > 1:
        print(f"\np95 exponent over {', '.join(f'{s:,}' for s in scaling['sizes'])} releases")
        for name, by_engine in scaling["p95_exponent"].items():
            print(f"{name:28}" + "".join(f"{by_engine.get(e, '-'):>20}" for e in ENGINES))
        per = scaling["rss_mb_per_100k"]
        print(
            f"{'RSS MB per 100k (load run)':28}"
            + "".join(f"{per.get(e, '-'):>20}" for e in ENGINES)
        )
    print()
    for goal, row in results["goals"].items():
        print(f"{'met   ' if row['met'] else 'MISSED'}  {goal}: {row['measured']}")
