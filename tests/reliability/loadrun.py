"""The production server (``ina-archive serve``, waitress) under a bounded loopback load while
the crawler crawls a demo site, the indexer updates, and ``index --rebuild`` swaps generations.

Shared by the test suite (about fifteen seconds) and ``bench/load_bench.py`` (longer). Python
client threads with keep-alive sessions request a mix of pages (search with and without words,
facets, the JSON API, a release page, the Atom feed, a small CSV export); every answer must be a
200. The server's VmRSS is sampled from ``/proc/<pid>/status``. At the end the server must show
the final store's count (it picked up the last generation) and hold no deleted index file open
(no reader stuck on a removed generation).
"""

from __future__ import annotations

import random
import signal
import statistics
import subprocess
import threading
import time
from pathlib import Path

import requests
from childproc import CLI, kill_group, start

from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.store import ReleaseStore
from indexer import update_index
from reliability.killprocs import crawl_command, index_command
from reliability.loadreport import LoadReport
from reliability.procwatch import deleted_index_files, free_port, log_errors, rss_mb, wait_ready

PATHS = (
    "/",
    "/?q=oil",
    "/?q=النفط",
    "/?language=en&sort=oldest",
    "/api/search?q=minister&per_page=5",
    "/api/search?author=x&year=2024",
    "/feed.atom?q=minister",
    "/export.csv?limit=20",
)


def _crawl(data_dir: Path, base_url: str, *extra: str) -> subprocess.Popen:
    command = crawl_command(data_dir, base_url, *extra, delay="0.02")
    # Not a pipe: nobody reads it while the crawl runs, and a full pipe would block the crawl.
    return start(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _index(data_dir: Path, rebuild: bool = False) -> None:
    command = index_command(data_dir, rebuild, "--wait", "60")
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"index failed: {done.stderr[-400:]}")


def _generation(data_dir: Path) -> str:
    try:
        return (data_dir / "index" / "CURRENT").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _live_count(data_dir: Path) -> int:
    with ReleaseStore(data_dir) as store:
        return store.count()


class _Load:
    """Client threads hammering the server until stopped."""

    def __init__(self, base: str, clients: int, release_paths: list[str]) -> None:
        self.base = base
        self.paths = list(PATHS) + release_paths
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.statuses: dict[str, int] = {}
        self.failures: list[str] = []
        self.threads = [
            threading.Thread(target=self._client, args=(n,), daemon=True) for n in range(clients)
        ]

    def _client(self, n: int) -> None:
        rng = random.Random(n)
        session = requests.Session()
        while not self.stop.is_set():
            path = rng.choice(self.paths)
            started = time.perf_counter()
            try:
                response = session.get(self.base + path, timeout=30)
                response.content  # noqa: B018 - read the whole body
                status = str(response.status_code)
            except requests.RequestException as error:
                status = type(error).__name__
            elapsed = time.perf_counter() - started
            with self.lock:
                self.latencies.append(elapsed)
                self.statuses[status] = self.statuses.get(status, 0) + 1
                if status != "200" and len(self.failures) < 20:
                    self.failures.append(f"{path}: {status}")
        session.close()

    def __enter__(self) -> _Load:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


