"""The demo site over real HTTP on loopback: conditional GETs, redirects, and the faults of a
hostile or struggling server (throttling, delays, huge and endless bodies, lying headers, gzip
bombs, dropped connections). robots.txt variants: test_demo_site_pages.py."""

from __future__ import annotations

import gzip
import re
import socket
import time
import zlib
from email.utils import parsedate_to_datetime

import pytest
import requests

from crawler.demo_site import (
    DemoSiteServer,
    FaultRule,
    Faults,
    Site,
    SiteConfig,
)


@pytest.fixture(scope="module")
def site() -> Site:
    return Site(SiteConfig(n_releases=300, seed=7, per_page=9, feed_items=15, sitemap_page_size=40))


@pytest.fixture
def server(site: Site):
    with DemoSiteServer(site) as srv:
        yield srv


def serve(site: Site, *rules: FaultRule) -> DemoSiteServer:
    return DemoSiteServer(site, faults=Faults(list(rules)))


# --- the server -----------------------------------------------------------------------------


def test_server_answers_over_real_http_with_conditional_get(site: Site, server) -> None:
    with requests.Session() as http:
        r = http.get(server.url("/eng/9948--.html"), timeout=5)
        assert r.status_code == 200 and r.headers["Content-Type"] == "text/html; charset=utf-8"
        assert "Amna Al-Salami" in r.text and r.headers["ETag"]
        again = http.get(
            server.url("/eng/9948--.html"), headers={"If-None-Match": r.headers["ETag"]}, timeout=5
        )
        assert again.status_code == 304 and again.content == b""
        since = http.get(
            server.url("/eng/9948--.html"),
            headers={"If-Modified-Since": r.headers["Last-Modified"]},
            timeout=5,
        )
        assert since.status_code == 304
        other = http.get(
            server.url("/eng/9948--.html"), headers={"If-None-Match": '"nope"'}, timeout=5
        )
        assert other.status_code == 200
        post = http.post(server.url("/eng/"), data=b"x", timeout=5)
        assert post.status_code == 405 and post.headers["Allow"] == "GET, HEAD"
        head = http.head(server.url("/eng/rss.xml"), timeout=5)
        assert (
            head.status_code == 200
            and head.content == b""
            and int(head.headers["Content-Length"]) > 0
        )
    log = server.requests
    assert [(rec.method, rec.path, rec.status) for rec in log[-3:]] == [
        ("GET", "/eng/9948--.html", 200),
        ("POST", "/eng/", 405),
        ("HEAD", "/eng/rss.xml", 200),
    ]
    assert "If-None-Match" not in log[0].headers
    assert log[1].headers["If-None-Match"] == r.headers["ETag"] and log[1].status == 304


def test_server_sees_edits_and_removals() -> None:
    site = Site(SiteConfig(n_releases=40, seed=2))
    with DemoSiteServer(site) as srv, requests.Session() as http:
        r = site.release(20)
        first = http.get(srv.url(r.path), timeout=5)
        site.edit(20)
        changed = http.get(
            srv.url(r.path), headers={"If-None-Match": first.headers["ETag"]}, timeout=5
        )
        assert changed.status_code == 200 and changed.headers["ETag"] != first.headers["ETag"]
        site.remove(20, status=410)
        assert http.get(srv.url(r.path), timeout=5).status_code == 410


def test_wrong_slug_redirects_to_canonical_and_old_form_too(site: Site, server) -> None:
    r = next(r for r in site.releases() if r.lang == "en" and r.synthetic)
    wrong = f"/eng/{r.release_id}-some-other-slug.html"
    if wrong == r.path:
        wrong = f"/eng/{r.release_id}-x.html"
    resp = requests.get(server.url(wrong), timeout=5)
    assert resp.status_code == 200 and resp.url == server.url(r.path)
    assert resp.history[0].status_code == 301
    old = requests.get(server.url(f"/eng/{r.release_id}"), allow_redirects=False, timeout=5)
    assert old.status_code == 301 and old.headers["Location"] == r.path


