"""The demo site's layout families by year, its print views and its two pager markups.

Each family is read here with its own selectors (a reference reader per family, not the
project's parser) and compared with the generator's ground truth, ``expected_for``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
import requests
from bs4 import BeautifulSoup

from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.demo_site.layouts import FAMILIES, family_of
from crawler.demo_site.vocab import TELEGRAM_LINE_AR
from crawler.source import load_source

BASE = "http://127.0.0.1:9"
# Where each family keeps the story, its title, its breadcrumbs and (for images) its article.
CONTAINER = {
    "early": "div.newsBody",
    "ina": "div.news-details div.news-text",
    "dle": "article.fullstory div.text",
    "redesign": "article div.prose",
    "print": "div.full-story",
}
TITLE = {
    "early": "div.newsTitle",
    "ina": "h1.main-title a",
    "dle": "h2.title",
    "redesign": "article h1",
    "print": "h1",
}
CRUMBS = {
    "early": "div.path a",
    "ina": "div.speedbar a",
    "dle": "div.speedbar a",
    "redesign": "nav[aria-label=Breadcrumb] a",
    "print": "div.print-head a",
}
IMAGES = {**CONTAINER, "redesign": "article"}
# Inside a story container, elements that are not story text: images and their captions, ads.
NOT_TEXT = "img, figure, .fr-img-caption, .imgCaption, .ads, .ad-slot, .banner-inside, script, i"


@pytest.fixture(scope="module")
def site() -> Site:
    return Site(SiteConfig(n_releases=700, seed=5, per_page=12))


@pytest.fixture(scope="module")
def by_family(site: Site) -> dict[str, list]:
    groups: dict[str, list] = {}
    for r in site.releases():
        if r.synthetic:
            groups.setdefault(r.family, []).append(r)
    return groups


def _soup(raw: bytes) -> BeautifulSoup:
    return BeautifulSoup(raw, "lxml")


def _lines(container) -> list[str]:
    """The text lines of a story container, images, captions and ads left out."""
    for element in container.select(NOT_TEXT):
        element.decompose()
    text = container.get_text("\n")
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _signature(page: BeautifulSoup, family: str) -> tuple[str, tuple[str, ...]]:
    tag = page.select_one(CONTAINER[family])
    return tag.name, tuple(sorted(tag.get("class", [])))


def test_every_family_is_served_and_chosen_by_year(by_family: dict[str, list]) -> None:
    assert set(by_family) == set(FAMILIES)
    for family, releases in by_family.items():
        assert len(releases) >= 5, family
        for r in releases:
            assert family_of(r.lang, r.story.date.year) == family
    years = {f: Counter(r.story.date.year for r in rs) for f, rs in by_family.items()}
    assert max(years["early"]) <= 2019 < min(years["ina"]) and max(years["ina"]) <= 2022
    assert set(years["dle"]) - {2019} == {2023} and min(years["redesign"]) >= 2024
    assert {r.lang for r in by_family["early"]} == {"en"}
    assert {r.lang for rs in by_family.values() for r in rs} == {"en", "ar"}


def test_families_have_different_markup(site: Site, by_family: dict[str, list]) -> None:
    signatures = {}
    for family in FAMILIES:
        r = by_family[family][0]
        page = _soup(r.render(BASE))
        signatures[family] = _signature(page, family)
        for other in set(FAMILIES) - {family}:  # no family carries another's story container
            assert page.select_one(CONTAINER[other]) is None, (family, other)
    r = by_family["dle"][0]
    signatures["print"] = _signature(_soup(site.response(r.print_path, BASE)[2]), "print")
    assert len(set(signatures.values())) == len(signatures), signatures


@pytest.mark.parametrize("family", [*FAMILIES, "print"])
def test_each_family_shows_exactly_the_ground_truth(
    site: Site, by_family: dict[str, list], family: str
) -> None:
    pool = by_family["dle"] + by_family["redesign"] if family == "print" else by_family[family]
    checked = Counter()
    for r in pool[:: max(1, len(pool) // 25)]:  # about 25 pages of the family
        if family == "print":
            status, headers, raw = site.response(r.print_path, BASE)
            assert status == 200
            truth = r.expected_print_for(BASE)
            assert truth.url == BASE + r.print_path
        else:
            raw, truth = r.render(BASE), r.expected_for(BASE)
        declared = re.search(rb'charset="?([\w-]+)', raw[:600])[1].decode()
        assert declared == r.encoding
        page = _soup(raw)
        s = r.story
        assert page.select_one(TITLE[family]).get_text(strip=True) == truth.title
        assert page.select(CRUMBS[family])[-1].get_text(strip=True) == truth.category
        images = [img["src"] for img in page.select(IMAGES[family] + " img")]
        assert images == [image.url for image in truth.images]
        for caption in (image.caption for image in truth.images if image.caption):
            assert caption in page.get_text()
        lines = _lines(page.select_one(CONTAINER[family]))  # (takes images and captions out)
        chrome = {s.byline, s.credit, TELEGRAM_LINE_AR}
        if s.translator:
            chrome.add(f"Translated by {s.translator}")
            assert lines[-1 if family == "print" or not s.telegram else -2] in chrome
        assert [line for line in lines if line not in chrome] == truth.body.split("\n\n")
        if s.credit:
            assert s.credit in lines
        if s.byline and family != "redesign":  # (the redesign's is before the story)
            assert lines[0] == s.byline  # the byline is the story's first line
        checked["byline"] += bool(s.byline)
        if family == "print" and s.lang == "ar":
            assert lines.count(TELEGRAM_LINE_AR) == 2 and lines[-1] == TELEGRAM_LINE_AR
            checked["telegram"] += 1
        _check_family_dates_and_author(page, family, r, truth)
        checked["pages"] += 1
    assert checked["pages"] >= 5 and checked["byline"] >= 1
    if family == "print":
        assert checked["telegram"] >= 1


def _check_family_dates_and_author(page: BeautifulSoup, family: str, r, truth) -> None:
    """The family's own date line and byline place agree with the record."""
    when = truth.date
    if family == "early":
        text = page.select_one("div.newsDate").get_text(strip=True)
        plain = re.sub(r"(\d+)(st|nd|rd|th) ", r"\1 ", text)
        assert datetime.strptime(plain, "%A %d %B %Y - %H:%M") == when.replace(tzinfo=None)
    elif family == "dle":
        info = page.select_one("div.story_info")
        assert info.select_one("time")["datetime"] == when.date().isoformat()
        assert info.select_one("time").get_text() == r.story.date_text
        assert info.select_one("span.views") is not None
        if r.story.byline:
            assert page.select_one("div.text").find(["b", "strong"]).get_text() == r.story.byline
    elif family == "redesign":
        data = json.loads(page.find("script", type="application/ld+json").string)
        assert data["@type"] == "NewsArticle" and data["headline"] == truth.title
        assert datetime.fromisoformat(data["datePublished"]) == when
        assert data["datePublished"].endswith("+03:00")
        author = data["author"]
        if truth.author:
            assert author == {"@type": "Person", "name": truth.author}
        else:
            assert author["@type"] == "Organization"
        line = page.select_one("article > div.text-sm span").get_text()
        hour = f"{when.hour % 12 or 12:02d}:{when.minute:02d}"
        half = ("AM" if when.hour < 12 else "PM") if truth.language == "en" else None
        assert hour in line and (half is None or line.endswith(half))
        container = page.select_one(CONTAINER["redesign"])
        byline = container.find_previous_sibling("p")
        if r.story.byline:
            assert byline.get_text() == r.story.byline
        else:
            assert byline is None
    else:  # ina and print keep the story's own DLE date line
        box = "div.news-details ul.info" if family == "ina" else "span.date"
        assert r.story.date_text in page.select_one(box).get_text()


