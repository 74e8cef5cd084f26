"""robots.txt against a real server on 127.0.0.1: groups, Disallow, Crawl-delay, 4xx, 5xx."""

from __future__ import annotations

import pytest
from crawl_fixtures import MiniSite, build_site, settings_for

from crawler.crawl import run_crawl
from crawler.source import load_source
from crawler.store import ReleaseStore


@pytest.fixture
def site():
    server = MiniSite().start()
    yield server
    server.stop()


def _crawl(tmp_path, site, **values):
    summary = run_crawl(settings_for(tmp_path, site, **values), load_source(), progress=False)
    with ReleaseStore(tmp_path) as store:
        keys = {stored.key for stored in store.iter_releases()}
    return summary, keys


def test_group_for_ina_archive_wins_over_star_and_disallow_is_obeyed(tmp_path, site):
    robots = (
        "User-agent: *\nDisallow: /\n\n"
        "User-agent: ina-archive\nDisallow: /eng/page/\nDisallow: /eng/3-\nAllow: /\n"
    )
    build_site(site, count=15, per_page=10, robots=robots)
    summary, keys = _crawl(tmp_path, site, backfill=True)
    paths = site.paths()
    assert paths[0] == "/robots.txt"
    assert not [p for p in paths if p.startswith(("/eng/page/", "/eng/3-"))]
    assert keys == {f"en/{i}" for i in range(6, 16)} - {"en/3"}  # page 2 (ids 1-5) never read
    assert summary.robots >= 1


def test_crawl_delay_is_honoured(tmp_path, site):
    build_site(site, count=5, robots="User-agent: ina-archive\nCrawl-delay: 0.3\n")
    summary, keys = _crawl(tmp_path, site, delay=0.0)
    times = site.times()
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]  # robots.txt's gap included
    assert len(keys) == 5
    assert len(gaps) >= 7
    assert gaps[0] >= 0.3  # robots.txt -> the first page: Crawl-delay spaces it too (issue 11)
    assert min(gaps) >= 0.3


def test_robots_4xx_means_allow_all(tmp_path, site):
    build_site(site, count=5)
    site.set("/robots.txt", "gone", status=404)
    summary, keys = _crawl(tmp_path, site)
    assert len(keys) == 5
    assert summary.robots == 0


def test_robots_5xx_means_disallow_all(tmp_path, site):
    build_site(site, count=5)
    site.set("/robots.txt", "oops", status=500)
    summary, keys = _crawl(tmp_path, site, retries=1)
    assert set(site.paths()) == {"/robots.txt"}  # only robots.txt, retried boundedly
    assert len(site.paths()) == 2
    assert keys == set()
    assert summary.robots >= 1


def test_redirects_are_checked_against_robots_too(tmp_path, site):
    build_site(site, count=3)
    # robots.txt itself moved (followed within the site), and it disallows /eng/private/.
    site.routes["/robots.txt"] = lambda request: (301, {"Location": "/robots-moved.txt"}, b"")
    site.set(
        "/robots-moved.txt",
        "User-agent: *\nDisallow: /eng/private/\n",
        headers={"Content-Type": "text/plain"},
    )
    site.routes["/eng/2-release-number-2.html"] = lambda request: (
        301,
        {"Location": "/eng/private/2-release-number-2.html"},
        b"",
    )
    summary, keys = _crawl(tmp_path, site)
    assert not [p for p in site.paths() if p.startswith("/eng/private/")]
    assert keys == {"en/1", "en/3"}
    assert summary.robots == 1
    assert site.paths()[:2] == ["/robots.txt", "/robots-moved.txt"]
