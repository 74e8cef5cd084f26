"""Fetch safety against a real server on 127.0.0.1: redirects, private addresses, size caps, charsets."""

from __future__ import annotations

import gzip
import time

import pytest
from crawl_fixtures import MiniSite, build_site, release_html, settings_for
from warcio.archiveiterator import ArchiveIterator

from crawler.crawl import run_crawl
from crawler.frontier import Frontier
from crawler.source import load_source
from crawler.store import ReleaseStore
from crawler.warc import warc_files


@pytest.fixture
def site():
    server = MiniSite().start()
    yield server
    server.stop()


def _crawl(tmp_path, site, **values):
    return run_crawl(settings_for(tmp_path, site, **values), load_source(), progress=False)


def _redirect(location: str):
    return lambda request: (301, {"Location": location, "Content-Type": "text/html"}, b"moved")


def _entry(tmp_path, site, path):
    return Frontier(tmp_path).get(site.base + path)


def test_redirect_to_canonical_within_the_site_is_followed(tmp_path, site):
    build_site(site, count=3)
    site.routes["/eng/2-release-number-2.html"] = _redirect("/eng/2-canonical-slug.html")
    site.set("/eng/2-canonical-slug.html", release_html(2, "Two", "The canonical page."))
    summary = _crawl(tmp_path, site)
    assert summary.new == 3
    with ReleaseStore(tmp_path) as store:
        assert store.get("en/2").release.url.endswith("/eng/2-canonical-slug.html")


def test_redirect_loop_is_stopped(tmp_path, site):
    build_site(site, count=3)
    site.routes["/eng/2-release-number-2.html"] = _redirect("/eng/2-b.html")
    site.routes["/eng/2-b.html"] = _redirect("/eng/2-release-number-2.html")
    summary = _crawl(tmp_path, site)
    assert summary.refused == 1
    assert site.paths().count("/eng/2-b.html") == 1
    assert "redirect loop" in _entry(tmp_path, site, "/eng/2-release-number-2.html").last_error


def test_long_redirect_chain_is_stopped(tmp_path, site):
    build_site(site, count=3)
    site.routes["/eng/2-release-number-2.html"] = _redirect("/eng/2-r1.html")
    site.fallback = lambda path, request: (
        _redirect(f"/eng/2-r{int(path[8:-5]) + 1}.html")(request)
        if path.startswith("/eng/2-r")
        else None
    )
    _crawl(tmp_path, site, max_redirects=4)
    assert len([p for p in site.paths() if p.startswith("/eng/2-")]) == 5
    assert (
        "more than 4 redirects" in _entry(tmp_path, site, "/eng/2-release-number-2.html").last_error
    )


def test_off_site_redirect_is_refused(tmp_path, site):
    build_site(site, count=3)
    port = site.base.rsplit(":", 1)[1]
    # "localhost" is this very server, but not an allowed host: the crawler must not go there.
    site.routes["/eng/2-release-number-2.html"] = _redirect(
        f"http://localhost:{port}/eng/2-elsewhere.html"
    )
    summary = _crawl(tmp_path, site)
    assert "/eng/2-elsewhere.html" not in site.paths()
    assert summary.refused == 1
    assert (
        "leaves the allowed hosts"
        in _entry(tmp_path, site, "/eng/2-release-number-2.html").last_error
    )


def test_private_address_redirect_is_refused(tmp_path, site):
    build_site(site, count=3)
    site.routes["/eng/2-release-number-2.html"] = _redirect(
        "http://169.254.169.254/latest/meta-data/"
    )
    summary = _crawl(tmp_path, site)
    assert summary.refused == 1
    assert "refused address" in _entry(tmp_path, site, "/eng/2-release-number-2.html").last_error


def test_loopback_is_refused_without_the_flag(tmp_path, site):
    build_site(site, count=3)
    summary = _crawl(tmp_path, site, allow_private_addresses=False)
    assert site.paths() == []  # not even robots.txt
    assert summary.fetched == 0 and summary.refused >= 1
    assert "--allow-private-addresses" in _entry(tmp_path, site, "/eng/").last_error


def _archived(tmp_path, url):
    for path in warc_files(tmp_path):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if (
                    record.rec_type == "response"
                    and record.rec_headers.get_header("WARC-Target-URI") == url
                ):
                    return record.rec_headers.get_header(
                        "WARC-Truncated"
                    ), record.content_stream().read()
    return None


def test_huge_body_is_cut_at_the_cap_and_flagged(tmp_path, site):
    build_site(site, count=3)
    path = "/eng/2-release-number-2.html"
    site.set(path, release_html(2, "Huge", "x" * 3_000_000))
    summary = _crawl(tmp_path, site, max_body_bytes=200_000)
    assert summary.truncated == 1
    entry = _entry(tmp_path, site, path)
    assert entry.flags == "truncated" and "200000 bytes" in entry.last_error
    truncated, body = _archived(tmp_path, site.base + path)
    assert truncated == "length" and len(body) == 200_000
    with ReleaseStore(tmp_path) as store:
        assert store.get("en/2") is None  # a cut page is archived and flagged, not stored
        assert store.count() == 2


