"""The release store's reads: current versions, every version, changes since a sequence number,
key ranges for a parallel build. ``ReleaseStore`` (``crawler.store``) adds the writes.

Columns added after the first release may be missing from an older store opened read-only: a
missing column reads as NULL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime

from crawler.release import Release
from crawler.store_rows import Capture, StoredRelease, StoredVersion, parse_time


class StoreReads:
    """The queries of a release store over an open connection (``_db``) whose tables'
    columns are known (``_columns``: table name -> column names)."""

    _db: sqlite3.Connection
    _columns: dict[str, set[str]]

    def _column(self, table: str, column: str, alias: str) -> str:
        """``alias.column``, or NULL for a column an older read-only store does not have."""
        return f"{alias}.{column}" if column in self._columns[table] else "NULL"

    def _next_seq(self) -> int:
        (current,) = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM releases").fetchone()
        return current + 1

    def get(self, key: str) -> StoredRelease | None:
        """The current version of one release, or None."""
        rows = self._select("WHERE r.key = ?", (key,))
        return next(rows, None)

    def versions(self, key: str) -> list[tuple[int, datetime, Release]]:
        """Every stored version of a release, oldest first, with the time it was fetched."""
        return [(v.version, v.fetched_at, v.release) for v in self.version_records(key)]

    def version_records(self, key: str) -> list[StoredVersion]:
        """Every stored version of a release, oldest first, with the capture it was parsed from."""
        file = self._column("release_versions", "warc_file", "v")
        offset = self._column("release_versions", "warc_offset", "v")
        rows = self._db.execute(
            f"SELECT v.version, v.fetched_at, v.record, {file}, {offset} FROM release_versions v"
            " WHERE v.key = ? ORDER BY v.version",
            (key,),
        )
        return [
            StoredVersion(
                version,
                datetime.fromisoformat(fetched),
                Release.from_dict(json.loads(record)),
                Capture(name, position) if name is not None and position is not None else None,
            )
            for version, fetched, record, name, position in rows
        ]

    def version_counts(self, keys: list[str]) -> dict[str, int]:
        """How many versions each of these releases has (keys the store lacks are left out)."""
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(
            f"SELECT key, current_version FROM releases WHERE key IN ({marks})", keys
        )
        return dict(rows.fetchall())

    def changes_since(self, seq: int) -> Iterator[StoredRelease]:
        """Releases added, changed or marked gone after sequence number ``seq``, in order."""
        return self._select("WHERE r.seq > ? ORDER BY r.seq", (seq,))

    def iter_releases(
        self, *, include_gone: bool = False, from_key: str = "", to_key: str | None = None
    ) -> Iterator[StoredRelease]:
        """Every release's current version, in key order (``from_key`` <= key < ``to_key``)."""
        where = "WHERE r.key >= ?" + ("" if include_gone else " AND r.status = 'live'")
        if to_key is None:
            return self._select(f"{where} ORDER BY r.key", (from_key,))
        return self._select(f"{where} AND r.key < ? ORDER BY r.key", (from_key, to_key))

    def split_keys(self, every: int, *, include_gone: bool = False) -> list[str]:
        """The key of every ``every``-th release in key order, from the first: where to split
        the store into key ranges of ``every`` releases (a parallel index build)."""
        where = "" if include_gone else " WHERE status = 'live'"
        rows = self._db.execute(
            f"SELECT key FROM (SELECT key, row_number() OVER (ORDER BY key) - 1 AS n"
            f" FROM releases{where}) WHERE n % ? = 0 ORDER BY key",
            (every,),
        )
        return [key for (key,) in rows]

    def last_seq(self) -> int:
        """The highest sequence number handed out so far (0 for an empty store)."""
        return self._next_seq() - 1

    def count(self, *, include_gone: bool = False) -> int:
        where = "" if include_gone else " WHERE status = 'live'"
        (total,) = self._db.execute(f"SELECT COUNT(*) FROM releases{where}").fetchone()
        return total

    def _select(self, tail: str, params: tuple) -> Iterator[StoredRelease]:
        gone_at = self._column("releases", "gone_at", "r")
        cursor = self._db.execute(
            "SELECT r.key, r.seq, r.status, r.current_version, v.record, r.last_seen,"
            f" v.fetched_at, {gone_at} FROM releases r "
            "JOIN release_versions v ON v.key = r.key AND v.version = r.current_version " + tail,
            params,
        )
        for key, seq, status, version, record, last_seen, fetched, gone in cursor:
            changed = parse_time(gone) if status == "gone" and gone else parse_time(fetched)
            yield StoredRelease(
                key,
                seq,
                status,
                version,
                Release.from_dict(json.loads(record)),
                last_seen=parse_time(last_seen),
                changed_at=changed,
                gone_at=parse_time(gone) if status == "gone" else None,
            )