def test_print_views_are_linked_and_served(site: Site, by_family: dict[str, list]) -> None:
    source = load_source()
    for family in FAMILIES:
        for r in by_family[family][:5]:
            page = _soup(r.render(BASE))
            links = page.select(f'a[href="{r.print_path}"]')
            assert len(links) == 1 and links[0].get_text() in ("Print", "طباعة"), family
            url = BASE + r.print_path
            assert source.classify(url) == "release" and source.release_id(url) == r.release_id
    r = by_family["dle"][0]
    assert site.response(r.print_path.replace("print:page,1,", "print:page,2,"))[0] == 404
    wrong = r.print_path.replace(f"{r.release_id}-{r.story.slug}", f"{r.release_id}-wrong")
    status, headers, _ = site.response(wrong)
    assert status == 301 and headers["Location"] == r.print_path
    for odd in (
        "/eng/print:page,1,999999--.html",
        "/print:page,0,150001--.html",
        "/eng/print:page,99999999999999999999,1--.html",
        "/eng/print:page,1,00009948--.html/",
    ):
        assert site.response(odd)[0] == 404, odd
    again = Site(SiteConfig(n_releases=700, seed=5))  # same seed, same print view
    assert again.response(r.print_path, BASE) == site.response(r.print_path, BASE)
    edited = Site(SiteConfig(n_releases=60, seed=5))
    gone = edited.release(20)
    edited.remove(20, status=410)
    assert edited.response(gone.print_path)[0] == 410


