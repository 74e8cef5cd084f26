"""The index opened memory-mapped without private copies answers exactly as Whoosh's own opening."""

from __future__ import annotations

import gc
import mmap
import os
import pickle
from dataclasses import replace
from io import SEEK_CUR, SEEK_END, BytesIO

import numpy as np
import pytest
from whoosh import index as whoosh_index

from crawler.store import ReleaseStore
from indexer import Archive, merging, update_index
from indexer.columns import _facets_by_document
from indexer.mapped import MappedStorage, ViewFile, ViewReader
from indexer.postings import read_term
from indexer.schema import FACETS, MULTI_VALUE_SEP
from tests.index_fixtures import demo_releases, hand_releases, make_store


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("mapped")
    make_store(path, hand_releases() + demo_releases(120))
    update_index(path, rebuild=True, procs=1)
    return path


def _gen_dir(path):
    return Archive(path)._snap().path


def test_reader_behaves_like_bytesio():
    data = b"".join(pickle.dumps([i, "x" * i]) + b"\nline %d\n" % i for i in range(50))
    ours, theirs = ViewReader(memoryview(data)), BytesIO(data)
    for op in [
        ("read", 7),
        ("readline",),
        ("seek", 100),
        ("read", 0),
        ("readline",),
        ("seek", -5, SEEK_END),
        ("read", 50),
        ("seek", 3),
        ("seek", 4, SEEK_CUR),
        ("read", -1),
        ("seek", 0),
        ("pickle",),
        ("readline",),
        ("readline",),
        ("pickle",),
    ]:
        if op[0] == "pickle":
            assert pickle.load(ours) == pickle.load(theirs)
        else:
            assert getattr(ours, op[0])(*op[1:]) == getattr(theirs, op[0])(*op[1:])
        assert ours.tell() == theirs.tell()
    ours.seek(0)
    theirs.seek(0)
    assert list(ours) == list(theirs)


def test_files_are_views_of_one_map_not_copies(data_dir):
    snap = Archive(data_dir)._snap()
    segment_reader = snap.reader.leaf_readers()[0][0]
    postings = segment_reader._terms._postfile  # the postings file inside the compound file
    assert isinstance(postings, ViewFile)
    assert isinstance(postings._buf.obj, mmap.mmap)
    subset = postings.subset(0, 16)
    assert subset._buf.obj is postings._buf.obj  # a slice of the same map, nothing copied


def test_mapped_index_answers_like_whoosh(data_dir):
    gen = str(_gen_dir(data_dir))
    mapped = MappedStorage(gen).open_index().searcher()
    plain = whoosh_index.open_dir(gen).searcher()
    try:
        assert mapped.doc_count_all() == plain.doc_count_all()
        for docnum in range(0, mapped.doc_count_all(), 17):
            assert mapped.stored_fields(docnum) == plain.stored_fields(docnum)
        assert list(mapped.reader().lexicon("body")) == list(plain.reader().lexicon("body"))
        for word in ("ministry", "oil", "baghdad", "the"):
            ours = read_term(mapped.reader(), "body", word, positions=True)
            theirs = read_term(plain.reader(), "body", word, positions=True)
            assert all((a == b).all() for a, b in zip(ours, theirs, strict=True))
        assert list(mapped.reader().column_reader("timestamp")) == list(
            plain.reader().column_reader("timestamp")
        )
    finally:
        mapped.close()
        plain.close()


def test_search_through_the_map(data_dir):
    result = Archive(data_dir).search('"oil ministry" OR baghdad', sort="newest")
    assert result.total > 0
    assert all(hit.release.title for hit in result.hits)


def test_columns_read_whole_equal_whoosh_per_document(data_dir, tmp_path):
    snap = Archive(data_dir)._snap()
    reader, columns = snap.reader, snap.columns
    slow = _facets_by_document(reader)
    for name in FACETS:
        docs, ords, ordinal = slow[name]
        fast = columns.facets[name]
        assert fast.values == list(ordinal), name
        assert fast.docs.tolist() == docs and fast.ords.tolist() == ords, name
    assert any(MULTI_VALUE_SEP in v for v in reader.column_reader("facets") for v in [v.decode()])
    stamps = np.fromiter(reader.column_reader("timestamp"), dtype=np.int64)
    assert (columns.timestamp == stamps).all()
    lengths = np.fromiter(reader.column_reader("body_len"), dtype=np.float32)
    assert (columns.lengths["body"] == lengths).all()
    alive = np.zeros(columns.size, dtype=bool)
    alive[list(reader.all_doc_ids())] = True
    assert (columns.alive == alive).all()


def test_alive_mask_after_updates(tmp_path, monkeypatch):
    monkeypatch.setattr(merging, "SMALL_SEGMENT", 1)  # keep the deletions in the old segment
    releases = hand_releases()
    make_store(tmp_path, releases)
    update_index(tmp_path, rebuild=True, procs=1)
    with ReleaseStore(tmp_path) as store:
        for release in releases[:3]:
            store.put(replace(release, body=release.body + " revised"))
    update_index(tmp_path)
    snap = Archive(tmp_path)._snap()
    alive = np.zeros(snap.columns.size, dtype=bool)
    alive[list(snap.reader.all_doc_ids())] = True
    assert (~alive).sum() == 3  # the three replaced documents are deleted, not gone
    assert (snap.columns.alive == alive).all()


def _deleted_index_files_open(data_dir) -> int:
    index_dir = str((data_dir / "index").resolve())
    targets = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            targets.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue
    return sum(1 for t in targets if t.startswith(index_dir) and t.endswith("(deleted)"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_a_refresh_lets_go_of_the_replaced_generations_files(tmp_path):
    """Memory maps keep their files open: a rebuild's deleted generation must not stay open."""
    make_store(tmp_path, hand_releases())
    update_index(tmp_path)
    archive = Archive(tmp_path)
    gc.disable()  # the collector's own timing must not decide it: only the refresh may free them
    try:
        for query in ("oil", '"oil ministry"', "minist*", "oil -ministry"):
            archive.search(query)
        update_index(tmp_path, rebuild=True)  # a new generation; the old one is deleted
        assert archive.refresh() is True
        assert archive.search("oil").total > 0
        assert _deleted_index_files_open(tmp_path) == 0
    finally:
        gc.enable()
        archive.close()
