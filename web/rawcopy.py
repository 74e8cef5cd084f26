"""Read-only lookup of a page's archived raw copy in the crawler's WARC files.

The crawler records in ``crawl.sqlite`` (columns ``warc_file``, ``warc_offset``) where each URL's
latest full response lives, so a lookup reads that row (the database opened read-only), opens
``<data_dir>/warc/<warc_file>`` (a plain file name, nothing else), reads the one record at the
offset and checks it is a response for that URL: a stale or tampered location gives "not found",
never another page.

Data directories crawled before those columns existed (or rows without a location) fall back to
a scan: ``<data_dir>/warc/*.warc[.gz]`` is read with warcio once in a background thread,
remembering URL -> (file, offset) of each ``response`` record, and a file is read again only
when it grows. Only files found by globbing that directory are opened.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from web.warcnames import plain_warc_name, read_only_uri

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
RESCAN_INTERVAL = 5.0


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One archived HTTP response: the URL, when it was fetched, and its decoded body."""

    url: str
    date: str
    record_id: str
    status: str
    text: str


def normalize(url: str) -> str:
    """A URL key that ignores scheme, ``www.`` and host case."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path or "/"
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


@dataclass(frozen=True, slots=True)
class _Location:
    """A crawl.sqlite row's record location, and the URL the record must be for."""

    file: str
    offset: int
    url: str


class RawCopies:
    """URL -> WARC record lookup over a data directory's WARC files; thread-safe, read-only.

    Locations come from ``crawl.sqlite``; for URLs it has none for, a scan runs in a background
    thread, so no request waits for it: until that first scan has finished, :meth:`has` answers
    None ("not known yet") for such URLs.

    Args:
        warc_dir: ``<data_dir>/warc``.
        interval: seconds between fallback rescans.
        crawl_db: the crawler's state (default ``<data_dir>/crawl.sqlite``).
        scan: whether URLs without a recorded location may be found by scanning.
    """

    def __init__(
        self,
        warc_dir: Path | str,
        *,
        interval: float = RESCAN_INTERVAL,
        crawl_db: Path | str | None = None,
        scan: bool = True,
    ) -> None:
        self.warc_dir = Path(warc_dir)
        self.crawl_db = Path(crawl_db) if crawl_db else self.warc_dir.parent / "crawl.sqlite"
        self.scan = scan
        self.interval = interval
        self._files: dict[Path, _FileScan] = {}
        self._urls: dict[str, tuple[Path, int]] = {}
        self._scanned = float("-inf")
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        """Whether every WARC file has been scanned at least once."""
        return self._ready.is_set()

    def wait_ready(self, timeout: float = 30) -> bool:
        """Start a scan if needed and wait for the first one to finish."""
        self._index()
        return self._ready.wait(timeout)

    def has(self, url: str, key: str | None = None) -> bool | None:
        """Whether a response for the URL (or release key) is archived; None while unknown yet."""
        if not self.warc_dir.is_dir():
            return False
        located = self.locate(url, key)
        if located is not None:
            return (self.warc_dir / located.file).is_file()
        if not self.scan:
            return False
        if normalize(url) in self._index():
            return True
        return False if self.ready else None

    def find(self, url: str, key: str | None = None) -> RawRecord | None:
        """The archived response for a URL or release key (the latest full one), or None."""
        located = self.locate(url, key)
        if located is not None:
            return self._read_at(located, url)
        if not self.scan:
            return None
        return self._find_scanned(url)

    def read(self, file: str, offset: int, url: str) -> RawRecord | None:
        """The response for ``url`` at a known place (a release version's capture), or None."""
        if not plain_warc_name(file) or offset < 0:
            return None
        return self._read_at(_Location(file, offset, url), url)

    def locate(self, url: str, key: str | None = None) -> _Location | None:
        """The record location crawl.sqlite holds for a release key or URL, or None."""
        if not self.crawl_db.is_file():
            return None
        try:
            db = sqlite3.connect(read_only_uri(self.crawl_db), uri=True, timeout=5)
        except sqlite3.Error as error:
            log.warning("could not open %s read-only: %s", self.crawl_db, error)
            return None
        try:
            query = "SELECT warc_file, warc_offset, url FROM urls WHERE {} = ?"
            row = db.execute(query.format("release_key"), (key,)).fetchone() if key else None
            if row is None or row[0] is None:
                row = db.execute(query.format("url"), (url,)).fetchone()
        except sqlite3.Error as error:  # an older crawl.sqlite without the columns
            log.debug("no record locations in %s: %s", self.crawl_db, error)
            return None
        finally:
            db.close()
        if row is None or row[0] is None or row[1] is None:
            return None
        name, offset, row_url = row
        if not plain_warc_name(name) or not isinstance(offset, int) or offset < 0:
            log.warning("ignoring a bad WARC location for %s: %r at %r", row_url, name, offset)
            return None
        return _Location(name, offset, row_url)

    def _read_at(self, located: _Location, url: str) -> RawRecord | None:
        """Read the one record at a location; None unless it is a response for that URL."""
        path = self.warc_dir / located.file
        try:
            with path.open("rb") as stream:
                stream.seek(located.offset)
                record = next(iter(ArchiveIterator(stream)))
                target = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type != "response" or normalize(target) not in {
                    normalize(located.url),
                    normalize(url),
                }:
                    log.warning(
                        "%s at %d holds a %s record for %r, not a response for %s",
                        path.name,
                        located.offset,
                        record.rec_type,
                        target,
                        located.url,
                    )
                    return None
                return _read(record)
        except Exception as error:  # a missing file, a cut file, an offset inside a record
            log.warning("could not read %s at %s: %s", path, located.offset, error)
            return None

    def _find_scanned(self, url: str) -> RawRecord | None:
        """The latest response the fallback scan has seen for the URL, or None."""
        location = self._index().get(normalize(url))
        if location is None:
            return None
        path, offset = location
        try:
            with path.open("rb") as stream:
                stream.seek(offset)
                record = next(iter(ArchiveIterator(stream)))
                return _read(record)
        except (OSError, StopIteration, ValueError) as error:
            log.warning("could not read %s at %s: %s", path, offset, error)
            return None

    def _index(self) -> dict[str, tuple[Path, int]]:
        """The URL map as scanned so far; starts a background rescan when one is due."""
        if time.monotonic() - self._scanned >= self.interval:
            with self._lock:
                running = self._thread is not None and self._thread.is_alive()
                if not running and time.monotonic() - self._scanned >= self.interval:
                    self._scanned = time.monotonic()
                    self._thread = threading.Thread(
                        target=self._rescan, name="ina-warc-scan", daemon=True
                    )
                    self._thread.start()
        return self._urls

    def _rescan(self) -> None:
        """Scan new WARC files and the new tails of growing ones, then rebuild the URL map."""
        try:
            changed = False
            paths = []
            if self.warc_dir.is_dir():
                paths = sorted(self.warc_dir.glob("*.warc.gz")) + sorted(
                    self.warc_dir.glob("*.warc")
                )
            for path in paths:
                scan = self._files.get(path)
                try:
                    size = path.stat().st_size
                except OSError:
                    continue
                if scan is None or size < scan.end:  # new, or cut back by a crash repair
                    scan = self._files[path] = _FileScan()
                if size > scan.end:
                    scan.advance(path)
                    changed = True
            if changed:
                urls: dict[str, tuple[Path, int]] = {}
                for path in sorted(self._files):  # later files win: the newest fetch
                    for url, offset in self._files[path].urls.items():
                        urls[url] = (path, offset)
                self._urls = urls
        finally:
            self._ready.set()


