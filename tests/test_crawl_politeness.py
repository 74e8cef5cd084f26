"""Measured politeness against a real server on 127.0.0.1: gaps, Retry-After, timeouts, pauses."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from crawl_fixtures import MiniSite, build_site, release_html, settings_for

from crawler.crawl import run_crawl
from crawler.frontier import Frontier
from crawler.source import load_source
from crawler.store import ReleaseStore


@pytest.fixture
def site():
    server = MiniSite().start()
    yield server
    server.stop()


def _crawl(tmp_path, site, **values):
    return run_crawl(settings_for(tmp_path, site, **values), load_source(), progress=False)


def _gaps(times):
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_gaps_between_requests_are_at_least_the_delay(tmp_path, site):
    build_site(site, count=8)
    summary = _crawl(tmp_path, site, delay=0.2, jitter=0.1)
    gaps = _gaps(site.times())
    assert summary.new == 8
    assert len(gaps) >= 10
    assert site.paths()[0] == "/robots.txt" and gaps[0] >= 0.2  # robots.txt is spaced too
    assert min(gaps) >= 0.2
    assert summary.effective_delay >= 0.2


def test_negative_control_without_delay_gaps_are_small(tmp_path, site):
    build_site(site, count=8)
    summary = _crawl(tmp_path, site, delay=0.0)
    gaps = _gaps(site.times())
    assert summary.new == 8
    assert sorted(gaps)[len(gaps) // 2] < 0.1  # half the 0.2 s above: the delay is what spaced them


def _flaky(status: int, retry_after: callable, body: str):
    calls = []

    def route(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return status, {"Retry-After": retry_after(), "Content-Type": "text/html"}, b"busy"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode()

    return route


def test_retry_after_seconds_on_429_is_honoured(tmp_path, site):
    build_site(site, count=3)
    path = "/eng/2-release-number-2.html"
    site.routes[path] = _flaky(429, lambda: "1", release_html(2, "Two", "Retry after one second."))
    summary = _crawl(tmp_path, site)
    times = site.times(lambda p: p == path)
    assert len(times) == 2
    assert times[1] - times[0] >= 1.0
    assert summary.new == 3


def test_retry_after_http_date_on_503_is_honoured(tmp_path, site):
    build_site(site, count=3)
    path = "/eng/2-release-number-2.html"

    def in_two_seconds():
        return format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)

    site.routes[path] = _flaky(503, in_two_seconds, release_html(2, "Two", "Retry at a date."))
    summary = _crawl(tmp_path, site)
    times = site.times(lambda p: p == path)
    assert len(times) == 2
    assert times[1] - times[0] >= 1.0  # HTTP dates have whole seconds: 1-2 s from now
    assert summary.new == 3


def test_retry_after_too_long_pauses_the_host(tmp_path, site):
    build_site(site, count=3)
    site.set("/eng/3-release-number-3.html", "busy", status=429, headers={"Retry-After": "3600"})
    start = time.monotonic()
    summary = _crawl(tmp_path, site, max_retry_after=60)
    assert time.monotonic() - start < 10
    assert "127.0.0.1" in summary.paused
    assert "3600" in summary.paused["127.0.0.1"]
    assert site.paths().count("/eng/3-release-number-3.html") == 1


def test_timeouts_are_retried_a_bounded_number_of_times(tmp_path, site):
    build_site(site, count=3)
    path = "/eng/2-release-number-2.html"

    def slow(request):
        time.sleep(1.0)
        return 200, {"Content-Type": "text/html"}, b"late"

    site.routes[path] = slow
    summary = _crawl(tmp_path, site, read_timeout=0.3, retries=2)
    assert site.paths().count(path) == 3  # first try + 2 retries
    assert summary.errors == 1
    assert summary.new == 2
    entry = Frontier(tmp_path).get(site.base + path)
    assert entry.status == "error"
    assert "Timeout" in entry.last_error and "3 attempts" in entry.last_error


def test_host_paused_after_consecutive_failures_and_run_ends_cleanly(tmp_path, site):
    build_site(site, count=10)
    for i in range(1, 11):
        site.set(f"/eng/{i}-release-number-{i}.html", "down", status=500)
    summary = _crawl(tmp_path, site, retries=0, pause_after_failures=3)
    release_hits = [p for p in site.paths() if p.endswith(".html")]
    assert len(release_hits) == 3
    assert summary.errors == 3
    assert "3 failures in a row" in summary.paused["127.0.0.1"]
    assert any("paused 127.0.0.1" in line for line in summary.lines())
    with ReleaseStore(tmp_path) as store:
        assert store.count() == 0
    # The rest stays queued for the next run.
    with sqlite3.connect(tmp_path / "crawl.sqlite") as db:
        queued = db.execute(
            "SELECT COUNT(*) FROM urls WHERE kind = 'release' AND status = 'queued'"
        )
        assert queued.fetchone()[0] == 7


def test_max_pages_stops_the_run_and_the_next_run_goes_on(tmp_path, site):
    build_site(site, count=6)
    summary = _crawl(tmp_path, site, max_pages=4)
    assert summary.fetched == 4 and "--max-pages 4" in summary.stopped
    summary = _crawl(tmp_path, site)
    with ReleaseStore(tmp_path) as store:
        assert store.count() == 6
