"""The INA-like demo site: deterministic content, its pages and files, and the faulty server."""

from __future__ import annotations

import gzip
import html
import re
import socket
import time
import zlib
from collections import Counter
from datetime import timedelta
from email.utils import parsedate_to_datetime

import feedparser
import pytest
import requests
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from protego import Protego

from crawler.demo_site import (
    DemoSiteError,
    DemoSiteServer,
    FaultRule,
    Faults,
    Site,
    SiteConfig,
)
from crawler.demo_site.feeds import ROBOTS_VARIANTS, TINY_JPEG
from crawler.demo_site.photos import photo_jpeg
from crawler.demo_site.vocab import MARKER_AR, MARKER_EN, TELEGRAM_LINE_AR
from crawler.source import load_source

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site() -> Site:
    return Site(SiteConfig(n_releases=300, seed=7, per_page=9, feed_items=15, sitemap_page_size=40))


@pytest.fixture(scope="module")
def big_site() -> Site:
    return Site(SiteConfig(n_releases=2000, seed=3))


@pytest.fixture
def server(site: Site):
    with DemoSiteServer(site) as srv:
        yield srv


def serve(site: Site, *rules: FaultRule) -> DemoSiteServer:
    return DemoSiteServer(site, faults=Faults(list(rules)))


# --- content --------------------------------------------------------------------------------


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    a, b = Site(SiteConfig(n_releases=150, seed=11)), Site(SiteConfig(n_releases=150, seed=11))
    c = Site(SiteConfig(n_releases=150, seed=12))
    for i in (0, 17, 80, 149):
        assert a.release(i).render() == b.release(i).render()
        assert a.release(i).expected == b.release(i).expected
    assert a.response("/eng/rss.xml") == b.response("/eng/rss.xml")
    assert a.response("/sitemap.xml") == b.response("/sitemap.xml")
    assert [a.release(i).render() for i in range(5)] != [c.release(i).render() for i in range(5)]


def test_both_languages_ids_increase_with_date_and_seed_release_is_in(big_site: Site) -> None:
    by_lang: dict[str, list] = {"en": [], "ar": []}
    for r in big_site.releases():
        by_lang[r.lang].append((r.expected.date, r.release_id))
    assert 0.6 < len(by_lang["en"]) / len(big_site) < 0.8
    for pairs in by_lang.values():
        ids = [rid for _, rid in pairs]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        dates = [d for d, _ in pairs]
        assert dates == sorted(dates)
    years = Counter(d.year for pairs in by_lang.values() for d, _ in pairs)
    assert set(years) == set(range(2019, 2026))
    seed = big_site.release(big_site.find("en", 9948))
    assert seed.path == "/eng/9948--.html" and not seed.synthetic
    assert seed.expected.date.isoformat() == "2020-11-15T13:12:00+03:00"


def test_every_synthetic_body_ends_with_the_marker_and_has_no_chrome(big_site: Site) -> None:
    for r in big_site.releases():
        if not r.synthetic:
            continue
        body = r.expected.body
        assert body.endswith(MARKER_EN if r.lang == "en" else MARKER_AR)
        for chrome in ("+A", "Related news", "Share", "Translated by", TELEGRAM_LINE_AR, "تصوير"):
            assert chrome not in body
        if r.index % 50 == 0:
            assert 40 <= len(body.split()) <= 700


def test_variants_the_parser_must_cope_with_all_occur(big_site: Site) -> None:
    stories = [r.story for r in big_site.releases() if r.synthetic]
    forms = {
        "en": [
            r"^[A-Z][\w ]+-INA- \w",
            r"^[A-Z][\w ]+ - INA$",
            r"^[A-Z][\w ]+ – INA – \w",
            r"^[A-Z][\w ]+ – INA$",
            r"^INA - [A-Z]",
            r"^INA- (London|Cairo|Amman|Paris|Geneva)$",
        ],
        "ar": [r"^\S.* - واع - \S", r"^\S.* – واع – \S", r"^\S.* - واع$"],
    }
    for lang, patterns in forms.items():
        bylines = [s.byline for s in stories if s.lang == lang]
        assert None in bylines
        for pattern in patterns:
            assert any(b and re.search(pattern, b) for b in bylines), pattern
        for s in stories:
            if s.lang == lang and s.byline:
                assert s.location in s.byline and (s.author is None or s.byline.endswith(s.author))
    credits = Counter(re.sub(r" [A-Z].*| .*", "", s.credit or "none") for s in stories)
    assert {"Photo", "Photo:", "Photography", "تصوير:", "تصوير/", "none"} <= set(credits)
    assert any(len(s.photographers) == 2 and " and " in s.credit for s in stories)
    assert any(s.translator for s in stories) and any(s.telegram for s in stories)
    assert {"utf-8", "windows-1256"} == {s.encoding for s in stories}
    dates = " ".join(s.date_text for s in stories)
    for form in ("Today, ", "Yesterday, ", "اليوم, ", "أمس, ", "th ", "٢٠", "تشرين", " - "):
        assert form in dates, form
    assert re.search(r"(^| )\d-\d\d-\d{4}, ", dates) and re.search(r"(^| )0\d-\d\d-\d{4}, ", dates)
    assert any(kind == "h" for s in stories for kind, _ in s.paragraphs)
    assert any(caption for s in stories for _, caption in s.images)
    assert {"p", "br"} == {s.markup for s in stories}
    assert any(s.slug == "-" for s in stories) and any(s.slug.count("-") > 2 for s in stories)
    assert any(re.fullmatch(r"-\d+(-\d+)*-", s.slug) for s in stories if s.lang == "ar")


