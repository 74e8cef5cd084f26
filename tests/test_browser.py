"""End to end in real headless Chromium: the app served on 127.0.0.1 over a real index.

Screenshots go to ``test-artifacts/screenshots/`` (gitignored).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from chromium import launch, requires_chromium
from werkzeug.serving import make_server

from crawler.demo_site.site import Site, SiteConfig
from crawler.store import ReleaseStore
from indexer import update_index
from web.app import create_app

SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"

pytestmark = [pytest.mark.browser, requires_chromium]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A 300-release synthetic archive, indexed; returns the data dir and common title words."""
    data_dir = tmp_path_factory.mktemp("browser-archive")
    releases = [
        item.expected_for("https://ina.iq")
        for item in Site(SiteConfig(n_releases=300, seed=1)).releases()
    ]
    with ReleaseStore(data_dir) as store:
        for release in releases:
            store.put(release)
    update_index(data_dir)
    words = {}
    for lang, pattern in (("en", r"[A-Za-z]{5,}"), ("ar", r"[\u0621-\u064A]{4,}")):
        counts = Counter(
            w for r in releases if r.language == lang for w in set(re.findall(pattern, r.title))
        )
        # a common title word with more than a page of hits, but not in every release
        words[lang] = next(w for w, n in counts.most_common() if n < len(releases) / 3)
    return data_dir, words


@pytest.fixture(scope="module")
def base_url(archive):
    server = make_server("127.0.0.1", 0, create_app({"DATA_DIR": archive[0]}), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    yield page
    context.close()
    assert not problems, f"browser console errors: {problems}"


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def state(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def total(page) -> int:
    return int(page.locator(".summary .count strong").inner_text().replace(",", ""))


@pytest.mark.slow
def test_search_facet_chip_sort_pages_and_release(page, base_url, archive):
    _, words = archive
    page.goto(base_url + "/")
    everything = total(page)
    assert everything >= 300
    page.fill("input[name=q]", words["en"])
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q="))
    assert state(page)["q"] == [words["en"]]
    found = total(page)
    assert 20 < found < everything
    assert page.locator("li.hit").count() == 20
    assert page.locator("li.hit mark").count() > 0
    shot(page, "01-search")

    # Tick the first value of the Author facet and apply: a chip appears and the count drops.
    facet = page.locator("fieldset.facet[data-facet=author] li label").first
    author = facet.locator("bdi.v").inner_text()
    facet.locator("input[type=checkbox]").check()
    page.locator("button.apply-filters").first.click()
    page.wait_for_url(re.compile(r"author="))
    assert state(page)["author"] == [author]
    narrowed = total(page)
    assert 0 < narrowed < found
    chip = page.locator("a.chip", has_text=author)
    assert chip.count() == 1
    assert all(author in t for t in page.locator("li.hit ul.meta").all_inner_texts())
    shot(page, "02-facet")

    # Remove the chip: back to the query alone.
    chip.click()
    page.wait_for_url(lambda url: "author=" not in url)
    assert total(page) == found and state(page)["q"] == [words["en"]]

    # Sort oldest: the dates of the results go up.
    page.click("nav.sort a:text('oldest')")
    page.wait_for_url(re.compile(r"sort=oldest"))
    dates = page.locator("li.hit time").evaluate_all(
        "els => els.map(e => e.getAttribute('datetime'))"
    )
    assert dates == sorted(dates) and len(dates) == 20
    shot(page, "03-sorted")

    # Page 2, then the back button returns to page 1 (all state in the URL).
    first_page = page.locator("li.hit h2 a").all_inner_texts()
    page.click("nav.pager a[rel=next]")
    page.wait_for_url(re.compile(r"page=2"))
    second_page = page.locator("li.hit h2 a").all_inner_texts()
    assert second_page and not set(first_page) & set(second_page)
    assert page.locator("nav.pager strong[aria-current=page]").inner_text() == "2"
    shot(page, "04-page-2")
    page.go_back()
    page.wait_for_url(lambda url: "page=2" not in url)
    assert page.locator("li.hit h2 a").all_inner_texts() == first_page

    # Open a release.
    link = page.locator("li.hit h2 a").first
    title = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/releases/en/\d+$"))
    assert page.locator("article.release h1").inner_text() == title
    assert page.locator("article.release .body p").count() >= 1
    assert page.locator("a.original").first.get_attribute("href").startswith("https://ina.iq/eng/")
    shot(page, "05-release")


def test_arabic_search_is_right_to_left(page, base_url, archive):
    _, words = archive
    page.goto(base_url + "/")
    page.fill("input[name=q]", words["ar"])
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q="))
    assert total(page) > 0
    hit = page.locator("li.hit").first
    assert hit.get_attribute("dir") == "rtl" and hit.get_attribute("lang") == "ar"
    assert hit.evaluate("e => getComputedStyle(e).direction") == "rtl"
    shot(page, "06-arabic-search")
    hit.locator("h2 a").click()
    page.wait_for_url(re.compile(r"/releases/ar/\d+$"))
    article = page.locator("article.release")
    assert article.get_attribute("dir") == "rtl"
    assert article.evaluate("e => getComputedStyle(e).textAlign") in ("right", "start")
    shot(page, "07-arabic-release")


def test_phone_width_has_no_horizontal_overflow(browser, base_url, archive):
    _, words = archive
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    try:
        for name, path in (
            ("08-phone-search", f"/?q={words['en']}&category=Politics"),
            ("09-phone-arabic", f"/?q={words['ar']}"),
            ("10-phone-empty", "/?q=zzzqqqxx"),
            ("11-phone-bad-request", "/?page=0"),
        ):
            page.goto(base_url + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width}px wide on a 390px phone"
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / f"{name}.png"))
        page.goto(base_url + "/?page=0")
        assert "between 1 and 500" in page.content()
        link = page.locator("a.open-filters")
        page.goto(base_url + f"/?q={words['en']}")
        link.click()
        assert page.locator("#filters").is_visible()
        page.screenshot(path=str(SHOTS / "12-phone-filters.png"))
        page.goto(base_url + "/releases/en/9948")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=str(SHOTS / "13-phone-release.png"), full_page=True)
        page.goto(base_url + f"/?q={words['ar']}")
        page.locator("li.hit h2 a").first.click()
        page.wait_for_url(re.compile(r"/releases/ar/\d+$"))
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=str(SHOTS / "14-phone-arabic-release.png"), full_page=True)
    finally:
        context.close()
