"""The release store: the archive's source of truth, read by the indexer.

An SQLite file in the data directory. Every distinct content of a release is kept as a version;
a changed page adds a version, never overwrites. A release that INA removed (404/410) is marked
gone, not deleted. Every change bumps a global sequence number so that readers (the indexer) can
ask for what changed since they last looked.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from crawler.release import Release

STORE_FILENAME = "releases.sqlite"

PutOutcome = Literal["new", "changed", "unchanged"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'live',      -- 'live' or 'gone'
    current_version INTEGER NOT NULL,
    seq INTEGER NOT NULL,                     -- bumped on every change, for incremental readers
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS releases_seq ON releases(seq);
CREATE TABLE IF NOT EXISTS release_versions (
    key TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    record TEXT NOT NULL,                     -- Release.to_dict() as JSON
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (key, version)
);
"""


@dataclass(frozen=True, slots=True)
class StoredRelease:
    """A release as the store holds it: the current version plus its bookkeeping."""

    key: str
    seq: int
    status: str
    version: int
    release: Release


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _fingerprint(record_json: str) -> str:
    return hashlib.sha256(record_json.encode("utf-8")).hexdigest()


class ReleaseStore:
    """Versioned release records in ``<data_dir>/releases.sqlite``.

    Each write is one SQLite transaction (WAL, synchronous=FULL), so a process killed at any
    moment leaves either the whole change or none of it.
    """

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / STORE_FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ReleaseStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def put(self, release: Release, *, fetched_at: datetime | None = None) -> PutOutcome:
        """Store a parsed release; a changed content becomes a new version.

        Returns "new", "changed" or "unchanged". A gone release that comes back is live again.
        """
        record_json = json.dumps(release.to_dict(), ensure_ascii=False, sort_keys=True)
        digest = _fingerprint(record_json)
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
                    "INSERT INTO release_versions (key, version, sha256, record, fetched_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (release.key, version, digest, record_json, seen),
                )
            db.execute(
                "INSERT INTO releases (key, url, status, current_version, seq, first_seen, last_seen)"
                " VALUES (?, ?, 'live', ?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET url = excluded.url, status = 'live',"
                " current_version = excluded.current_version, seq = excluded.seq,"
                " last_seen = excluded.last_seen",
                (release.key, release.url, version, seq, seen, seen),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return outcome

    def mark_gone(self, key: str) -> bool:
        """Mark a release as removed by INA (404/410). Returns False if it was unknown or already gone."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            cursor = db.execute(
                "UPDATE releases SET status = 'gone', seq = ? WHERE key = ? AND status = 'live'",
                (self._next_seq(), key),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return cursor.rowcount > 0

    def _next_seq(self) -> int:
        (current,) = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM releases").fetchone()
        return current + 1

    def get(self, key: str) -> StoredRelease | None:
        """The current version of one release, or None."""
        rows = self._select("WHERE r.key = ?", (key,))
        return next(rows, None)

    def versions(self, key: str) -> list[tuple[int, datetime, Release]]:
        """Every stored version of a release, oldest first, with the time it was fetched."""
        rows = self._db.execute(
            "SELECT version, fetched_at, record FROM release_versions WHERE key = ? ORDER BY version",
            (key,),
        )
        return [
            (version, datetime.fromisoformat(fetched), Release.from_dict(json.loads(record)))
            for version, fetched, record in rows
        ]

    def changes_since(self, seq: int) -> Iterator[StoredRelease]:
        """Releases added, changed or marked gone after sequence number ``seq``, in order."""
        return self._select("WHERE r.seq > ? ORDER BY r.seq", (seq,))

    def iter_releases(self, *, include_gone: bool = False) -> Iterator[StoredRelease]:
        """Every release's current version, in key order."""
        where = "" if include_gone else "WHERE r.status = 'live'"
        return self._select(f"{where} ORDER BY r.key", ())

    def last_seq(self) -> int:
        """The highest sequence number handed out so far (0 for an empty store)."""
        return self._next_seq() - 1

    def count(self, *, include_gone: bool = False) -> int:
        where = "" if include_gone else " WHERE status = 'live'"
        (total,) = self._db.execute(f"SELECT COUNT(*) FROM releases{where}").fetchone()
        return total

    def _select(self, tail: str, params: tuple) -> Iterator[StoredRelease]:
        cursor = self._db.execute(
            "SELECT r.key, r.seq, r.status, r.current_version, v.record FROM releases r "
            "JOIN release_versions v ON v.key = r.key AND v.version = r.current_version " + tail,
            params,
        )
        for key, seq, status, version, record in cursor:
            yield StoredRelease(key, seq, status, version, Release.from_dict(json.loads(record)))
