"""The SQLite FTS5 side of ``bench.index_bench``: the same releases in an FTS5 table with a facet
table keyed by rowid, and each query type answered the way a well-built FTS5 application would
(the page, the total, facet counts by ``GROUP BY`` over the match set, dates from the facet table).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from crawler.store import ReleaseStore
from indexer.schema import baghdad_time, language_of

FACETS = ("author", "photographer", "category", "location", "language", "year")


def build_fts(data_dir: Path) -> tuple[float, int, int]:
    """Build an FTS5 index (plus a facet table) from the store; (seconds, docs, bytes)."""
    path = data_dir / "fts5.sqlite"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.executescript(
        """
        PRAGMA synchronous=OFF;
        CREATE TABLE docs (id INTEGER PRIMARY KEY, key TEXT UNIQUE, record TEXT, author TEXT,
            photographer TEXT, category TEXT, location TEXT, language TEXT, year TEXT, ts INTEGER);
        CREATE VIRTUAL TABLE fts USING fts5(title, body,
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE INDEX docs_ts ON docs(ts);
        """
    )
    count = 0
    with ReleaseStore(data_dir) as store:
        db.execute("BEGIN")
        for item in store.iter_releases():
            r = item.release
            count += 1
            db.execute(
                "INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    count,
                    item.key,
                    json.dumps(r.to_dict(), ensure_ascii=False),
                    r.author,
                    r.photographer,
                    r.category,
                    r.location,
                    language_of(r),
                    str(baghdad_time(r.date).year) if r.date else None,
                    int(r.date.timestamp()) if r.date else None,
                ),
            )
            db.execute(
                "INSERT INTO fts(rowid, title, body) VALUES (?,?,?)", (count, r.title, r.body)
            )
        db.execute("COMMIT")
    db.execute("INSERT INTO fts(fts) VALUES('optimize')")
    db.close()
    return time.perf_counter() - started, count, path.stat().st_size


def fts_queries(db: sqlite3.Connection, ranges: dict[str, tuple[int, int]]) -> dict[str, Callable]:
    """The FTS5 side of each query type."""

    def match(text: str) -> str:
        return '"' + text.replace('"', " ") + '"'

    def page(q: str, offset: int = 0, order: str = "rank", snippets: bool = False) -> list:
        cols = (
            "d.key, snippet(fts, 1, '<mark>', '</mark>', '…', 32)"
            if snippets
            else "d.key, d.record"
        )
        rows = db.execute(
            f"SELECT {cols} FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ? "
            f"ORDER BY {order} LIMIT 20 OFFSET ?",
            (match(q), offset),
        ).fetchall()
        db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (match(q),)).fetchone()
        return rows

    def facets(q: str) -> None:
        page(q)
        db.execute("DROP TABLE IF EXISTS temp.hits")
        db.execute(
            "CREATE TEMP TABLE hits AS SELECT rowid AS id FROM fts WHERE fts MATCH ?", (match(q),)
        )
        for name in FACETS:
            db.execute(
                f"SELECT {name}, count(*) c FROM docs JOIN temp.hits USING (id) "
                f"GROUP BY {name} ORDER BY c DESC LIMIT 50"
            ).fetchall()

    def dated(q: str) -> None:
        lo, hi = ranges[q]
        db.execute(
            "SELECT d.key, d.record FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ? "
            "AND d.ts BETWEEN ? AND ? ORDER BY rank LIMIT 20",
            (match(q), lo, hi),
        ).fetchall()
        db.execute(
            "SELECT count(*) FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ? "
            "AND d.ts BETWEEN ? AND ?",
            (match(q), lo, hi),
        ).fetchone()

    return {
        "term": page,
        "phrase": page,
        "term + all facets": facets,
        "term + date filter": dated,
        "term sorted by date": lambda q: page(q, order="d.ts DESC"),
        "page 5 with snippets": lambda q: page(q, offset=80, snippets=True),
    }