def test_print_view_over_http_follows_the_release_page_link(by_family: dict[str, list]) -> None:
    r = by_family["redesign"][0]
    with DemoSiteServer(r.site) as server, requests.Session() as http:
        page = http.get(server.url(r.path), timeout=5)
        href = _soup(page.content).find("a", string=("Print", "طباعة"))["href"]
        printed = http.get(server.url(href), timeout=5)
        assert printed.status_code == 200 and printed.url == server.url(r.print_path)
        assert _soup(printed.content).select_one("h1").get_text() == r.expected.title
        assert "Last-Modified" in printed.headers


def test_encodings_follow_the_family(by_family: dict[str, list]) -> None:
    encodings = {f: {r.encoding for r in rs} for f, rs in by_family.items()}
    assert encodings["redesign"] == encodings["early"] == {"utf-8"}
    assert "windows-1256" in encodings["ina"] | encodings["dle"]
    assert any(r.story.encoding == "windows-1256" for r in by_family["redesign"])


def _walk(site: Site, start: str, next_css: str) -> list[str]:
    links, url = [], start
    while url:
        status, _, body = site.response(url)
        assert status == 200
        page = _soup(body)
        links += [a["href"] for a in page.select("div.inner-news-block div.para p a")]
        nxt = page.select_one(next_css)
        url = nxt["href"] if nxt else None
    return links


@pytest.mark.parametrize(("lang", "root"), [("en", "/eng/"), ("ar", "/")])
def test_listing_pagers_differ_and_list_the_same_releases(site: Site, lang: str, root: str) -> None:
    front = _soup(site.response(root)[2])
    assert front.select_one("div.navigation a.next[rel=next]") is not None
    assert front.select_one("ul.pagination") is None
    category = _soup(site.response(f"{root}iraq/")[2])
    assert category.select_one("div.navigation") is None
    nxt = category.select_one("ul.pagination li.page-item a.page-link[aria-label=Next]")
    assert nxt is not None and nxt.get_text() == "»"
    assert (nxt.get("rel") == ["next"]) == (lang == "ar")  # rel=next only on some listings
    walked = _walk(site, f"{root}iraq/", "a.page-link[aria-label=Next]")
    iraq = [r.path for r in site.releases() if (r.lang, r.story.category_slug) == (lang, "iraq")]
    assert walked == iraq[::-1] and len(walked) > 2 * site.config.per_page


def test_feeds_sitemaps_and_listings_link_release_pages_not_print_views(site: Site) -> None:
    for path in ("/eng/rss.xml", "/rss.xml", "/eng/news_pages.xml", "/eng/", "/eng/iraq/"):
        body = site.response(path, BASE)[2].decode()
        assert "print:page" not in body and re.search(r"/\d+-[^/\"<]*\.html", body)


def test_the_2020_2022_layout_is_the_one_the_saved_generated_pages_have() -> None:
    """Pages saved from the one-layout generator (tests/pages/generated-*) render the same today,
    byte for byte, apart from the new Print link, when their release falls in 2020-2022."""
    pages = Path(__file__).resolve().parent / "pages"
    site = Site(
        SiteConfig(n_releases=3000, seed=11)
    )  # how tests/pages/README.md says they were made
    compared = 0
    for label_file in sorted(pages.glob("generated-*.json")):
        label = json.loads(label_file.read_text(encoding="utf-8")).get("expected")
        if label is None:
            continue
        lang = "en" if "/eng/" in label["url"] else "ar"
        r = site.release(site.find(lang, label["release_id"]))
        truth = r.expected_for("https://ina.iq")
        if r.family != "ina" or (label["title"], label["body"]) != (truth.title, truth.body):
            continue  # another layout now, or a release the generator has changed since
        rendered = r.render("https://ina.iq")
        link = f' <a class="print-link" href="{r.print_path}" rel="nofollow">'.encode()
        assert rendered.count(link) == 1
        without_link = re.sub(re.escape(link) + rb"[^<]*</a>", b"", rendered)
        assert without_link == label_file.with_suffix(".html").read_bytes(), label_file.name
        compared += 1
    assert compared >= 10
