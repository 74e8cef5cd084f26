"""What archiving photos adds to a crawl: requests and bytes per release, and the backfill days.

    python -m bench.image_crawl_bench [--releases 300]

The same demo site is crawled (backfill, delay 0) three times into fresh data directories, with
``images`` set to ``none``, ``lead`` (the default) and ``all``. The extra requests and bytes per
release come from the crawler's own counters and the WARC files' size. The extra requests are
turned into days of a full backfill of INA (~260,000 releases) at the default delay: 2 s a
request (the floor), or 2.25 s with the default 25 % jitter's average, assuming INA's share of
releases with photos equals the demo's (and, as an upper bound for ``lead``, that every INA
release has one).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
from pathlib import Path

from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.settings import CrawlSettings
from crawler.source import load_source

RESULTS = Path(__file__).resolve().parent / "results" / "image_crawl_bench.json"
INA_RELEASES = 260_000  # English ~37,000 (2025) + Arabic ~220,000 (2024): docs/scale.md


def crawl(site: Site, mode: str) -> dict:
    """One full crawl of the site with an ``images`` mode: requests, bytes and WARC bytes."""
    with tempfile.TemporaryDirectory() as tmp, DemoSiteServer(site) as server:
        settings = CrawlSettings().with_values(
            {
                "data_dir": tmp,
                "start_urls": (server.base_url + "/eng/", server.base_url + "/"),
                "delay": 0,
                "allow_private_addresses": True,
                "backfill": True,
                "backfill_pages": 100_000,
                "progress": False,
                "images": mode,
            }
        )
        summary = run_crawl(settings, load_source(), progress=False)
        warc = sum(p.stat().st_size for p in (Path(tmp) / "warc").glob("*.warc.gz"))
        images = sum("/uploads/posts/" in r.path for r in server.requests)
    return {
        "mode": mode,
        "releases": summary.new,
        "requests": summary.requests,
        "image_requests": images,
        "bytes": summary.bytes,
        "warc_bytes": warc,
    }


def main(argv: list[str] | None = None) -> int:
    """Crawl with each mode, print the extra cost per release, write the results file."""
    parser = argparse.ArgumentParser(prog="python -m bench.image_crawl_bench")
    parser.add_argument("--releases", type=int, default=300)
    args = parser.parse_args(argv)
    site = Site(SiteConfig(n_releases=args.releases))
    runs = {mode: crawl(site, mode) for mode in ("none", "lead", "all")}
    defaults = CrawlSettings()
    floor, mean_gap = defaults.delay, defaults.delay * (1 + defaults.jitter / 2)
    base = runs["none"]
    rows = []
    for mode in ("lead", "all"):
        run = runs[mode]
        releases = run["releases"]
        extra_requests = (run["requests"] - base["requests"]) / releases
        row = {
            "mode": mode,
            "extra_requests_per_release": round(extra_requests, 3),
            "extra_bytes_per_release": round((run["bytes"] - base["bytes"]) / releases),
            "extra_warc_bytes_per_release": round(
                (run["warc_bytes"] - base["warc_bytes"]) / releases
            ),
            "extra_backfill_days_for_ina": round(extra_requests * INA_RELEASES * floor / 86400, 1),
            "with_mean_jitter": round(extra_requests * INA_RELEASES * mean_gap / 86400, 1),
        }
        rows.append(row)
        print(
            f"{mode:4s}: +{row['extra_requests_per_release']} requests and"
            f" +{row['extra_bytes_per_release']:,} B (+{row['extra_warc_bytes_per_release']:,} B"
            f" of WARC) per release; a full INA backfill takes"
            f" +{row['extra_backfill_days_for_ina']} days at {floor:g} s a request"
            f" (+{row['with_mean_jitter']} with the average jitter)"
        )
    every = INA_RELEASES / 86400
    print(
        f"if every INA release has a lead photo: +{every * floor:.1f} days"
        f" (+{every * mean_gap:.1f} with the average jitter)"
    )
    machine = {"python": platform.python_version(), "cpus": os.cpu_count()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps({"machine": machine, "runs": runs, "extra": rows}, indent=2) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
