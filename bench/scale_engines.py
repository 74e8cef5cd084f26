"""The three engines of the scale benchmark, each as a builder and a set of query functions.

* ina-archive: ``update_index(rebuild=True)`` and ``Archive.search``, which always computes the
  total, every facet and the histogram besides the page (what the web page shows).
* SQLite FTS5, built well: an external-content FTS5 table over a content table, and a narrow
  facet table keyed by the same rowid (facets, year, timestamp; indexed on the timestamp).
  Facet counts are ``GROUP BY`` over the match set, materialised once per query; the date
  filter and the date sort join the facet table.
* tantivy: in :mod:`bench.scale_tantivy`.

Each query function takes one input (a term, a pair or a phrase as a tuple) and returns the
page's keys, so that every engine reads the stored records of its page.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from bench.scale_corpus import Queries
from crawler.store import ReleaseStore
from indexer.schema import baghdad_time, language_of

FACETS = ("author", "photographer", "category", "location", "language", "year")
QUERY_TYPES = (
    "term",
    "two-term AND",
    "phrase",
    "phrase, cold common words",
    "term + all facets",
    "term + date filter",
    "term sorted by date",
    "page 5 + snippets",
)
Fn = Callable[[object], object]


def _facet_values(release) -> dict[str, list[str]]:
    """Each facet's values of a release (photographer may hold several)."""
    values = {
        "author": [release.author] if release.author else [],
        "photographer": [p.strip() for p in (release.photographer or "").split(",") if p.strip()],
        "category": [release.category] if release.category else [],
        "location": [release.location] if release.location else [],
        "language": [language_of(release)],
        "year": [str(baghdad_time(release.date).year)] if release.date else [],
    }
    return values


# -- SQLite FTS5 ---------------------------------------------------------------------------


def build_fts5(data_dir: Path) -> tuple[float, int, int]:
    """Build the FTS5 database from the store; (seconds, documents, bytes)."""
    path = data_dir / "fts5-scale.sqlite"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    cols = ", ".join(FACETS)
    db.executescript(
        f"""
        PRAGMA synchronous=OFF; PRAGMA journal_mode=OFF;
        CREATE TABLE content (id INTEGER PRIMARY KEY, key TEXT, record TEXT, title TEXT, body TEXT);
        CREATE TABLE facets (id INTEGER PRIMARY KEY, {cols}, ts INTEGER);
        CREATE TABLE photographers (id INTEGER, photographer TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(title, body, content='content', content_rowid='id',
            tokenize = 'porter unicode61 remove_diacritics 2');
        """
    )
    count = 0
    with ReleaseStore(data_dir) as store:
        db.execute("BEGIN")
        for item in store.iter_releases():
            r = item.release
            count += 1
            values = _facet_values(r)
            record = json.dumps(r.to_dict(), ensure_ascii=False)
            db.execute(
                "INSERT INTO content VALUES (?,?,?,?,?)", (count, item.key, record, r.title, r.body)
            )
            db.execute(
                "INSERT INTO facets VALUES (?,?,?,?,?,?,?,?)",
                (
                    count,
                    *(", ".join(values[f]) or None for f in FACETS),
                    int(r.date.timestamp()) if r.date else None,
                ),
            )
            db.executemany(
                "INSERT INTO photographers VALUES (?,?)",
                [(count, p) for p in values["photographer"]],
            )
            db.execute(
                "INSERT INTO fts(rowid, title, body) VALUES (?,?,?)", (count, r.title, r.body)
            )
        db.execute("COMMIT")
    db.executescript(
        "CREATE INDEX facets_ts ON facets(ts); CREATE INDEX photographers_id ON photographers(id);"
        "INSERT INTO fts(fts) VALUES('optimize');"
    )
    db.close()
    return time.perf_counter() - started, count, path.stat().st_size


def open_fts5(data_dir: Path) -> sqlite3.Connection:
    """A connection to the benchmark's FTS5 database."""
    return sqlite3.connect(data_dir / "fts5-scale.sqlite", check_same_thread=False)


