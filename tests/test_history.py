"""Release history over the loopback demo site: three crawls of a site that INA-style edits
(twice) and removes between them, then the store, the Python API, the index, the web pages, the
JSON API and the changes feed; a reparse with a changed parser. Without a crawl:
test_history_units.py."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace

import feedparser
import pytest

import crawler.reparse as reparse_module
from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.reparse import reparse
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import ReleaseStore
from indexer import Archive, QueryError, update_index
from web.app import create_app
from web.rawcopy import RawCopies

CONFIG = SiteConfig(n_releases=14, per_page=20, feed_items=5, include_seed_release=False)
EDITED, REMOVED = 3, 7  # site.EDIT_AT and site.REMOVE_AT: edited twice by revision 2; removed


def _crawl(data_dir, server, **values):
    settings = {
        "data_dir": data_dir,
        # The sitemaps name every release: no listing pages to walk, so the crawls stay short.
        "start_urls": (server.base_url + "/sitemap.xml", server.base_url + "/eng/sitemap.xml"),
        "delay": 0.0,
        "jitter": 0.0,
        "allow_private_addresses": True,
        "backfill": True,
        "progress": False,
        **values,
    }
    return run_crawl(CrawlSettings().with_values(settings), load_source(), progress=False)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A data dir crawled at revisions 0, 1 and 2 of the site, indexed; and the sites."""
    data_dir = tmp_path_factory.mktemp("history")
    sites = [Site(replace(CONFIG, revision=n)) for n in range(3)]
    with DemoSiteServer(sites[0]) as server:
        _crawl(data_dir, server)
        for site in sites[1:]:
            # The store keeps times to the second: each crawl starts in a later second than the
            # last one ended, or a fast machine sees a removal and the first fetches tie.
            time.sleep(1.01 - time.time() % 1)
            server.site = site  # the same host and port: INA changed its pages
            _crawl(data_dir, server, recrawl_after=0)
        update_index(data_dir)
        yield data_dir, sites, server.base_url


@pytest.fixture(scope="module")
def client(crawled):
    data_dir, _, _ = crawled
    return create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0}).test_client()


def _keys(crawled):
    _, sites, _ = crawled
    return sites[2].release(EDITED).key, sites[2].release(REMOVED).key


def _page(key: str) -> str:
    return "/releases/" + key


def test_edited_release_has_three_versions_with_their_changes_and_captures(crawled):
    data_dir, sites, base = crawled
    edited, removed = _keys(crawled)
    archive = Archive(data_dir)
    versions = archive.versions(edited)
    assert [v.number for v in versions] == [1, 2, 3]
    assert [v.changed for v in versions] == [(), ("body",), ("title", "body")]
    for version, site in zip(versions, sites, strict=True):
        assert version.release == site.release(EDITED).expected_for(base)
    # Every version keeps the capture it was parsed from: the page as INA served it then.
    copies = RawCopies(data_dir / "warc", scan=False)
    texts = [copies.read(v.capture.file, v.capture.offset, v.release.url).text for v in versions]
    title = versions[0].release.title
    assert all(title in text for text in texts)
    assert [versions[2].release.title in text for text in texts] == [False, False, True]
    history = archive.history(removed)
    assert history.removed and not history.edited and len(history.versions) == 1
    assert history.last_seen is not None and history.changed_at >= history.last_seen
    assert archive.versions("en/1") == []


def test_word_diff_between_any_two_versions(crawled):
    data_dir, sites, base = crawled
    edited, _ = _keys(crawled)
    archive = Archive(data_dir)
    diff = archive.diff(edited, 1, 3)
    assert [f.field for f in diff.fields] == ["title", "body"]
    title = diff.fields[0]
    assert [s.op for s in title.segments] == ["same", "added"]
    assert title.segments[1].text.strip() in ("(updated)", "(محدّث)")
    assert "".join(s.text for s in title.segments) == title.new
    body = diff.fields[1]
    assert {s.op for s in body.segments} == {"same", "added"}
    assert "".join(s.text for s in body.segments if s.op != "added") == body.old
    assert archive.diff(edited, 3, 2).fields[0].segments[-1].op == "removed"
    with pytest.raises(QueryError, match="versions 1 to 3"):
        archive.diff(edited, 1, 4)


def test_history_facet_filters_and_sort_by_last_change(crawled):
    data_dir, sites, _ = crawled
    edited, removed = _keys(crawled)
    archive = Archive(data_dir)
    result = archive.search("")
    facet = {v.value: v.count for v in result.facets["history"]}
    assert facet == {"edited": 1, "removed": 1}  # release 3 edited twice, 7 removed
    assert result.total == len(list(sites[2].releases())) == 13
    assert {h.key for h in archive.search("", history="removed").hits} == {removed}
    assert [h.key for h in archive.search("", history="edited").hits] == [edited]
    assert archive.search("", history=["edited", "removed"]).total == 2
    changed = archive.search("", sort="changed", include_gone=True, per_page=2).hits
    assert {h.key for h in changed} == {edited, removed}


