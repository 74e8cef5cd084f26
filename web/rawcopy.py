"""Read-only lookup of a page's archived raw copy in the crawler's WARC files.

Scans ``<data_dir>/warc/*.warc[.gz]`` with warcio once, remembering URL -> (file, offset) of
each ``response`` record; a file is scanned again only when its size or mtime changes (the
crawler appends to the open one). Only files found by globbing that directory are opened, so no
request can name a path.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

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


class RawCopies:
    """URL -> WARC record lookup over a directory of WARC files; thread-safe, read-only.

    Scanning runs in a background thread, so no request waits for it: until the first scan has
    finished, :meth:`has` answers None ("not known yet") for URLs it has not seen.
    """

    def __init__(self, warc_dir: Path | str, *, interval: float = RESCAN_INTERVAL) -> None:
        self.warc_dir = Path(warc_dir)
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

    def has(self, url: str) -> bool | None:
        """Whether a response for the URL is archived; None while the first scan is running."""
        if not self.warc_dir.is_dir():
            return False
        if normalize(url) in self._index():
            return True
        return False if self.ready else None

    def find(self, url: str) -> RawRecord | None:
        """The archived response for a URL (the latest one), or None."""
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
