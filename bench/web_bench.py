"""Web benchmark: server-side latency of the search page and JSON API, throughput under waitress.

    python -m bench.web_bench [--releases 100000] [--data-dir DIR] [--duration 10]

1. Builds (or reuses) an archive of N synthetic releases (``crawler.demo_site``) with its index.
2. Server-side latency: the real app in-process, a fixed mix of searches (words, phrases,
   Arabic, facets, dates, sorts, deep pages) after warm-up; p50/p95/max per route.
3. Throughput on loopback: ``waitress`` processes (SO_REUSEPORT when more than one) in a few
   process x thread layouts, loaded by ``wrk`` for a bounded time, and each process's resident
   memory (VmRSS) after the load.

Prints a table and writes ``bench/results/web_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
LAYOUTS = ((1, 4), (1, 8), (2, 4), (2, 8))  # (processes, threads per process)


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


def query_mix(archive, count: int, seed: int = 7) -> list[str]:
    """Search page query strings: words and phrases taken from real titles, facets, dates, pages."""
    rng = random.Random(seed)
    sample = archive.search(query="", sort="newest", per_page=100).hits
    titles = [hit.release.title for hit in sample]
    words = [w for t in titles for w in re.findall(r"\w{4,}", t)]
    facets = archive.search(query="", per_page=1).facets
    authors = [f.value for f in facets.get("author", [])][:10]
    categories = [f.value for f in facets.get("category", [])][:10]
    years = [f.value for f in facets.get("year", [])]
    mix = []
    for i in range(count):
        params: dict = {}
        kind = i % 8
        if kind != 0:
            params["q"] = " ".join(rng.sample(words, 1 if kind in (1, 4, 6) else 2))
        if kind == 3:
            params["q"] = '"' + " ".join(rng.choice(titles).split()[:2]) + '"'
        if kind in (2, 6) and authors:
            params["author"] = rng.choice(authors)
        if kind in (4, 7) and categories:
            params["category"] = rng.choice(categories)
        if kind == 5 and years:
            params["year"] = rng.choice(years)
            params["sort"] = "oldest"
        if kind == 7:
            params["from"], params["to"] = "2021-01-01", "2022-06-30"
            params["sort"] = "newest"
        if kind == 6:
            params["page"] = rng.randint(2, 5)
        mix.append("?" + urlencode(params))
    return mix


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def server_side(data_dir: Path, rounds: int) -> dict:
    """Per-request latency of the app itself (Flask test client, no network), after warm-up."""
    from web.app import create_app

    app = create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 2.0})
    client = app.test_client()
    started = time.perf_counter()
    assert client.get("/").status_code == 200
    first_ms = (time.perf_counter() - started) * 1000
    archive = app.extensions["ina_archive"].get()
    mix = query_mix(archive, 20 + 3 * rounds)
    for query in mix[:20]:  # warm-up of the process, with queries not measured below
        client.get("/" + query)
    set_a, set_b = mix[20 : 20 + rounds], mix[20 + rounds : 20 + 2 * rounds]
    out = {"first_request_ms": round(first_ms, 1)}
    # "new": queries this process has not run yet; "repeat": the same queries a second time.
    for name, route, queries in (
        ("page_new", "/", set_a),
        ("api_new", "/api/search", set_b),
        ("page_repeat", "/", set_a),
    ):
        times = []
        for query in queries:
            t0 = time.perf_counter()
            response = client.get(route + query)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (route + query, response.status_code)
        out[name] = {
            "route": route,
            "n": len(times),
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(percentile(times, 95), 1),
            "max_ms": round(max(times), 1),
        }
    for name, path in (
        ("release", "/releases/" + mix_key(archive)),
        ("csv_1000", "/export.csv?limit=1000"),
    ):
        t0 = time.perf_counter()
        response = client.get(path)
        response.get_data()  # the export streams: time the whole body
        assert response.status_code == 200
        out[name + "_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    out["mix"] = mix[20 + 2 * rounds :]  # unseen queries for the throughput runs
    return out


def mix_key(archive) -> str:
    """A release key to open."""
    return archive.search(query="", per_page=1).hits[0].key


WORKER = """
import socket, sys, waitress
from web.app import create_app
from web.serve import warm_up
data_dir, port, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
sock.bind(("127.0.0.1", port))
app = create_app({"DATA_DIR": data_dir})
print(warm_up(app), flush=True)
waitress.serve(app, sockets=[sock], threads=threads, _quiet=True)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server at {url} did not answer within {timeout} s")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_wrk(port: int, paths: list[str], duration: int, connections: int) -> dict:
    """wrk over a rotating list of paths; returns requests/s and wrk's latency percentiles."""
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    quoted = ",".join(json.dumps(p) for p in paths)
    script.write(
        f"local paths = {{{quoted}}}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n"
    )
    script.close()
    cmd = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        "--timeout",
        "5s",
        "-s",
        script.name,
        f"http://127.0.0.1:{port}/",
    ]
    output = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60).stdout
    os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    lat = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    timeouts = re.search(r"timeout (\d+)", output)
    return {
        "rps": rps,
        "latency": lat,
        "non_2xx": int(errors.group(1)) if errors else 0,
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
    }