def test_relative_dates_are_relative_to_the_site_clock(big_site: Site) -> None:
    now = big_site.now
    for r in big_site.releases():
        text = r.story.date_text
        if text.startswith(("Today", "اليوم")):
            assert r.expected.date.date() == now.date()
        if text.startswith(("Yesterday", "أمس")):
            assert r.expected.date.date() == (now - timedelta(days=1)).date()


def test_windows_1256_pages_decode_to_the_expected_arabic(big_site: Site) -> None:
    checked = 0
    for r in big_site.releases():
        if r.encoding != "windows-1256":
            continue
        raw = r.render()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        text = html.unescape(raw.decode("windows-1256"))
        assert "charset=windows-1256" in text
        expected = r.expected
        assert expected.title in text
        for paragraph in expected.body.split("\n\n"):
            assert (
                paragraph.replace('"', "&quot;") in raw.decode("windows-1256") or paragraph in text
            )
        soup = BeautifulSoup(raw, "lxml")
        assert soup.find("meta", property="og:title")["content"] == expected.title
        if r.family == "ina":
            assert soup.select_one("div.news-wrapper h1.main-title a").get_text() == expected.title
        checked += 1
        if checked == 20:
            break
    assert checked == 20


def test_release_page_has_the_layout_the_source_definition_expects(big_site: Site) -> None:
    source = load_source()
    ina = [i for i in range(len(big_site)) if big_site.release(i).family == "ina"]
    assert len(ina) > 400  # the 2020-2022 layout is still a large share of the site
    for index in (ina[0], ina[len(ina) // 2], ina[-1]):
        r = big_site.release(index)
        soup = BeautifulSoup(r.render("http://127.0.0.1:9"), "lxml")
        e = r.expected_for("http://127.0.0.1:9")
        assert soup.select_one(source.selector_list("title")[0]).get_text() == e.title
        assert r.story.date_text in soup.select_one("div.news-details ul.info").get_text()
        assert soup.find("link", rel="canonical")["href"] == e.url
        assert soup.find("meta", property="og:type")["content"] == "article"
        assert source.classify(e.url) == "release" and source.release_id(e.url) == e.release_id
        text = soup.select_one("div.news-details div.news-text").get_text(" ")
        assert e.body.split("\n\n")[0][:60] in " ".join(text.split())
        imgs = [img["src"] for img in soup.select("div.news-details div.news-text img")]
        assert imgs == [i.url for i in e.images]


def test_edit_and_remove_change_the_site() -> None:
    site = Site(SiteConfig(n_releases=60, seed=5, per_page=100))
    r = site.release(30)
    before_body, before_tag = r.expected.body, r.etag
    edited = site.edit(30)
    assert edited.revision == 1 and edited.etag != before_tag
    assert edited.expected.body.startswith(before_body.rsplit("\n\n", 1)[0])
    assert edited.expected.body != before_body and edited.last_modified > r.last_modified
    assert site.release(30).render() != r.render()
    site.remove(31, status=410)
    status, _, _ = site.response(site.release(31).path)
    assert status == 410
    lang = site.release(31).lang
    listing = site.response("/eng/" if lang == "en" else "/")[2].decode()
    assert site.release(31).path not in listing
    site.restore(31)
    assert site.response(site.release(31).path)[0] == 200
    with pytest.raises(DemoSiteError, match="seed release"):
        site.edit(site.find("en", 9948))


# --- listings, feeds, sitemaps, robots ------------------------------------------------------


@pytest.mark.parametrize(("lang", "start"), [("en", "/eng/"), ("ar", "/")])
def test_listings_paginate_and_link_every_release_once(site: Site, lang: str, start: str) -> None:
    source = load_source()
    seen: list[str] = []
    url, pages = start, 0
    while url:
        status, headers, body = site.response(url)
        assert status == 200 and source.classify(url) == "listing"
        soup = BeautifulSoup(body, "lxml")
        seen += [a["href"] for a in soup.select(source.selector_list("listing_links")[0])]
        nxt = soup.select_one(source.selector_list("next_page")[0])
        url = nxt["href"] if nxt else None
        pages += 1
    expected = [r.path for r in site.releases() if r.lang == lang][::-1]
    assert seen == expected  # newest first, every release exactly once
    assert pages == -(-len(expected) // site.config.per_page)
    assert site.response(f"{start}page/{pages + 1}/")[0] == 404
    assert site.response(f"{start}page/0/")[0] == 404


def test_category_listing_holds_only_that_category(site: Site) -> None:
    status, _, body = site.response("/eng/security/")
    assert status == 200
    links = [
        a["href"] for a in BeautifulSoup(body, "lxml").select("div.inner-news-block div.para p a")
    ]
    assert links
    for path in links[:5]:
        index = site.find("en", int(re.search(r"/(\d+)-", path)[1]))
        assert site.release(index).story.category_slug == "security"
    assert site.response("/eng/no-such-category/")[0] == 404


@pytest.mark.parametrize(("lang", "path"), [("en", "/eng/rss.xml"), ("ar", "/rss.xml")])
def test_rss_parses_with_feedparser(site: Site, lang: str, path: str) -> None:
    status, headers, body = site.response(path, "http://127.0.0.1:9")
    assert status == 200 and "rss" in headers["Content-Type"]
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    newest = [r for r in site.releases() if r.lang == lang][::-1][: site.config.feed_items]
    assert [e.link for e in feed.entries] == [
        r.expected_for("http://127.0.0.1:9").url for r in newest
    ]
    first, truth = feed.entries[0], newest[0].expected
    assert first.title == truth.title and first.tags[0].term == truth.category
    published = parsedate_to_datetime(first.published)
    assert published == truth.date and published.utcoffset() == timedelta(hours=3)
    assert first.author == (truth.author or "INA")


def test_sitemap_index_lists_pages_that_list_every_release(site: Site) -> None:
    base = "http://127.0.0.1:9"
    for lang, index_path in (("en", "/eng/sitemap.xml"), ("ar", "/sitemap.xml")):
        root = etree.fromstring(site.response(index_path, base)[2])
        pages = [loc.text for loc in root.iter(f"{SM}loc")]
        assert len(pages) > 1 and pages[0].endswith("/news_pages.xml")
        assert pages[1].endswith("/news_pages2.xml")
        urls: list[str] = []
        for page in pages:
            status, _, body = site.response(page.removeprefix(base), base)
            assert status == 200
            locs = [loc.text for loc in etree.fromstring(body).iter(f"{SM}loc")]
            assert len(locs) <= site.config.sitemap_page_size
            urls += locs
        expected = {r.expected_for(base).url for r in site.releases() if r.lang == lang}
        assert len(urls) == len(expected) and set(urls) == expected


def test_robots_txt_is_dle_like_and_configurable(site: Site) -> None:
    status, headers, body = site.response("/robots.txt", "http://127.0.0.1:9")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    robots = Protego.parse(body.decode())
    assert robots.can_fetch("http://127.0.0.1:9/eng/9948--.html", "ina-archive")
    assert not robots.can_fetch("http://127.0.0.1:9/engine/go.php?url=x", "ina-archive")
    assert list(robots.sitemaps) == [
        "http://127.0.0.1:9/sitemap.xml",
        "http://127.0.0.1:9/eng/sitemap.xml",
    ]
    custom = Site(SiteConfig(n_releases=5, robots_txt="User-agent: ina-archive\nCrawl-delay: 3\n"))
    parsed = Protego.parse(custom.response("/robots.txt")[2].decode())
    assert parsed.crawl_delay("ina-archive") == 3


def test_unknown_and_odd_paths_get_404_pages(site: Site) -> None:
    for path in (
        "/nope",
        "/eng/999999--.html",
        "/eng/news_pages99.xml",
        "/%ff%fe",
        "/eng/" + "a/" * 500,
        "/eng/page/x/",
    ):
        status, headers, body = site.response(path)
        assert status == 404 and b"<html" in body
    photo = "/eng/uploads/posts/2020-11/1605435120_icf-spokesman.jpg"
    assert site.response(photo)[2] == photo_jpeg(photo)  # a real JPEG, the same for the same path


def test_tiny_jpeg_is_a_complete_baseline_jpeg() -> None:
    assert TINY_JPEG[:2] == b"\xff\xd8" and TINY_JPEG[-2:] == b"\xff\xd9"
    sof = TINY_JPEG.index(b"\xff\xc0")
    assert TINY_JPEG[sof + 5 : sof + 9] == b"\x00\x01\x00\x01"  # 1 x 1 pixels


def test_bad_settings_are_explained() -> None:
    with pytest.raises(DemoSiteError, match="n_releases must be"):
        SiteConfig(n_releases=0)
    with pytest.raises(DemoSiteError, match="arabic_share"):
        SiteConfig(arabic_share=2)
    with pytest.raises(DemoSiteError, match="not a valid regular expression"):
        FaultRule(path="(")
    with pytest.raises(DemoSiteError, match="loopback"):
        DemoSiteServer(Site(SiteConfig(n_releases=3)), host="0.0.0.0")
    with pytest.raises(IndexError):
        Site(SiteConfig(n_releases=3)).release(3)


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
        assert time.monotonic() - started < 1.5
        started = time.monotonic()
        assert requests.get(srv.url("/"), timeout=5).status_code == 200
        assert time.monotonic() - started < 0.5
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


def test_lying_content_type_and_gzip(site: Site, big_site: Site) -> None:
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


@pytest.mark.parametrize(
    ("rule", "check"),
    [
        (FaultRule(path=r"^/robots\.txt$", status=500), lambda r: r.status_code == 500),
        (FaultRule(path=r"^/robots\.txt$", status=404), lambda r: r.status_code == 404),
        (
            FaultRule(path=r"^/robots\.txt$", body=bytes(range(256)) * 4),
            lambda r: len(r.content) == 1024,
        ),
        (
            FaultRule(path=r"^/robots\.txt$", body=b"User-agent: *\nDisallow: /private\n" * 50_000),
            lambda r: len(r.content) > 1_000_000,
        ),
        (
            FaultRule(
                path=r"^/robots\.txt$",
                body=b"User-agent: *\nDisallow: /\n\nUser-agent: ina-archive\nCrawl-delay: 2\nDisallow: /eng/page/\n",
            ),
            lambda r: (
                not Protego.parse(r.text).can_fetch("/eng/page/2/", "ina-archive")
                and Protego.parse(r.text).can_fetch("/eng/1--.html", "ina-archive")
                and not Protego.parse(r.text).can_fetch("/eng/1--.html", "otherbot")
            ),
        ),
    ],
)
def test_robots_variants(site: Site, rule: FaultRule, check) -> None:
    with serve(site, rule) as srv:
        assert check(requests.get(srv.url("/robots.txt"), timeout=5))


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


_FUZZ_SITE = Site(SiteConfig(n_releases=60, seed=9))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=0x6FF), max_size=60))
def test_any_path_gets_an_answer_never_an_exception(path: str) -> None:
    status, headers, body = _FUZZ_SITE.response("/" + path)
    assert status in (200, 301, 404) and isinstance(body, bytes)
    assert "Location" in headers if status == 301 else "Content-Type" in headers


