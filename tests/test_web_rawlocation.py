"""Raw copies found through the WARC locations the crawler records in crawl.sqlite, not a scan.

A real crawl of the demo site on 127.0.0.1 writes real WARC files; the real Flask app serves each
release's raw copy with the fallback scan switched off, after a recrawl of 304s as well. An older
crawl.sqlite without the location columns still works through the scan, and a location that
points at another record gives "not found", never another page.
"""

from __future__ import annotations

import shutil
import sqlite3
import urllib.request
from contextlib import closing
from urllib.parse import urlsplit

import pytest
from test_web_rawcopy import seed_exchange

from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.frontier import Frontier
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import ReleaseStore
from crawler.warc import WarcArchive
from indexer import update_index
from web.app import create_app
from web.rawcopy import RawCopies, normalize

SEPARATOR = "-" * 72 + "\n\n"


def _crawl(data_dir, server, **values) -> None:
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
    run_crawl(CrawlSettings().with_values(base), load_source(), progress=False)


def _sql(data_dir, statement: str, params: tuple = ()) -> list[tuple]:
    """Run one statement on crawl.sqlite and close it (as another process would)."""
    with closing(sqlite3.connect(data_dir / "crawl.sqlite")) as db, db:
        return db.execute(statement, params).fetchall()


def _rows(data_dir) -> dict[str, tuple]:
    rows = _sql(
        data_dir,
        "SELECT release_key, url, http_status, warc_file, warc_offset FROM urls"
        " WHERE release_key IS NOT NULL AND status = 'done'",
    )
    return {row[0]: row[1:] for row in rows}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A demo-site crawl, then a recrawl answered with 304s; yields (data dir, first rows, pages)."""
    data_dir = tmp_path_factory.mktemp("rawloc")
    site = Site(SiteConfig(n_releases=14, per_page=10, feed_items=4))
    with DemoSiteServer(site) as server:
        _crawl(data_dir, server)
        first = _rows(data_dir)
        pages = {}
        for key, (url, *_) in first.items():
            with urllib.request.urlopen(url, timeout=10) as response:  # 127.0.0.1 only
                pages[key] = response.read().decode("utf-8")
        _crawl(data_dir, server, recrawl_after=0)
    update_index(data_dir)
    return data_dir, first, pages


def _app(data_dir, *, scan: bool):
    app = create_app({"DATA_DIR": data_dir})
    app.extensions["ina_raw_copies"].scan = scan
    return app


def _copy(crawled, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(crawled[0], data_dir)
    return data_dir


def _keys(data_dir) -> list[str]:
    with ReleaseStore(data_dir) as store:
        return [s.key for s in store.iter_releases()]


def test_every_release_raw_copy_is_served_at_once_without_a_scan(crawled):
    data_dir, first, pages = crawled
    keys = _keys(data_dir)
    assert len(keys) == 14 and set(keys) <= set(first)
    assert all(row[2] and row[3] is not None for row in first.values())  # every one located
    before = _files(data_dir)
    app = _app(data_dir, scan=False)
    copies = app.extensions["ina_raw_copies"]
    client = app.test_client()
    for key in keys:
        assert "Archived raw copy" in client.get(f"/releases/{key}").get_data(as_text=True)
        raw = client.get(f"/releases/{key}/raw")
        assert raw.status_code == 200, key
        text = raw.get_data(as_text=True)
        assert text.startswith(f"Archived copy of {first[key][0]}\n")
        assert text.split(SEPARATOR, 1)[1] == pages[key]  # the bytes the server sent
        assert client.get(f"/api/releases/{key}").get_json()["raw_url"] == f"/releases/{key}/raw"
    assert copies._thread is None  # no scan was ever started
    assert _files(data_dir) == before  # crawl.sqlite read, never written


def _files(data_dir) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(data_dir)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in data_dir.rglob("*")
        if p.is_file() and "index" not in p.parts
    }


def test_a_recrawl_of_304s_keeps_pointing_at_the_original_response(crawled):
    data_dir, first, pages = crawled
    after = _rows(data_dir)
    assert {row[1] for row in after.values()} == {304}  # the recrawl was all 304s
    assert {k: row[2:] for k, row in after.items()} == {k: row[2:] for k, row in first.items()}
    copies = RawCopies(data_dir / "warc", scan=False)
    for key, (url, *_) in after.items():
        record = copies.find(url, key=key)
        assert record is not None and record.status == "200" and record.text == pages[key]


def test_an_old_crawl_sqlite_without_location_columns_falls_back_to_the_scan(crawled, tmp_path):
    data_dir = _copy(crawled, tmp_path)
    _sql(data_dir, "ALTER TABLE urls DROP COLUMN warc_file")
    _sql(data_dir, "ALTER TABLE urls DROP COLUMN warc_offset")
    key = _keys(data_dir)[0]
    page = crawled[2][key]
    client = _app(data_dir, scan=True).test_client()
    raw = client.get(f"/releases/{key}/raw")  # waits for the fallback scan
    assert raw.status_code == 200 and raw.get_data(as_text=True).endswith(page)
    assert "Archived raw copy" in client.get(f"/releases/{key}").get_data(as_text=True)
    # The crawler's next open adds the columns back, empty: the scan still serves those rows.
    Frontier(data_dir).close()
    assert all(row[2] is None for row in _rows(data_dir).values())
    fresh = _app(data_dir, scan=True).test_client()
    assert fresh.get(f"/releases/{key}/raw").get_data(as_text=True).endswith(page)
    # With the fallback off, an unlocated release honestly has no raw copy.
    assert _app(data_dir, scan=False).test_client().get(f"/releases/{key}/raw").status_code == 404


def test_a_tampered_location_gives_not_found_never_another_page(crawled, tmp_path):
    data_dir = _copy(crawled, tmp_path)
    rows = _rows(data_dir)
    victim, other = sorted(rows)[:2]
    other_page = crawled[2][other]
    client = _app(data_dir, scan=True).test_client()  # a found location never falls back
    tampered = [
        (rows[other][2], rows[other][3]),  # another release's response record
        (rows[victim][2], rows[victim][3] - 1),  # inside the gzip member before it
        (rows[victim][2], 0),  # the file's warcinfo record
        (rows[victim][2], _request_offset(data_dir / "warc" / rows[victim][2], rows[victim][0])),
        (rows[victim][2], 10**9),  # past the end (a file cut by repair)
        ("gone.warc.gz", rows[victim][3]),  # a file that is not there
    ]
    for name, offset in tampered:
        _sql(
            data_dir,
            "UPDATE urls SET warc_file = ?, warc_offset = ? WHERE release_key = ?",
            (name, offset, victim),
        )
        raw = client.get(f"/releases/{victim}/raw")
        assert raw.status_code == 404, (name, offset)
        assert "no raw copy" in raw.get_data(as_text=True)
        assert other_page not in raw.get_data(as_text=True)


def test_a_location_written_by_a_running_crawler_is_read_from_its_wal(crawled, tmp_path):
    data_dir = _copy(crawled, tmp_path)
    key = _keys(data_dir)[0]
    url, _, name, offset = _rows(data_dir)[key]
    _sql(data_dir, "UPDATE urls SET warc_file = NULL, warc_offset = NULL WHERE url = ?", (url,))
    client = _app(data_dir, scan=False).test_client()
    assert client.get(f"/releases/{key}/raw").status_code == 404
    frontier = Frontier(data_dir)  # a crawler holding crawl.sqlite open, its commit in the WAL
    try:
        frontier.finish(url, status="done", next_due=0, warc_file=name, warc_offset=offset)
        assert (data_dir / "crawl.sqlite-wal").stat().st_size > 0
        assert client.get(f"/releases/{key}/raw").status_code == 200
    finally:
        frontier.close()
    assert client.get(f"/releases/{key}/raw").status_code == 200


def _request_offset(path, url: str) -> int:
    """The offset of the request record for ``url``: the same URI, but not a response."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            if (
                record.rec_type == "request"
                and record.rec_headers.get_header("WARC-Target-URI") == url
            ):
                return records.get_record_offset()
    raise AssertionError(f"no request record for {url}")


