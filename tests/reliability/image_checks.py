"""The kill harness's checks of archived photos: nothing half-written is ever served.

After every recovery: ``images.sqlite`` passes ``integrity_check`` and every image it marks
archived reads back through the web's own reader (``web.imagefiles``: the WARC record at the
recorded offset is a response for that URL and its bytes have the recorded sha256). After the
final clean crawl: every stored release that shows a photo has its lead photo archived.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler.images import wanted_images
from crawler.store import ReleaseStore
from crawler.urls import normalize
from web.imagefiles import ArchivedImages


def check_images(data_dir: Path, violations: list[str], label: str) -> tuple[int, int]:
    """Check the archived images; returns (rows archived, rows read back)."""
    path = data_dir / "images.sqlite"
    if not path.exists():
        return 0, 0
    with sqlite3.connect(path) as db:
        (ok,) = db.execute("PRAGMA integrity_check").fetchone()
        if ok != "ok":
            violations.append(f"{label}: images.sqlite integrity_check says {ok}")
        urls = [url for (url,) in db.execute("SELECT url FROM images WHERE status = 'archived'")]
    db.close()
    reader = ArchivedImages(data_dir)
    found = reader.for_urls(urls)
    read = 0
    for url in urls:
        record = found.get(url)
        if record is None or reader.read(record) is None:
            violations.append(f"{label}: archived image {url} does not read back from the WARC")
        else:
            read += 1
    return len(urls), read


def missing_leads(data_dir: Path) -> list[str]:
    """Keys of stored releases whose lead photo is not archived (after a clean crawl)."""
    with ReleaseStore(data_dir) as store:
        leads = {
            stored.key: normalize(urls[0]) or urls[0]
            for stored in store.iter_releases()
            if (urls := wanted_images(stored.release, "lead"))
        }
    reader = ArchivedImages(data_dir)
    archived = reader.for_urls(leads.values())
    return sorted(key for key, url in leads.items() if url not in archived)
