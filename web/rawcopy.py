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
    """URL -> WARC record lookup over a directory of WARC files; thread-safe, read-only."""

    def __init__(self, warc_dir: Path | str) -> None:
        self.warc_dir = Path(warc_dir)
        self._files: dict[Path, tuple[int, float, dict[str, int]]] = {}
        self._urls: dict[str, tuple[Path, int]] = {}
        self._scanned = float("-inf")
        self._lock = threading.Lock()

    def has(self, url: str) -> bool:
        """Whether a response record for the URL is archived."""
        return normalize(url) in self._index()

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
        """The URL map, rescanning changed files at most every few seconds."""
        if time.monotonic() - self._scanned < RESCAN_INTERVAL:
            return self._urls
        with self._lock:
            if time.monotonic() - self._scanned >= RESCAN_INTERVAL:
                self._rescan()
                self._scanned = time.monotonic()
        return self._urls

    def _rescan(self) -> None:
        """Scan new or changed WARC files and rebuild the URL map."""
        if not self.warc_dir.is_dir():
            return
        paths = sorted(self.warc_dir.glob("*.warc.gz")) + sorted(self.warc_dir.glob("*.warc"))
        changed = False
        for path in paths:
            try:
                stat = path.stat()
            except OSError:
                continue
            known = self._files.get(path)
            if known and known[0] == stat.st_size and known[1] == stat.st_mtime:
                continue
            self._files[path] = (stat.st_size, stat.st_mtime, _scan(path))
            changed = True
        if changed:
            urls: dict[str, tuple[Path, int]] = {}
            for path in sorted(self._files):  # later files win: the newest fetch
                for url, offset in self._files[path][2].items():
                    urls[url] = (path, offset)
            self._urls = urls


def _scan(path: Path) -> dict[str, int]:
    """URL -> offset of each response record in one WARC file (a torn tail is ignored)."""
    found: dict[str, int] = {}
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type == "response":
                    url = record.rec_headers.get_header("WARC-Target-URI") or ""
                    found[normalize(url)] = records.get_record_offset()
    except Exception as error:  # a file being written may end mid-record
        log.info("stopped scanning %s: %s", path, error)
    return found


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
