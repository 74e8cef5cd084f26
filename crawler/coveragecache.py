"""The archive's field coverage, kept up to date from the store's change sequence.

Counting coverage over the whole store decodes every release record (about 3 s per 20,000 on a
busy two-core machine), at the end of every crawl. Instead ``<data_dir>/coverage.sqlite`` keeps
one row per live release with a bit per field (``crawler.coverage.FIELDS``), and the store
sequence number it has seen; each call reads only the releases added, changed or marked gone
since (``ReleaseStore.changes_since``). The first call on an existing archive reads it all once.
The file is a cache: deleting it only makes the next call read the whole store again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler.coverage import FIELDS, FieldCoverage, coverage_of, has_field
from crawler.release import Release
from crawler.store import STORE_FILENAME, ReleaseStore

CACHE_FILENAME = "coverage.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS masks (key TEXT PRIMARY KEY, mask INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


def field_mask(release: Release) -> int:
    """Bit ``i`` is set when the release has ``FIELDS[i]``."""
    return sum(1 << i for i, name in enumerate(FIELDS) if has_field(release, name))


def archive_coverage(data_dir: Path | str) -> FieldCoverage | None:
    """The field coverage of every live release in the store of ``data_dir``.

    Returns:
        The coverage, or None when there is no release store. A cache that cannot be used (a
        read-only directory, say) means reading the whole store instead.
    """
    if not (Path(data_dir) / STORE_FILENAME).is_file():
        return None
    with ReleaseStore(data_dir) as store:
        try:
            return cached_coverage(data_dir, store)
        except (OSError, sqlite3.Error):
            return coverage_of(item.release for item in store.iter_releases())


def cached_coverage(data_dir: Path | str, store: ReleaseStore) -> FieldCoverage:
    """The coverage of ``store``'s live releases through the cache, brought up to date first.

    Raises:
        sqlite3.Error, OSError: the cache cannot be read or written.
    """
    db = sqlite3.connect(Path(data_dir) / CACHE_FILENAME, timeout=30, isolation_level=None)
    try:
        db.executescript(_SCHEMA)
        db.execute("BEGIN IMMEDIATE")  # one updater at a time (a crawl and `stats`, say)
        try:
            row = db.execute("SELECT value FROM meta WHERE name = 'seq'").fetchone()
            seen = row[0] if row else 0
            if seen > store.last_seq():  # a store replaced by an older one: start over
                db.execute("DELETE FROM masks")
                seen = 0
            last = seen
            for item in store.changes_since(seen):
                last = max(last, item.seq)
                if item.status == "live":
                    db.execute(
                        "INSERT OR REPLACE INTO masks (key, mask) VALUES (?, ?)",
                        (item.key, field_mask(item.release)),
                    )
                else:
                    db.execute("DELETE FROM masks WHERE key = ?", (item.key,))
            db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('seq', ?)", (last,))
            columns = ", ".join(f"SUM((mask >> {i}) & 1)" for i in range(len(FIELDS)))
            total, *counts = db.execute(f"SELECT COUNT(*), {columns} FROM masks").fetchone()
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    finally:
        db.close()
    return FieldCoverage(
        total=total, counts={n: c or 0 for n, c in zip(FIELDS, counts, strict=True)}
    )
