"""The demo site's Kurdish (/kurd/) and Turkmen (/turkmen/) sections: served in every layout, listed
in their listings, feeds and sitemaps, parsed to what the site says they are, and crawled."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from random import Random

import pytest
from lxml import etree

from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.demo_site.forms import format_date
from crawler.demo_site.vocab_ku_tk import MARKER
from crawler.parse import parse_release
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import ReleaseStore

BASE = "http://127.0.0.1:8001"
ROOTS = {"ku": "/kurd/", "tk": "/turkmen/"}


@pytest.fixture(scope="module")
def site() -> Site:
    return Site(SiteConfig(n_releases=300, seed=5, kurdish_share=0.2, turkmen_share=0.2))


@pytest.fixture(scope="module")
def kurdish_turkmen(site: Site) -> list:
    return [r for r in site.releases() if r.lang in ROOTS]


def test_default_site_has_no_kurdish_or_turkmen_releases_but_answers_their_sections() -> None:
    site = Site(SiteConfig(n_releases=30))
    assert {r.lang for r in site.releases()} == {"en", "ar"}
    for path in ("/kurd/", "/kurd/rss.xml", "/turkmen/sitemap.xml", "/turkmen/news_pages.xml"):
        status, _, body = site.response(path, BASE)
        assert status == 200 and b"/turkmen/9" not in body and b"/kurd/3" not in body


def test_every_section_numbers_its_own_ids_and_all_four_are_there(site: Site) -> None:
    counts = Counter(r.lang for r in site.releases())
    assert set(counts) == {"en", "ar", "ku", "tk"} and min(counts.values()) >= 30
    for lang in ROOTS:
        releases = [r for r in site.releases() if r.lang == lang]
        assert all(r.path.startswith(ROOTS[lang]) for r in releases)
        ids = [r.release_id for r in releases]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        assert site.find(lang, ids[3]) == releases[3].index


def test_every_layout_and_print_view_parses_to_the_ground_truth(site, kurdish_turkmen) -> None:
    families = Counter()
    for r in kurdish_turkmen:
        for path, truth in ((r.path, r.expected_for(BASE)), (r.print_path, None)):
            status, headers, body = site.response(path, BASE)
            assert status == 200
            got = parse_release(
                body, BASE + path, content_type=headers["Content-Type"], fetched_at=site.now
            )
            assert got == (truth or r.expected_print_for(BASE)), path
        families[(r.lang, r.family)] += 1
    assert {family for _, family in families} == {"ina", "dle", "redesign"}
    assert all(families[(lang, "redesign")] for lang in ROOTS)


def test_pages_read_in_their_direction_with_the_issue_forms(site, kurdish_turkmen) -> None:
    for lang, direction in (("ku", "rtl"), ("tk", "ltr")):
        stories = [r.story for r in kurdish_turkmen if r.lang == lang]
        page = site.response(stories[0].path, BASE)[2].decode()
        assert re.search(rf'<html lang="{lang}" dir="{direction}"', page)
        assert all(s.body.endswith(MARKER[lang]) for s in stories)
        bylines = {s.byline for s in stories}
        credits = " ".join(s.credit or "" for s in stories)
        dates = " ".join(s.date_text for s in stories)
        translators = [s.translator_line for s in stories if s.translator]
        if lang == "ku":
            assert any(b and re.fullmatch(r"\S+-INA", b) for b in bylines)  # بەغدا-INA
            assert any(b and re.fullmatch(r"\S+ - INA - .+", b) for b in bylines)
            assert "وێنە: " in credits and "فۆتۆ: " in credits and " و " in credits
            assert "ی " in dates
            assert re.search(r"[٠-٩]", dates) and re.search(r"ی (?:27|٢٧)\d\d", dates)  # solar
            assert translators and translators[0].startswith("وەرگێڕان: ")
        else:
            assert any(b and re.fullmatch(r"\S+ -INA", b) for b in bylines)  # Bağdat -INA
            assert any(b and re.fullmatch(r"\S+ – INA – .+", b) for b in bylines)
            assert "Fotoğraf: " in credits and "Foto: " in credits and " ve " in credits
            assert re.search(r"\d (?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos)", dates)
            assert translators and translators[0].startswith("Çeviri: ")
        assert None in bylines


@pytest.mark.parametrize(
    ("lang", "today", "yesterday"),
    [("ku", "ئەمڕۆ, 21:00", "دوێنێ, 21:00"), ("tk", "Bugün, 21:00", "Dün, 21:00")],
)
def test_the_newest_releases_have_dle_relative_dates(site: Site, lang, today, yesterday) -> None:
    now = site.now
    assert format_date(Random(1), lang, now.replace(hour=21, minute=0), now) == today
    assert (
        format_date(Random(1), lang, now.replace(hour=21, minute=0) - timedelta(days=1), now)
        == yesterday
    )


def test_listings_feeds_and_sitemaps_list_the_section(site: Site) -> None:
    for lang, root in ROOTS.items():
        newest = [r for r in site.releases() if r.lang == lang][::-1]
        listing = site.response(root, BASE)[2].decode()
        assert [p for p in re.findall(r'href="(/[^"]+\.html)"', listing) if "print:" not in p][
            : site.config.per_page
        ] == [r.path for r in newest[: site.config.per_page]]
        feed = etree.fromstring(site.response(f"{root}rss.xml", BASE)[2])
        links = [link.text for link in feed.iter("link")][1:]
        assert links == [BASE + r.path for r in newest[: site.config.feed_items]]
        assert feed.findtext("channel/language") == lang
        index = etree.fromstring(site.response(f"{root}sitemap.xml", BASE)[2])
        sitemaps = [loc.text for loc in index.iter("{*}loc")]
        urls = set()
        for sitemap in sitemaps:
            assert sitemap.startswith(BASE + root)
            page = etree.fromstring(site.response(sitemap.removeprefix(BASE), BASE)[2])
            urls |= {loc.text for loc in page.iter("{*}loc")}
        assert urls == {BASE + r.path for r in newest}


def test_a_crawl_with_the_default_sections_stores_every_release_as_the_site_means_it(
    tmp_path,
) -> None:
    site = Site(
        SiteConfig(n_releases=16, per_page=10, feed_items=5, kurdish_share=0.3, turkmen_share=0.3)
    )
    with DemoSiteServer(site) as server:
        settings = CrawlSettings().with_values(
            {
                "data_dir": tmp_path,
                "start_urls": (server.base_url + "/",),
                "delay": 0.0,
                "jitter": 0.0,
                "allow_private_addresses": True,
                "backfill": True,
                "progress": False,
                "images": "none",
            }
        )
        summary = run_crawl(settings, load_source(), progress=False)
        paths, base = server.paths(), server.base_url
    expected = {r.key: r.expected_for(base) for r in site.releases()}
    with ReleaseStore(tmp_path) as store:
        got = {s.key: s.release for s in store.iter_releases()}
    assert {key.split("/")[0] for key in got} == {"en", "ar", "ku", "tk"}
    assert got == expected and summary.errors == summary.parse_errors == 0
    assert {"/kurd/rss.xml", "/turkmen/rss.xml", "/kurd/sitemap.xml"} <= set(paths)
