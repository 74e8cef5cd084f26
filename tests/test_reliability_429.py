"""429 storms on 127.0.0.1: a storm that does not pass ends in a pause of the host, a bounded number
of requests that keep the polite gap; one that passes is ridden out, each Retry-After honoured."""

from __future__ import annotations

import pytest
from reliability.rawsite import gaps

from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, FaultRule, Site, SiteConfig
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import ReleaseStore


def test_429_storm_keeps_the_gap_and_ends_with_a_pause(tmp_path):
    delay = 0.15
    site = Site(SiteConfig(n_releases=10, per_page=10, feed_items=3))
    storm = FaultRule(path=r"^/(?!robots)", status=429, retry_after="0")
    with DemoSiteServer(site, faults=[storm]) as server:
        settings = CrawlSettings().with_values(
            {
                "data_dir": tmp_path,
                "start_urls": (server.base_url + "/eng/",),
                "delay": delay,
                "jitter": 0.0,
                "autothrottle": False,
                "allow_private_addresses": True,
                "retries": 2,
                "backoff_base": 0.05,
                "pause_after_failures": 3,
                "progress": False,
            }
        )
        summary = run_crawl(settings, load_source(), progress=False)
        times = [r.time for r in server.requests]
    assert summary.paused, summary.lines()
    assert any(line.startswith("paused 127.0.0.1") for line in summary.lines())
    # Bounded: at most pause_after_failures pages x (retries + 1) attempts, plus robots.txt.
    assert len(times) <= 3 * 3 + 1, len(times)
    assert min(gaps(times)) >= delay * 0.95, min(gaps(times))


@pytest.mark.slow
def test_429_storm_that_passes_is_ridden_out_politely(tmp_path):
    delay = 0.1
    site = Site(SiteConfig(n_releases=8, per_page=10, feed_items=3))
    storm = FaultRule(path=r"^/(?!robots)", status=429, retry_after="1", times=6)
    with DemoSiteServer(site, faults=[storm]) as server:
        settings = CrawlSettings().with_values(
            {
                "data_dir": tmp_path,
                "start_urls": (server.base_url + "/eng/",),
                "delay": delay,
                "jitter": 0.0,
                "autothrottle": False,
                "allow_private_addresses": True,
                "retries": 3,
                "pause_after_failures": 5,
                "progress": False,
            }
        )
        run_crawl(settings, load_source(), progress=False)
        requests = server.requests
    throttled = [r.time for r in requests if r.status == 429]
    after = [r.time for r in requests if r.time > throttled[0]]
    # After each 429 with Retry-After: 1 the next request waited about a second.
    for t429 in throttled:
        nxt = [t for t in after if t > t429]
        if nxt:
            assert nxt[0] - t429 >= 0.95, nxt[0] - t429
    assert min(gaps([r.time for r in requests])) >= delay * 0.95
    with ReleaseStore(tmp_path) as store:
        assert store.count(include_gone=True) == 8
