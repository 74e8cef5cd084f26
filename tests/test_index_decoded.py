"""Decoded postings files: equal to Whoosh's own postings, read instead of the blocks, and
ignored (Whoosh's blocks read instead) when missing or not matching their segment."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from pickle import dumps

import numpy as np
import pytest
from index_fixtures import demo_releases, en, hand_releases, make_store
from whoosh.system import pack_uint

from crawler.store import ReleaseStore
from indexer import Archive, merging, update_index
from indexer.analysis import exact_term
from indexer.blockread import decode_many, position_deltas
from indexer.decoded import ABSENT, SHIFT, SUFFIX, WHOOSH, DecodedPostings, term_hash, term_key
from indexer.decoded_write import write_decoded
from indexer.evaluate import Evaluator
from indexer.pagebudget import WINDOW
from indexer.postings import read_term
from indexer.query import parse
from indexer.termcache import PostingsCache

ARABIC_LETTERS = frozenset(chr(c) for c in range(0x621, 0x64B))
QUERIES = [
    "the",
    "ministry",
    "oil ministry",
    "ministry -oil",
    "oil OR baghdad",
    '"the ministry of"',
    '"of the"',
    '"the the"',
    '"ministry the"~3',
    '"oil ministry"~2',
    "الوزارة",
    '"وزارة النفط"',
    'title:"ministry of"',
    "title:ministry body:the",
    "author:ahmed",
]


@pytest.fixture(scope="module")
def updated(tmp_path_factory):
    """Three segments (a build and two incremental runs, none merged), deletions in the first
    two, with every term of every segment in the decoded files."""
    releases = hand_releases() + demo_releases(230)
    data_dir = make_store(tmp_path_factory.mktemp("decoded"), releases[:110])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(merging, "SMALL_SEGMENT", 1)  # keep every segment and its deletions
        update_index(data_dir, rebuild=True, procs=1)
        for batch, start in ((releases[110:180], 0), (releases[180:], 120)):
            with ReleaseStore(data_dir) as store:
                for release in batch:
                    store.put(release)
                for release in releases[start : start + 60 : 3]:
                    store.put(replace(release, body=release.body + " revised oil ministry"))
                store.put(
                    en(99001 + start, "Oil ministry", "The oil ministry, the the.", "2024-03-03")
                )
            update_index(data_dir)
    archive = Archive(data_dir)
    gen_dir = archive._snap().path
    segments = {s.segment_id() for s in archive._snap().index._segments()}
    archive.close()
    # The build wrote one file per segment.
    assert {p.name.removesuffix(SUFFIX) for p in gen_dir.glob(f"*{SUFFIX}")} == segments
    for path in gen_dir.glob(f"*{SUFFIX}"):
        path.unlink()
    write_decoded(gen_dir, min_docs=1)  # every term, so that every term is checked
    archive = Archive(data_dir)
    snap = archive._snap()
    assert len(snap.reader.leaf_readers()) >= 3
    assert not snap.columns.alive.all()  # deleted documents still in their segments
    yield archive
    archive.close()


def _whoosh(segreader, fieldname: str, text: str):
    """(ids, weights, positions per posting) of a term, by Whoosh's own matcher."""
    matcher = segreader.postings(fieldname, text)
    ids, weights, positions = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if segreader.schema[fieldname].format.supports("positions"):
            positions.append(list(matcher.value_as("positions")))
        matcher.next()
    return ids, weights, positions


def test_every_term_equals_whoosh(updated) -> None:
    snap = updated._snap()
    decoded = snap.postings.decoded
    assert decoded is not None and all(s is not None for s in decoded.segments)
    checked = arabic = 0
    for (segreader, _), sidecar in zip(snap.reader.leaf_readers(), decoded.segments, strict=True):
        alive = np.ones(segreader.doc_count_all(), dtype=bool)
        alive[[d for d in range(alive.size) if segreader.is_deleted(d)]] = False
        expected = sum(1 for _ in segreader.all_terms())
        assert sidecar.hashes.size == expected  # min_docs=1: every term is in the file
        for row in range(sidecar.hashes.size):
            end = int(sidecar.key_ends[row])
            key = sidecar.key_blob[end - int(sidecar.key_lengths[row]) : end].tobytes()
            fieldname, tbytes = key.split(b"\x00", 1)
            text = segreader.schema[fieldname.decode()].from_bytes(tbytes)
            ids, weights, positions = _whoosh(segreader, fieldname.decode(), text)
            ours_ids, ours_weights, _ = sidecar.postings(row)
            # Whoosh's matcher skips deleted documents; the file keeps them (the live mask
            # removes them), like the block reader.
            live = alive[ours_ids]
            assert ours_ids[live].tolist() == ids, key
            assert ours_weights[live].tolist() == pytest.approx(weights), key
            if positions:
                keys = sidecar.keys(row, 0, None)
                keys = keys[np.isin(keys >> SHIFT, ours_ids[live])]
                flat = [(d << SHIFT) | p for d, ps in zip(ids, positions, strict=True) for p in ps]
                assert keys.tolist() == flat, key
            checked += 1
            arabic += key.decode().split("\x00")[1][:1] in ARABIC_LETTERS
    assert checked > 2_000
    assert arabic > 100  # multilingual text: Arabic terms among them