def test_throttling_statuses_with_retry_after_then_recovery(site: Site) -> None:
    date = "Wed, 31 Dec 2025 18:31:00 GMT"
    rules = [
        FaultRule(path=r"^/eng/page/2/$", status=429, retry_after="2", times=1),
        FaultRule(path=r"^/eng/page/3/$", status=503, retry_after=date, times=2),
        FaultRule(path=r"^/eng/page/4/$", status=500, times=1),
        FaultRule(path=r"^/eng/page/5/$", status=502),
    ]
    with serve(site, *rules) as srv, requests.Session() as http:
        first = http.get(srv.url("/eng/page/2/"), timeout=5)
        assert first.status_code == 429 and first.headers["Retry-After"] == "2"
        assert http.get(srv.url("/eng/page/2/"), timeout=5).status_code == 200
        assert [http.get(srv.url("/eng/page/3/"), timeout=5).status_code for _ in range(3)] == [
            503,
            503,
            200,
        ]
        assert [http.get(srv.url("/eng/page/4/"), timeout=5).status_code for _ in range(2)] == [
            500,
            200,
        ]
        assert http.get(srv.url("/eng/page/5/"), timeout=5).status_code == 502
        assert srv.faults.hits(rules[3]) == 1
        assert [rec.status for rec in srv.requests][:2] == [429, 200]


def test_retry_after_http_date_is_sent_verbatim(site: Site) -> None:
    date = "Wed, 31 Dec 2025 18:31:00 GMT"
    with serve(site, FaultRule(path=r"^/rss\.xml$", status=503, retry_after=date)) as srv:
        r = requests.get(srv.url("/rss.xml"), timeout=5)
        assert r.status_code == 503 and parsedate_to_datetime(r.headers["Retry-After"]).year == 2025


def test_delay_makes_a_client_time_out_and_a_negative_control_does_not(site: Site) -> None:
    with serve(site, FaultRule(path=r"^/eng/$", delay=2.0)) as srv:
        started = time.monotonic()
        with pytest.raises(requests.exceptions.ReadTimeout):
            requests.get(srv.url("/eng/"), timeout=(2, 0.3))
        assert time.monotonic() - started < 1.9  # gave up before the delayed answer came
        # The control: another path is not delayed, so it answers within a read timeout shorter
        # than the fault's delay (a wall-clock bound would depend on the machine's speed).
        assert requests.get(srv.url("/"), timeout=(2, 1.5)).status_code == 200
    with serve(site, FaultRule(path=r"^/eng/$", delay=0.4, times=1)) as srv:
        started = time.monotonic()
        assert requests.get(srv.url("/eng/"), timeout=5).status_code == 200
        assert time.monotonic() - started >= 0.4


def test_redirect_faults(site: Site) -> None:
    rules = [
        FaultRule(path=r"^/offsite$", redirect="http://example.invalid/eng/"),
        FaultRule(path=r"^/private$", redirect="http://10.0.0.1/eng/1--.html", status=301),
        FaultRule(path=r"^/chain1$", redirect="/chain2"),
        FaultRule(path=r"^/chain2$", redirect="{base_url}/chain3"),
        FaultRule(path=r"^/chain3$", redirect="/eng/rss.xml"),
        FaultRule(path=r"^/loop-a$", redirect="/loop-b"),
        FaultRule(path=r"^/loop-b$", redirect="/loop-a"),
    ]
    with serve(site, *rules) as srv, requests.Session() as http:
        off = http.get(srv.url("/offsite"), allow_redirects=False, timeout=5)
        assert off.status_code == 302 and off.headers["Location"] == "http://example.invalid/eng/"
        private = http.get(srv.url("/private"), allow_redirects=False, timeout=5)
        assert private.status_code == 301 and private.headers["Location"].startswith(
            "http://10.0.0.1/"
        )
        chained = http.get(srv.url("/chain1"), timeout=5)
        assert chained.status_code == 200 and len(chained.history) == 3 and "<rss" in chained.text
        http.max_redirects = 5
        with pytest.raises(requests.exceptions.TooManyRedirects):
            http.get(srv.url("/loop-a"), timeout=5)
        assert srv.paths().count("/loop-a") == 3


def test_huge_body_is_streamed_and_the_client_can_stop_early(site: Site) -> None:
    size = 20 * 1024 * 1024
    with serve(site, FaultRule(path=r"^/eng/$", huge=size, max_time=5)) as srv:
        started = time.monotonic()
        with requests.get(srv.url("/eng/"), stream=True, timeout=5) as r:
            assert int(r.headers["Content-Length"]) == size
            got = 0
            for chunk in r.iter_content(64 * 1024):
                got += len(chunk)
                if got > 1024 * 1024:
                    break
        assert got > 1024 * 1024 and time.monotonic() - started < 3
        assert requests.get(srv.url("/"), timeout=5).status_code == 200  # still serving


