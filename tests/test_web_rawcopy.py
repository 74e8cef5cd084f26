"""The web's raw copies (a release's page looked up in the crawler's WARC files, revisits
included) and the archive handle that never blocks a request on a refresh."""

from __future__ import annotations

import io
import threading
import time
from datetime import UTC, datetime

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.exchange import Exchange
from web.rawcopy import RawCopies, normalize


def write_warc(path, records):
    """Write response records the way the crawler does: gzip, one member per record."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        for url, body, charset in records:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),
                    http_headers=headers,
                )
            )


def test_raw_copies_find_latest_record_by_url(tmp_path):
    warc = tmp_path / "warc"
    warc.mkdir()
    write_warc(
        warc / "a-00001.warc.gz",
        [
            ("https://ina.iq/eng/1--.html", b"<p>old</p>", "utf-8"),
            ("https://www.ina.iq/2--.html", "<p>وزير</p>".encode("cp1256"), "windows-1256"),
        ],
    )
    write_warc(warc / "a-00002.warc.gz", [("https://ina.iq/eng/1--.html", b"<p>new</p>", "utf-8")])
    (warc / "broken.warc.gz").write_bytes(b"not a warc at all")
    copies = RawCopies(warc)
    assert copies.wait_ready(10)
    assert copies.find("http://ina.iq/eng/1--.html").text == "<p>new</p>"
    arabic = copies.find("https://ina.iq/2--.html")
    assert arabic.text == "<p>وزير</p>" and arabic.status == "200"
    assert copies.find("https://ina.iq/eng/3--.html") is None
    missing = RawCopies(tmp_path / "missing")
    assert missing.wait_ready(10) and missing.has("https://ina.iq/eng/1--.html") is False
    # The crawler appends to its open file: a rescan reads only the new tail.
    with (warc / "a-00002.warc.gz").open("ab") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://ina.iq/eng/3--.html",
                "response",
                payload=io.BytesIO(b"three"),
                length=5,
                http_headers=headers,
            )
        )
    copies.interval = 0
    copies.has("https://ina.iq/eng/3--.html")  # starts the rescan
    copies._thread.join(10)
    assert copies.find("https://ina.iq/eng/3--.html").text == "three"
    assert copies.find("http://ina.iq/eng/1--.html").text == "<p>new</p>"
    assert normalize("HTTPS://WWW.INA.IQ/eng/1--.html") == "ina.iq/eng/1--.html"


class SlowRefreshArchive:
    """Stands in for indexer.Archive in the handle's concurrency test: a refresh that runs until
    the test lets it finish."""

    def __init__(self):
        self.refreshes = 0
        self.started = threading.Event()
        self.finish = threading.Event()

    def refresh(self):
        self.started.set()
        self.finish.wait(10)
        self.refreshes += 1
        return True


def test_archive_handle_never_blocks_requests_on_a_refresh(tmp_path):
    from web.archive import ArchiveHandle

    archive = SlowRefreshArchive()
    handle = ArchiveHandle(tmp_path, interval=0.05, opener=lambda path: archive)
    assert handle.get() is archive
    time.sleep(0.06)
    assert handle.get() is archive  # starts the refresh in the background
    assert archive.started.wait(5)
    for _ in range(50):
        assert handle.get() is archive
    assert archive.refreshes == 0  # all 50 answered while the refresh was still running
    archive.finish.set()
    handle.wait_refreshed(5)
    assert archive.refreshes == 1  # one refresh at a time, not one per request


def seed_exchange(body: bytes, status: int = 200) -> Exchange:
    """A fetch of the seed release's page as the crawler records it."""
    return Exchange(
        url="https://ina.iq/eng/9948--.html",
        request_headers=(("User-Agent", "ina-archive"),),
        status=status,
        reason="OK",
        http_version="HTTP/1.1",
        headers=(("Content-Type", "text/html; charset=utf-8"),),
        body=body,
        started_at=datetime.now(UTC),
        latency=0.01,
    )


def test_raw_copies_read_the_crawlers_own_warc_files(tmp_path):
    """The lookup reads what crawler.warc.WarcArchive writes, revisits included."""
    from crawler.warc import WarcArchive

    archive = WarcArchive(tmp_path)
    archive.write(seed_exchange(b"<h1>first</h1>"))
    archive.write(
        seed_exchange(b"<h1>first</h1>"), revisit_of=("https://ina.iq/eng/9948--.html", "x")
    )
    archive.close()
    copies = RawCopies(tmp_path / "warc")
    assert copies.wait_ready(10)
    record = copies.find("https://ina.iq/eng/9948--.html")
    assert record is not None and record.text == "<h1>first</h1>" and record.status == "200"
