"""The production server under a longer loopback load while crawl, index and rebuilds run.

    python -m bench.load_bench [--seconds 60] [--clients 8] [--releases 1000] [--rebuild-every 8]

Uses the harness of the test suite (``tests/reliability/loadrun.py``; the test runs about twelve
seconds): ``ina-archive serve`` (waitress, 4 threads) in a subprocess, Python client threads with
keep-alive sessions over a mix of pages, a crawl of the demo site, incremental index runs and
``index --rebuild`` swaps meanwhile. Reports requests, failures, latency, generations, the
server's VmRSS over time, whether it served the final count and let go of deleted index files.
Exits 1 on any failed request or server error.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from reliability.loadrun import run_load  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "load_bench.json"


def main(argv: list[str] | None = None) -> int:
    """Run the load and print a small table; writes ``bench/results/load_bench.json``."""
    parser = argparse.ArgumentParser(prog="python -m bench.load_bench")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--rebuild-every", type=float, default=8)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        report = run_load(
            Path(tmp),
            seconds=args.seconds,
            clients=args.clients,
            n_releases=args.releases,
            rebuild_every=args.rebuild_every,
            log=lambda line: print("  " + line, flush=True),
        )
    rss = report.rss_mb_samples
    half = rss[len(rss) // 2 :] or rss
    rows = [
        ("requests served", report.requests),
        ("failed requests", report.failed),
        ("server errors logged", len(report.server_log_errors)),
        ("requests/s", round(report.requests / max(args.seconds, 1e-9), 1)),
        (
            "latency p50 / p99 / max ms",
            f"{report.latency_ms_p50} / {report.latency_ms_p99} / {report.latency_ms_max}",
        ),
        (
            "crawl runs / index runs / rebuilds",
            f"{report.crawl_runs} / {report.index_runs} / {report.rebuilds}",
        ),
        ("generations served", " ".join(report.generations_seen)),
        ("releases at start / end", f"{report.releases_at_start} / {report.releases_at_end}"),
        ("server total at end", report.served_total_at_end),
        ("final generation picked up after s", report.pickup_lag_s),
        ("deleted index files held at end", report.deleted_index_files_open),
        (
            "RSS MB after warm-up / end / max",
            f"{report.rss_mb_start} / {report.rss_mb_end} / {report.rss_mb_max}",
        ),
        ("RSS MB range, second half", f"{min(half, default=0)} .. {max(half, default=0)}"),
    ]
    for name, value in rows:
        print(f"{name:38s} {value}")
    for line in report.failures + report.server_log_errors:
        print("FAILURE", line)
    result = {"settings": vars(args), **report.to_dict()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if report.failed or report.server_log_errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
