"""The column and words files written beside the segments give exactly what Whoosh gives, and
a snapshot falls back to Whoosh when they are missing or do not fit its segments."""

from __future__ import annotations

import gc
import os
from dataclasses import replace

import numpy as np
import pytest

from crawler.store import ReleaseStore
from indexer import Archive, colfiles, colfiles_words, merging, update_index, vocab
from indexer.columns import Columns
from indexer.query import StemMap
from indexer.snapshot import Snapshot
from tests.index_fixtures import demo_releases, en, hand_releases, make_store


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """A build, then an update: deletions in the first segment and a second segment."""
    path = tmp_path_factory.mktemp("opened")
    releases = hand_releases() + demo_releases(80)
    make_store(path, releases)
    update_index(path, rebuild=True, procs=1, memory_mb=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(merging, "SMALL_SEGMENT", 1)  # keep the deletions in the old segments
        with ReleaseStore(path) as store:
            for release in releases[:3]:
                store.put(replace(release, body=release.body + " revised wording"))
            for rid in range(99_001, 99_005):
                store.put(en(rid, f"Fresh release {rid}", "Oil exports rose again.", "2024-02-01"))
        update_index(path)
    return path


def _assert_same_columns(found: Columns, expected: Columns) -> None:
    assert found.size == expected.size
    assert (found.alive == expected.alive).all()
    assert (found.timestamp == expected.timestamp).all()
    assert (found.changed == expected.changed).all()
    for name, lengths in expected.lengths.items():
        assert found.lengths[name].dtype == lengths.dtype
        assert (found.lengths[name] == lengths).all(), name
        assert found.avg_length[name] == expected.avg_length[name], name
    for name, facet in expected.facets.items():
        other = found.facets[name]
        assert other.values == facet.values and other.ordinal == facet.ordinal, name
        assert other.docs.dtype == facet.docs.dtype and other.ords.dtype == facet.ords.dtype
        assert other.docs.tolist() == facet.docs.tolist(), name
        assert other.ords.tolist() == facet.ords.tolist(), name


def test_column_files_equal_whoosh_columns(data_dir):
    snap = Snapshot(data_dir)
    try:
        assert len(snap.reader.leaf_readers()) >= 2  # the build's segment and the update's
        assert not snap.columns.alive.all()  # and deletions
        assert snap.columns.timestamp.base is not None  # a view of the mapped file, not derived
        _assert_same_columns(snap.columns, Columns.load(snap.reader))
    finally:
        snap.close()


def test_word_files_equal_whoosh_term_lists(data_dir):
    snap = Snapshot(data_dir)
    try:
        assert snap.words is not None
        whoosh = Snapshot(data_dir)
        whoosh.words = None  # vocab.vocabulary reads Whoosh's term lists
        stems = StemMap(whoosh.reader)
        for name in colfiles_words.WORD_FIELDS:
            found, expected = vocab.vocabulary(snap, name), vocab.vocabulary(whoosh, name)
            assert found.words == expected.words, name
            assert found.frequencies.tolist() == expected.frequencies.tolist(), name
            assert dict(found.counts) == dict(expected.counts)
        words = vocab.vocabulary(whoosh, "body").words + vocab.vocabulary(whoosh, "title").words
        assert any("revised" in stems.forms(w) for w in words)
        for word in [*words, "nosuchword", "ministries"]:
            assert snap.stems.forms(word) == stems.forms(word), word
        whoosh.close()
    finally:
        snap.close()


def test_missing_or_stale_files_fall_back_to_whoosh(data_dir, tmp_path):
    snap = Snapshot(data_dir)
    try:
        gen = snap.path
        combined = gen / colfiles.combined_name(colfiles.segment_ids(snap.reader))
        saved = combined.read_bytes()
        expected = Columns.load(snap.reader)
        try:
            combined.write_bytes(saved[: len(saved) // 2])  # truncated: a crash while writing
            assert colfiles.load_columns(snap.reader, gen, expected.alive) is None
            combined.unlink()  # an index from before the column files
            assert colfiles.load_columns(snap.reader, gen, expected.alive) is None
            for path in gen.glob(f"{colfiles_words.COMBINED_PREFIX}*"):
                path.rename(tmp_path / path.name)
            fallback = Snapshot(data_dir)
            assert fallback.words is None
            _assert_same_columns(fallback.columns, expected)
            assert Archive(data_dir).search("oil").total > 0
            fallback.close()
        finally:
            combined.write_bytes(saved)
            for path in tmp_path.glob(f"{colfiles_words.COMBINED_PREFIX}*"):
                path.rename(gen / path.name)
    finally:
        snap.close()


def _deleted_column_files_mapped(data_dir) -> int:
    index_dir = str((data_dir / "index").resolve())
    with open("/proc/self/maps") as maps:
        return sum(
            1 for line in maps if index_dir in line and "cols-" in line and "(deleted)" in line
        )


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc")
def test_a_rebuild_releases_the_mapped_files(tmp_path):
    make_store(tmp_path, hand_releases())
    update_index(tmp_path, rebuild=True, procs=1)
    archive = Archive(tmp_path)
    gc.disable()  # only the refresh may free the replaced snapshot
    try:
        archive.search("oil")
        old_gen = archive._snap().path
        assert list(old_gen.glob("cols-all-*"))
        update_index(tmp_path, rebuild=True, procs=1)  # a new generation; the old one is deleted
        assert not old_gen.exists()
        assert _deleted_column_files_mapped(tmp_path) > 0  # still mapped by the old snapshot
        assert archive.refresh() is True
        assert archive.search("oil").total > 0
        assert _deleted_column_files_mapped(tmp_path) == 0
    finally:
        gc.enable()
        archive.close()


def test_column_file_round_trip(tmp_path):
    arrays = {"a": np.arange(5, dtype=np.int64), "b": np.array([1.5, 2.5], np.float32)}
    colfiles.write_arrays(tmp_path / "x.bin", arrays, {"size": 5})
    found, meta = colfiles.read_arrays(tmp_path / "x.bin")
    assert meta == {"size": 5}
    assert found["a"].tolist() == [0, 1, 2, 3, 4] and found["b"].tolist() == [1.5, 2.5]
    assert found["a"].ctypes.data % 64 == 0  # aligned
    (tmp_path / "y.bin").write_bytes(b"not ours")
    assert colfiles.read_arrays(tmp_path / "y.bin") is None


def test_histograms_and_facet_counts_from_the_derived_columns(data_dir):
    """The month/day columns and the per-document facet ordinals give the counts the
    timestamps and the (document, value) pairs give, for any mask and day span."""
    snap = Snapshot(data_dir)
    try:
        columns = snap.columns
        assert columns.months is not None and columns.facets["category"].dense is not None
        assert columns.facets["photographer"].dense is None  # several values per document
        rng = np.random.default_rng(7)
        order = np.argsort(columns.timestamp, kind="stable")
        units = set()
        for trial in range(60):
            mask = rng.random(columns.size) < (0.0, 0.05, 0.5, 1.0)[trial % 4]
            if trial % 3 == 0:  # a few neighbouring days: day buckets
                start = int(rng.integers(0, columns.size))
                mask[:] = False
                mask[order[start : start + int(rng.integers(1, 6))]] = True
            for span in (0, 3, 31, 62, 400):
                expected = columns._histogram_by_stamps(mask, span)
                assert columns.histogram(mask, span) == expected, (trial, span)
                units.add(expected[1])
            for name, facet in columns.facets.items():
                pairs = np.bincount(facet.ords[mask[facet.docs]], minlength=len(facet.values))
                assert facet.counts(mask).tolist() == pairs.tolist(), name
        assert {"day", "month", "year"} <= units  # every kind of bucket was compared
    finally:
        snap.close()


def test_stored_records_read_with_pread_equal_the_mapped_ones(data_dir):
    """The stored records are read with os.pread (not mapped, so not in the process's RSS)."""
    from indexer.mapped import MappedStorage, PreadFile

    gen = Snapshot(data_dir).path
    pread = MappedStorage(str(gen)).open_index().reader()
    mapped = MappedStorage(str(gen), pread_suffixes=()).open_index().reader()
    try:
        for leaf, _ in pread.leaf_readers():
            leaf.stored_fields(0)
            files = [f for f, _, _ in leaf._perdoc._colfiles.values()]
            assert any(isinstance(f, PreadFile) for f in files)
        for docnum in range(pread.doc_count_all()):
            assert pread.stored_fields(docnum) == mapped.stored_fields(docnum)
    finally:
        pread.close()
        mapped.close()


def test_an_empty_index_has_no_files_and_opens(tmp_path):
    from whoosh import index as whoosh_index

    from indexer.schema import ReleaseSchema

    whoosh_index.create_in(str(tmp_path), ReleaseSchema()).close()
    colfiles.write_column_files(tmp_path)
    colfiles_words.write_word_files(tmp_path)
    assert not list(tmp_path.glob("cols-*")) and not list(tmp_path.glob("words-*"))
    reader = whoosh_index.open_dir(str(tmp_path)).reader()
    assert colfiles.load_columns(reader, tmp_path, np.ones(0, bool)) is None
    assert colfiles_words.WordFiles.open(reader, tmp_path) is None
