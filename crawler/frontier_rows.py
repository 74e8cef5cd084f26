"""The crawl state's table layout and its row types: what ``frontier.py`` stores and returns."""

from __future__ import annotations

from dataclasses import dataclass

CRAWL_DB_FILENAME = "crawl.sqlite"

# Lower is sooner: feeds and first listing pages first, then the releases they list.
PRIORITY = {
    "feed": 0,
    "seed-listing": 1,
    "fresh-release": 2,
    "sitemap": 3,
    "release": 4,
    "listing": 5,
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,                 -- release, listing, feed, sitemap
    host TEXT NOT NULL,
    release_key TEXT,                   -- <section>/<id> for releases
    shape TEXT NOT NULL,                -- host+path with digits masked, for per-shape caps
    status TEXT NOT NULL DEFAULT 'queued',  -- queued, done, gone, error, skipped, refused
    http_status INTEGER,
    etag TEXT,
    last_modified TEXT,
    sha256 TEXT,
    first_fetch TEXT,
    last_fetch TEXT,
    last_attempt REAL,                  -- unix time of the last try, fetched or not
    next_due REAL NOT NULL,             -- unix time
    last_error TEXT,
    flags TEXT,                         -- parse_error, not_a_release, truncated, ...
    attempts INTEGER NOT NULL DEFAULT 0,
    priority INTEGER NOT NULL,
    rank INTEGER NOT NULL DEFAULT 0,    -- within a priority: newest release ids first
    depth INTEGER NOT NULL DEFAULT 0,   -- link hops from a start URL (pagination not counted)
    page INTEGER NOT NULL DEFAULT 1,    -- listing page number along a pagination chain
    found_from TEXT,
    warc_file TEXT,                     -- the latest full response's WARC file (name under warc/)
    warc_offset INTEGER                 -- ... and the offset of its record in that file
);
CREATE UNIQUE INDEX IF NOT EXISTS urls_release_key ON urls(release_key) WHERE release_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS urls_due ON urls(priority, rank, next_due);
CREATE INDEX IF NOT EXISTS urls_shape ON urls(shape);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    ended TEXT,
    summary TEXT
);
"""

# Columns added after the first release of the schema: (name, type), added on open when missing.
ADDED_COLUMNS = (("warc_file", "TEXT"), ("warc_offset", "INTEGER"))

COLUMNS = (
    "url kind host release_key status http_status etag last_modified sha256 first_fetch last_fetch "
    "last_attempt next_due last_error flags attempts priority depth page"
).split()


@dataclass(frozen=True, slots=True)
class Link:
    """A URL to add to the frontier, with how it was found."""

    url: str
    kind: str
    release_key: str | None = None
    depth: int = 0
    page: int = 1
    priority: int | None = None
    due: float | None = None  # unix time; None = now
    lastmod: str | None = (
        None  # ISO UTC, from a sitemap: a known URL changed after then is due again
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """One URL row of the crawl state."""

    url: str
    kind: str
    host: str
    release_key: str | None
    status: str
    http_status: int | None
    etag: str | None
    last_modified: str | None
    sha256: str | None
    first_fetch: str | None
    last_fetch: str | None
    last_attempt: float | None
    next_due: float
    last_error: str | None
    flags: str | None
    attempts: int
    priority: int
    depth: int
    page: int
