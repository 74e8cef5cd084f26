"""Archived photos, the other modes and the faults: `images = "all"` and `"none"`, hostile images
refused with a reason and nothing stored corrupted, the setting and the image check explained, and
a crawl stopped between an image's WARC record and its row."""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3

import pytest
from image_helpers import crawl, image_paths, image_rows, is_image
from PIL import Image
from warcio.archiveiterator import ArchiveIterator

from crawler.demo_site import DemoSiteServer, FaultRule, Site, SiteConfig
from crawler.demo_site.photos import photo_jpeg
from crawler.errors import CrawlConfigError
from crawler.imagecheck import ImageUnreadable, decode
from crawler.imagestore import ImageStore
from crawler.settings import CrawlSettings
from crawler.warc import warc_files
from indexer import update_index
from web.app import create_app


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
