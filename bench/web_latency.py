"""Server-side latency of the search page and JSON API: the real app in-process, no network.

Used by ``bench.web_bench``, and also run as a script in a fresh process so that an older
checkout of the project can be timed on the same archive and the same queries::

    PYTHONPATH=<checkout> python bench/web_latency.py --data-dir D --mix mix.json --out out.json

It imports only the standard library and ``web.app``, so ``web`` is whichever checkout comes
first on the path; the result names the file it came from.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

WARM_UP = 20  # queries run before anything is timed (not timed, not reused)
ROUTES = (("page_new", "/"), ("api_new", "/api/search"), ("page_repeat", "/"))


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


def summary(route: str, times: list[float], cpu: list[float] | None = None) -> dict:
    """n, p50, p95 and the slowest of a list of milliseconds; with ``cpu`` (the same requests'
    CPU milliseconds) also their CPU p50 and p95, which a busy machine stretches far less."""
    out = {
        "route": route,
        "n": len(times),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "max_ms": round(max(times), 1),
    }
    if cpu:
        out["cpu_p50_ms"] = round(statistics.median(cpu), 1)
        out["cpu_p95_ms"] = round(percentile(cpu, 95), 1)
    return out


def measure(data_dir: Path, mix: list[str], rounds: int, release_key: str) -> dict:
    """Per-request latency of the app itself (Flask test client), after a warm-up.

    ``mix`` holds at least ``WARM_UP + 2 * rounds`` query strings: the warm-up, then one set for
    the page and one for the API; the page's set is then run a second time ("repeat").
    The raw times are kept (``times``) so that several processes' samples can be pooled.
    """
    from web.app import create_app

    app = create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 2.0})
    client = app.test_client()
    started = time.perf_counter()
    assert client.get("/").status_code == 200
    first_ms = (time.perf_counter() - started) * 1000
    for query in mix[:WARM_UP]:
        client.get("/" + query)
    set_a = mix[WARM_UP : WARM_UP + rounds]
    set_b = mix[WARM_UP + rounds : WARM_UP + 2 * rounds]
    out: dict = {"first_request_ms": round(first_ms, 1), "times": {}, "cpu_times": {}}
    # "new": queries this process has not run yet; "repeat": the same queries a second time.
    for (name, route), queries in zip(ROUTES, (set_a, set_b, set_a), strict=True):
        times, cpu = [], []
        for query in queries:
            # The test client answers in this thread: its CPU time is the request's.
            c0, t0 = time.thread_time(), time.perf_counter()
            response = client.get(route + query)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
            assert response.status_code == 200, (route + query, response.status_code)
        out[name] = summary(route, times, cpu)
        out["times"][name] = [round(t, 2) for t in times]
        out["cpu_times"][name] = [round(t, 2) for t in cpu]
    for name, path in (
        ("release", "/releases/" + release_key),
        ("csv_1000", "/export.csv?limit=1000"),
    ):
        t0 = time.perf_counter()
        response = client.get(path)
        response.get_data()  # the export streams: time the whole body
        assert response.status_code == 200, (path, response.status_code)
        out[name + "_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    out["web_module"] = sys.modules["web"].__file__
    return out


def in_fresh_process(
    data_dir: Path, mix: list[str], rounds: int, release_key: str, tree: Path, work: Path
) -> dict:
    """:func:`measure` in a new Python process whose ``web`` package comes from ``tree``."""
    work.mkdir(parents=True, exist_ok=True)
    mix_file, out_file = work / "mix.json", work / f"latency-{os.getpid()}-{time.time_ns()}.json"
    mix_file.write_text(json.dumps({"mix": mix, "release_key": release_key}))
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, str(Path(__file__).resolve()), "--data-dir", str(data_dir)]
    command += ["--mix", str(mix_file), "--rounds", str(rounds), "--out", str(out_file)]
    subprocess.run(command, cwd=tree, env=env, check=True, timeout=3600)
    result = json.loads(out_file.read_text())
    out_file.unlink()
    if not Path(result["web_module"]).resolve().is_relative_to(tree.resolve()):
        raise RuntimeError(f"timed {result['web_module']}, not the checkout in {tree}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--mix", type=Path, required=True, help="JSON: mix and release_key")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    given = json.loads(args.mix.read_text())
    result = measure(args.data_dir, given["mix"], args.rounds, given["release_key"])
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
