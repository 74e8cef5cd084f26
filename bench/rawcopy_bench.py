"""Raw-copy benchmark: finding a release's archived response by crawl.sqlite lookup vs by a scan.

    python -m bench.rawcopy_bench [--releases 10000] [--body-kb 40] [--lookups 1000]

1. Writes N release exchanges through the crawler's real ``WarcArchive`` (gzip WARC, fsync per
   exchange, rotation at 100 MB) and records each location in a real ``crawl.sqlite``
   (``Frontier`` schema, ``warc_file`` / ``warc_offset``).
2. Lookup: a fresh ``RawCopies`` with the scan switched off; the first request's latency, then
   p50/p95/max over a random sample of keys (read-only SQLite row + one WARC record read).
3. Scan fallback (a data directory without locations): the time until the first background scan
   has read every file, then the latency of a find from the scanned map.

Prints a table and writes ``bench/results/rawcopy_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from crawler.exchange import Exchange
from crawler.frontier import Frontier, Link
from crawler.warc import WarcArchive, warc_files
from web.rawcopy import RawCopies

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
WORDS = "minister envoy baghdad cooperation talks oil ministry council وزير بغداد النفط".split()


def _url(n: int) -> str:
    return f"https://ina.iq/eng/{n}-release-number-{n}.html"


def _page(rng: random.Random, n: int, size: int) -> bytes:
    words = rng.choices(WORDS, k=size // 7)
    return f"<html><body><h1>Release {n}</h1><p>{' '.join(words)}</p></body></html>".encode()


def build(data_dir: Path, releases: int, body_kb: int) -> float:
    """Write the WARC files and crawl.sqlite; returns seconds taken."""
    started = time.perf_counter()
    rng = random.Random(7)
    frontier = Frontier(data_dir)
    frontier.add(Link(_url(n), "release", release_key=f"en/{n}") for n in range(1, releases + 1))
    frontier.close()
    archive = WarcArchive(data_dir)
    locations = []
    for n in range(1, releases + 1):
        exchange = Exchange(
            url=_url(n),
            request_headers=(("User-Agent", "ina-archive-bench"),),
            status=200,
            reason="OK",
            http_version="HTTP/1.1",
            headers=(("Content-Type", "text/html; charset=utf-8"),),
            body=_page(rng, n, body_kb * 1024),
            started_at=datetime.now(UTC),
            latency=0.0,
        )
        location = archive.write(exchange)
        locations.append((location.file, location.offset, _url(n)))
    archive.close()
    with closing(sqlite3.connect(data_dir / "crawl.sqlite")) as db, db:
        db.executemany("UPDATE urls SET warc_file = ?, warc_offset = ? WHERE url = ?", locations)
    return time.perf_counter() - started


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
    }


def _timed_finds(copies: RawCopies, numbers: list[int]) -> list[float]:
    times = []
    for n in numbers:
        started = time.perf_counter()
        record = copies.find(_url(n), key=f"en/{n}")
        times.append(time.perf_counter() - started)
        if record is None or f"Release {n}<" not in record.text:
            raise SystemExit(f"wrong or missing raw copy for en/{n}")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.rawcopy_bench")
    parser.add_argument("--releases", type=int, default=10000)
    parser.add_argument("--body-kb", type=int, default=40)
    parser.add_argument("--lookups", type=int, default=1000)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ina-rawcopy-bench-"))
    try:
        build_s = build(work, args.releases, args.body_kb)
        files = warc_files(work)
        warc_bytes = sum(p.stat().st_size for p in files)
        sample = random.Random(1).sample(range(1, args.releases + 1), args.lookups)

        copies = RawCopies(work / "warc", scan=False)
        first = _timed_finds(copies, sample[:1])[0]
        lookup = _timed_finds(copies, sample)

        (work / "crawl.sqlite").unlink()  # an older data dir: no locations, the scan must do
        scanning = RawCopies(work / "warc")
        started = time.perf_counter()
        if not scanning.wait_ready(timeout=3600):
            raise SystemExit("the fallback scan did not finish within an hour")
        scan_s = time.perf_counter() - started
        scanned = _timed_finds(scanning, sample)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = {
        "releases": args.releases,
        "body_kb": args.body_kb,
        "warc_files": len(files),
        "warc_mb": round(warc_bytes / 1e6, 1),
        "build_s": round(build_s, 1),
        "lookup_first_request_ms": round(first * 1000, 3),
        "lookup": _ms(lookup),
        "scan_first_ready_s": round(scan_s, 2),
        "scan_mb_per_s": round(warc_bytes / 1e6 / scan_s, 1),
        "scan_then_find": _ms(scanned),
        "lookups": args.lookups,
    }
    print(f"{args.releases} releases, {len(files)} WARC files, {report['warc_mb']} MB (gzip)")
    print(f"{'path':<34}{'first ready':>14}{'p50':>10}{'p95':>10}{'max':>10}")
    print(
        f"{'crawl.sqlite lookup (no scan)':<34}{report['lookup_first_request_ms']:>11.1f} ms"
        + "".join(f"{report['lookup'][k]:>7.2f} ms" for k in ("p50_ms", "p95_ms", "max_ms"))
    )
    print(
        f"{'scan fallback':<34}{scan_s:>12.1f} s"
        + "".join(f"{report['scan_then_find'][k]:>7.2f} ms" for k in ("p50_ms", "p95_ms", "max_ms"))
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "rawcopy_bench.json").write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
