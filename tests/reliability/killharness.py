"""SIGKILL the crawler and the indexer at random points, recover, and check the data directory.

One harness for the test suite (about ten kills) and for ``bench/killtest.py`` (fifty and more).
Each cycle starts ``ina-archive crawl`` or ``ina-archive index [--rebuild]`` in a subprocess
against a demo site on 127.0.0.1 and kills it with SIGKILL:

- a crawl after a random number (1..``max_requests``) of answered requests plus a random few
  milliseconds, so kills land between fetch, WARC append, store write and frontier update;
- every third cycle, a crawl a random few milliseconds after the server answered an image, so
  kills land between an image's WARC append and its row in ``images.sqlite``;
- an indexer once it holds the index lock (its pid is in ``index.lock``) plus a random part of
  the time a clean index run takes, so kills land inside the writer and around the swap.

After every kill the harness recovers the way the next run would (SQLite opens its WAL, the
WARC archive cuts a torn tail) and checks: both SQLite files pass ``integrity_check``; no
release stored before the kill is lost; every key is stored once, at version 1 (the site does
not change); every release URL the frontier marks done is in the store; every WARC record reads
with warcio's ``ArchiveIterator`` and every stored release has its response in the WARC files;
the index (when there is one) opens and holds only keys of the store; every image marked
archived reads back through the web's reader with its sha256 (``image_checks``). At the end a
clean crawl and a clean index run must give exactly the site's releases, in the store and in
the index, and every release's lead photo archived.
"""

from __future__ import annotations

import random
import subprocess
import time
from pathlib import Path

from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from indexer import update_index
from reliability.consistency import KillReport, check, index_keys
from reliability.image_checks import missing_leads
from reliability.killprocs import (
    CLI,
    crawl_command,
    forget,
    index_command,
    kill_now,
    reaping,
    spawn,
)

__all__ = ["KillReport", "check", "crawl_command", "index_command", "index_keys", "run_kills"]


def _kill_crawl(data_dir: Path, server: DemoSiteServer, rng: random.Random, max_requests: int):
    """Run a crawl and kill it after a random number of answered requests."""
    wanted = len(server.requests) + rng.randint(1, max_requests)
    process = spawn(crawl_command(data_dir, server.base_url))
    deadline = time.monotonic() + 60
    while len(server.requests) < wanted and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.001)
    time.sleep(rng.uniform(0, 0.01))
    return kill_now(process)


def _kill_crawl_at_image(data_dir: Path, server: DemoSiteServer, rng: random.Random):
    """Run a crawl and kill it a random few milliseconds after the server answers an image."""
    images = sum("/uploads/" in r.path for r in server.requests)
    process = spawn(crawl_command(data_dir, server.base_url))
    deadline = time.monotonic() + 60
    while sum("/uploads/" in r.path for r in server.requests) <= images and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.001)
    time.sleep(rng.uniform(0, 0.01))
    return kill_now(process)


def _kill_both(data_dir: Path, server: DemoSiteServer, rng: random.Random, window: float):
    """Run a crawl and, while it runs, an incremental index; kill both at one random moment."""
    wanted = len(server.requests) + rng.randint(1, 20)
    crawl = spawn(crawl_command(data_dir, server.base_url))
    deadline = time.monotonic() + 60
    while len(server.requests) < wanted and crawl.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    index = spawn(index_command(data_dir, rebuild=False))
    while index.poll() is None and time.monotonic() < deadline:
        if f'"pid": {index.pid}' in _lock_holder(data_dir):
            break
        time.sleep(0.001)
    time.sleep(rng.uniform(0, window))
    return kill_now(crawl), kill_now(index)


def _kill_reparse(data_dir: Path, rng: random.Random):
    """Run ``ina-archive reparse`` (records rebuilt from the WARC files) and kill it mid-way."""
    process = spawn([*CLI, "reparse", "--data-dir", str(data_dir)])
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if f"pid {process.pid}," in (data_dir / "crawl.lock").read_text(encoding="utf-8"):
                break  # it holds the crawl lock: the WARC files are being read
        except OSError:
            pass
        time.sleep(0.001)
    time.sleep(rng.uniform(0, 0.3))
    return kill_now(process)


def _lock_holder(data_dir: Path) -> str:
    try:
        return (data_dir / "index.lock").read_text(encoding="utf-8")
    except OSError:
        return ""


def _kill_index(data_dir: Path, rebuild: bool, rng: random.Random, window: float):
    """Run the indexer; once it holds the lock, kill it a random part of ``window`` later."""
    process = spawn(index_command(data_dir, rebuild))
    deadline = time.monotonic() + 60
    holding = False
    while process.poll() is None and time.monotonic() < deadline:
        if f'"pid": {process.pid}' in _lock_holder(data_dir):
            holding = True
            break
        time.sleep(0.001)
    time.sleep(rng.uniform(0, window))
    killed = kill_now(process)
    return killed, holding and killed


def _clean_index_window(data_dir: Path) -> float:
    """Seconds from taking the index lock to the end of a clean rebuild (the kill window)."""
    process = spawn(index_command(data_dir, rebuild=True))
    taken = None
    while process.poll() is None:
        if taken is None and f'"pid": {process.pid}' in _lock_holder(data_dir):
            taken = time.monotonic()
        time.sleep(0.001)
    ended = time.monotonic()
    forget(process)  # ended and reaped by poll()
    return max(ended - (taken or ended), 0.05)


