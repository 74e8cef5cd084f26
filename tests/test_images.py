"""Archived photos over the loopback demo site: fetched once and politely from INA's own host only,
kept in the WARC files, served from the archive (even after the site removes them), thumbnailed
once; hostile images are refused with a sentence and leave nothing broken behind."""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from PIL import Image
from warcio.archiveiterator import ArchiveIterator

from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, FaultRule, Site, SiteConfig
from crawler.demo_site.feeds import DEFAULT_ROBOTS
from crawler.demo_site.photos import photo_jpeg
from crawler.errors import CrawlConfigError
from crawler.imagecheck import ImageUnreadable, decode
from crawler.imagestore import ImageStore
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.warc import warc_files
from indexer import update_index
from web.app import create_app

SOURCE = load_source(Path(__file__).resolve().parents[1] / "seeds" / "ina-source.toml")


def crawl(data_dir: Path, server: DemoSiteServer, **values):
    settings = CrawlSettings().with_values(
        {
            "data_dir": data_dir,
            "start_urls": (server.base_url + "/eng/", server.base_url + "/"),
            "delay": 0,
            "jitter": 0,
            "autothrottle": False,
            "allow_private_addresses": True,
            "progress": False,
            **values,
        }
    )
    return run_crawl(settings, SOURCE, progress=False)


def image_paths(release) -> list[str]:
    return [urlsplit(image.url).path for image in release.expected.images]


def image_rows(data_dir: Path) -> dict[str, tuple]:
    with sqlite3.connect(data_dir / "images.sqlite") as db:
        rows = db.execute("SELECT url, status, sha256, error FROM images").fetchall()
    db.close()
    return {urlsplit(url).path: (status, sha, error) for url, status, sha, error in rows}


def is_image(path: str) -> bool:
    return "/uploads/posts/" in path


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


def test_mode_all_adds_the_other_images_and_none_fetches_nothing(tmp_path):
    site = Site(SiteConfig(n_releases=5, per_page=5, feed_items=5))
    wanted = {p for r in site.releases() for p in image_paths(r)}
    leads = {image_paths(r)[0] for r in site.releases() if r.expected.images}
    assert wanted - leads, "the site needs a release with two images"
    with DemoSiteServer(site) as server:
        summary = crawl(tmp_path / "data", server, images="none", max_pages=10)
        assert summary.new >= 3 and not [p for p in server.paths() if is_image(p)]
        server.clear_requests()
        # Switching to lead also finds the photos of the releases the first run stored.
        crawl(tmp_path / "data", server, images="lead")
        assert sorted(p for p in server.paths() if is_image(p)) == sorted(leads)
        server.clear_requests()
        crawl(tmp_path / "data", server, images="all")  # the releases are unchanged (304)
        assert sorted(p for p in server.paths() if is_image(p)) == sorted(wanted - leads)
    rows = image_rows(tmp_path / "data")
    assert {p for p, row in rows.items() if row[0] == "archived"} == wanted


def test_hostile_images_are_refused_with_a_reason_and_nothing_stored_is_corrupted(tmp_path):
    site = Site(SiteConfig(n_releases=8, per_page=8, feed_items=5))
    leads = [image_paths(r)[0] for r in site.releases() if r.expected.images]
    big, html, cut, gone = leads[:4]
    assert leads[4:], "the site needs a good image besides the hostile ones"
    faults = [
        FaultRule(path=re.escape(big), body=b"\xff\xd8" + bytes(300_000)),
        FaultRule(path=re.escape(html), content_type="text/html; charset=utf-8"),
        FaultRule(path=re.escape(cut), body=photo_jpeg(cut)[: len(photo_jpeg(cut)) // 2]),
        FaultRule(path=re.escape(gone), status=404),
    ]
    data_dir = tmp_path / "data"
    with DemoSiteServer(site, faults=faults) as server:
        crawl(data_dir, server, max_body_bytes=200_000)
    rows = image_rows(data_dir)
    assert "larger than max_body_bytes=200000" in rows[big][2]
    assert "text/html, not an image" in rows[html][2]
    assert "not a complete picture" in rows[cut][2]
    assert "404" in rows[gone][2]
    assert all(rows[p][0] == "failed" and rows[p][1] is None for p in (big, html, cut, gone))
    good = set(leads[4:])
    assert {p for p, row in rows.items() if row[0] == "archived"} == good
    with sqlite3.connect(data_dir / "images.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    for path in warc_files(data_dir):  # every record still reads to the end
        with open(path, "rb") as stream:
            assert sum(1 for _ in ArchiveIterator(stream)) > 0
    update_index(data_dir)
    client = create_app({"DATA_DIR": data_dir}).test_client()
    for path in good:
        sha = hashlib.sha256(photo_jpeg(path)).hexdigest()
        assert client.get(f"/images/{sha}").data == photo_jpeg(path)


def test_the_images_setting_and_the_image_check_explain_themselves():
    with pytest.raises(CrawlConfigError, match="images must be one of lead, all, none"):
        CrawlSettings().with_values({"images": "first"})
    bmp = io.BytesIO()
    Image.new("RGB", (4, 4)).save(bmp, "BMP")
    with pytest.raises(ImageUnreadable, match="a BMP file, not a JPEG, PNG, GIF or WebP"):
        decode(bmp.getvalue())
    wide = io.BytesIO()
    Image.new("L", (30, 20)).save(wide, "PNG")
    with pytest.raises(ImageUnreadable, match="30x20 pixels, more than 500"):
        decode(wide.getvalue(), max_pixels=500)  # refused before its pixels are decoded
    assert decode(photo_jpeg("/x.jpg")).content_type == "image/jpeg"


def test_a_crawl_stopped_between_an_images_warc_record_and_its_row_fetches_it_once_more(
    tmp_path, monkeypatch
):
    """The window a kill -9 can hit: the record is fsynced, the row not yet written."""

    def stopped(self, image):  # the process ends right here, as a kill would end it
        raise KeyboardInterrupt

    monkeypatch.setattr(ImageStore, "archived", stopped)
    site = Site(SiteConfig(n_releases=3, per_page=3, feed_items=3))
    leads = {image_paths(r)[0] for r in site.releases() if r.expected.images}
    with DemoSiteServer(site) as server:
        assert "interrupted" in crawl(tmp_path, server).stopped
        fetched = [p for p in server.paths() if is_image(p)]
        assert len(fetched) == 1 and fetched[0] in leads  # stopped at the first image
        first = fetched[0]
        assert image_rows(tmp_path)[first][0] == "pending"  # nothing points at the record yet
        monkeypatch.undo()
        server.clear_requests()
        crawl(tmp_path, server)
        assert [p for p in server.paths() if is_image(p)].count(first) == 1  # fetched once more
    status, sha, _ = image_rows(tmp_path)[first]
    assert status == "archived" and sha == hashlib.sha256(photo_jpeg(first)).hexdigest()
    update_index(tmp_path)
    client = create_app({"DATA_DIR": tmp_path}).test_client()
    assert client.get(f"/images/{sha}").data == photo_jpeg(first)


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
