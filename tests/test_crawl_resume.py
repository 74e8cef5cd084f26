"""kill -9 in the middle of `ina-archive crawl`, then run again: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

import pytest
from childproc import CLI, running
from warcio.archiveiterator import ArchiveIterator

from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.frontier import Frontier
from crawler.store import ReleaseStore
from crawler.warc import warc_files

N_RELEASES = 60


def _command(data_dir, server) -> list[str]:
    return [
        *CLI,
        "crawl",
        "--data-dir",
        str(data_dir),
        "--start",
        server.base_url + "/eng/",
        "--start",
        server.base_url + "/",
        "--delay",
        "0.01",
        "--backfill",
        "--allow-private-addresses",
        "--no-progress",
    ]


def _release_requests(server) -> int:
    return sum(1 for r in server.requests if r.path.endswith(".html"))


def _kill_after(data_dir, server, requests: int) -> None:
    """Start a crawl and SIGKILL it once the server has answered ``requests`` release requests
    (feeds, sitemaps and listings come first, so counting all requests could kill before any)."""
    before = _release_requests(server)
    with running(
        _command(data_dir, server), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    ) as process:
        deadline = time.monotonic() + 30
        while _release_requests(server) < before + requests and time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(
                    f"the crawl ended before it was killed: {process.stderr.read().decode()}"
                )
            time.sleep(0.002)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_kill_9_then_resume_loses_nothing_and_duplicates_nothing(tmp_path):
    site = Site(SiteConfig(n_releases=N_RELEASES, per_page=10, feed_items=5))
    data_dir = tmp_path / "data"
    with DemoSiteServer(site) as server:
        _kill_after(data_dir, server, 15)
        with ReleaseStore(data_dir) as store:
            partial = store.count()
        assert 0 < partial < N_RELEASES
        _kill_after(data_dir, server, 30)
        done = subprocess.run(
            _command(data_dir, server), capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert "fetched" in done.stdout
        expected = {r.key: r.expected_for(server.base_url) for r in site.releases()}
        release_fetches = [
            r.path for r in server.requests if r.path.endswith(".html") and r.status == 200
        ]
        listing_fetches = [r.path for r in server.requests if "/page/" in r.path]

    with ReleaseStore(data_dir) as store:
        stored = list(store.iter_releases(include_gone=True))
        assert sorted(s.key for s in stored) == sorted(expected)  # each exactly once
        assert all(s.version == 1 and s.status == "live" for s in stored)  # no spurious versions
        assert {s.key: s.release for s in stored} == expected
    # The runs resumed: at most the page in flight at each kill was fetched again.
    assert len(release_fetches) <= N_RELEASES + 2
    assert len(listing_fetches) <= len(set(listing_fetches)) + 2  # the backfill went on, not over
    # Every WARC file reads to the end.
    responses = 0
    for path in warc_files(data_dir):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                record.content_stream().read()
                responses += record.rec_type == "response"
    assert responses >= N_RELEASES
    # crawl.sqlite is consistent and every release URL is done.
    frontier = Frontier(data_dir)
    assert frontier.integrity_ok()
    with sqlite3.connect(data_dir / "crawl.sqlite") as db:
        statuses = dict(
            db.execute("SELECT status, COUNT(*) FROM urls WHERE kind = 'release' GROUP BY status")
        )
    assert statuses == {"done": N_RELEASES}
    assert not (data_dir / "crawl.lock").read_text()  # released by the clean run


@pytest.mark.slow
def test_ctrl_c_prints_the_summary_and_the_next_run_resumes(tmp_path):
    site = Site(SiteConfig(n_releases=N_RELEASES, per_page=10, feed_items=5))
    data_dir = tmp_path / "data"
    with DemoSiteServer(site) as server:
        with running(
            _command(data_dir, server), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as process:
            deadline = time.monotonic() + 30
            while len(server.requests) < 20 and time.monotonic() < deadline:
                time.sleep(0.002)
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=20)
        assert process.returncode == 130, err
        assert "interrupted (Ctrl-C)" in out and "fetched" in out
        assert "Traceback" not in err
        frontier = Frontier(data_dir)
        try:
            assert frontier.interrupted()  # the run stays open: the next one resumes it
        finally:
            frontier.close()
        done = subprocess.run(
            _command(data_dir, server), capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
    with ReleaseStore(data_dir) as store:
        assert store.count() == N_RELEASES
        assert all(s.version == 1 for s in store.iter_releases())
