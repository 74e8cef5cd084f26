"""The checks the kill harness runs after every recovery, and the report they fill in.

``check`` recovers a data directory the way the next run would (SQLite opens its WAL, the WARC
archive cuts a torn tail) and records every broken promise in ``KillReport.violations``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from whoosh import index as whoosh_index

from crawler.warc import WarcArchive, warc_files
from indexer import Archive
from indexer.generations import current_name, index_root
from indexer.schema import decode_record
from reliability.image_checks import check_images


@dataclass
class KillReport:
    """What a kill run did and found."""

    kills: int = 0
    crawl_kills: int = 0
    index_kills: int = 0
    rebuild_kills: int = 0
    index_kills_holding_lock: int = 0
    both_kills: int = 0  # cycles where a crawl and an indexer running together were both killed
    reparse_kills: int = 0
    image_kills: int = 0  # crawls killed right after an image was answered (mid image fetch)
    runs_finished_before_kill: int = 0
    checks: int = 0
    warc_records_read: int = 0
    torn_bytes_cut: int = 0
    releases_expected: int = 0
    releases_stored: int = 0
    releases_indexed: int = 0
    images_archived: int = 0  # at the last check
    images_read_back: int = 0  # archived images read through the web's reader, over all checks
    leads_missing: int = 0  # after the final clean crawl
    elapsed: float = 0.0
    violations: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output."""
        return asdict(self)


def _store_state(data_dir: Path, violations: list[str], label: str) -> dict[str, tuple[str, int]]:
    """key -> (status, current_version) of the store, after checking its integrity."""
    path = data_dir / "releases.sqlite"
    if not path.exists():
        return {}
    with sqlite3.connect(path) as db:
        (ok,) = db.execute("PRAGMA integrity_check").fetchone()
        if ok != "ok":
            violations.append(f"{label}: releases.sqlite integrity_check says {ok}")
        rows = db.execute("SELECT key, status, current_version FROM releases").fetchall()
        versions = db.execute(
            "SELECT key, COUNT(*) FROM release_versions GROUP BY key HAVING COUNT(*) > 1"
        ).fetchall()
    db.close()
    if versions:
        violations.append(f"{label}: releases stored twice as versions: {versions[:5]}")
    state = {key: (status, version) for key, status, version in rows}
    if len(state) != len(rows):
        violations.append(f"{label}: a key appears twice in the store")
    return state


def _frontier_done(data_dir: Path, violations: list[str], label: str) -> dict[str, str]:
    """url -> release key for every release URL the frontier marks done (parsed and stored)."""
    path = data_dir / "crawl.sqlite"
    if not path.exists():
        return {}
    with sqlite3.connect(path) as db:
        (ok,) = db.execute("PRAGMA integrity_check").fetchone()
        if ok != "ok":
            violations.append(f"{label}: crawl.sqlite integrity_check says {ok}")
        done = db.execute(
            "SELECT url, release_key FROM urls WHERE kind = 'release' AND status = 'done'"
            " AND http_status = 200 AND flags IS NULL AND release_key IS NOT NULL"
        ).fetchall()
        keys = dict(db.execute("SELECT url, release_key FROM urls WHERE release_key IS NOT NULL"))
    db.close()
    return {"done": dict(done), "all": keys}


def _warc_keys(data_dir: Path, url_keys: dict[str, str], report: KillReport, label: str) -> set:
    """Recover the WARC files as a run would, read every record, return the release keys seen."""
    WarcArchive(data_dir).close()  # cuts a torn tail, like the next crawl does on start
    keys = set()
    for path in warc_files(data_dir):
        try:
            with open(path, "rb") as handle:
                for record in ArchiveIterator(handle):
                    record.content_stream().read()
                    report.warc_records_read += 1
                    if record.rec_type in ("response", "revisit"):
                        uri = record.rec_headers.get_header("WARC-Target-URI")
                        if uri in url_keys:
                            keys.add(url_keys[uri])
        except Exception as error:  # any failure to read is the finding
            report.violations.append(f"{label}: {path.name} does not read: {error!r}")
    return keys


def index_keys(data_dir: Path) -> set[str] | None:
    """The keys of the live (not deleted) documents of the index, or None without an index."""
    name = current_name(index_root(data_dir))
    if name is None:
        return None
    archive = Archive(data_dir)  # the product's own reader must open and answer too
    try:
        archive.search("", per_page=1)
    finally:
        archive.close()
    ix = whoosh_index.open_dir(str(index_root(data_dir) / name))
    try:
        with ix.searcher() as searcher:
            return {
                decode_record(fields["record"])[1].key for fields in searcher.all_stored_fields()
            }
    finally:
        ix.close()


def check(data_dir: Path, before: dict, report: KillReport, label: str) -> dict:
    """Recover and check the data directory; returns the store state for the next check."""
    report.checks += 1
    sizes = {p: p.stat().st_size for p in warc_files(data_dir)}
    state = _store_state(data_dir, report.violations, label)
    lost = set(before) - set(state)
    if lost:
        report.violations.append(f"{label}: releases lost: {sorted(lost)[:5]}")
    frontier = _frontier_done(data_dir, report.violations, label)
    missing = set(frontier.get("done", {}).values()) - set(state)
    if missing:
        report.violations.append(f"{label}: marked done but not stored: {sorted(missing)[:5]}")
    seen = _warc_keys(data_dir, frontier.get("all", {}), report, label)
    report.torn_bytes_cut += sum(size - p.stat().st_size for p, size in sizes.items())
    archived, read = check_images(data_dir, report.violations, label)
    report.images_archived, report.images_read_back = archived, report.images_read_back + read
    unarchived = set(state) - seen
    if unarchived:
        report.violations.append(f"{label}: stored but not in the WARC: {sorted(unarchived)[:5]}")
    try:
        indexed = index_keys(data_dir)
    except Exception as error:
        report.violations.append(f"{label}: the index does not open: {error!r}")
        indexed = None
    if indexed is not None and not indexed <= set(state):
        report.violations.append(
            f"{label}: index keys not in the store: {sorted(indexed - set(state))[:5]}"
        )
    return state