def test_endless_body_is_bounded_by_max_time(site: Site) -> None:
    with serve(site, FaultRule(path=r"^/eng/rss\.xml$", endless=True, max_time=0.5)) as srv:
        started = time.monotonic()
        r = requests.get(srv.url("/eng/rss.xml"), timeout=5)
        elapsed = time.monotonic() - started
        assert "Content-Length" not in r.headers and len(r.content) > 1024 * 1024
        assert 0.4 < elapsed < 3


def test_slow_drip_is_slow_and_complete(site: Site) -> None:
    with serve(site, FaultRule(path=r"^/robots\.txt$", drip=0.02, drip_bytes=200)) as srv:
        started = time.monotonic()
        r = requests.get(srv.url("/robots.txt"), timeout=5)
        pieces = -(-len(r.content) // 200)
        assert r.content == site.response("/robots.txt", srv.base_url)[2]
        assert time.monotonic() - started >= 0.02 * (pieces - 1) * 0.9
    with serve(
        site, FaultRule(path=r"^/robots\.txt$", drip=0.2, drip_bytes=10, max_time=0.5)
    ) as srv:
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            requests.get(srv.url("/robots.txt"), timeout=5)


def test_lying_content_type_and_gzip(site: Site) -> None:
    big_site = Site(SiteConfig(n_releases=2000, seed=3))  # large enough to hold windows-1256 pages
    cp1256 = next(r for r in big_site.releases() if r.encoding == "windows-1256")
    rules = [
        FaultRule(path=re.escape(cp1256.path), content_type="text/html; charset=utf-8"),
        FaultRule(path=r"^/eng/rss\.xml$", gzip=True),
        FaultRule(path=r"^/rss\.xml$", content_type="application/octet-stream"),
    ]
    with DemoSiteServer(big_site, faults=rules) as srv:
        lying = requests.get(srv.url(cp1256.path), timeout=5)
        assert lying.headers["Content-Type"] == "text/html; charset=utf-8"
        assert b"charset=windows-1256" in lying.content
        assert lying.content == cp1256.render(srv.base_url)
        zipped = requests.get(srv.url("/eng/rss.xml"), timeout=5)
        assert zipped.headers["Content-Encoding"] == "gzip"
        assert zipped.content == big_site.response("/eng/rss.xml", srv.base_url)[2]
        raw = requests.get(srv.url("/eng/rss.xml"), stream=True, timeout=5).raw.read(
            decode_content=False
        )
        assert gzip.decompress(raw) == zipped.content
        assert (
            requests.get(srv.url("/rss.xml"), timeout=5).headers["Content-Type"]
            == "application/octet-stream"
        )
    with DemoSiteServer(big_site, compress=True) as srv:
        assert requests.get(srv.url("/eng/"), timeout=5).headers["Content-Encoding"] == "gzip"


def test_gzip_bomb_is_small_on_the_wire_and_huge_inflated(site: Site) -> None:
    with serve(site, FaultRule(path=r"^/bomb$", gzip_bomb=50 * 1024 * 1024)) as srv:
        with requests.get(srv.url("/bomb"), stream=True, timeout=5) as r:
            assert r.headers["Content-Encoding"] == "gzip"
            wire = int(r.headers["Content-Length"])
            raw = r.raw.read(decode_content=False)
        assert wire == len(raw) < 200 * 1024
        inflater = zlib.decompressobj(31)
        assert len(inflater.decompress(raw, 60 * 1024 * 1024)) == 50 * 1024 * 1024


def test_dropped_connection_and_stop_is_prompt(site: Site) -> None:
    srv = serve(
        site, FaultRule(path=r"^/drop$", drop=True), FaultRule(path=r"^/slow$", delay=30)
    ).start()
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(srv.url("/drop"), timeout=5)
    assert srv.requests[-1].status == 0
    sock = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
    sock.sendall(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
    time.sleep(0.1)
    started = time.monotonic()
    srv.stop()
    assert time.monotonic() - started < 2
    sock.settimeout(3)
    assert sock.recv(100) == b""  # closed without an answer, not hung
    sock.close()


def test_client_disconnects_print_no_tracebacks(site: Site, capfd) -> None:
    with serve(site, FaultRule(path=r"^/eng/$", huge=50 * 1024 * 1024)) as srv:
        for _ in range(3):
            sock = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
            sock.sendall(b"GET /eng/ HTTP/1.1\r\nHost: x\r\n\r\n")
            sock.recv(1000)
            sock.close()
        sock = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
        sock.sendall(b"\x16\x03\x01garbage that is not http\r\n\r\n")
        sock.recv(1000)
        sock.close()
        time.sleep(0.2)
        assert requests.get(srv.url("/"), timeout=5).status_code == 200
    out, err = capfd.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