def run_load(
    workdir: Path,
    *,
    seconds: float,
    clients: int = 4,
    n_releases: int = 300,
    initial_pages: int = 60,
    rebuild_every: float = 4.0,
    log=None,
) -> LoadReport:
    """Serve, load, crawl, index and rebuild for about ``seconds``; see the module docstring.

    Args:
        workdir: an empty directory for the data directory.
        seconds: how long the load and the writers run.
        clients: concurrent client threads.
        n_releases: releases on the demo site the crawler crawls meanwhile.
        initial_pages: pages crawled (and indexed) before the server starts.
        rebuild_every: seconds between ``index --rebuild`` runs (incremental runs in between).
        log: optional callable receiving progress lines.

    Returns:
        The :class:`LoadReport`.
    """
    say = log or (lambda line: None)
    report = LoadReport(seconds=seconds, clients=clients)
    data_dir = workdir / "data"
    site = Site(SiteConfig(n_releases=n_releases, per_page=10, feed_items=5))
    with DemoSiteServer(site) as demo:
        first = _crawl(data_dir, demo.base_url, "--max-pages", str(initial_pages))
        first.wait(timeout=120)
        report.crawl_runs += 1
        update_index(data_dir)
        report.generations_seen.append(_generation(data_dir))
        report.releases_at_start = _live_count(data_dir)
        with ReleaseStore(data_dir) as store:
            keys = [item.key for item in store.iter_releases()][:20]
        release_paths = [f"/releases/{key}" for key in keys]
        port = free_port()
        server_log = open(workdir / "server.log", "wb")  # noqa: SIM115 - closed below
        server = start(
            [*CLI, "serve", "--data-dir", str(data_dir), "--port", str(port), "--threads", "4"],
            stdout=subprocess.DEVNULL,
            stderr=server_log,  # a pipe nobody reads would fill up and block the server's logging
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_ready(base, server)
            say(f"server pid {server.pid} ready on {base}")
            rss: list[float] = []
            sampling = threading.Event()

            def sample() -> None:
                while not sampling.is_set():
                    value = rss_mb(server.pid)
                    if value is not None:
                        rss.append(value)
                    time.sleep(0.25)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            with _Load(base, clients, release_paths) as load:
                _writers(data_dir, demo.base_url, seconds, rebuild_every, report, say)
            sampling.set()
            sampler.join()
            report.requests = sum(load.statuses.values())
            report.statuses = dict(load.statuses)
            report.failed = report.requests - load.statuses.get("200", 0)
            report.failures = load.failures
            latencies = sorted(load.latencies)
            if latencies:
                report.latency_ms_p50 = round(1000 * statistics.median(latencies), 1)
                report.latency_ms_p99 = round(1000 * latencies[int(0.99 * (len(latencies) - 1))], 1)
                report.latency_ms_max = round(1000 * latencies[-1], 1)
            _final_pickup(data_dir, base, report)
            _release_check(data_dir, base, server.pid, report)
            report.rss_mb_samples = [round(v, 1) for v in rss]
            if rss:
                warm = rss[len(rss) // 5 :] or rss
                report.rss_mb_start = round(warm[0], 1)
                report.rss_mb_end = round(rss[-1], 1)
                report.rss_mb_max = round(max(rss), 1)
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=10)
            finally:
                kill_group(server)
            server_log.close()
            report.server_log_errors = log_errors(workdir / "server.log")
    return report


def _writers(data_dir, base_url, seconds, rebuild_every, report, say) -> None:
    """Crawl in the background; index incrementally and rebuild on a schedule until time is up."""
    end = time.monotonic() + seconds
    crawl = _crawl(data_dir, base_url)
    report.crawl_runs += 1
    next_rebuild = time.monotonic() + rebuild_every
    try:
        # At least one rebuild whatever the machine's speed: a slow index run must not skip it.
        while time.monotonic() < end or not report.rebuilds:
            rebuild = time.monotonic() >= min(next_rebuild, end)
            _index(data_dir, rebuild=rebuild)
            report.index_runs += 1
            if rebuild:
                report.rebuilds += 1
                next_rebuild = time.monotonic() + rebuild_every
            generation = _generation(data_dir)
            if generation != report.generations_seen[-1]:
                report.generations_seen.append(generation)
            live = _live_count(data_dir)
            say(f"{'rebuild' if rebuild else 'index'}: {generation}, {live} releases")
            if crawl.poll() is not None and time.monotonic() < end:
                crawl = _crawl(data_dir, base_url)  # a recrawl: 304s and unchanged pages
                report.crawl_runs += 1
            time.sleep(0.5)
        crawl.wait(timeout=120)
    finally:
        kill_group(crawl)  # a crawl cut short by an error does not outlive the run
    _index(data_dir)
    report.index_runs += 1


def _final_pickup(data_dir: Path, base: str, report: LoadReport) -> None:
    """Wait for the server to show the final store's count; record the lag."""
    expected = _live_count(data_dir)
    report.releases_at_end = expected
    started = time.monotonic()
    while time.monotonic() - started < 30:
        total = requests.get(base + "/api/search?per_page=1", timeout=10).json()["total"]
        report.served_total_at_end = total
        if total == expected:
            report.pickup_lag_s = round(time.monotonic() - started, 2)
            return
        time.sleep(0.2)


def _release_check(data_dir: Path, base: str, pid: int, report: LoadReport) -> None:
    """Wait (asking the server, as a visitor would) until it holds no deleted index file open.

    A merge or a rebuild deletes files the open searcher still reads; the server must let go of
    them once it refreshes (every REFRESH_INTERVAL), not keep them forever.
    """
    started = time.monotonic()
    while True:
        report.deleted_index_files_open = deleted_index_files(pid, data_dir)
        if report.deleted_index_files_open == 0:
            report.deleted_files_released_after_s = round(time.monotonic() - started, 2)
            return
        if time.monotonic() - started > 15:
            return
        requests.get(base + "/api/search?per_page=1", timeout=10)
        time.sleep(0.25)