@pytest.mark.parametrize("word", ["the", "ministry", "oil", "الوزارة", "revised"])
def test_read_term_same_with_and_without_files(updated, word) -> None:
    snap = updated._snap()
    word = exact_term(word)  # the indexed form (Arabic letters normalised)
    theirs = read_term(snap.reader, "body", word, positions=True)
    ours = read_term(snap.reader, "body", word, positions=True, decoded=snap.postings.decoded)
    assert theirs[0].size > 0
    for a, b in zip(ours, theirs, strict=True):
        assert np.array_equal(a, b)
    wanted = np.unique(theirs[0][::4])
    for decoded in (None, snap.postings.decoded):
        keys = read_term(snap.reader, "body", word, positions=True, wanted=wanted, decoded=decoded)[
            2
        ]
        assert np.isin(keys >> SHIFT, wanted).all()
        assert np.array_equal(keys, theirs[2][np.isin(theirs[2] >> SHIFT, wanted)])


def _evaluate(snap, cache: PostingsCache) -> list[tuple[list[int], list[float]]]:
    """The matches and scores of every query, evaluated through ``cache``."""
    saved, snap.postings = snap.postings, cache
    try:
        out = []
        for query in QUERIES:
            mask, scores = Evaluator(snap).run(parse(query, snap.schema, snap.stems).query)
            out.append((np.flatnonzero(mask).tolist(), scores[mask].tolist()))
        return out
    finally:
        snap.postings = saved


def test_search_is_identical_with_and_without_files(updated) -> None:
    snap = updated._snap()
    cache = PostingsCache(snap.reader, snap.lock, folder=snap.path)
    assert cache.decoded is not None
    with_files = _evaluate(snap, cache)
    without = _evaluate(snap, PostingsCache(snap.reader, snap.lock))
    assert with_files == without  # same documents, bit-identical scores
    # The maps' pages dropped from the process before every read: the same again.
    releasing = PostingsCache(snap.reader, snap.lock, folder=snap.path, release_bytes=0)
    assert _evaluate(snap, releasing) == without
    assert releasing.decoded.budget.releases > len(QUERIES)
    assert sum(1 for docs, _ in with_files if docs) >= len(QUERIES) - 2
    result = updated.search('"oil ministry" OR the', sort="relevance")
    saved, snap.postings = snap.postings, PostingsCache(snap.reader, snap.lock)
    try:
        plain = updated.search('"oil ministry" OR the', sort="relevance")
    finally:
        snap.postings = saved
    assert [(h.key, h.score) for h in result.hits] == [(h.key, h.score) for h in plain.hits]


def _map_rss_kb(mapped) -> int:
    """KB of one map's pages in this process (its Rss in /proc/self/smaps, found by address)."""
    start = f"{np.frombuffer(mapped, dtype=np.uint8).ctypes.data:x}-"
    inside = False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        first = line.split(maxsplit=1)[0] if line else ""
        if "-" in first and not first.endswith(":"):  # a mapping's header line
            inside = first.lstrip("0").startswith(start)
        elif inside and first == "Rss:":
            return int(line.split()[1])
    raise AssertionError("the map is not in /proc/self/smaps")


