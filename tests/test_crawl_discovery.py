"""Discovery against a real server on 127.0.0.1: feeds, sitemap indexes, robots Sitemap lines, traps."""

from __future__ import annotations

import re

import pytest
from crawl_fixtures import MiniSite, build_site, listing_html, release_html, settings_for

from crawler.crawl import run_crawl
from crawler.source import load_source
from crawler.store import ReleaseStore


@pytest.fixture
def site():
    server = MiniSite().start()
    yield server
    server.stop()


def _keys(tmp_path):
    with ReleaseStore(tmp_path) as store:
        return {s.key for s in store.iter_releases()}


def _rss(base: str, ids: list[int]) -> str:
    items = "".join(
        f"<item><title>r{i}</title><link>{base}/eng/{i}-from-feed.html?utm_source=rss</link>"
        f"<pubDate>Sun, 15 Nov 2020 13:12:00 +0300</pubDate></item>"
        for i in ids
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>INA</title>{items}</channel></rss>'


def test_feed_sitemap_index_and_robots_sitemap_lines(tmp_path, site):
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    for i in range(1, 10):
        site.set(f"/eng/{i}-from-feed.html", release_html(i, f"Release {i}", "Found by discovery."))
    site.set("/eng/", listing_html([]))
    site.set(
        "/eng/rss.xml", _rss(site.base, [1, 2]), headers={"Content-Type": "application/rss+xml"}
    )
    site.set(
        "/robots.txt",
        f"User-agent: *\nAllow: /\nSitemap: {site.base}/sitemap.xml\n",
        headers={"Content-Type": "text/plain"},
    )
    xml = {"Content-Type": "application/xml"}
    site.set(
        "/sitemap.xml",
        f'<?xml version="1.0"?><sitemapindex {ns}><sitemap><loc>{site.base}/news_pages.xml</loc></sitemap>'
        f"<sitemap><loc>{site.base}/static_pages.xml</loc></sitemap></sitemapindex>",
        headers=xml,
    )
    urls = "".join(
        f"<url><loc>{site.base}/eng/{i}-from-feed.html</loc></url>" for i in range(3, 10)
    )
    site.set("/news_pages.xml", f'<?xml version="1.0"?><urlset {ns}>{urls}</urlset>', headers=xml)
    summary = run_crawl(settings_for(tmp_path, site), load_source(), progress=False)
    assert _keys(tmp_path) == {f"en/{i}" for i in range(1, 10)}
    assert summary.new == 9
    paths = site.paths()
    assert "/static_pages.xml" not in paths  # not a pattern the source crawls
    assert (
        paths.index("/eng/rss.xml")
        < paths.index("/eng/1-from-feed.html")
        < paths.index("/news_pages.xml")
    )
    assert not [p for p in paths if "utm_source" in p]  # tracking parameters stripped


def test_calendar_pages_endless_pagination_and_link_chains_cannot_trap_the_crawl(tmp_path, site):
    build_site(site, count=5)
    calendar = "".join(f'<a href="/eng/2020/01/{d:02d}/">{d}</a>' for d in range(1, 29))

    def endless(path, request):
        page = re.fullmatch(r"/eng/page/(\d+)/", path)
        if page:
            n = int(page.group(1))
            html = listing_html([], f"/eng/page/{n + 1}/", extra=calendar)
            return 200, {"Content-Type": "text/html"}, html.encode()
        section = re.fullmatch(r"/eng/section(\d+)/", path)
        if section:
            n = int(section.group(1))
            html = listing_html([], extra=f'<a href="/eng/section{n + 1}/">more</a>' + calendar)
            return 200, {"Content-Type": "text/html"}, html.encode()
        return None

    site.fallback = endless
    site.set(
        "/eng/",
        listing_html(
            [f"/eng/{i}-release-number-{i}.html" for i in range(1, 6)],
            "/eng/page/2/",
            extra='<a href="/eng/section1/">sections</a>' + calendar,
        ),
    )
    summary = run_crawl(
        settings_for(tmp_path, site, backfill=True, backfill_pages=6, max_depth=3),
        load_source(),
        progress=False,
    )
    paths = site.paths()
    assert not [p for p in paths if re.match(r"/eng/\d{4}/", p)]  # calendar never fetched
    assert sorted(p for p in paths if p.startswith("/eng/page/")) == [
        f"/eng/page/{n}/" for n in range(2, 7)
    ]
    assert [p for p in paths if "/section" in p] == [
        "/eng/section1/",
        "/eng/section2/",
        "/eng/section3/",
    ]
    assert summary.new == 5


def test_without_backfill_only_the_first_listing_page_is_read(tmp_path, site):
    build_site(site, count=25, per_page=10)
    summary = run_crawl(settings_for(tmp_path, site), load_source(), progress=False)
    assert not [p for p in site.paths() if p.startswith("/eng/page/")]
    assert summary.new == 10
    summary = run_crawl(settings_for(tmp_path, site, backfill=True), load_source(), progress=False)
    assert summary.new == 15 and len(_keys(tmp_path)) == 25


def test_a_listing_known_by_its_canonical_link_is_not_fetched_twice(tmp_path, site):
    build_site(site, count=3)
    page = listing_html(
        [f"/eng/{i}-release-number-{i}.html" for i in range(1, 4)],
        extra='<a href="/eng/latest/">latest</a>',
    )
    site.set(
        "/eng/",
        page.replace("<html>", '<html><head><link rel="canonical" href="/eng/latest/"></head>'),
    )
    site.set("/eng/latest/", page)
    summary = run_crawl(settings_for(tmp_path, site), load_source(), progress=False)
    assert summary.new == 3
    assert "/eng/latest/" not in site.paths()


def test_backfill_until_stops_paging_at_older_dates(tmp_path, site):
    build_site(site, count=3)
    years = {1: 2024, 2: 2023, 3: 2022, 4: 2021, 5: 2020}

    def dated(path, request):
        page = re.fullmatch(r"/eng/page/(\d+)/", path)
        if page and int(page.group(1)) in years:
            n = int(page.group(1))
            html = listing_html(
                [], f"/eng/page/{n + 1}/", extra=f"<span>• 10-06-{years[n]}, 13:12</span>"
            )
            return 200, {"Content-Type": "text/html"}, html.encode()
        return None

    site.fallback = dated
    site.set("/eng/", listing_html([], "/eng/page/2/", extra="<span>• 1-1-2025, 10:00</span>"))
    run_crawl(
        settings_for(tmp_path, site, backfill=True, backfill_until="2022-01-01"),
        load_source(),
        progress=False,
    )
    # Page 3 shows 2022-06-10 (still wanted), page 4 shows 2021 (older): page 5 is never read.
    assert sorted(p for p in site.paths() if p.startswith("/eng/page/")) == [
        "/eng/page/2/",
        "/eng/page/3/",
        "/eng/page/4/",
    ]


def test_sitemap_lastmod_brings_back_only_changed_releases(tmp_path, site):
    from datetime import UTC, datetime, timedelta

    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    old = "2020-01-01T00:00:00+00:00"

    def sitemap(lastmods):
        urls = "".join(
            f"<url><loc>{site.base}/eng/{i}-r.html</loc><lastmod>{stamp}</lastmod></url>"
            for i, stamp in lastmods.items()
        )
        site.set(
            "/sitemap.xml",
            f'<?xml version="1.0"?><urlset {ns}>{urls}</urlset>',
            headers={"Content-Type": "application/xml"},
        )

    for i in (1, 2, 3):
        site.set(f"/eng/{i}-r.html", release_html(i, f"Release {i}", "First text."))
    site.set("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
    site.set("/eng/", listing_html([]))
    sitemap({1: old, 2: old, 3: old})
    assert run_crawl(settings_for(tmp_path, site), load_source(), progress=False).new == 3
    site.set("/eng/2-r.html", release_html(2, "Release 2", "Edited text."))
    sitemap(
        {
            1: old,
            2: (datetime.now(UTC) + timedelta(minutes=5)).isoformat(timespec="seconds"),
            3: old,
        }
    )
    site.hits.clear()
    summary = run_crawl(settings_for(tmp_path, site), load_source(), progress=False)
    assert [p for p in site.paths() if p.endswith("-r.html")] == ["/eng/2-r.html"]
    assert summary.changed == 1


@pytest.mark.parametrize("interrupted", [True, False])
def test_a_resumed_backfill_goes_on_while_a_new_one_walks_the_listings_again(
    tmp_path, site, interrupted
):
    from crawler.frontier import Frontier

    build_site(site, count=50, per_page=10)
    only_english = {"languages": ("en",)}  # the page budget is the English section's
    first = run_crawl(
        settings_for(tmp_path, site, backfill=True, max_pages=27, **only_english),
        load_source(),
        progress=False,
    )
    assert first.stopped and "/eng/page/3/" in site.paths()
    if interrupted:  # what a kill -9 leaves behind: a run that never ended
        Frontier(tmp_path).start_run()
    site.hits.clear()
    run_crawl(
        settings_for(tmp_path, site, backfill=True, **only_english), load_source(), progress=False
    )
    again = [p for p in site.paths() if p in ("/eng/page/2/", "/eng/page/3/")]
    assert again == ([] if interrupted else ["/eng/page/2/", "/eng/page/3/"])
    assert len(_keys(tmp_path)) == 50
