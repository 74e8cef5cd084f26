"""Archived photos over the loopback demo site: fetched once and politely from INA's own host only,
kept in the WARC files, served from the archive (even after the site removes them), thumbnailed
once. The other modes and hostile images: test_images_faults.py."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from image_helpers import crawl, image_paths, image_rows, is_image
from warcio.archiveiterator import ArchiveIterator

from crawler.demo_site import DemoSiteServer, FaultRule, Site, SiteConfig
from crawler.demo_site.feeds import DEFAULT_ROBOTS
from crawler.demo_site.photos import photo_jpeg
from crawler.warc import warc_files
from indexer import update_index
from web.app import create_app


class Crawled:
    """One lead-mode crawl of a small site with a robots-disallowed and a foreign image."""

    def __init__(self, root: Path) -> None:
        config = SiteConfig(n_releases=10, per_page=10, feed_items=5)
        probe = [r for r in Site(config).releases() if r.expected.images]
        self.blocked_path = image_paths(probe[0])[0]
        robots = DEFAULT_ROBOTS.replace(
            "Disallow: /user/\n", f"Disallow: /user/\nDisallow: {self.blocked_path}\n"
        )
        self.site = Site(replace(config, robots_txt=robots))  # the same releases
        with_images = [r for r in self.site.releases() if r.expected.images]
        synthetic = [r for r in with_images[1:] if r.key != "en/9948"]  # 9948: INA's own page
        self.blocked, self.foreign_release = with_images[0], synthetic[0]
        assert image_paths(self.blocked)[0] == self.blocked_path
        self.data_dir = root / "data"
        self.server = DemoSiteServer(self.site).start()
        base = self.server.base_url
        # One release shows its photo from another host (same machine, another host name).
        self.foreign_path = image_paths(self.foreign_release)[0]
        self.foreign_url = f"http://localhost:{urlsplit(base).port}{self.foreign_path}"
        page = self.foreign_release.render(base).decode("utf-8")
        page = page.replace(base + self.foreign_path, self.foreign_url)
        self.server.faults.add(
            FaultRule(path=rf"^{re.escape(self.foreign_release.path)}$", body=page.encode())
        )
        self.summary = crawl(self.data_dir, self.server)
        self.first_run = list(self.server.requests)
        self.leads = {
            image_paths(r)[0]: r
            for r in self.site.releases()
            if r.expected.images and r.key not in (self.blocked.key, self.foreign_release.key)
        }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    state = Crawled(tmp_path_factory.mktemp("images"))
    try:
        yield state
    finally:
        state.server.stop()


def test_each_lead_image_is_fetched_once_from_the_own_host_through_the_polite_gate(crawled):
    paths = [r.path for r in crawled.first_run]
    fetched = [p for p in paths if is_image(p)]
    assert sorted(fetched) == sorted(crawled.leads)  # the leads only, each exactly once
    assert paths[0] == "/robots.txt"
    # One request at a time through the crawl's gate: the server saw exactly what the fetcher sent.
    assert crawled.summary.requests == len(crawled.first_run)
    # Interleaved with the pages, right after the release page that shows it (no burst).
    for path, release in crawled.leads.items():
        assert paths[paths.index(path) - 1] == release.path
    assert not any(r.headers.get("Host", "").startswith("localhost") for r in crawled.first_run)
    rows = image_rows(crawled.data_dir)
    assert (
        rows[crawled.blocked_path][0] == "failed" and "robots.txt" in rows[crawled.blocked_path][2]
    )
    assert rows[crawled.foreign_path][0] == "failed"
    assert "not INA's own" in rows[crawled.foreign_path][2]
    assert {p for p, row in rows.items() if row[0] == "archived"} == set(crawled.leads)
    sentence = (
        f"Photos: {len(crawled.leads)} archived, 2 not archived (see images.sqlite),"
        " 0 waiting for a later run."
    )
    assert sentence in crawled.summary.lines()  # the crawl's summary says so


def test_archived_images_are_the_sites_bytes_in_the_warc_files(crawled):
    in_warc = {}
    for path in warc_files(crawled.data_dir):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response" and is_image(uri):
                    in_warc[urlsplit(uri).path] = record.content_stream().read()
    assert set(in_warc) == set(crawled.leads)
    rows = image_rows(crawled.data_dir)
    for path, body in in_warc.items():
        assert body == photo_jpeg(path)
        assert rows[path][1] == hashlib.sha256(body).hexdigest()


def test_a_second_run_fetches_no_image_again(crawled, tmp_path):
    before = len(crawled.server.requests)
    crawl(crawled.data_dir, crawled.server)
    again = [r.path for r in crawled.server.requests[before:]]
    assert again and not [p for p in again if is_image(p)]


@pytest.fixture(scope="module")
def web(crawled):
    update_index(crawled.data_dir)
    return create_app({"DATA_DIR": crawled.data_dir, "REFRESH_INTERVAL": 0})


def test_release_page_shows_the_archived_photo_with_caption_and_credit(crawled, web):
    client = web.test_client()
    path, release = next(iter(crawled.leads.items()))
    expected = release.expected
    page = client.get(f"/releases/{expected.key}")
    html = page.get_data(as_text=True)
    sha = hashlib.sha256(photo_jpeg(path)).hexdigest()
    assert f'<img src="/images/{sha}/thumb"' in html and f'href="/images/{sha}"' in html
    assert "img-src 'self'" in page.headers["Content-Security-Policy"]
    assert not re.search(r'<img[^>]+src="https?:', html)  # never a picture from INA itself
    if expected.images[0].caption:
        assert expected.images[0].caption in html
    if expected.photographer:
        name = expected.photographer.split(", ")[0]
        assert 'class="photographer" href="/photographers/' in html and name in html
    full = client.get(f"/images/{sha}")
    assert full.status_code == 200 and full.mimetype == "image/jpeg"
    assert full.data == photo_jpeg(path)
    assert "immutable" in full.headers["Cache-Control"]
    assert client.get(f"/images/{sha}", headers={"If-None-Match": f'"{sha}"'}).status_code == 304
    assert client.get("/images/" + "0" * 64).status_code == 404
    assert client.get("/images/../../etc/passwd").status_code == 404
    blocked = client.get(f"/releases/{crawled.blocked.expected.key}").get_data(as_text=True)
    assert "(not archived yet)" in blocked and "Image 1 on INA" in blocked


def test_thumbnails_are_made_once_and_cached_in_the_data_directory(crawled, web):
    path = next(iter(crawled.leads))
    sha = hashlib.sha256(photo_jpeg(path)).hexdigest()
    cache = web.extensions["ina_images"].thumbnails
    made = cache.made
    first = web.test_client().get(f"/images/{sha}/thumb")
    second = web.test_client().get(f"/images/{sha}/thumb")
    assert first.status_code == 200 and first.mimetype == "image/jpeg"
    assert first.data == second.data and first.data[:2] == b"\xff\xd8"
    assert cache.made == made + 1
    files = list((crawled.data_dir / "thumbnails").rglob("*"))
    assert [f.name for f in files if f.is_file() and sha in f.name] == [f"{sha}-320.jpg"]
    assert not [f for f in files if f.name.endswith(".tmp")]
    fresh = create_app({"DATA_DIR": crawled.data_dir})  # another process: reads the cached file
    assert fresh.test_client().get(f"/images/{sha}/thumb").data == first.data
    assert fresh.extensions["ina_images"].thumbnails.made == 0


def test_results_show_thumbnails_and_the_photographer_grid_shows_the_pictures(crawled, web):
    client = web.test_client()
    html = client.get("/").get_data(as_text=True)
    assert html.count('<a class="thumb"') == len(crawled.leads)
    credited = [(p, r) for p, r in crawled.leads.items() if r.expected.photographer]
    path, release = credited[0]
    name = release.expected.photographer.split(", ")[0]
    assert f'href="/photographers/{quote(name)}"' in html  # the facet value leads to the grid
    grid = client.get(f"/photographers/{name}")
    sha = hashlib.sha256(photo_jpeg(path)).hexdigest()
    assert grid.status_code == 200 and f"/images/{sha}/thumb" in grid.get_data(as_text=True)


def test_images_removed_from_the_site_are_still_served_from_the_archive(crawled, web):
    crawled.server.faults.add(FaultRule(path=r"/uploads/", status=404))
    before = len(crawled.server.requests)
    crawl(crawled.data_dir, crawled.server)
    assert not [r for r in crawled.server.requests[before:] if is_image(r.path)]
    crawled.server.stop()  # the site is gone altogether
    client = web.test_client()
    for path in crawled.leads:
        sha = hashlib.sha256(photo_jpeg(path)).hexdigest()
        assert client.get(f"/images/{sha}").data == photo_jpeg(path)


def test_the_release_api_lists_each_photo_with_its_archived_copy(crawled, web):
    client = web.test_client()
    path, release = next(iter(crawled.leads.items()))
    section, _, number = release.expected.key.partition("/")
    data = client.get(f"/api/releases/{section}/{number}").get_json()
    lead = data["photos"][0]
    sha = hashlib.sha256(photo_jpeg(path)).hexdigest()
    assert urlsplit(lead["url"]).path == path and lead["sha256"] == sha
    assert (
        lead["archived_url"] == f"/images/{sha}" and lead["thumbnail_url"] == f"/images/{sha}/thumb"
    )
    assert lead["width"] > 1 and lead["height"] > 1
    assert client.get(lead["archived_url"]).data == photo_jpeg(path)
    blocked = crawled.blocked.expected.key.partition("/")
    photos = client.get(f"/api/releases/{blocked[0]}/{blocked[2]}").get_json()["photos"]
    assert photos and photos[0]["archived_url"] is None and photos[0]["sha256"] is None
