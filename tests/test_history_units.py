"""Release history without a crawl: an older store read as it is and upgraded by a writer, the
history facet, and the word diff in Arabic and English."""

from __future__ import annotations

import json
import sqlite3

from crawler.store import ReleaseStore
from indexer.history import read_history

OLD_SCHEMA = """
CREATE TABLE releases (key TEXT PRIMARY KEY, url TEXT NOT NULL, status TEXT NOT NULL DEFAULT
 'live', current_version INTEGER NOT NULL, seq INTEGER NOT NULL, first_seen TEXT NOT NULL,
 last_seen TEXT NOT NULL);
CREATE TABLE release_versions (key TEXT NOT NULL, version INTEGER NOT NULL, sha256 TEXT NOT NULL,
 record TEXT NOT NULL, fetched_at TEXT NOT NULL, PRIMARY KEY (key, version));
"""


def test_an_older_store_is_read_as_it_is_and_upgraded_by_a_writer(tmp_path):
    record = {"url": "https://ina.iq/eng/5--.html", "title": "Old", "body": "Kept.", "images": []}
    db = sqlite3.connect(tmp_path / "releases.sqlite")
    db.executescript(OLD_SCHEMA)
    db.execute(
        "INSERT INTO releases VALUES ('en/5', ?, 'gone', 1, 4, ?, ?)",
        (record["url"], "2024-01-01T00:00:00+00:00", "2024-02-01T00:00:00+00:00"),
    )
    db.execute(
        "INSERT INTO release_versions VALUES ('en/5', 1, 'x', ?, '2024-01-01T00:00:00+00:00')",
        (json.dumps(record),),
    )
    db.commit()
    db.close()
    with ReleaseStore(tmp_path, read_only=True) as store:  # the web: nothing is written
        (version,) = store.version_records("en/5")
        assert version.capture is None and version.release.title == "Old"
    assert not (tmp_path / "releases.sqlite-wal").exists()
    old = read_history(tmp_path, "en/5")  # removed before removals were dated: no date invented
    assert old.removed and old.removed_at is None and old.versions[0].capture is None
    with ReleaseStore(tmp_path) as store:
        assert store.get("en/5").status == "gone" and store.last_seq() == 4
        assert store.versions("en/5")[0][2].body == "Kept."
    columns = {
        row[1]
        for table in ("releases", "release_versions")
        for row in sqlite3.connect(tmp_path / "releases.sqlite").execute(
            f"PRAGMA table_info({table})"
        )
    }
    assert {"warc_file", "warc_offset", "gone_at"} <= columns


def test_history_facet_gives_each_release_one_value():
    from crawler.release import Release
    from indexer.schema import facet_values

    release = Release(url="https://ina.iq/eng/5--.html", title="T", body="B")
    assert facet_values(release, "live", 1)["history"] == ""
    assert facet_values(release, "live", 2)["history"] == "edited"
    assert facet_values(release, "gone", 3)["history"] == "removed"  # counts match the results


def test_word_diff_keeps_whole_words_in_arabic_and_english():
    from indexer.history import word_diff

    def ops(old, new):
        return [(s.op, s.text) for s in word_diff(old, new)]

    assert ops("The minister said exports rose.", "The minister said exports fell.") == [
        ("same", "The minister said exports "),
        ("removed", "rose"),
        ("added", "fell"),
        ("same", "."),
    ]
    # A word with its diacritics is one token; the full stop after it is another.
    assert ops("أعلنَ الوزيرُ خطةً جديدة.", "أعلنَ الوزيرُ اليوم خطةً.") == [
        ("same", "أعلنَ الوزيرُ "),
        ("added", "اليوم "),
        ("same", "خطةً"),
        ("removed", " جديدة"),
        ("same", "."),
    ]
    assert ops("a\n\nb", "a\n\nb c") == [("same", "a\n\nb"), ("added", " c")]
