"""The release store: the archive's source of truth, read by the indexer.

An SQLite file in the data directory. Every distinct content of a release is kept as a version;
a changed page adds a version, never overwrites. A release that INA removed (404/410) is marked
gone, not deleted. Every change bumps a global sequence number so that readers (the indexer) can
ask for what changed since they last looked.

A version is a change in what INA served: each keeps a link to the capture (WARC record) it was
parsed from, and a re-parse of that capture replaces the version's record instead of adding one.
Columns added after the first release are added to older stores when a writer opens them
(``store_rows.ADDED_COLUMNS``); a read-only store reads older files as they are.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from crawler.release import Release
from crawler.store_reads import StoreReads
from crawler.store_rows import (
    ADDED_COLUMNS,
    SCHEMA,
    Capture,
    StoredRelease,
    StoredVersion,
    encode,
    read_only_uri,
)

__all__ = ["STORE_FILENAME", "Capture", "ReleaseStore", "StoredRelease", "StoredVersion"]

STORE_FILENAME = "releases.sqlite"

PutOutcome = Literal["new", "changed", "unchanged"]


class ReleaseStore(StoreReads):
    """Versioned release records in ``<data_dir>/releases.sqlite``.

    Each write is one SQLite transaction (WAL, synchronous=FULL), so a process killed at any
    moment leaves either the whole change or none of it. ``read_only=True`` opens an existing
    store for reading only (the web app): nothing is created or upgraded. The queries are
    ``StoreReads``'s (``crawler.store_reads``).
    """

    def __init__(self, data_dir: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(data_dir) / STORE_FILENAME
        if read_only:
            uri = read_only_uri(self.path)
            self._db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(SCHEMA)
            self._upgrade()
        self._columns = {
            table: {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            for table in ("releases", "release_versions")
        }

    def _upgrade(self) -> None:
        """Add the columns an older store lacks (a concurrent writer may add them first)."""
        for table, column, kind in ADDED_COLUMNS:
            present = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            if column in present:
                continue
            try:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            except sqlite3.OperationalError as error:
                if "duplicate column" not in str(error):
                    raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ReleaseStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def put(
        self,
        release: Release,
        *,
        fetched_at: datetime | None = None,
        capture: Capture | None = None,
    ) -> PutOutcome:
        """Store a parsed release; a changed content becomes a new version.

        Args:
            release: the parsed record.
            fetched_at: when the page was fetched (default: now).
            capture: where the response it was parsed from was archived; kept with a new version.

        Returns:
            "new", "changed" or "unchanged". A gone release that comes back is live again.
        """
        record_json, digest = encode(release)
        seen = (fetched_at or datetime.now(UTC)).isoformat(timespec="seconds")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute(
                "SELECT r.current_version, v.sha256, r.status FROM releases r "
                "JOIN release_versions v ON v.key = r.key AND v.version = r.current_version "
                "WHERE r.key = ?",
                (release.key,),
            ).fetchone()
            seq = self._next_seq()
            if row is None:
                outcome: PutOutcome = "new"
                version = 1
            elif row[1] == digest:
                if row[2] == "live":
                    db.execute(
                        "UPDATE releases SET last_seen = ? WHERE key = ?", (seen, release.key)
                    )
                    db.execute("COMMIT")
                    return "unchanged"
                outcome, version = "changed", row[0]
            else:
                outcome, version = "changed", row[0] + 1
            if row is None or row[1] != digest:
                db.execute(
                    "INSERT INTO release_versions (key, version, sha256, record, fetched_at,"
                    " warc_file, warc_offset) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        release.key,
                        version,
                        digest,
                        record_json,
                        seen,
                        capture.file if capture else None,
                        capture.offset if capture else None,
                    ),
                )
            db.execute(
                "INSERT INTO releases (key, url, status, current_version, seq, first_seen, last_seen)"
                " VALUES (?, ?, 'live', ?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET url = excluded.url, status = 'live',"
                " current_version = excluded.current_version, seq = excluded.seq,"
                " last_seen = excluded.last_seen, gone_at = NULL",
                (release.key, release.url, version, seq, seen, seen),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return outcome

    def mark_gone(self, key: str, *, at: datetime | None = None) -> bool:
        """Mark a release as removed by INA (404/410) at ``at`` (default: now).

        Returns False if it was unknown or already gone.
        """
        when = (at or datetime.now(UTC)).isoformat(timespec="seconds")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            cursor = db.execute(
                "UPDATE releases SET status = 'gone', seq = ?, gone_at = ?"
                " WHERE key = ? AND status = 'live'",
                (self._next_seq(), when, key),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return cursor.rowcount > 0

    def replace_version(
        self, key: str, version: int, release: Release, capture: Capture | None = None
    ) -> bool:
        """Replace one version's record (a re-parse of its capture); no version is added.

        A capture given is recorded when the version had none (stores from before links).
        Returns whether the record changed; a changed current version is handed to readers.
        """
        record_json, digest = encode(release)
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute(
                "SELECT v.sha256, r.current_version FROM release_versions v"
                " JOIN releases r ON r.key = v.key WHERE v.key = ? AND v.version = ?",
                (key, version),
            ).fetchone()
            if row is None:
                raise KeyError(f"{key} has no version {version}")
            changed = row[0] != digest
            db.execute(
                "UPDATE release_versions SET sha256 = ?, record = ?,"
                " warc_file = COALESCE(warc_file, ?), warc_offset = COALESCE(warc_offset, ?)"
                " WHERE key = ? AND version = ?",
                (
                    digest,
                    record_json,
                    capture.file if capture else None,
                    capture.offset if capture else None,
                    key,
                    version,
                ),
            )
            if changed and row[1] == version:
                db.execute("UPDATE releases SET seq = ? WHERE key = ?", (self._next_seq(), key))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return changed
