"""One release, one key, whatever URL reached it; news sitemaps bring changed releases back."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from crawl_fixtures import MiniSite, settings_for
from pager_sites import plain_release

from crawler.crawl import run_crawl
from crawler.source import load_source
from crawler.store import ReleaseStore
from crawler.urls import Scope, normalize, release_url_rank

SCOPE = Scope(load_source())

ENGLISH_9948 = [
    "https://ina.iq/eng/9948--.html",
    "https://ina.iq/eng/9948-parliament-speaker-denies-postponing-elections.html",
    "https://www.ina.iq/eng/9948-another-slug.html",
    "HTTPS://WWW.INA.IQ/eng/9948-65-.html#comments",
    "http://ina.iq/eng/9948--.html?utm_source=facebook&utm_medium=social&fbclid=IwAR0x",
    "https://ina.iq/eng/9948--.html?gclid=abc&utm_campaign=x",
    "https://ina.iq/eng/9948",
    "http://www.ina.iq/eng/9948/",
    "https://ina.iq/eng/page,1,9948-slug.html",
    "https://ina.iq/eng/page,2,9948-slug.html",
    "https://ina.iq/eng/print:page,1,9948-slug.html",
    "https://ina.iq/eng/9948--.html)",
    "https://ina.iq/eng/9948--.html%22",
    "https://ina.iq/eng/9948--.html.",
    "https://ina.iq/eng/9948--.html/",
    "https://ina.iq/eng/9948--.html&amp;utm_source=twitter",
    "https://ina.iq/eng/9948).",
]
ARABIC_209815 = [
    "https://ina.iq/209815--.html",
    "https://www.ina.iq/209815-%D9%88%D8%A7%D8%B9.html?utm_source=telegram",
    "http://ina.iq/print:page,1,209815--65-.html",
    "https://ina.iq/page,1,209815--.html",
]


def _key(url: str) -> str | None:
    normal = normalize(url)
    return SCOPE.release_key(normal) if normal and SCOPE.classify(normal) == "release" else None


@pytest.mark.parametrize("url", ENGLISH_9948)
def test_every_english_url_form_is_one_key(url):
    assert _key(url) == "en/9948"


@pytest.mark.parametrize("url", ARABIC_209815)
def test_every_arabic_url_form_is_one_key(url):
    assert _key(url) == "ar/209815"


def test_sections_ids_and_listings_stay_apart():
    assert _key("https://ina.iq/eng/209815--.html") == "en/209815"
    assert _key("https://ina.iq/kurd/9948--.html") == "ku/9948"
    assert _key("https://ina.iq/eng/99480--.html") == "en/99480"
    assert _key("https://ina.iq/eng/page/2/") is None
    assert _key("https://example.com/eng/9948--.html") is None  # off-site
    assert normalize("https://ina.iq/eng/page/2/") == "https://ina.iq/eng/page/2/"


def test_the_normal_page_is_preferred_over_paged_and_print_views():
    normal, paged, printed, bare = (
        "https://ina.iq/eng/9948--.html",
        "https://ina.iq/eng/page,2,9948--.html",
        "https://ina.iq/eng/print:page,1,9948--.html",
        "https://ina.iq/eng/9948",
    )
    assert release_url_rank(normal) == release_url_rank(bare) < release_url_rank(paged)
    assert release_url_rank(paged) < release_url_rank(printed)


@pytest.fixture
def site():
    server = MiniSite().start()
    yield server
    server.stop()


_ANY_FORM = re.compile(r"/eng/(?:print:)?(?:page,\d+,)?(\d+)(?:-[^/?]*\.html)?/?(?:\?.*)?")


def _serve_any_form(site: MiniSite, canonical: dict[int, str]):
    """Like DLE: every URL form of a release answers its page (canonical link where given)."""

    def route(path, request):
        match = _ANY_FORM.fullmatch(path)
        if not match:
            return None
        release_id = int(match.group(1))
        html = plain_release(release_id)
        if release_id in canonical:
            link = f'<link rel="canonical" href="{canonical[release_id]}">'
            html = html.replace("<head>", "<head>" + link)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html.encode()

    site.fallback = route


def test_a_crawl_meeting_a_release_under_several_urls_stores_and_fetches_it_once(tmp_path, site):
    items = "".join(
        f"<item><title>r</title><link>{site.base}{path}</link></item>"
        for path in ("/eng/print:page,1,15-feed.html", "/eng/16-feed-slug.html?utm_source=rss")
    )
    site.set(
        "/eng/rss.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>INA</title>{items}'
        "</channel></rss>",
        headers={"Content-Type": "application/rss+xml"},
    )

    def listing(paths, pager=""):
        return "<html><body>" + "".join(f'<a href="{p}">story</a> ' for p in paths) + pager

    site.set(
        "/eng/",
        listing(
            [
                "/eng/15-normal-slug.html",  # the feed gave only its print view
                "/eng/print:page,1,11-first.html",
                "/eng/11-first.html",
                "/eng/11",
                "/eng/12-x.html#comments",
                "/eng/print:page,1,13-only-print.html",  # the only way to 13
                "/eng/14",  # its page names /eng/14-canonical-slug.html as canonical
                "/eng/16-other-slug.html)",
            ],
            '<div class="navigation"><span>1</span> <a href="/eng/page/2/">2</a></div>',
        ),
    )
    site.set(
        "/eng/page/2/",
        listing(
            [
                f"{site.base}/eng/11-another-slug.html?fbclid=z",
                "/eng/page,1,12-x.html",
                "/eng/14-canonical-slug.html",
                "/eng/print:page,1,16-feed-slug.html",
            ]
        ),
    )
    site.set("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
    off_site = "https://elsewhere.example/eng/12-copied.html"  # not this site: not a name for 12
    _serve_any_form(site, {14: "/eng/14-canonical-slug.html", 12: off_site})
    summary = run_crawl(settings_for(tmp_path, site, backfill=True), load_source(), progress=False)
    fetched = [p for p in site.paths() if _ANY_FORM.fullmatch(p)]
    per_id = {i: [p for p in fetched if re.search(rf"\b{i}\b", p)] for i in range(11, 17)}
    assert per_id == {
        11: ["/eng/11-first.html"],
        12: ["/eng/12-x.html"],
        13: ["/eng/print:page,1,13-only-print.html"],
        14: ["/eng/14"],
        15: ["/eng/15-normal-slug.html"],
        16: ["/eng/16-feed-slug.html"],
    }
    assert summary.new == 6
    with ReleaseStore(tmp_path) as store:
        stored = {s.key: s.release.url for s in store.iter_releases()}
    assert set(stored) == {f"en/{i}" for i in range(11, 17)}
    assert stored["en/14"] == f"{site.base}/eng/14-canonical-slug.html"
    assert stored["en/12"] == f"{site.base}/eng/12-x.html"


def test_news_sitemap_publication_dates_bring_back_only_changed_releases(tmp_path, site):
    ns = (
        'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
    )
    old = "2020-11-15T13:12:00+03:00"

    def news_sitemap(dates: dict[int, str]) -> None:
        urls = "".join(
            f"<url><loc>{site.base}/eng/{i}-r.html</loc><news:news><news:publication>"
            f"<news:name>INA</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{stamp}</news:publication_date>"
            f"<news:title>Release {i}</news:title></news:news></url>"
            for i, stamp in dates.items()
        )
        site.set(
            "/sitemap.xml",
            f'<?xml version="1.0"?><urlset {ns}>{urls}</urlset>',
            headers={"Content-Type": "application/xml"},
        )

    for i in (1, 2, 3):
        site.set(f"/eng/{i}-r.html", plain_release(i))
    site.set("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
    site.set("/eng/", "<html><body>no stories</body></html>")
    news_sitemap({1: old, 2: old, 3: old})
    assert run_crawl(settings_for(tmp_path, site), load_source(), progress=False).new == 3
    site.set("/eng/2-r.html", plain_release(2).replace("stability", "stability and unity"))
    soon = (datetime.now(UTC) + timedelta(minutes=5)).isoformat(timespec="seconds")
    news_sitemap({1: old, 2: soon, 3: old})
    site.hits.clear()
    summary = run_crawl(settings_for(tmp_path, site), load_source(), progress=False)
    assert [p for p in site.paths() if p.endswith("-r.html")] == ["/eng/2-r.html"]
    assert summary.changed == 1