def test_release_pages_show_history_badge_and_removal_banner(client, crawled):
    edited, removed = _keys(crawled)
    page = client.get(_page(edited)).get_data(as_text=True)
    assert page.count('data-version="') == 3 and "edited after publication (3 versions)" in page
    assert page.count('class="version-raw"') == 3 and page.count('class="version-diff"') == 2
    assert "removed-banner" not in page
    gone = client.get(_page(removed)).get_data(as_text=True)
    assert "INA has removed this release. It was last seen on" in gone
    assert "removed-banner" in gone
    results = client.get("/?history=edited&history=removed").get_data(as_text=True)
    assert results.count('class="gone edited"') == 1 and results.count('class="gone"') == 1
    assert 'class="changes-feed" href="/changes.atom?history=edited&amp;history=removed"' in results
    raw = client.get(_page(edited) + "/versions/1/raw?format=text")
    assert raw.status_code == 200 and "version 1" in raw.get_data(as_text=True)
    assert client.get(_page(edited) + "/versions/9/raw").status_code == 404


def test_diff_page_reads_in_the_release_direction(client, crawled):
    _, sites, _ = crawled
    edited, _ = _keys(crawled)
    response = client.get(_page(edited) + "/diff?from=1&to=3")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.count("<ins") >= 2 and "<del" not in page
    rtl = sites[2].release(EDITED).key.startswith("ar/")
    assert 'data-field="title"' in page and f'dir="{"rtl" if rtl else "ltr"}"' in page
    reverse = client.get(_page(edited) + "/diff?from=3&to=1").get_data(as_text=True)
    assert "<del" in reverse and "<ins" not in reverse
    assert client.get(_page(edited) + "/diff?from=1&to=7").status_code == 404
    assert client.get(_page(edited) + "/diff?from=one").status_code == 400


def test_versions_and_diff_api(client, crawled):
    edited, removed = _keys(crawled)
    data = client.get("/api" + _page(edited) + "/versions").get_json()
    assert data["ok"] and data["edited"] and not data["removed"]
    assert [v["changed"] for v in data["versions"]] == [[], ["body"], ["title", "body"]]
    assert all(v["raw_url"] for v in data["versions"])
    assert data["versions"][2]["diff_url"].endswith("?from=2&to=3")
    gone = client.get("/api" + _page(removed) + "/versions").get_json()
    assert gone["removed"] and gone["removed_at"] and gone["last_seen"]
    diff = client.get("/api" + _page(edited) + "/diff").get_json()  # newest against the one before
    assert (diff["from"], diff["to"], diff["changed"]) == (2, 3, ["title", "body"])
    assert client.get("/api" + _page(edited) + "/diff?from=0").status_code == 400
    assert client.get("/api/releases/en/999999/versions").status_code == 404
    search = client.get("/api/search?history=edited&sort=changed").get_json()
    assert [hit["key"] for hit in search["hits"]] == [edited]
    assert client.get("/api/search?history=kept").status_code == 400
    spec = client.get("/api/openapi.json").get_json()
    assert "/api/releases/{section}/{id}/versions" in spec["paths"]
    assert "/api/releases/{section}/{id}/diff" in spec["paths"]


def test_changes_feed_has_new_edited_and_removed_entries(client, crawled):
    edited, removed = _keys(crawled)
    body = client.get("/changes.atom").get_data()
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.bozo_exception
    kinds = {}
    for entry in feed.entries:
        kinds.setdefault(entry.tags[0].term, []).append(entry)
    assert (len(kinds["edited"]), len(kinds["removed"]), len(kinds["new"])) == (1, 1, 12)
    assert "new" not in [e.tags[0].term for e in feed.entries[:2]]  # last change first
    (gone,) = kinds["removed"]
    assert gone.link.endswith(_page(removed))
    to_diff = [e.link for e in kinds["edited"] if e.link.split("/diff")[0].endswith(_page(edited))]
    assert to_diff and to_diff[0].endswith("/diff?from=2&to=3")
    narrowed = feedparser.parse(client.get("/changes.atom?history=removed").get_data())
    assert [e.tags[0].term for e in narrowed.entries] == ["removed"]


def test_reparse_with_a_changed_parser_adds_no_version(crawled, tmp_path, monkeypatch):
    data_dir, _, _ = crawled
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("index", "*.lock"))

    def counts(path):
        with ReleaseStore(path) as store:
            return {
                s.key: len(store.versions(s.key)) for s in store.iter_releases(include_gone=True)
            }

    before = counts(copy)
    same = reparse(copy, load_source())
    assert same.new == 0 and same.changed == 0 and counts(copy) == before
    original = reparse_module.parse_release

    def newer(*args, **kwargs):  # a "new parser" that reads every title differently
        release = original(*args, **kwargs)
        return replace(release, title=release.title + " ·")

    monkeypatch.setattr(reparse_module, "parse_release", newer)
    summary = reparse(copy, load_source())
    assert summary.new == 0 and summary.changed == sum(before.values())
    assert counts(copy) == before
    edited, _ = _keys_of_store(copy)
    with ReleaseStore(copy) as store:
        versions = store.version_records(edited)
        assert all(v.release.title.endswith(" ·") for v in versions) and len(versions) == 3
        assert all(v.capture is not None for v in versions)


def _keys_of_store(path):
    with ReleaseStore(path) as store:
        multi = [s.key for s in store.iter_releases() if s.version == 3]
        gone = [s.key for s in store.iter_releases(include_gone=True) if s.status == "gone"]
    return multi[0], gone[0]
