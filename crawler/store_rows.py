"""The release store's tables and row types: the schema, columns added since, and records.

Kept apart from :mod:`crawler.store` (the transactions) so each stays one short module.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from crawler.release import Release

SCHEMA = """
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
# Columns added since the first schema: (table, column, type). Existing rows read them as NULL.
ADDED_COLUMNS = (
    ("release_versions", "warc_file", "TEXT"),  # the capture: a file name under warc/ ...
    ("release_versions", "warc_offset", "INTEGER"),  # ... and its response record's offset
    ("releases", "gone_at", "TEXT"),  # when INA was found to have removed it (status 'gone')
)


@dataclass(frozen=True, slots=True)
class Capture:
    """Where the response a version was parsed from lives: a file under ``warc/``, an offset."""

    file: str
    offset: int


@dataclass(frozen=True, slots=True)
class StoredRelease:
    """A release as the store holds it: the current version plus its bookkeeping."""

    key: str
    seq: int
    status: str
    version: int
    release: Release
    last_seen: datetime | None = None  # the last fetch that found it (before it was gone)
    changed_at: datetime | None = None  # its last change: the current version, or gone_at
    gone_at: datetime | None = (
        None  # when it was found removed (None: live, or gone before 2026-12)
    )


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """One version of a release: what INA served at ``fetched_at``, and the capture it came from."""

    version: int
    fetched_at: datetime
    release: Release
    capture: Capture | None


def fingerprint(record_json: str) -> str:
    return hashlib.sha256(record_json.encode("utf-8")).hexdigest()


def encode(release: Release) -> tuple[str, str]:
    """The record as stored (sorted JSON) and its fingerprint."""
    record_json = json.dumps(release.to_dict(), ensure_ascii=False, sort_keys=True)
    return record_json, fingerprint(record_json)


def parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads the store without writing anything (no -wal/-shm created)."""
    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"