def fts5_queries(db: sqlite3.Connection, queries: Queries) -> dict[str, Fn]:
    """The FTS5 side of each query type."""

    def match(item) -> str:
        if isinstance(item, str):
            return f'"{item}"'
        return " AND ".join(f'"{w}"' for w in item) if len(item) > 1 else f'"{item[0]}"'

    def phrase(item) -> str:
        return '"' + " ".join(item) + '"'

    def page(expr: str, offset: int = 0, snippets: bool = False) -> list:
        cols = (
            "c.key, snippet(fts, 1, '<mark>', '</mark>', '…', 32)"
            if snippets
            else "c.key, c.record"
        )
        rows = db.execute(
            f"SELECT {cols} FROM fts JOIN content c ON c.id = fts.rowid WHERE fts MATCH ? "
            "ORDER BY rank LIMIT 20 OFFSET ?",
            (expr, offset),
        ).fetchall()
        db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expr,)).fetchone()
        return [r[0] for r in rows]

    def facets(term: str) -> list:
        keys = page(match(term))
        db.execute("DROP TABLE IF EXISTS temp.hits")
        db.execute("CREATE TEMP TABLE hits (id INTEGER PRIMARY KEY)")
        db.execute("INSERT INTO temp.hits SELECT rowid FROM fts WHERE fts MATCH ?", (match(term),))
        for name in FACETS:
            table, col = (
                ("photographers", "photographer") if name == "photographer" else ("facets", name)
            )
            db.execute(
                f"SELECT f.{col}, count(*) c FROM temp.hits h JOIN {table} f ON f.id = h.id "
                f"WHERE f.{col} IS NOT NULL GROUP BY f.{col} ORDER BY c DESC LIMIT 50"
            ).fetchall()
        return keys

    def dated(term: str) -> list:
        low, high = queries.unix_range(term)
        rows = db.execute(
            "SELECT c.key, c.record FROM fts JOIN facets f ON f.id = fts.rowid "
            "JOIN content c ON c.id = fts.rowid WHERE fts MATCH ? AND f.ts BETWEEN ? AND ? "
            "ORDER BY rank LIMIT 20",
            (match(term), low, high),
        ).fetchall()
        db.execute(
            "SELECT count(*) FROM fts JOIN facets f ON f.id = fts.rowid WHERE fts MATCH ? "
            "AND f.ts BETWEEN ? AND ?",
            (match(term), low, high),
        ).fetchone()
        return [r[0] for r in rows]

    def newest(term: str) -> list:
        rows = db.execute(
            "SELECT c.key, c.record FROM (SELECT fts.rowid AS id FROM fts JOIN facets f "
            "ON f.id = fts.rowid WHERE fts MATCH ? ORDER BY f.ts DESC LIMIT 20) AS top "
            "JOIN content c ON c.id = top.id",
            (match(term),),
        ).fetchall()
        db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (match(term),)).fetchone()
        return [r[0] for r in rows]

    return {
        "term": lambda t: page(match(t)),
        "two-term AND": lambda p: page(match(p)),
        "phrase": lambda p: page(phrase(p)),
        "phrase, cold common words": lambda p: page(phrase(p)),
        "term + all facets": facets,
        "term + date filter": dated,
        "term sorted by date": newest,
        "page 5 + snippets": lambda t: page(match(t), offset=80, snippets=True),
    }


# -- ina-archive ---------------------------------------------------------------------------


def ina_queries(archive, queries: Queries) -> dict[str, Fn]:
    """ina-archive's side: every type through ``Archive.search`` (facets always computed).

    The cold common-word phrases start each query with an empty postings cache.
    """

    def keys(result) -> list:
        return [hit.key for hit in result.hits]

    def cold_phrase(pair) -> list:
        archive._snap().postings.clear()
        return keys(archive.search('"' + " ".join(pair) + '"'))

    return {
        "term": lambda t: keys(archive.search(t)),
        "two-term AND": lambda p: keys(archive.search(" ".join(p))),
        "phrase": lambda p: keys(archive.search('"' + " ".join(p) + '"')),
        "phrase, cold common words": cold_phrase,
        "term + all facets": lambda t: keys(archive.search(t)),
        "term + date filter": lambda t: keys(
            archive.search(t, date_from=queries.spans[t][0], date_to=queries.spans[t][1])
        ),
        "term sorted by date": lambda t: keys(archive.search(t, sort="newest")),
        "page 5 + snippets": lambda t: keys(archive.search(t, page=5)),
    }


def inputs_for(queries: Queries, query_type: str) -> list:
    """The inputs a query type runs over."""
    if query_type == "two-term AND":
        return list(queries.pairs)
    if query_type == "phrase":
        return list(queries.phrases)
    if query_type == "phrase, cold common words":
        return list(queries.common_phrases)
    return list(queries.terms)
