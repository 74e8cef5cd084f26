"""Backfill over INA-like sites on 127.0.0.1 whose listings page in six different pager markups."""

from __future__ import annotations

import pytest
from crawl_fixtures import MiniSite, settings_for
from pager_sites import SITES, build_pager_site

from crawler.crawl import run_crawl
from crawler.source import load_source
from crawler.store import ReleaseStore


@pytest.fixture
def site():
    server = MiniSite().start()
    yield server
    server.stop()


def _stored(data_dir) -> dict[str, str]:
    with ReleaseStore(data_dir) as store:
        return {s.key: s.release.title for s in store.iter_releases()}


def _crawl(tmp_path, site, layout, **values):
    settings = settings_for(tmp_path, site, start_urls=(site.base + layout.listing,), **values)
    return run_crawl(settings, load_source(), progress=False)


@pytest.mark.parametrize("layout", SITES, ids=[s.name for s in SITES])
def test_backfill_collects_every_release_whatever_the_pager(tmp_path, site, layout):
    ids = build_pager_site(site, layout, pages=4, per_page=3)
    section = "ar" if layout.lang == "ar" else "en"
    summary = _crawl(tmp_path, site, layout, backfill=True)
    stored = _stored(tmp_path)
    assert set(stored) == {f"{section}/{i}" for i in ids}
    assert all(str(i) in stored[f"{section}/{i}"] for i in ids)  # parsed, not just keyed
    assert summary.new == 12 and summary.parse_errors == 0
    walked = [p for p in site.paths() if p in {layout.page_path(n) for n in range(2, 6)}]
    assert walked == [layout.page_path(n) for n in (2, 3, 4)]  # in order, once, no page 5


@pytest.mark.parametrize("layout", SITES[:2], ids=[s.name for s in SITES[:2]])
def test_without_backfill_or_past_the_page_limit_the_walk_stops(tmp_path, site, layout):
    build_pager_site(site, layout, pages=4, per_page=3)
    assert _crawl(tmp_path / "first", site, layout).new == 3  # the first page only
    site.hits.clear()
    assert _crawl(tmp_path / "limit", site, layout, backfill=True, backfill_pages=2).new == 6
    assert layout.page_path(3) not in site.paths()


@pytest.mark.parametrize("layout", SITES[2:4], ids=[s.name for s in SITES[2:4]])
def test_backfill_until_stops_the_walk_at_older_pages(tmp_path, site, layout):
    build_pager_site(site, layout, pages=4, per_page=3)  # pages dated 1 Dec, 1 Nov, 2 Oct, 2 Sep
    summary = _crawl(tmp_path, site, layout, backfill=True, backfill_until="2020-10-15")
    assert summary.new == 9  # page 3 is read (it was linked from a wanted page), page 4 is not
    assert [p for p in site.paths() if p in {layout.page_path(n) for n in (2, 3, 4)}] == [
        layout.page_path(2),
        layout.page_path(3),
    ]
