"""The decoded-postings maps give their pages back: after reads have touched the budget, the
pages leave the process (its RSS for the file drops), and every array still reads the same."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from decoded_helpers import write_every_doc_file
from smaps_helpers import resident_kb

from indexer.decoded import DecodedPostings, DecodedSegment, term_hash, term_key
from indexer.pagebudget import WINDOW, PageBudget

DOCS = 20_000
TERMS = 20  # each ~280 KB of ids, weights, position ends and positions: ~5.6 MB in all


def _write_file(path: Path) -> list[bytes]:
    """A decoded-postings file of TERMS terms each in every document (one position each)."""
    keys = [term_key("body", f"word{i}".encode()) for i in range(TERMS)]
    positions = (np.arange(TERMS * DOCS) % 997).astype(np.uint16)
    write_every_doc_file(path, keys, DOCS, positions)
    return keys


def _read_all(segment: DecodedSegment, keys: list[bytes]) -> list[np.ndarray]:
    """Every term's position keys (touching all of its ids, ends and positions), one read each."""
    out = []
    for key in keys:
        out.append(segment.keys(segment.row(key, term_hash(key)), 0, None))
        segment.budget.settle()
    return out


def test_pages_read_leave_the_process_once_the_budget_is_spent(tmp_path) -> None:
    path = tmp_path / "seg.decoded"
    keys = _write_file(path)
    budget = PageBudget(1 << 40)
    segment = DecodedSegment(path, "seg", DOCS, budget)
    held_ids, _, _ = segment.postings(segment.row(keys[3], term_hash(keys[3])))
    budget.settle()
    expected = _read_all(segment, keys)
    assert expected[0].size == DOCS
    touched = resident_kb(path)
    assert touched > 3_000  # within the budget every page read stays mapped
    assert budget.releases == 0

    budget.limit = 0  # every read now drops the pages read before it
    again = _read_all(segment, keys[:1])
    assert budget.releases >= 1
    assert resident_kb(path) < touched // 4  # only the last read's pages (and their neighbours)
    assert np.array_equal(again[0], expected[0])
    # Arrays taken before the release are views of the same file: they read the same bytes.
    assert np.array_equal(held_ids, np.arange(DOCS, dtype=np.uint32))
    assert all(
        np.array_equal(a, b) for a, b in zip(_read_all(segment, keys), expected, strict=True)
    )
    segment.close()
    assert budget.maps == []


def test_one_budget_spans_every_segment_of_a_reader(tmp_path) -> None:
    paths = [tmp_path / f"{name}.decoded" for name in ("a", "b")]
    keys = [_write_file(p) for p in paths][0]
    budget = PageBudget(3 * WINDOW)  # one file's ~5.6 MB of postings: three windows
    segments = [DecodedSegment(p, "seg", DOCS, budget) for p in paths]
    decoded = DecodedPostings(list(segments), budget)
    _read_all(segments[0], keys)
    assert budget.releases == 0 and budget.resident == 3 * WINDOW
    assert resident_kb(paths[0]) > 3_000
    again = _read_all(segments[0], keys[-2:])  # the ranges read last are still kept
    assert budget.releases == 0
    _read_all(segments[1], keys)  # three more windows: the other file's, the oldest, go
    assert budget.releases >= 1
    assert 0 < budget.resident <= 3 * WINDOW
    # Its term tables were copied at open: nothing of the other file stays mapped.
    assert resident_kb(paths[0]) == 0
    assert np.array_equal(again[0], _read_all(segments[0], keys[-2:])[0])
    decoded.close()
    assert budget.maps == [] and budget.resident == 0
