"""Which images each release has, and where each fetched image lives in the WARC files.

An SQLite file, ``<data_dir>/images.sqlite``, next to the release store (kept apart from it so the
release store stays the record of what INA said, and this one the record of what we fetched):

- ``release_images``: release key → its image URLs in page order (the current version's);
- ``images``: one row per image URL: ``pending`` (to fetch), ``archived`` (its response record's
  WARC file, offset and length, the checked content type, size, sha256 and pixel size) or
  ``failed`` (why, and when it may be tried again);
- ``image_state``: how far the release store's change sequence has been read, and in which mode.

A row becomes ``archived`` only after its WARC record was written and fsynced, in one transaction,
so a kill -9 leaves an image either pending (fetched again next run) or completely archived.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

IMAGES_FILENAME = "images.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS images (
    url TEXT PRIMARY KEY,
    status TEXT NOT NULL,                 -- 'pending', 'archived' or 'failed'
    sha256 TEXT,                          -- hex sha256 of the archived bytes
    content_type TEXT,                    -- from the bytes (Pillow), not from the server's claim
    size INTEGER,
    width INTEGER,
    height INTEGER,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    fetched_at TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try REAL NOT NULL DEFAULT 0      -- unix time a pending or failed image may be tried
);
CREATE INDEX IF NOT EXISTS images_sha256 ON images(sha256);
CREATE INDEX IF NOT EXISTS images_due ON images(status, next_try);
CREATE TABLE IF NOT EXISTS release_images (
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (key, position)
);
CREATE INDEX IF NOT EXISTS release_images_url ON release_images(url);
CREATE TABLE IF NOT EXISTS image_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class ArchivedImage:
    """An image fetched from INA and kept in the WARC files."""

    url: str
    sha256: str
    content_type: str
    size: int
    width: int
    height: int
    warc_file: str
    warc_offset: int
    warc_length: int
    fetched_at: str


@dataclass(frozen=True, slots=True)
class ReleaseImages:
    """The image URLs of one release's current version, in page order."""

    key: str
    urls: tuple[str, ...]
    wanted: tuple[str, ...]  # the ones to fetch in the current mode (own host only)
    refused: tuple[str, ...] = ()  # wanted by the mode but on another host: never fetched


_ARCHIVED_COLUMNS = (
    "url, sha256, content_type, size, width, height, warc_file, warc_offset, warc_length,"
    " fetched_at"
)


class ImageStore:
    """``images.sqlite`` of a data directory; every write is one transaction (WAL)."""

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / IMAGES_FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL, not FULL: in WAL mode a killed process still loses no committed transaction;
        # only a power loss can drop the last few, and then those images are simply fetched
        # again (each WARC record is fsynced before its row is written, never after).
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ImageStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def cursor(self, mode: str) -> int:
        """The last release-store sequence number whose images were recorded in ``mode``.

        A different mode than last time starts again from 0, so switching from ``lead`` to
        ``all`` finds the other images of releases already crawled.
        """
        rows = dict(self._db.execute("SELECT name, value FROM image_state"))
        if rows.get("mode") != mode:
            return 0
        return int(rows.get("seq", "0"))

    def record_releases(self, releases: Iterable[ReleaseImages], *, seq: int, mode: str) -> int:
        """Record releases' image URLs, queue the wanted ones not seen before, move the cursor.

        Returns:
            How many image URLs were newly queued.
        """
        db = self._db
        queued = 0
        db.execute("BEGIN IMMEDIATE")
        try:
            for item in releases:
                db.execute("DELETE FROM release_images WHERE key = ?", (item.key,))
                db.executemany(
                    "INSERT INTO release_images (key, position, url) VALUES (?, ?, ?)",
                    [(item.key, k, url) for k, url in enumerate(item.urls)],
                )
                for url in item.wanted:
                    cursor = db.execute(
                        "INSERT OR IGNORE INTO images (url, status) VALUES (?, 'pending')", (url,)
                    )
                    queued += cursor.rowcount
                for url in item.refused:
                    db.execute(
                        "INSERT OR IGNORE INTO images (url, status, error, next_try)"
                        " VALUES (?, 'failed', ?, 1e18)",
                        (url, "on a host that is not INA's own: never fetched"),
                    )
            db.executemany(
                "INSERT OR REPLACE INTO image_state (name, value) VALUES (?, ?)",
                [("seq", str(seq)), ("mode", mode)],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return queued

    def due(self, now: float, *, limit: int = 100) -> list[str]:
        """Image URLs to fetch now: pending ones, and failed ones whose wait is over."""
        rows = self._db.execute(
            "SELECT url FROM images WHERE status IN ('pending', 'failed') AND next_try <= ?"
            " ORDER BY status DESC, rowid LIMIT ?",
            (now, limit),
        )
        return [url for (url,) in rows]

    def archived(self, image: ArchivedImage) -> None:
        """Mark an image archived at its WARC location (after the record was fsynced)."""
        self._db.execute(
            "UPDATE images SET status = 'archived', sha256 = ?, content_type = ?, size = ?,"
            " width = ?, height = ?, warc_file = ?, warc_offset = ?, warc_length = ?,"
            " fetched_at = ?, error = NULL, attempts = attempts + 1, next_try = 0 WHERE url = ?",
            (
                image.sha256,
                image.content_type,
                image.size,
                image.width,
                image.height,
                image.warc_file,
                image.warc_offset,
                image.warc_length,
                image.fetched_at,
                image.url,
            ),
        )

    def failed(self, url: str, error: str, *, retry_at: float, final: bool) -> None:
        """Record a failed fetch: ``final`` ones wait until ``retry_at``; others stay pending."""
        self._db.execute(
            "UPDATE images SET status = ?, error = ?, attempts = attempts + 1, next_try = ?"
            " WHERE url = ? AND status != 'archived'",
            ("failed" if final else "pending", error, retry_at, url),
        )

    def get(self, url: str) -> ArchivedImage | None:
        """The archived image of a URL, or None when it is not archived."""
        row = self._db.execute(
            f"SELECT {_ARCHIVED_COLUMNS} FROM images WHERE url = ? AND status = 'archived'",
            (url,),
        ).fetchone()
        return ArchivedImage(*row) if row else None

    def status_of(self, url: str) -> tuple[str, str | None] | None:
        """(status, error) of an image URL, or None when it was never queued."""
        row = self._db.execute("SELECT status, error FROM images WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else None

    def of_release(self, key: str) -> list[str]:
        """A release's image URLs in page order."""
        rows = self._db.execute(
            "SELECT url FROM release_images WHERE key = ? ORDER BY position", (key,)
        )
        return [url for (url,) in rows]

    def iter_archived(self) -> Iterator[ArchivedImage]:
        """Every archived image, in the order they were first queued."""
        rows = self._db.execute(
            f"SELECT {_ARCHIVED_COLUMNS} FROM images WHERE status = 'archived' ORDER BY rowid"
        )
        for row in rows:
            yield ArchivedImage(*row)

    def counts(self) -> dict[str, int]:
        """How many image URLs are in each status."""
        return dict(self._db.execute("SELECT status, COUNT(*) FROM images GROUP BY status"))


def now_iso() -> str:
    """The current UTC time as the store writes it."""
    return datetime.now(UTC).isoformat(timespec="seconds")
