"""The demo site's listings, feeds, sitemaps and robots.txt (its variants too), and that any
path gets an answer."""

from __future__ import annotations

import re
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
from crawler.source import load_source

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site() -> Site:
    return Site(SiteConfig(n_releases=300, seed=7, per_page=9, feed_items=15, sitemap_page_size=40))


def serve(site: Site, *rules: FaultRule) -> DemoSiteServer:
    return DemoSiteServer(site, faults=Faults(list(rules)))


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
