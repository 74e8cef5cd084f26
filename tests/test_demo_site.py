"""The INA-like demo site's content: deterministic, both languages, the variants the parser must
cope with, edits and removals. Its pages and files: test_demo_site_pages.py; its server:
test_demo_site_server.py."""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from crawler.demo_site import (
    DemoSiteError,
    Site,
    SiteConfig,
)
from crawler.demo_site.vocab import MARKER_AR, MARKER_EN, TELEGRAM_LINE_AR
from crawler.source import load_source


@pytest.fixture(scope="module")
def big_site() -> Site:
    return Site(SiteConfig(n_releases=2000, seed=3))


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


def test_big_english_site_keeps_the_seed_id_and_increasing_ids() -> None:
    site = Site(SiteConfig(n_releases=150_000, arabic_share=0.0, seed=2))
    seed = site.find("en", 9948)
    assert site.release(seed).path == "/eng/9948--.html"
    ids = [site.release(i).release_id for i in (0, seed - 1, seed, seed + 1, len(site) - 1)]
    assert ids == sorted(ids) and ids[0] >= 1 and ids[1:4] == [9947, 9948, 9949]
    assert site.date_of(seed - 1) <= site.date_of(seed) <= site.date_of(seed + 1)
