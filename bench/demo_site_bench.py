"""How fast the INA-like demo site makes ground truth, pages and HTTP answers.

    python -m bench.demo_site_bench [--releases 100000] [--pages 2000] [--requests 500]

Goal from the brief: at least 5,000 ``expected`` Release records per second (no HTML rendered).
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import requests

from crawler.demo_site import DemoSiteServer, Site, SiteConfig

RESULTS = Path(__file__).resolve().parent / "results" / "demo_site_bench.json"
GOAL_RECORDS_PER_S = 5000


def _timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Run the measurements, print a table, write JSON; exit 1 when the records goal is missed."""
    parser = argparse.ArgumentParser(prog="python -m bench.demo_site_bench")
    parser.add_argument("--releases", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args(argv or [])

    site, build_s = _timed(lambda: Site(SiteConfig(n_releases=args.releases, seed=1)))
    count, records_s = _timed(lambda: sum(1 for r in site.releases() if r.expected.body))
    small = Site(SiteConfig(n_releases=args.pages, seed=1))
    sizes, render_s = _timed(lambda: [len(r.render()) for r in small.releases()])
    paths = [small.release(i % len(small)).path for i in range(args.requests)]
    with DemoSiteServer(small) as server, requests.Session() as http:

        def fetch_all() -> int:
            return sum(http.get(server.url(p), timeout=10).status_code == 200 for p in paths)

        ok, http_s = _timed(fetch_all)

    rows = [
        ("site build (index only)", f"{args.releases:,} releases", f"{build_s:.2f} s"),
        ("expected records", f"{count:,}", f"{count / records_s:,.0f} /s ({records_s:.1f} s)"),
        ("rendered pages", f"{len(sizes):,}", f"{len(sizes) / render_s:,.0f} /s"),
        ("HTTP GETs, 1 client", f"{ok:,} x 200", f"{ok / http_s:,.0f} /s"),
    ]
    print(f"{'measure':26} {'n':>18} {'rate':>26}")
    for name, n, rate in rows:
        print(f"{name:26} {n:>18} {rate:>26}")
    result = {
        "python": platform.python_version(),
        "releases": args.releases,
        "build_seconds": round(build_s, 3),
        "expected_records_per_second": round(count / records_s),
        "expected_records_seconds": round(records_s, 2),
        "render_pages_per_second": round(len(sizes) / render_s),
        "mean_page_bytes": round(sum(sizes) / len(sizes)),
        "http_requests_per_second": round(ok / http_s),
        "goal_records_per_second": GOAL_RECORDS_PER_S,
        "goal_met": count / records_s >= GOAL_RECORDS_PER_S,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"goal >= {GOAL_RECORDS_PER_S:,} records/s: {'met' if result['goal_met'] else 'MISSED'}")
    return 0 if result["goal_met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
