"""Read-only access to the archived photos: ``images.sqlite`` rows and their WARC records.

The crawler records each archived image's WARC file, offset and sha256 in
``<data_dir>/images.sqlite``. A read opens that file read-only, reads the one record at the
offset, and gives its bytes only if the record is a response for that image URL whose payload
has the recorded sha256: a stale, damaged or tampered location answers "not archived", never
other bytes. Only plain file names under ``<data_dir>/warc/`` are opened.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from web.warcnames import plain_warc_name, read_only_uri

log = logging.getLogger(__name__)

IMAGES_FILENAME = "images.sqlite"  # crawler.imagestore.IMAGES_FILENAME
SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_IMAGE_BYTES = 32 * 1024 * 1024
_COLUMNS = "url, sha256, content_type, size, width, height, warc_file, warc_offset"


@dataclass(frozen=True, slots=True)
class ImageRecord:
    """One archived image as the crawler recorded it."""

    url: str
    sha256: str
    content_type: str
    size: int
    width: int
    height: int
    warc_file: str
    warc_offset: int


class ArchivedImages:
    """Looks up and reads archived images of one data directory; thread-safe, read-only."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / IMAGES_FILENAME
        self.warc_dir = self.data_dir / "warc"

    def for_urls(self, urls: Iterable[str]) -> dict[str, ImageRecord]:
        """The archived images among ``urls``, by URL (missing ones are simply absent)."""
        wanted = list(dict.fromkeys(urls))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        rows = self._query(
            f"SELECT {_COLUMNS} FROM images WHERE status = 'archived' AND url IN ({marks})",
            wanted,
        )
        return {row.url: row for row in rows}

    def by_sha256(self, sha256: str) -> ImageRecord | None:
        """The archived image with these bytes (any URL), or None."""
        if not SHA256.match(sha256):
            return None
        rows = self._query(
            f"SELECT {_COLUMNS} FROM images WHERE status = 'archived' AND sha256 = ?"
            " ORDER BY rowid LIMIT 1",
            [sha256],
        )
        return rows[0] if rows else None

    def read(self, image: ImageRecord) -> bytes | None:
        """The image's bytes from its WARC record, or None when the record does not check out."""
        if not plain_warc_name(image.warc_file) or image.warc_offset < 0:
            log.warning("ignoring a bad WARC location for %s: %r", image.url, image.warc_file)
            return None
        path = self.warc_dir / image.warc_file
        try:
            with path.open("rb") as stream:
                stream.seek(image.warc_offset)
                record = next(iter(ArchiveIterator(stream)))
                target = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type != "response" or target != image.url:
                    log.warning(
                        "%s at %d is not the image %s", path.name, image.warc_offset, image.url
                    )
                    return None
                body = record.content_stream().read(MAX_IMAGE_BYTES + 1)
        except Exception as error:  # a missing or cut file, an offset inside a record
            log.warning("could not read %s at %s: %s", path, image.warc_offset, error)
            return None
        if hashlib.sha256(body).hexdigest() != image.sha256:
            log.warning(
                "%s at %d: the bytes of %s do not match", path.name, image.warc_offset, image.url
            )
            return None
        return body

    def _query(self, sql: str, params: list[str]) -> list[ImageRecord]:
        if not self.db_path.is_file():
            return []
        try:
            db = sqlite3.connect(read_only_uri(self.db_path), uri=True, timeout=5)
        except sqlite3.Error as error:
            log.warning("could not open %s read-only: %s", self.db_path, error)
            return []
        try:
            return [ImageRecord(*row) for row in db.execute(sql, params)]
        except sqlite3.Error as error:
            log.warning("could not read %s: %s", self.db_path, error)
            return []
        finally:
            db.close()
