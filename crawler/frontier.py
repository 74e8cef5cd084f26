"""The crawl state: every URL the crawler knows, in ``<data_dir>/crawl.sqlite``.

Each URL row holds its kind, status, HTTP status, ETag, Last-Modified, sha256 of the body,
first/last fetch time, next due time, last error and attempts. Every change is one SQLite
transaction (WAL, synchronous=FULL), so a kill -9 leaves the state of the last finished page.
Release URLs are de-duplicated by release key, so URL variants of one release are fetched once.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.frontier_rows import (
    ADDED_COLUMNS,
    COLUMNS,
    CRAWL_DB_FILENAME,
    PRIORITY,
    SCHEMA,
    Entry,
    Link,
)
from crawler.urls import host_of, release_url_rank, shape_of

__all__ = ["CRAWL_DB_FILENAME", "PRIORITY", "Entry", "Frontier", "Link"]


def _iso_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Frontier:
    """The crawl state of a data directory."""

    def __init__(self, data_dir: Path | str, *, per_shape_cap: int = 10000) -> None:
        self.path = Path(data_dir) / CRAWL_DB_FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.per_shape_cap = per_shape_cap
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)
        self._migrate()
        self.capped = 0

    def _migrate(self) -> None:
        """Add the columns a crawl.sqlite written by an older version lacks."""
        have = {row[1] for row in self._db.execute("PRAGMA table_info(urls)")}
        with self._transaction():
            for name, kind in ADDED_COLUMNS:
                if name not in have:
                    self._db.execute(f"ALTER TABLE urls ADD COLUMN {name} {kind}")

    def close(self) -> None:
        self._db.close()

    def _transaction(self):
        return _Transaction(self._db)

    def add(self, links: Iterable[Link], *, found_from: str | None = None) -> int:
        """Queue new URLs (known ones and known release keys are ignored). Returns how many were new."""
        with self._transaction():
            return self._add(links, found_from)

    def _add(self, links: Iterable[Link], found_from: str | None) -> int:
        added = 0
        now = time.time()
        for link in links:
            shape = shape_of(link.url)
            if link.kind != "release" and self.per_shape_cap:
                (count,) = self._db.execute(
                    "SELECT COUNT(*) FROM urls WHERE shape = ?", (shape,)
                ).fetchone()
                if count >= self.per_shape_cap:
                    self.capped += 1
                    continue
            priority = link.priority if link.priority is not None else PRIORITY.get(link.kind, 5)
            rank = -int(link.release_key.rsplit("/", 1)[1]) if link.release_key else link.page
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO urls (url, kind, host, release_key, shape, next_due,"
                " priority, rank, depth, page, found_from) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    link.url,
                    link.kind,
                    host_of(link.url),
                    link.release_key,
                    shape,
                    link.due if link.due is not None else now,
                    priority,
                    rank,
                    link.depth,
                    link.page,
                    found_from,
                ),
            )
            added += cursor.rowcount
            if not cursor.rowcount and link.release_key:
                self._prefer_form(link)
            if not cursor.rowcount and link.lastmod:
                self._due_if_changed(link, now)
        return added

    def _prefer_form(self, link: Link) -> None:
        """A release still unfetched under a worse URL form (a print view) takes the better one."""
        row = self._db.execute(
            "SELECT url FROM urls WHERE release_key = ? AND last_fetch IS NULL AND status = 'queued'",
            (link.release_key,),
        ).fetchone()
        if row and release_url_rank(link.url) < release_url_rank(row[0]):
            self._db.execute(
                "UPDATE OR IGNORE urls SET url = ?, host = ?, shape = ? WHERE url = ?",
                (link.url, host_of(link.url), shape_of(link.url), row[0]),
            )

    def make_due(self, urls: Iterable[str]) -> None:
        """Make known URLs due now (the start URLs, feeds and sitemaps at every run)."""
        now = time.time()
        with self._transaction():
            self._db.executemany(
                "UPDATE urls SET next_due = MIN(next_due, ?) WHERE url = ?",
                [(now, u) for u in urls],
            )

    def apply_recrawl_after(self, seconds: float) -> None:
        """Make fetched URLs due ``seconds`` after their last try (this run's recrawl policy)."""
        with self._transaction():
            self._db.execute(
                "UPDATE urls SET next_due = last_attempt + ? WHERE last_attempt IS NOT NULL"
                " AND status IN ('done', 'gone', 'refused') AND next_due > last_attempt + ?",
                (seconds, seconds),
            )

    def _due_if_changed(self, link: Link, now: float) -> None:
        """A known URL whose sitemap lastmod is newer than our last fetch becomes due now."""
        column, value = ("release_key", link.release_key) if link.release_key else ("url", link.url)
        self._db.execute(
            f"UPDATE urls SET next_due = MIN(next_due, ?) WHERE {column} = ?"
            " AND last_fetch IS NOT NULL AND last_fetch < ? AND status != 'alias'",
            (now, value, link.lastmod),
        )

    def add_alias(self, url: str, kind: str, *, of: str, due: float) -> None:
        """Record ``url`` as another name of the fetched page ``of`` (its canonical link), so it is
        not fetched as well; nothing happens if ``url`` is already known."""
        with self._transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO urls (url, kind, host, shape, status, next_due, last_attempt,"
                " priority, found_from, last_error) VALUES (?, ?, ?, ?, 'alias', ?, ?, ?, ?, ?)",
                (
                    url,
                    kind,
                    host_of(url),
                    shape_of(url),
                    due,
                    time.time(),
                    PRIORITY.get(kind, 5),
                    of,
                    f"same page as {of}",
                ),
            )

    def make_kind_due(self, kind: str) -> None:
        """Make every URL of one kind due now (a backfill walks all listing pages again)."""
        with self._transaction():
            self._db.execute(
                "UPDATE urls SET next_due = MIN(next_due, ?) WHERE kind = ? AND status != 'alias'",
                (time.time(), kind),
            )

    def next_due(self, run_started: float, *, skip_hosts: Iterable[str] = ()) -> Entry | None:
        """The most urgent URL due and not yet tried in this run, or None when the run is done."""
        skip = list(skip_hosts)
        marks = ",".join("?" * len(skip))
        host_filter = f" AND host NOT IN ({marks})" if skip else ""
        row = self._db.execute(
            f"SELECT {', '.join(COLUMNS)} FROM urls WHERE next_due <= ? AND status != 'alias'"
            " AND (last_attempt IS NULL OR last_attempt < ?)"
            f"{host_filter} ORDER BY priority, rank, rowid LIMIT 1",
            (time.time(), run_started, *skip),
        ).fetchone()
        return Entry(*row) if row else None

    def count_due(self, run_started: float) -> int:
        """How many URLs the run still has to try (for the progress bar)."""
        (count,) = self._db.execute(
            "SELECT COUNT(*) FROM urls WHERE next_due <= ? AND status != 'alias'"
            " AND (last_attempt IS NULL OR last_attempt < ?)",
            (time.time(), run_started),
        ).fetchone()
        return count

    def get(self, url: str) -> Entry | None:
        row = self._db.execute(
            f"SELECT {', '.join(COLUMNS)} FROM urls WHERE url = ?", (url,)
        ).fetchone()
        return Entry(*row) if row else None

    def by_release_key(self, key: str) -> Entry | None:
        row = self._db.execute(
            f"SELECT {', '.join(COLUMNS)} FROM urls WHERE release_key = ?", (key,)
        ).fetchone()
        return Entry(*row) if row else None

    def finish(
        self,
        url: str,
        *,
        status: str,
        next_due: float,
        fetched: bool = True,
        links: Iterable[Link] = (),
        **values: Any,
    ) -> int:
        """Record the outcome of trying a URL and queue the links found on it, in one transaction.

        ``values`` may set http_status, etag, last_modified, sha256, last_error, flags, and
        warc_file + warc_offset (where the response's record is; give them only for a full
        response, so a 304 keeps pointing at the last one). Returns how many of ``links`` were new.
        """
        allowed = {
            "http_status",
            "etag",
            "last_modified",
            "sha256",
            "last_error",
            "flags",
            "warc_file",
            "warc_offset",
        }
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"unknown frontier columns: {sorted(unknown)}")
        now_iso = _iso_now()
        assignments = ["status = ?", "next_due = ?", "last_attempt = ?", "attempts = attempts + 1"]
        params: list[Any] = [status, next_due, time.time()]
        if fetched:
            assignments += ["last_fetch = ?", "first_fetch = COALESCE(first_fetch, ?)"]
            params += [now_iso, now_iso]
        for name, value in values.items():
            assignments.append(f"{name} = ?")
            params.append(value)
        with self._transaction():
            self._db.execute(
                f"UPDATE urls SET {', '.join(assignments)} WHERE url = ?", (*params, url)
            )
            return self._add(links, url)

    def counts(self) -> dict[str, int]:
        """How many URLs are in each status."""
        return dict(
            self._db.execute("SELECT status, COUNT(*) FROM urls GROUP BY status").fetchall()
        )

    def interrupted(self) -> bool:
        """True if the last run never ended (killed): the next one resumes it."""
        row = self._db.execute("SELECT ended FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return row is not None and row[0] is None

    def start_run(self) -> int:
        with self._transaction():
            return self._db.execute(
                "INSERT INTO runs (started) VALUES (?)", (_iso_now(),)
            ).lastrowid

    def end_run(self, run_id: int, summary_json: str) -> None:
        with self._transaction():
            self._db.execute(
                "UPDATE runs SET ended = ?, summary = ? WHERE id = ?",
                (_iso_now(), summary_json, run_id),
            )

    def integrity_ok(self) -> bool:
        """True if SQLite finds the file consistent."""
        (result,) = self._db.execute("PRAGMA integrity_check").fetchone()
        return result == "ok"


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
