"""The crawler's own cost per page on loopback, and the politeness gap it keeps.

    python -m bench.crawl_bench [--releases 2000] [--delay 0.05] [--delay-pages 100]

1. A full backfill crawl of the demo site (``--releases``) with delay 0: fetch + parse + WARC +
   store per page, in pages/s (goal: at least 100, so that politeness, not the program, sets the
   pace). Run with the adaptive delay off (the program's cost) and on (the default settings).
2. With delay d over ``--delay-pages`` pages: the smallest gap between two consecutive requests
   as the server saw them (must never be below d).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import ReleaseStore

RESULTS = Path(__file__).resolve().parent / "results" / "crawl_bench.json"
GOAL_PAGES_PER_S = 100


def _settings(data_dir: Path, server: DemoSiteServer, **values) -> CrawlSettings:
    base = {
        "data_dir": data_dir,
        "start_urls": (server.base_url + "/eng/", server.base_url + "/"),
        "allow_private_addresses": True,
        "backfill": True,
        "backfill_pages": 100_000,
        "progress": False,
    }
    base.update(values)
    return CrawlSettings().with_values(base)


def _full_crawl(site: Site, **values) -> dict:
    with tempfile.TemporaryDirectory() as tmp, DemoSiteServer(site) as server:
        started = time.perf_counter()
        summary = run_crawl(_settings(Path(tmp), server, **values), load_source(), progress=False)
        elapsed = time.perf_counter() - started
        with ReleaseStore(tmp) as store:
            stored = store.count()
        warc_bytes = sum(p.stat().st_size for p in (Path(tmp) / "warc").glob("*.warc.gz"))
    return {
        "settings": values,
        "pages": summary.fetched,
        "requests": summary.requests,
        "releases_stored": stored,
        "errors": summary.errors + summary.parse_errors,
        "elapsed_s": round(elapsed, 2),
        "pages_per_s": round(summary.fetched / elapsed, 1),
        "ms_per_page": round(1000 * elapsed / max(summary.fetched, 1), 2),
        "mb_fetched": round(summary.bytes / 1e6, 1),
        "mb_warc": round(warc_bytes / 1e6, 1),
    }


def _gap_run(delay: float, pages: int) -> dict:
    site = Site(SiteConfig(n_releases=pages, seed=2))
    with tempfile.TemporaryDirectory() as tmp, DemoSiteServer(site) as server:
        settings = _settings(Path(tmp), server, delay=delay, max_pages=pages)
        summary = run_crawl(settings, load_source(), progress=False)
        times = [r.time for r in server.requests]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    return {
        "delay_s": delay,
        "requests": len(times),
        "pages": summary.fetched,
        "min_gap_s": round(min(gaps), 4),
        "mean_gap_s": round(sum(gaps) / len(gaps), 4),
        "never_below_delay": min(gaps) >= delay,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the measurements, print a table, write JSON; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(prog="python -m bench.crawl_bench")
    parser.add_argument("--releases", type=int, default=2000)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--delay-pages", type=int, default=100)
    args = parser.parse_args(argv or [])

    site = Site(SiteConfig(n_releases=args.releases, seed=1))
    own = _full_crawl(site, delay=0.0, jitter=0.0, autothrottle=False)
    default = _full_crawl(site, delay=0.0)
    gaps = _gap_run(args.delay, args.delay_pages)

    print(f"{'run':<36} {'pages':>6} {'s':>7} {'pages/s':>8} {'ms/page':>8} {'stored':>7}")
    for name, row in (
        ("delay 0, adaptive delay off", own),
        ("delay 0, adaptive delay on", default),
    ):
        print(
            f"{name:<36} {row['pages']:>6} {row['elapsed_s']:>7} {row['pages_per_s']:>8}"
            f" {row['ms_per_page']:>8} {row['releases_stored']:>7}"
        )
    print(
        f"delay {gaps['delay_s']} s over {gaps['requests']} requests: min gap {gaps['min_gap_s']} s,"
        f" mean gap {gaps['mean_gap_s']} s, never below the delay: {gaps['never_below_delay']}"
    )
    ok = own["pages_per_s"] >= GOAL_PAGES_PER_S and gaps["never_below_delay"]
    print(f"goal >= {GOAL_PAGES_PER_S} pages/s and gap >= delay: {'met' if ok else 'MISSED'}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "machine": platform.platform(),
                "load_average_1m_at_end": round(os.getloadavg()[0], 2),
                "python": platform.python_version(),
                "releases": args.releases,
                "own_cost": own,
                "default_settings": default,
                "gap": gaps,
                "goal_pages_per_s": GOAL_PAGES_PER_S,
                "goal_met": ok,
            },
            indent=2,
        )
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
