"""The seed page seeds/ina-eng-9948.html against the golden text, and the demo site in Chromium."""

from __future__ import annotations

import hashlib

import pytest
from bs4 import BeautifulSoup
from chromium import launch, requires_chromium

from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.demo_site.seed import SEED_PAGE, SEED_TEXT
from crawler.source import load_source

GOLDEN_SHA256 = "cf2cf22d70436e5f87ec53e72a71c2f31d05a7fb18edd837f23d2738bbe5c0e9"


@pytest.fixture(scope="module")
def soup() -> BeautifulSoup:
    return BeautifulSoup(SEED_PAGE.read_bytes(), "lxml")


@pytest.fixture(scope="module")
def golden() -> list[str]:
    """The golden text's non-empty lines, indentation (spaces only) removed."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    return [line.lstrip(" ") for line in text.splitlines() if line.strip()]


def test_golden_text_is_unchanged() -> None:
    assert hashlib.sha256(SEED_TEXT.read_bytes()).hexdigest() == GOLDEN_SHA256


def test_head_carries_dle_metadata(soup: BeautifulSoup, golden: list[str]) -> None:
    meta = {m.get("property") or m.get("name"): m.get("content") for m in soup.find_all("meta")}
    assert meta["og:title"] == golden[0]
    assert meta["og:url"] == "https://ina.iq/eng/9948--.html"
    assert meta["og:type"] == "article"
    assert meta["og:image"].startswith("https://ina.iq/eng/uploads/posts/2020-11/")
    assert meta["og:description"] == golden[5]
    assert meta["news_keywords"]
    assert soup.find("link", rel="canonical")["href"] == "https://ina.iq/eng/9948--.html"


def test_title_date_and_category_where_the_source_definition_looks(
    soup: BeautifulSoup, golden: list[str]
) -> None:
    source = load_source()
    assert soup.select_one(source.selector_list("title")[0]).get_text() == golden[0]
    info = [li.get_text(" ", strip=True) for li in soup.select("div.news-details ul.info li")]
    assert info == ["15-11-2020, 13:12", "+A -A"]
    assert golden[1:3] == ["• 15-11-2020, 13:12", "• +A -A"]
    assert soup.select(".speedbar a")[-1].get_text() == "Security"


def test_story_text_is_the_golden_text_character_for_character(
    soup: BeautifulSoup, golden: list[str]
) -> None:
    story = soup.select_one("div.news-details div.news-text")
    paragraphs = [p.get_text() for p in story.find_all("p")]
    assert paragraphs == golden[3:]  # byline, credit, then every body paragraph exactly
    assert [b.get_text().strip() for b in story.find_all("strong")] == [
        "Foreign presence",
        "Air strikes",
        "Defeating ISIS",
    ]
    image = story.find("img")
    assert image["src"].startswith("/eng/uploads/posts/2020-11/")
    # chrome lives outside the story
    text = story.get_text()
    for chrome in ("Share", "Related", "Tags", "adsbygoogle", "+A", "dle_root"):
        assert chrome not in text


def test_seed_release_ground_truth_is_the_golden_record(golden: list[str]) -> None:
    site = Site(SiteConfig(n_releases=50))
    release = site.release(site.find("en", 9948))
    assert release.render() == SEED_PAGE.read_bytes()
    truth = release.expected_for("https://ina.iq").to_dict()
    assert truth["url"] == "https://ina.iq/eng/9948--.html" and truth["release_id"] == 9948
    assert truth["title"] == golden[0]
    assert truth["date"] == "2020-11-15T13:12:00+03:00"
    assert (truth["author"], truth["photographer"], truth["location"]) == (
        "Amna Al-Salami",
        "Safaa Alwan",
        "Baghdad",
    )
    assert truth["body"] == "\n\n".join(line.strip() for line in golden[5:])
    assert truth["body"].startswith("The International Coalition forces in Iraq confirmed")
    assert truth["body"].endswith('with the Iraqi forces," .')
    assert truth["language"] == "en" and truth["category"] == "Security"


@pytest.mark.browser
@requires_chromium
def test_pages_render_in_chromium() -> None:
    from playwright.sync_api import sync_playwright

    site = Site(SiteConfig(n_releases=400, seed=4))
    cp1256 = next(r for r in site.releases() if r.encoding == "windows-1256")
    with DemoSiteServer(site) as server, sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page()
            page.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith(server.base_url)
                    else route.abort()
                ),
            )
            page.goto(server.url("/eng/9948--.html"))
            assert page.inner_text("h1.main-title").startswith("ICF: ISIS is dying")
            width = page.eval_on_selector(
                "div.news-text img", "img => img.complete && img.naturalWidth"
            )
            assert width > 1  # the demo's photo decodes
            page.goto(server.url(cp1256.path))
            truth = cp1256.expected_for(server.base_url)
            assert page.inner_text("h1.main-title") == truth.title
            assert page.eval_on_selector("html", "h => getComputedStyle(h).direction") == "rtl"
            first = truth.body.split("\n\n")[0]
            assert first in " ".join(page.inner_text("div.news-text").split())
        finally:
            browser.close()
