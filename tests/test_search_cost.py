"""The postings budget prices a posting read from a decoded-postings file below one read from
Whoosh's blocks: words the blocks could not hold count in full, the rest at DECODED_SHARE."""

from __future__ import annotations

import numpy as np
import pytest
from index_fixtures import hand_releases, make_store

from indexer import Archive, cost, parsecache, update_index
from indexer import resolve as resolve_module
from indexer.decoded import MIN_DOCS, SUFFIX
from indexer.decoded_write import write_decoded
from indexer.evaluate import Evaluator
from indexer.query import parse

QUERY = "oil ministry spokesman"


def test_without_decoded_files_every_posting_counts_in_full() -> None:
    for pricing in (cost.Pricing.of(None, [10, 20]), cost.Pricing.of([None, None], [10, 20])):
        assert pricing.block_cap is None
        assert pricing(0) == 0 and pricing(1_000_000) == 1_000_000


def test_the_blocks_hold_at_most_what_no_file_covers() -> None:
    pricing = cost.Pricing.of([object(), None, object()], [10_000, 500, 10_000])
    cap = 2 * (MIN_DOCS - 1) + 500  # under MIN_DOCS per segment with a file, all of one without
    assert pricing.block_cap == cap
    assert pricing(cap) == cap
    assert pricing(cap + 8) == cap + 8 * cost.DECODED_SHARE
    assert pricing(cap + 80_000) == cap + 80_000 * cost.DECODED_SHARE
    assert pricing(cap + 1) == cap + 1  # a part of a posting still counts as one


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A small archive whose every word is in the decoded files (written for min_docs=1)."""
    data_dir = make_store(tmp_path_factory.mktemp("cost"), hand_releases())
    update_index(data_dir)
    gen_dir = Archive(data_dir)._snap().path
    for path in gen_dir.glob(f"*{SUFFIX}"):
        path.unlink()
    write_decoded(gen_dir, min_docs=1)
    found = Archive(data_dir)
    assert found._snap().postings.decoded is not None
    yield found
    found.close()


def test_decoded_postings_leave_a_query_whole_that_block_postings_would_cut(
    archive, monkeypatch
) -> None:
    snap = archive._snap()
    frequency = resolve_module.Resolver(snap)._frequency
    parsed = parse(QUERY, snap.schema, snap.stems).query

    def total(pricing: cost.Pricing) -> int:
        return sum(unit.cost for unit in cost.units(parsed, frequency, snap.stems, pricing))

    releases, decoded = total(cost.Pricing(None)), total(cost.Pricing(0))
    assert decoded < releases
    whole = archive.search(QUERY)
    assert whole.notice is None
    monkeypatch.setattr(cost, "MIN_DOCS", 1)  # nothing read from the blocks: all decoded
    monkeypatch.setattr(resolve_module, "MAX_POSTINGS", decoded)
    priced = archive.search(QUERY)
    assert priced.notice is None
    assert [h.key for h in priced.hits] == [h.key for h in whole.hits]
    monkeypatch.setattr(cost, "DECODED_SHARE", 1)  # as if every posting came from the blocks
    cut = archive.search(QUERY)
    assert cut.notice is not None and "left out" in cut.notice


def test_a_query_is_parsed_once_per_snapshot_and_cap(archive, monkeypatch) -> None:
    snap = archive._snap()
    first = parsecache.parsed(snap, QUERY)
    assert parsecache.parsed(snap, QUERY) is first  # remembered
    assert parsecache.parsed(snap, QUERY + " oil") is not first
    calls = []
    monkeypatch.setattr(parsecache, "parse", lambda *a: calls.append(a) or first)
    archive.search(QUERY, page=2)
    archive.search(QUERY, sort="newest")
    assert calls == []  # another page or sort of the same text: no parse
    monkeypatch.setattr(resolve_module, "MAX_POSTINGS", 5)  # a cap changed: parsed again
    parsecache.parsed(snap, QUERY)
    assert len(calls) == 1


@pytest.mark.parametrize(
    "query", ["oil", "ministry -oil", "oil OR spokesman", '"oil ministry"', "minist*", "الوزارة"]
)
def test_unscored_evaluation_matches_the_same_releases(archive, query) -> None:
    snap = archive._snap()
    q = parsecache.parsed(snap, query).query
    mask, scores = Evaluator(snap).run(q)
    unscored, zeros = Evaluator(snap, scoring=False).run(q)
    assert np.array_equal(mask, unscored) and not zeros.any()
    if query == "oil":
        assert mask.any() and scores[mask].all()  # the scored run does score
    newest = archive.search(query, sort="newest", per_page=200)
    relevant = archive.search(query, per_page=200)
    assert newest.total == relevant.total == int(mask.sum())
    assert {h.key for h in newest.hits} == {h.key for h in relevant.hits}
