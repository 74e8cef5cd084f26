"""The incremental runs' merge policy on a real Whoosh index: small segments merge, big ones stay."""

from __future__ import annotations

from functools import partial

from whoosh import fields
from whoosh import index as whoosh_index

from indexer.merging import merge_small_segments


def _index_with_segments(path, sizes: list[int]):
    """An index with one committed segment per size, documents keyed 0, 1, 2..."""
    ix = whoosh_index.create_in(str(path), fields.Schema(key=fields.ID(unique=True, stored=True)))
    key = 0
    for size in sizes:
        writer = ix.writer()
        for _ in range(size):
            writer.add_document(key=str(key))
            key += 1
        writer.commit(merge=False)
    return ix


def _sizes(ix) -> list[int]:
    return sorted(s.doc_count_all() for s in ix._segments())


def test_small_segments_merge_and_big_ones_stay(tmp_path):
    ix = _index_with_segments(tmp_path, [30, 30, 4, 3])
    writer = ix.writer()
    writer.add_document(key="new")
    writer.commit(mergetype=partial(merge_small_segments, small=10))
    assert _sizes(ix) == [8, 30, 30]  # 4 + 3 + the new one; the big two untouched
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 68


def test_one_clean_small_segment_is_left_alone(tmp_path):
    ix = _index_with_segments(tmp_path, [30, 4])
    writer = ix.writer()
    writer.add_document(key="new")
    writer.commit(mergetype=partial(merge_small_segments, small=10))
    assert _sizes(ix) == [1, 4, 30]


def test_a_mostly_deleted_big_segment_is_rewritten(tmp_path):
    ix = _index_with_segments(tmp_path, [30, 20])
    writer = ix.writer()
    for key in range(30, 45):  # 15 of the second segment's 20 documents replaced
        writer.update_document(key=str(key))
    writer.commit(mergetype=partial(merge_small_segments, small=10))
    assert _sizes(ix) == [20, 30]  # 5 survivors + 15 new ones; the first segment untouched
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 50
