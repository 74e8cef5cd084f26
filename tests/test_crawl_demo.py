"""The crawler against the INA-like demo site on 127.0.0.1: full crawl, recrawl, changes, reparse."""

from __future__ import annotations

import shutil
import socket

import pytest
from warcio.archiveiterator import ArchiveIterator

import crawler.pages as pages_module
from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.reparse import reparse
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import ReleaseStore
from crawler.warc import warc_files


@pytest.fixture
def demo():
    site = Site(SiteConfig(n_releases=40, per_page=10, feed_items=5))
    with DemoSiteServer(site) as server:
        yield site, server


def _settings(data_dir, server, **values) -> CrawlSettings:
    base = {
        "data_dir": data_dir,
        "start_urls": (server.base_url + "/eng/", server.base_url + "/"),
        "delay": 0.0,
        "jitter": 0.0,
        "allow_private_addresses": True,
        "backfill": True,
        "progress": False,
    }
    base.update(values)
    return CrawlSettings().with_values(base)


def _crawl(data_dir, server, **values):
    return run_crawl(_settings(data_dir, server, **values), load_source(), progress=False)


def _records(data_dir):
    with ReleaseStore(data_dir) as store:
        return {
            s.key: (s.status, s.version, s.release.to_dict())
            for s in store.iter_releases(include_gone=True)
        }


def test_full_crawl_stores_every_release_as_the_site_means_it(tmp_path, demo):
    site, server = demo
    summary = _crawl(tmp_path, server)
    expected = {r.key: r.expected_for(server.base_url).to_dict() for r in site.releases()}
    got = {key: record for key, (_, _, record) in _records(tmp_path).items()}
    assert summary.new == len(expected) == 40
    assert got == expected
    assert summary.errors == summary.parse_errors == 0
    # Politeness order: robots.txt first, then the feeds, then the first listing pages.
    paths = server.paths()
    assert paths[0] == "/robots.txt"
    assert paths[1:5] == ["/eng/rss.xml", "/rss.xml", "/kurd/rss.xml", "/turkmen/rss.xml"]
    assert set(paths[5:7]) == {"/eng/", "/"}
    assert len(paths) == len(set(paths))  # nothing fetched twice in one run
    for path in warc_files(tmp_path):
        with open(path, "rb") as handle:
            assert sum(1 for _ in ArchiveIterator(handle)) > 0


def test_recrawl_uses_conditional_get_and_304_costs_no_parse(tmp_path, demo, monkeypatch):
    site, server = demo
    _crawl(tmp_path, server)
    server.clear_requests()
    calls = []
    real_parse = pages_module.parse_release
    monkeypatch.setattr(
        pages_module, "parse_release", lambda *a, **k: calls.append(a) or real_parse(*a, **k)
    )
    summary = _crawl(tmp_path, server, recrawl_after=0)
    release_requests = [r for r in server.requests if r.path.endswith(".html")]
    assert len(release_requests) == 40
    assert {r.status for r in release_requests} == {304}
    assert summary.unchanged == 40 and summary.new == summary.changed == 0
    assert summary.pages_unchanged >= 1  # feeds and listings answer 304 too
    assert calls == []
    digests: dict[str, dict[str, str]] = {"response": {}, "revisit": {}}
    profiles = set()
    for path in warc_files(tmp_path):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type in digests:
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    digests[record.rec_type][uri] = record.rec_headers.get_header(
                        "WARC-Payload-Digest"
                    )
                if record.rec_type == "revisit":
                    profiles.add(record.rec_headers.get_header("WARC-Profile"))
    assert "http://netpreserve.org/warc/1.1/revisit/server-not-modified" in profiles
    revisited = [uri for uri in digests["revisit"] if uri.endswith(".html")]
    assert len(revisited) == 40
    for uri in revisited:  # each revisit names the payload it stands for
        assert digests["revisit"][uri] == digests["response"][uri]
        assert digests["revisit"][uri].startswith("sha256:")


def test_changed_page_gives_a_new_version_and_removed_page_is_gone(tmp_path, demo):
    site, server = demo
    _crawl(tmp_path, server)
    edited = site.edit(5)
    removed = site.release(7)
    site.remove(7, status=410)
    summary = _crawl(tmp_path, server, recrawl_after=0)
    assert (summary.changed, summary.gone, summary.new) == (1, 1, 0)
    with ReleaseStore(tmp_path) as store:
        versions = store.versions(edited.key)
        assert len(versions) == 2
        assert versions[-1][2] == edited.expected_for(server.base_url)
        assert store.get(removed.key).status == "gone"
        assert store.count() == 39 and store.count(include_gone=True) == 40


def test_reparse_rebuilds_the_same_records_from_warc_with_no_network(tmp_path, demo, monkeypatch):
    site, server = demo
    original = tmp_path / "original"
    _crawl(original, server)
    site.edit(3)
    site.remove(9)
    _crawl(original, server, recrawl_after=0)
    rebuilt = tmp_path / "rebuilt"
    shutil.copytree(original / "warc", rebuilt / "warc")

    def no_network(*args, **kwargs):
        raise AssertionError("reparse tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    summary = reparse(rebuilt, load_source())
    assert summary.new == 40 and summary.changed == 1 and summary.gone == 1
    assert _records(rebuilt) == _records(original)


def test_demo_site_faults_are_survived_and_counted(tmp_path):
    import re

    from crawler.demo_site import FaultRule, Faults

    site = Site(SiteConfig(n_releases=30, per_page=10, feed_items=5, include_seed_release=False))
    paths = [site.path_of(i) for i in range(len(site)) if site.path_of(i).startswith("/eng/")]
    bomb, huge, private, pdf = paths[:4]
    rules = [
        FaultRule(path=r"^/eng/page/2/$", status=503, retry_after="1", times=1),
        FaultRule(path=f"^{re.escape(bomb)}$", gzip_bomb=40_000_000),
        FaultRule(path=f"^{re.escape(huge)}$", huge=20_000_000),
        FaultRule(
            path=f"^{re.escape(private)}$", redirect="http://169.254.169.254/latest/", status=301
        ),
        FaultRule(path=f"^{re.escape(pdf)}$", content_type="application/pdf"),
    ]
    with DemoSiteServer(site, faults=Faults(rules)) as server:
        summary = _crawl(tmp_path, server, max_body_bytes=1_000_000)
        page2 = [r.time for r in server.requests if r.path == "/eng/page/2/"]
    assert len(page2) == 2 and page2[1] - page2[0] >= 1.0  # Retry-After: 1
    assert (summary.truncated, summary.refused, summary.skipped) == (2, 1, 1)
    assert summary.new == 30 - 4 and summary.errors == 0