class _FileScan:
    """What is known of one WARC file: response offsets, and how far it has been read."""

    def __init__(self) -> None:
        self.urls: dict[str, int] = {}
        self.end = 0

    def advance(self, path: Path) -> None:
        """Read the records after ``end`` (a torn tail is left for the next scan)."""
        try:
            with path.open("rb") as stream:
                stream.seek(self.end)
                records = ArchiveIterator(stream)
                for record in records:
                    records.read_to_end()
                    offset = records.get_record_offset()  # absolute: warcio starts at tell()
                    if record.rec_type == "response":
                        url = record.rec_headers.get_header("WARC-Target-URI") or ""
                        self.urls[normalize(url)] = offset
                    self.end = offset + records.get_record_length()
        except Exception as error:  # a file being written may end mid-record
            log.info("stopped scanning %s: %s", path, error)


def _read(record) -> RawRecord:
    """Decode a response record's body as text, in the charset it declares."""
    headers = record.http_headers
    charset = "utf-8"
    content_type = headers.get_header("Content-Type", "") if headers else ""
    for part in content_type.split(";"):
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip("\"'")
    body = record.content_stream().read(MAX_BYTES)
    try:
        text = body.decode(charset, errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    return RawRecord(
        url=record.rec_headers.get_header("WARC-Target-URI") or "",
        date=record.rec_headers.get_header("WARC-Date") or "",
        record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
        status=headers.get_statuscode() if headers else "",
        text=text,
    )
