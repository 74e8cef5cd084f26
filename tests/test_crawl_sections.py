"""The four sections in the crawler's defaults, and the ``languages`` setting that leaves some out."""

from __future__ import annotations

import pytest

from crawler.errors import CrawlConfigError
from crawler.seeding import only_sections, scoped_source, seed_links
from crawler.settings import CrawlSettings
from crawler.source import load_source


def test_the_default_seeds_cover_all_four_sections() -> None:
    source = only_sections(load_source(), CrawlSettings().languages)
    urls = [link.url for link in seed_links(source, ())]
    for section in ("/eng/", "/kurd/", "/turkmen/"):
        assert f"https://ina.iq{section}rss.xml" in urls
        assert f"https://ina.iq{section}sitemap.xml" in urls
        assert f"https://ina.iq{section}" in urls
    assert "https://ina.iq/rss.xml" in urls


def test_leaving_out_kurdish_and_turkmen_drops_their_seeds_and_pages() -> None:
    settings = CrawlSettings.load(env={"INA_ARCHIVE_LANGUAGES": "ar en"})
    source = only_sections(load_source(), settings.languages)
    urls = [link.url for link in seed_links(source, ())]
    assert urls and not [u for u in urls if "/kurd/" in u or "/turkmen/" in u]
    assert source.classify("https://ina.iq/kurd/4567--.html") is None
    assert source.classify("https://ina.iq/turkmen/page/2/") is None
    assert source.classify("https://ina.iq/eng/9948--.html") == "release"
    assert source.classify("https://ina.iq/209815--.html") == "release"


def test_a_section_inside_a_dropped_one_stays() -> None:
    source = only_sections(load_source(), ("ku",))
    assert source.classify("https://ina.iq/209815--.html") is None  # Arabic, at the root
    assert source.classify("https://ina.iq/eng/9948--.html") is None
    assert source.classify("https://ina.iq/kurd/4567--.html") == "release"
    assert [link.url for link in seed_links(source, ()) if "/kurd/" not in link.url] == []


def test_on_a_mirror_the_kept_sections_feeds_move_to_its_host() -> None:
    start = ("http://127.0.0.1:8001/turkmen/",)
    source = only_sections(scoped_source(load_source(), start), ("tk",))
    urls = [link.url for link in seed_links(source, start)]
    assert "http://127.0.0.1:8001/turkmen/rss.xml" in urls
    assert not [u for u in urls if "/turkmen/" not in u]


@pytest.mark.parametrize("languages", [("ar", "fr"), ()])
def test_an_unknown_or_empty_language_list_is_refused_with_the_known_codes(languages) -> None:
    with pytest.raises(CrawlConfigError, match="ar, en, ku, tk"):
        only_sections(load_source(), languages)