def run_kills(
    workdir: Path,
    *,
    kills: int,
    n_releases: int = 120,
    seed: int = 6,
    index_share: float = 0.4,
    both_share: float = 0.15,
    reparse_share: float = 0.1,
    max_requests: int = 40,
    min_index_kills: int = 0,
    log=None,
) -> KillReport:
    """Kill crawler and indexer ``kills`` times at random points, checking after each recovery.

    Args:
        workdir: an empty directory for the data directory.
        kills: how many SIGKILLs to deliver (runs that end before their kill do not count).
        n_releases: releases on the demo site.
        seed: random seed of the kill schedule.
        index_share: fraction of kills aimed at the indexer (half of them at ``--rebuild``).
        both_share: fraction of cycles running a crawl and an index together, killing both.
        reparse_share: fraction of cycles killing ``ina-archive reparse`` (store from WARC).
        max_requests: a crawl is killed after 1..max_requests answered requests.
        min_index_kills: go on past ``kills`` until this many kills have hit the indexer (an
            indexer that finishes before its kill lands does not count), within the attempt cap.
        log: optional callable receiving one line per kill.

    Returns:
        The :class:`KillReport`; ``violations`` lists every broken promise found.
    """
    rng = random.Random(seed)
    report = KillReport()
    started = time.monotonic()
    data_dir = workdir / "data"
    site = Site(SiteConfig(n_releases=n_releases, per_page=10, feed_items=5))
    expected = {release.key for release in site.releases()}
    report.releases_expected = len(expected)
    state: dict = {}
    window = 0.3
    attempts = 0
    with DemoSiteServer(site) as server, reaping():
        while (report.kills < kills or report.index_kills < min_index_kills) and (
            attempts < kills * 6
        ):
            attempts += 1
            stored = bool(state)
            if stored and window == 0.3:
                window = _clean_index_window(data_dir)
            if stored and rng.random() < both_share:
                crawl_killed, index_killed = _kill_both(data_dir, server, rng, window)
                report.kills += crawl_killed + index_killed
                report.crawl_kills += crawl_killed
                report.index_kills += index_killed
                report.both_kills += crawl_killed and index_killed
                report.runs_finished_before_kill += (not crawl_killed) + (not index_killed)
                state = check(data_dir, state, report, f"kill {report.kills} (crawl+index)")
                if log:
                    log(
                        f"both     killed={crawl_killed:d}{index_killed:d} stored={len(state):4d}"
                        f" violations={len(report.violations)}"
                    )
                continue
            if stored and rng.random() < reparse_share:
                killed = _kill_reparse(data_dir, rng)
                report.kills += killed
                report.reparse_kills += killed
                report.runs_finished_before_kill += not killed
                state = check(data_dir, state, report, f"kill {report.kills} (reparse)")
                if log:
                    log(
                        f"reparse  {'killed' if killed else 'ended '} stored={len(state):4d}"
                        f" violations={len(report.violations)}"
                    )
                continue
            aim_index = stored and rng.random() < index_share
            rebuild = aim_index and rng.random() < 0.5
            at_image = not aim_index and attempts % 3 == 0  # inside an image fetch and record
            if aim_index:
                killed, holding = _kill_index(data_dir, rebuild, rng, window)
            elif at_image:
                killed, holding = _kill_crawl_at_image(data_dir, server, rng), False
            else:
                killed, holding = _kill_crawl(data_dir, server, rng, max_requests), False
            what = ("rebuild" if rebuild else "index") if aim_index else "crawl"
            what = "image" if at_image else what
            if not killed:
                report.runs_finished_before_kill += 1
            else:
                report.kills += 1
                report.crawl_kills += not aim_index
                report.index_kills += aim_index
                report.rebuild_kills += rebuild
                report.index_kills_holding_lock += holding
                report.image_kills += at_image
            state = check(data_dir, state, report, f"kill {report.kills} ({what})")
            if log:
                log(
                    f"{what:8s} {'killed' if killed else 'ended '} stored={len(state):4d}"
                    f" violations={len(report.violations)}"
                )
            if len(state) == len(expected) and rng.random() < 0.5:
                # Everything is crawled: start over so that crawl kills land mid-crawl again.
                _finish_and_verify(data_dir, server, expected, report)
                data_dir = workdir / f"data-{attempts}"
                state, window = {}, 0.3
        _finish_and_verify(data_dir, server, expected, report)
    report.elapsed = time.monotonic() - started
    return report


def _finish_and_verify(data_dir: Path, server: DemoSiteServer, expected: set, report: KillReport):
    """A clean crawl and a clean index run: store and index must hold exactly the site."""
    done = subprocess.run(
        crawl_command(data_dir, server.base_url), capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        report.violations.append(f"final crawl failed: {done.stderr[-500:]}")
    update_index(data_dir)
    state = check(data_dir, {}, report, "final")
    report.releases_stored = len(state)
    if set(state) != expected:
        report.violations.append(
            f"final store differs from the site: missing {sorted(expected - set(state))[:5]},"
            f" extra {sorted(set(state) - expected)[:5]}"
        )
    report.leads_missing = len(missing := missing_leads(data_dir))
    if missing:
        report.violations.append(f"final: lead photos not archived for {missing[:5]}")
    if any(version != 1 for _, version in state.values()):
        report.violations.append("final store has releases at version > 1 (spurious versions)")
    indexed = index_keys(data_dir) or set()
    report.releases_indexed = len(indexed)
    if indexed != set(state):
        report.violations.append(
            f"final index differs from the store: missing {sorted(set(state) - indexed)[:5]},"
            f" extra {sorted(indexed - set(state))[:5]}"
        )
