"""Issue 14's goals for the web page, judged from one ``bench.web_bench`` run.

- the search page's p95, one client, new queries (in-process): <= 150 ms;
- two waitress processes' requests/s under wrk: >= 2x the baseline's two processes' (the best
  thread layout on each side; the ratio to the baseline's one process is given beside it);
- no failed request under wrk (non-2xx, timeouts, socket errors); the latency runs already stop
  on any answer that is not a 200.
"""

from __future__ import annotations

from bench.web_load import error_count

# Issue 14's goals for the web page at 300k releases.
PAGE_P95_GOAL_MS = 150.0  # the search page, one client, new queries
THROUGHPUT_GOAL = 2.0  # two processes' requests/s over the baseline's two processes'


def best_rps(layouts: list[dict], processes: int, key: str = "rps") -> float | None:
    """The highest requests/s (or ``key``) of the layouts with this many processes (None if none
    ran)."""
    rates = [row[key] for row in layouts if row["processes"] == processes and row.get(key)]
    return max(rates) if rates else None


def cpu_ratio(layouts: list[dict], baseline_layouts: list[dict]) -> float | None:
    """Two processes' requests per CPU second over the baseline's: the req/s ratio the goal would
    show on idle cores, measured on a busy machine."""
    ours = best_rps(layouts, 2, "requests_per_cpu_s")
    theirs = best_rps(baseline_layouts, 2, "requests_per_cpu_s")
    return round(ours / theirs, 2) if ours and theirs else None


def issue_14_goals(sides: dict, layouts: list[dict], baseline_layouts: list[dict]) -> dict:
    """Issue 14's three web goals, each with its figure and met (None when not measured)."""
    p95 = sides["current"]["page_new"]["p95_ms"]
    goals = {"page_p95": {"ms": p95, "goal_ms": PAGE_P95_GOAL_MS, "met": p95 <= PAGE_P95_GOAL_MS}}
    # Beside it, the same requests' CPU p95: near the wall p95 an idle machine would show.
    goals["page_p95"]["cpu_ms"] = sides["current"]["page_new"].get("cpu_p95_ms")
    two, base_two = best_rps(layouts, 2), best_rps(baseline_layouts, 2)
    base_one = best_rps(baseline_layouts, 1)
    goals["two_process_rps"] = {
        "rps": two,
        "baseline_two_process_rps": base_two,
        "ratio": round(two / base_two, 2) if two and base_two else None,
        "baseline_one_process_rps": base_one,
        "ratio_to_baseline_one_process": round(two / base_one, 2) if two and base_one else None,
        "requests_per_cpu_s_ratio": cpu_ratio(layouts, baseline_layouts),
        "goal_ratio": THROUGHPUT_GOAL,
        "met": two >= THROUGHPUT_GOAL * base_two if two and base_two else None,
    }
    # The latency runs assert a 200 for every request, so only wrk's runs can count failures.
    errors = sum(error_count(row) for row in layouts) if layouts else None
    goals["errors"] = {"failed_requests": errors, "met": errors == 0 if layouts else None}
    return goals


def print_goals(goals: dict) -> None:
    """One line per goal: met, missed or not measured, with the figure it was judged on."""
    mark = {True: "met", False: "MISSED", None: "not measured"}
    page, rate, errors = goals["page_p95"], goals["two_process_rps"], goals["errors"]
    print("\nissue 14, the web page (today's code; the baseline as given by --baseline):")
    print(
        f"  search page p95, one client <= {page['goal_ms']:.0f} ms: {mark[page['met']]} "
        f"({page['ms']} ms; CPU p95 {page['cpu_ms']} ms)"
    )
    print(
        f"  two processes >= {rate['goal_ratio']:.0f}x the baseline's two-process req/s: "
        f"{mark[rate['met']]} ({rate['rps']} vs {rate['baseline_two_process_rps']} req/s, "
        f"{rate['ratio']}x; {rate['ratio_to_baseline_one_process']}x the baseline's one process "
        f"{rate['baseline_one_process_rps']} req/s; per CPU second of the servers "
        f"{rate['requests_per_cpu_s_ratio']}x)"
    )
    print(f"  0 failed requests under wrk: {mark[errors['met']]} ({errors['failed_requests']})")