def throughput(data_dir: Path, paths: list[str], duration: int) -> list[dict]:
    """Requests/s and memory for each process x thread layout."""
    rows = []
    for procs, threads in LAYOUTS:
        port = free_port()
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, str(data_dir), str(port), str(threads)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            for _ in range(procs)
        ]
        try:
            for worker in workers:
                worker.stdout.readline()  # warmed
            wait_ready(f"http://127.0.0.1:{port}/")
            idle = [rss_mb(w.pid) for w in workers]
            first = run_wrk(port, paths, max(3, duration // 2), connections=8)
            result = run_wrk(port, paths, duration, connections=8)
            result.update(
                first_pass={k: first[k] for k in ("rps", "latency")},
                processes=procs,
                threads=threads,
                rss_idle_mb=[round(m) for m in idle],
                rss_after_mb=[round(rss_mb(w.pid)) for w in workers],
            )
            rows.append(result)
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            for worker in workers:
                try:
                    worker.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    worker.kill()
    return rows


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
    args = parser.parse_args(argv)
    data_dir = args.data_dir or shared_data_dir(args.releases)
    built = build_archive(data_dir, args.releases, args.rebuild)
    latency = server_side(data_dir, args.rounds)
    mix = latency.pop("mix")
    layouts = (
        []
        if args.no_wrk or not shutil.which("wrk")
        else throughput(
            data_dir,
            ["/" + q for q in mix[:100]] + ["/api/search" + q for q in mix[100:150]],
            args.duration,
        )
    )
    index_mb = sum(f.stat().st_size for f in (data_dir / "index").rglob("*") if f.is_file()) / 2**20
    report = {
        "releases": args.releases,
        "data_dir": str(data_dir),
        "build_s": round(built, 1),
        "index_mb": round(index_mb, 1),
        "server_side": latency,
        "throughput": layouts,
    }
    print(f"\nweb_bench: {args.releases:,} releases, index {index_mb:.0f} MB, build {built:.0f} s")
    print(f"first request after start: {latency['first_request_ms']} ms")
    print(f"{'in-process':<14}{'route':<13}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for name in ("page_new", "api_new", "page_repeat"):
        r = latency[name]
        print(
            f"{name:<14}{r['route']:<13}{r['n']:>5}{r['p50_ms']:>9}{r['p95_ms']:>9}{r['max_ms']:>9}"
        )
    print(
        f"release page {latency['release_ms']} ms, CSV export of 1,000 rows {latency['csv_1000_ms']} ms"
    )
    if layouts:
        print(
            f"\nwrk -t2 -c8, {args.duration} s after a warm-up pass (warm-up pass req/s in brackets)\n"
            f"{'procs x threads':<17}{'req/s':>8}{'(first)':>9}{'p50':>10}{'p99':>10}{'errors':>8}"
            "  RSS MB (idle -> after)"
        )
        for row in layouts:
            rss = ", ".join(
                f"{a}->{b}" for a, b in zip(row["rss_idle_mb"], row["rss_after_mb"], strict=True)
            )
            errors = row["non_2xx"] + row["timeouts"]
            print(
                f"{row['processes']} x {row['threads']:<13}{row['rps']:>8.1f}"
                f"{'(' + format(row['first_pass']['rps'], '.1f') + ')':>9}"
                f"{row['latency'].get('50', '?'):>10}{row['latency'].get('99', '?'):>10}{errors:>8}  {rss}"
            )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "web_bench.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    page = latency["page_new"]
    goal = page["p95_ms"] < 150 and page["max_ms"] < 1000
    print(
        f"\ngoal (search page p95 < 150 ms, max < 1 s, new queries, in-process): "
        f"{'met' if goal else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