def test_endless_body_and_gzip_bomb_are_cut(tmp_path, site):
    build_site(site, count=3)

    def endless(wfile):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            wfile.write(b"<p>" + b"a" * 65536 + b"</p>")

    site.routes["/eng/2-release-number-2.html"] = lambda request: (
        200,
        {"Content-Type": "text/html", "Connection": "close", "Content-Length": "999999999"},
        endless,
    )
    bomb = gzip.compress(b"<html>" + b" " * 50_000_000)
    site.routes["/eng/3-release-number-3.html"] = lambda request: (
        200,
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        bomb,
    )
    start = time.monotonic()
    summary = _crawl(tmp_path, site, max_body_bytes=300_000)
    assert time.monotonic() - start < 8
    assert summary.truncated == 2
    for path in ("/eng/2-release-number-2.html", "/eng/3-release-number-3.html"):
        truncated, body = _archived(tmp_path, site.base + path)
        assert truncated == "length" and len(body) == 300_000


def test_slow_drip_is_cut_at_the_deadline(tmp_path, site):
    build_site(site, count=2)

    def drip(wfile):
        for _ in range(40):
            wfile.write(b"<p>drip</p>")
            wfile.flush()
            time.sleep(0.1)

    site.routes["/eng/2-release-number-2.html"] = lambda request: (
        200,
        {"Content-Type": "text/html", "Content-Length": "440"},
        drip,
    )
    # the drip would complete (all 440 bytes) in 4 s: a cut body marked "time" is the deadline's
    summary = _crawl(tmp_path, site, fetch_deadline=1.0, read_timeout=2.0)
    assert summary.truncated == 1
    truncated, _ = _archived(tmp_path, site.base + "/eng/2-release-number-2.html")
    assert truncated == "time"


ARABIC_TITLE = "وزير الخارجية يلتقي السفير البريطاني في بغداد"


@pytest.mark.parametrize(
    "content_type",
    ["text/html; charset=windows-1256", "text/html"],  # header charset, or only the meta tag
)
def test_windows_1256_pages_are_stored_with_correct_arabic(tmp_path, site, content_type):
    site.set("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
    page = release_html(
        150001,
        ARABIC_TITLE,
        "التقى وزير الخارجية اليوم السفير وبحث معه العلاقات.",
        lang="ar",
        charset="windows-1256",
    )
    site.set("/150001--.html", page.encode("cp1256"), headers={"Content-Type": content_type})
    site.set("/", f'<html><body><a href="/150001--.html">{ARABIC_TITLE}</a></body></html>')
    summary = run_crawl(
        settings_for(tmp_path, site, start_urls=(site.base + "/",)), load_source(), progress=False
    )
    assert summary.new == 1
    with ReleaseStore(tmp_path) as store:
        release = store.get("ar/150001").release
    assert release.title == ARABIC_TITLE
    assert "العلاقات" in release.body
    assert release.language == "ar"


def test_non_html_release_is_skipped(tmp_path, site):
    build_site(site, count=3)
    site.set(
        "/eng/2-release-number-2.html", b"%PDF-1.4 ...", headers={"Content-Type": "application/pdf"}
    )
    summary = _crawl(tmp_path, site)
    assert summary.skipped == 1 and summary.new == 2
    assert _entry(tmp_path, site, "/eng/2-release-number-2.html").flags == "content_type"


def test_pages_that_do_not_parse_are_archived_and_flagged_never_fatal(tmp_path, site, monkeypatch):
    import crawler.pages as pages_module
    from crawler.parse import ParseError

    build_site(site, count=4)
    site.set(
        "/eng/2-release-number-2.html",
        "<html><body><h1>Error 500</h1><p>Try later</p></body></html>",
    )
    real_parse = pages_module.parse_release

    def parse(html, url, **kwargs):
        if url.endswith("/eng/3-release-number-3.html"):
            raise ParseError("The page could not be parsed (simulated parser bug).", url=url)
        return real_parse(html, url, **kwargs)

    monkeypatch.setattr(pages_module, "parse_release", parse)
    summary = _crawl(tmp_path, site)
    assert (summary.new, summary.not_release, summary.parse_errors) == (2, 1, 1)
    assert _entry(tmp_path, site, "/eng/2-release-number-2.html").flags == "not_a_release"
    assert _entry(tmp_path, site, "/eng/3-release-number-3.html").flags == "parse_error"
    assert _archived(tmp_path, site.base + "/eng/3-release-number-3.html")[1].startswith(b"<html>")


def test_requests_carry_the_honest_user_agent(tmp_path, site):
    build_site(site, count=2)
    _crawl(tmp_path, site)
    agents = {hit.headers.get("user-agent") for hit in site.hits}
    from crawler import __version__

    assert agents == {f"ina-archive/{__version__} (+https://github.com/ina-archive/ina-archive)"}