@pytest.mark.parametrize(
    "name", ["../crawl.sqlite", "/etc/passwd", "..", "a/b.warc.gz", "x\\y.warc.gz", "notes.txt"]
)
def test_a_location_naming_a_path_is_refused(crawled, tmp_path, name):
    data_dir = _copy(crawled, tmp_path)
    key = _keys(data_dir)[0]
    _sql(data_dir, "UPDATE urls SET warc_file = ? WHERE release_key = ?", (name, key))
    copies = RawCopies(data_dir / "warc", scan=False)
    assert copies.locate("https://example.invalid/", key=key) is None
    assert _app(data_dir, scan=False).test_client().get(f"/releases/{key}/raw").status_code == 404


def test_warc_write_returns_where_the_response_record_is(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    archive = WarcArchive(tmp_path, max_bytes=1)  # rotates after every exchange
    first = archive.write(seed_exchange(b"<h1>first</h1>"))
    second = archive.write(seed_exchange(b"<h1>second</h1>"))
    revisit = archive.write(
        seed_exchange(b"", 304), revisit_of=("https://ina.iq/eng/9948--.html", "x")
    )
    archive.close()
    assert first.file != second.file and not first.revisit and revisit.revisit
    for location, kind, body in [
        (first, "response", b"<h1>first</h1>"),
        (second, "response", b"<h1>second</h1>"),
        (revisit, "revisit", b""),
    ]:
        path = tmp_path / "warc" / location.file
        with path.open("rb") as stream:
            stream.seek(location.offset)
            record = next(iter(ArchiveIterator(stream)))
            assert record.rec_type == kind and record.content_stream().read() == body
        assert location.offset + location.length == path.stat().st_size
    assert normalize(record.rec_headers.get_header("WARC-Target-URI")) == "ina.iq/eng/9948--.html"


def test_an_unchanged_200_keeps_the_location_and_a_changed_one_moves_it(tmp_path):
    """A server that ignores conditional GET: same bytes are a revisit, new bytes a new location."""
    from tests.crawl_fixtures import MiniSite, build_site, release_html, settings_for

    site = MiniSite().start()
    try:
        paths = build_site(site, count=3)
        bodies = {p: release_html(i, f"Envoy {i}", f"Talks {i}.") for i, p in enumerate(paths, 1)}

        def always_200(path):
            return lambda request: (200, {"Content-Type": "text/html"}, bodies[path].encode())

        for path in paths:
            site.routes[path] = always_200(path)

        def crawl(**values) -> None:
            settings = settings_for(tmp_path, site, recrawl_after=0, **values)
            run_crawl(settings, load_source())

        crawl()
        first = _rows(tmp_path)
        crawl()  # every release answers 200 with the same bytes: archived as revisits
        second = _rows(tmp_path)
        assert {row[1] for row in second.values()} == {200}
        assert {k: r[2:] for k, r in second.items()} == {k: r[2:] for k, r in first.items()}
        kept = bodies[paths[1]]
        bodies[paths[0]] = release_html(1, "Envoy 1 corrected", "Talks 1, corrected.")
        bodies[paths[1]] = release_html(2, "Envoy 2", "Talks 2. " * 3000)  # cut at the cap
        crawl(max_body_bytes=20_000)
        third = _rows(tmp_path)
        bodies[paths[1]] = kept  # a cut body is not a raw copy: the last full one stays
        copies = RawCopies(tmp_path / "warc", scan=False)
        for key, (url, _, name, offset) in third.items():
            moved = url.endswith(paths[0])
            assert ((name, offset) != first[key][2:]) == moved
            assert copies.find(url, key=key).text == bodies[urlsplit(url).path]
    finally:
        site.stop()
