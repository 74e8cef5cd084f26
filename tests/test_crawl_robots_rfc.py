"""Issue 11 end to end, against a real server on 127.0.0.1: robots.txt with a BOM, product tokens,
groups across unknown lines, and Crawl-delay spacing the request after robots.txt itself."""

from __future__ import annotations

import pytest
from crawl_fixtures import MiniSite, build_site, settings_for

from crawler.crawl import run_crawl
from crawler.source import load_source
from crawler.store import ReleaseStore
from crawler.throttle import HostGate


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


def _serve_robots(site: MiniSite, body: bytes) -> None:
    site.set("/robots.txt", body, headers={"Content-Type": "text/plain"})


def test_bom_robots_txt_disallowing_everything_stops_the_crawl(tmp_path, site):
    build_site(site, count=5)
    _serve_robots(site, b"\xef\xbb\xbfUser-agent: *\r\nDisallow: /\r\n")
    summary, keys = _crawl(tmp_path, site)
    assert site.paths() == ["/robots.txt"]
    assert keys == set()
    assert summary.robots >= 1


def test_bom_robots_txt_disallowing_a_section(tmp_path, site):
    build_site(site, count=12, per_page=5)
    body = "\ufeffUser-agent: ina-archive/1.0\nDisallow: /eng/page/\nDisallow: /eng/4-\n"
    _serve_robots(site, body.encode("utf-8"))
    summary, keys = _crawl(tmp_path, site, backfill=True)
    paths = site.paths()
    assert paths[0] == "/robots.txt"
    assert not [p for p in paths if p.startswith(("/eng/page/", "/eng/4-"))]
    assert keys == {f"en/{i}" for i in range(8, 13)}  # only the first listing page's releases
    # Negative control: the same site without the rules is crawled further.
    site.hits.clear()
    _serve_robots(site, b"\xef\xbb\xbfUser-agent: ina-archive\nDisallow:\n")
    _, all_keys = _crawl(tmp_path / "open", site, backfill=True)
    assert "/eng/page/2/" in site.paths()
    assert all_keys == {f"en/{i}" for i in range(1, 13)}


def test_prefix_groups_are_not_ours_and_unknown_lines_keep_a_group(tmp_path, site):
    build_site(site, count=4)
    _serve_robots(
        site,
        b"User-agent: ina\nDisallow: /\n\n"
        b"User-agent: ina-archive\nFoo: x\nUser-agent: otherbot\nDisallow: /eng/3-\n",
    )
    summary, keys = _crawl(tmp_path, site)
    assert "/eng/3-release-number-3.html" not in site.paths()
    assert keys == {"en/1", "en/2", "en/4"}


@pytest.mark.parametrize("delay, crawl_delay", [(0.0, 0.4), (0.3, 0.5)])
def test_crawl_delay_spaces_the_request_after_robots_txt(tmp_path, site, delay, crawl_delay):
    build_site(site, count=3)
    _serve_robots(site, f"User-agent: ina-archive\nCrawl-delay: {crawl_delay}\n".encode())
    summary, keys = _crawl(tmp_path, site, delay=delay)
    times = site.times()
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert site.paths()[0] == "/robots.txt"
    assert len(keys) == 3 and len(gaps) >= 4
    assert gaps[0] >= crawl_delay  # robots.txt -> the next request
    assert min(gaps) >= crawl_delay


def test_gate_floor_raised_after_a_request_spaces_the_next_one():
    clock = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        clock[0] += seconds

    gate = HostGate(
        delay=0.3, ceiling=10.0, autothrottle=False, clock=lambda: clock[0], sleep=sleep
    )
    with gate.slot("ina.iq") as done:  # robots.txt
        clock[0] += 0.1
        done(0.1, 200)
    gate.set_floor("ina.iq", 0.5)  # its Crawl-delay, learnt after the request
    with gate.slot("ina.iq") as done:
        done(0.1, 200)
    assert slept == [pytest.approx(0.5)]
    gate.set_floor("ina.iq", 0.5)  # setting it again does not push further
    with gate.slot("ina.iq"):
        pass
    assert slept == [pytest.approx(0.5), pytest.approx(0.5)]
