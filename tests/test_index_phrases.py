"""Phrase evaluation and the block reader over a multi-segment index, against Whoosh itself."""

from __future__ import annotations

import threading
from pickle import dumps, loads

import numpy as np
import pytest
from index_fixtures import demo_releases, en, hand_releases, make_store
from whoosh.formats import Positions
from whoosh.system import pack_uint

from indexer import Archive, update_index
from indexer.analysis import InaText, tokens
from indexer.evaluate import Evaluator
from indexer.postings import _decode_many, read_positions, read_postings
from indexer.query import expand, parse
from indexer.termcache import PostingsCache

# A word found once per segment is stored inline in Whoosh's term info (no posting blocks).
RARE = [
    en(90001, "Zanzibar cloves", "The zanzibar cloves cargo reached Umm Qasr port.", "2022-01-01"),
    en(90002, "Port report", "Officials said the zanzibar cloves were inspected.", "2023-02-02"),
]
PHRASES = [
    '"the ministry of"',
    '"ministry of"',
    '"of the"',
    '"zanzibar cloves"',
    '"the zanzibar cloves"',
    '"said the"',
    '"the the"',
    '"of the ministry of"',
    '"ministry the"~3',
    '"oil ministry"~2',
    '"وزارة النفط"',
    '"قال وزير"',
    'title:"ministry of"',
    '"ministry of" NOT oil',
]


@pytest.fixture(scope="module")
def segmented(tmp_path_factory):
    """An index of ~2,100 releases written as three segments (1,000 releases per segment)."""
    releases = hand_releases() + RARE + demo_releases(2_100)
    data_dir = make_store(tmp_path_factory.mktemp("segmented"), releases)
    update_index(data_dir, rebuild=True, procs=1, memory_mb=1)
    archive = Archive(data_dir)
    assert len(archive._snap().reader.leaf_readers()) >= 3
    yield archive
    archive.close()


def _whoosh_postings(snap, field, term):
    matcher = snap.reader.postings(field, term)
    out = []
    while matcher.is_active():
        out.append((matcher.id(), matcher.weight(), list(matcher.value_as("positions"))))
        matcher.next()
    return out


@pytest.mark.parametrize(
    ("field", "term"),
    [("body", "the"), ("body", "zanzibar"), ("title", "zanzibar"), ("body", "بغداد")],
)
def test_block_reader_agrees_with_whoosh_across_segments(segmented, field, term) -> None:
    snap = segmented._snap()
    expected = _whoosh_postings(snap, field, term)
    assert expected
    ids, weights = read_postings(snap.reader, field, term)
    assert ids.tolist() == [e[0] for e in expected]
    assert weights.tolist() == pytest.approx([e[1] for e in expected])
    docs, positions = read_positions(snap.reader, field, term)
    assert list(zip(docs.tolist(), positions.tolist(), strict=True)) == [
        (e[0], p) for e in expected for p in e[2]
    ]
    wanted = ids[1::2]
    docs, positions = read_positions(snap.reader, field, term, wanted)
    assert list(zip(docs.tolist(), positions.tolist(), strict=True)) == [
        (e[0], p) for e in expected[1::2] for p in e[2]
    ]


@pytest.mark.parametrize("limits", ["default", "nothing cached"])
@pytest.mark.parametrize("query", PHRASES)
def test_phrases_match_what_whoosh_matches(segmented, query, limits) -> None:
    snap = segmented._snap()
    if limits == "nothing cached":
        snap.postings = PostingsCache(snap.reader, snap.lock, max_postings=1, max_positions=1)
    try:
        parsed = parse(query, snap.schema, snap.stems)
        assert parsed.notice is None
        mask, scores = Evaluator(snap).run(parsed.query)
        whoosh = set(snap.searcher.docs_for_query(expand(parsed.query, snap.stems)))
    finally:
        snap.postings = PostingsCache(snap.reader, snap.lock)
    assert set(np.flatnonzero(mask).tolist()) == whoosh
    if whoosh and "NOT" not in query:
        assert np.all(scores[mask] > 0)


def test_common_word_phrase_is_the_same_cold_and_warm(segmented) -> None:
    first = segmented.search('"the ministry of"', per_page=50)
    again = segmented.search('"the ministry of"', per_page=50)
    assert first.total > 0
    assert [(h.key, h.score) for h in first.hits] == [(h.key, h.score) for h in again.hits]


def test_concurrent_cold_phrases_agree(segmented) -> None:
    queries = [q for q in PHRASES if "~" not in q] * 2
    expected = {q: segmented.search(q).total for q in queries}
    fresh = Archive(segmented.data_dir)
    got: dict[str, int] = {}

    def run(q: str) -> None:
        got[q] = fresh.search(q).total

    threads = [threading.Thread(target=run, args=(q,)) for q in queries]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    fresh.close()
    assert got == expected


def test_decode_many_matches_one_by_one() -> None:
    lists = [[5], [0, 1, 2], [300], [70_000, 1], [1] * 200, [2**31 - 1]]
    values = [pack_uint(len(v)) + dumps(v, 2) for v in lists]
    assert _decode_many(values) == lists
    assert _decode_many(values[:1]) == lists[:1]
    odd = [pack_uint(1) + dumps([7], 4)]  # another protocol: decoded one by one
    assert _decode_many(odd) == [[7]]


def test_indexed_position_values_decode_to_positions() -> None:
    field = InaText()
    text = " ".join(["alpha beta"] * 2_500 + ["omega"])  # positions past 4,096 too
    values = {term: value for term, _, _, value in field.index(text)}
    fmt = Positions()
    alpha = list(fmt.decode_positions(values[b"alpha"]))
    assert alpha == list(range(0, 5_000, 2))
    assert list(fmt.decode_positions(values[b"omega"])) == [5_000]
    assert loads(values[b"omega"][4:]) == [5_000]
    short = {term: value for term, _, _, value in field.index("one two one")}
    assert short[b"two"] == pack_uint(1) + dumps([1], 2)


def test_tokens_remembers_only_the_same_string() -> None:
    a = "Oil ministry said " * 20
    b = "".join(["Oil ministry said "] * 20)  # equal text, another object
    words = ["Oil", "ministry", "said"] * 20
    first = tokens(a)
    first.append("mutated")
    assert tokens(a) == words
    assert tokens("short") == ["short"]
    assert tokens(a) == words
    assert tokens(b) == words
    assert tokens("other words " * 30) == ["other", "words"] * 30
    assert tokens(a) == words


def test_phrase_list_is_not_trivial(segmented) -> None:
    totals = {q: segmented.search(q).total for q in PHRASES}
    assert sum(1 for t in totals.values() if t > 0) >= len(PHRASES) - 3, totals
    assert totals['"zanzibar cloves"'] == 2


def test_threads_missing_the_same_term_read_it_once(segmented, monkeypatch) -> None:
    import indexer.termcache as termcache

    snap = segmented._snap()
    cache = PostingsCache(snap.reader, snap.lock)
    calls: list[tuple[str, str]] = []
    real = termcache.read_term_counted

    def counted(reader, fieldname, text, **kwargs):
        calls.append((fieldname, text))
        return real(reader, fieldname, text, **kwargs)

    monkeypatch.setattr(termcache, "read_term_counted", counted)
    barrier = threading.Barrier(6)
    results = []

    def run() -> None:
        barrier.wait()
        results.append(cache.load("body", "the").size)
        results.append(cache.get("body", "the")[0].size)

    threads = [threading.Thread(target=run) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert calls == [("body", "the")]
    assert len(set(results[0::2])) == 1 and results[0] > 0