def test_lastnews_listing_and_fetch_time(site: Site) -> None:
    assert site.response("/eng/lastnews/")[2].replace(b"lastnews/", b"") == site.response("/eng/")[
        2
    ].replace(b"lastnews/", b"")
    assert site.response("/eng/lastnews/page/2/")[0] == 200
    assert site.fetch_time == site.now == site.config.now


def test_robots_variants_parse_as_meant() -> None:
    def robots(name: str) -> Protego:
        site = Site(SiteConfig(n_releases=5, robots_txt=ROBOTS_VARIANTS[name]))
        return Protego.parse(site.response("/robots.txt", "http://127.0.0.1:9")[2].decode())

    group = robots("product_group")
    assert group.can_fetch("/eng/1--.html", "ina-archive") and not group.can_fetch(
        "/eng/1--.html", "x"
    )
    assert not group.can_fetch("/eng/page/2/", "ina-archive")
    assert robots("crawl_delay").crawl_delay("ina-archive") == 2
    assert not robots("disallow_all").can_fetch("/eng/", "ina-archive")
    assert robots("empty").can_fetch("/eng/", "ina-archive")


def test_big_english_site_keeps_the_seed_id_and_increasing_ids() -> None:
    site = Site(SiteConfig(n_releases=150_000, arabic_share=0.0, seed=2))
    seed = site.find("en", 9948)
    assert site.release(seed).path == "/eng/9948--.html"
    ids = [site.release(i).release_id for i in (0, seed - 1, seed, seed + 1, len(site) - 1)]
    assert ids == sorted(ids) and ids[0] >= 1 and ids[1:4] == [9947, 9948, 9949]
    assert site.date_of(seed - 1) <= site.date_of(seed) <= site.date_of(seed + 1)