def test_reads_settle_the_budget_once_copied(updated) -> None:
    snap = updated._snap()
    cache = PostingsCache(snap.reader, snap.lock, folder=snap.path, release_bytes=0)
    maps = [segment._map for segment in cache.decoded.segments if segment is not None]
    assert maps and sum(_map_rss_kb(m) for m in maps) == 0  # the tables were copied at open
    saved, snap.postings = snap.postings, cache
    try:
        for query in QUERIES:  # terms, phrases, and both at once: every read settles
            Evaluator(snap).run(parse(query, snap.schema, snap.stems).query)
            assert cache.decoded.budget.resident == 0
            assert sum(_map_rss_kb(m) for m in maps) == 0, query
    finally:
        snap.postings = saved
    assert cache.decoded.budget.releases > len(QUERIES)


def test_what_stays_mapped_is_what_the_budget_counts(updated) -> None:
    snap = updated._snap()
    cache = PostingsCache(snap.reader, snap.lock, folder=snap.path, release_bytes=WINDOW)
    maps = [segment._map for segment in cache.decoded.segments if segment is not None]
    assert len(maps) >= 3  # a read spans more windows than the budget keeps
    budget = cache.decoded.budget
    saved, snap.postings, mapped = snap.postings, cache, []
    try:
        for query in QUERIES:
            Evaluator(snap).run(parse(query, snap.schema, snap.stems).query)
            assert budget.resident <= WINDOW
            counted = {id(m) for m, _ in budget._ranges.values()}
            mapped.append(sum(_map_rss_kb(m) for m in maps))
            assert all(_map_rss_kb(m) == 0 for m in maps if id(m) not in counted), query
    finally:
        snap.postings = saved
    assert max(mapped) > 0 and budget.releases > 0


def test_missing_or_stale_files_fall_back_to_whoosh(updated, tmp_path) -> None:
    snap = updated._snap()
    folder = tmp_path / "gen"
    shutil.copytree(snap.path, folder)
    files = sorted(folder.glob(f"*{SUFFIX}"))
    files[0].unlink()  # missing: a crash between the commit and the sidecar
    shutil.copy(files[2], files[1])  # another segment's file
    files[2].write_bytes(files[2].read_bytes()[:-5])  # truncated
    decoded = DecodedPostings.open(folder, snap.reader)
    assert sum(s is not None for s in decoded.segments) == len(decoded.segments) - 3
    expected = _evaluate(snap, PostingsCache(snap.reader, snap.lock))
    assert _evaluate(snap, PostingsCache(snap.reader, snap.lock, folder=folder)) == expected
    for path in folder.glob(f"*{SUFFIX}"):
        path.unlink()
    assert PostingsCache(snap.reader, snap.lock, folder=folder).decoded is None  # an old index
    # Rarer terms left to Whoosh's blocks; terms a segment lacks skipped without asking it.
    write_decoded(folder, min_docs=20)
    cache = PostingsCache(snap.reader, snap.lock, folder=folder)
    segreader = snap.reader.leaf_readers()[0][0]
    rare = next(t for t, info in segreader.iter_field("body") if info.doc_frequency() < 20)
    rows = {
        segment.row(term_key("body", word), term_hash(term_key("body", word)))
        for segment in cache.decoded.segments
        for word in (b"the", b"zanzibar", rare)
    }
    assert {ABSENT, WHOOSH} <= rows and any(row >= 0 for row in rows)
    assert _evaluate(snap, cache) == expected


def test_files_of_segments_gone_are_removed(updated) -> None:
    gen_dir = updated._snap().path
    segments = {s.segment_id() for s in updated._snap().index._segments()}
    assert {p.name.removesuffix(SUFFIX) for p in gen_dir.glob(f"*{SUFFIX}")} == segments
    dead = gen_dir / f"MAIN_gone{SUFFIX}"
    dead.write_bytes(b"left by a merged segment")
    write_decoded(gen_dir)
    assert not dead.exists()
    assert {p.name.removesuffix(SUFFIX) for p in gen_dir.glob(f"*{SUFFIX}")} == segments


def test_position_values_read_with_numpy_equal_unpickled() -> None:
    lists = [[5], [0, 1, 2], [300], [70_000, 1], [1] * 200, [2**31 - 1], [3, 255], [0, 256, 1]]
    values = [pack_uint(len(v)) + dumps(v, 2) for v in lists]
    values.append(pack_uint(1) + dumps([7], 4))  # another protocol: unpickled
    lists.append([7])
    for chosen in (values, values[:1], values[1:3], values[4:5], values[::-1]):
        counts, deltas = position_deltas(chosen)
        expected = decode_many(chosen)
        assert counts.tolist() == [len(x) for x in expected]
        assert deltas.tolist() == [d for x in expected for d in x]
    assert decode_many(values) == lists
