"""The evaluator's sparse sets and scores give bit for bit what whole-archive arrays give."""

from __future__ import annotations

import numpy as np
import pytest

from indexer import matchsets as ms

SIZE = 5_000


def _sparse(rng, count: int) -> np.ndarray:
    return np.sort(rng.choice(SIZE, count, replace=False)).astype(np.int64)


def _scores(rng, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # Values with many significant bits, so that a different order of additions shows.
    return ids, (rng.random(ids.size) * 7.3 + 0.1).astype(np.float32)


def _dense_sum(parts: list, size: int = SIZE) -> np.ndarray:
    """The reference: ``score += s`` over whole-archive float32 arrays, in order."""
    out = np.zeros(size, dtype=np.float32)
    for part in parts:
        out += ms.dense_score(part, size)
    return out


# Sizes on both sides of SPARSE_SHARE and BITMAP_SKEW, so that every path runs.
SIZES = [(0, 3, 40), (10, 20, 30), (4_000, 3_500, 10), (2_000, 40, 4_500), (1, 1, 1)]


@pytest.mark.parametrize("sizes", SIZES)
def test_union_and_intersection_match_dense_masks(sizes) -> None:
    rng = np.random.default_rng(sum(sizes))
    sets = [_sparse(rng, n) for n in sizes]
    dense = [ms.dense_mask(s, SIZE) for s in sets]

    def mixed() -> list[np.ndarray]:  # a whole-archive mask among sparse sets (fresh: union
        return [sets[0], dense[1].copy(), sets[2]]  # may collect into it in place)

    union = ms.dense_mask(ms.union(mixed(), SIZE), SIZE)
    assert np.array_equal(union, dense[0] | dense[1] | dense[2])
    for given in (sets, mixed(), [d.copy() for d in dense]):
        found = ms.intersection(given, SIZE)
        assert np.array_equal(ms.dense_mask(found, SIZE), dense[0] & dense[1] & dense[2])
        if ms.is_sparse(found):
            assert np.all(np.diff(found) > 0)  # still sorted and unique
    assert np.array_equal(ms.dense_mask(ms.union(sets, SIZE), SIZE), dense[0] | dense[1] | dense[2])
    assert np.array_equal(
        ms.dense_mask(ms.difference(sets[0], sets[1], SIZE), SIZE), dense[0] & ~dense[1]
    )
    assert np.array_equal(
        ms.dense_mask(ms.difference(dense[0].copy(), sets[1], SIZE), SIZE), dense[0] & ~dense[1]
    )


@pytest.mark.parametrize("sizes", SIZES)
def test_sums_add_in_the_dense_order_bit_for_bit(sizes) -> None:
    rng = np.random.default_rng(len(sizes) + sum(sizes))
    parts = [_scores(rng, _sparse(rng, n)) for n in sizes]
    expected = _dense_sum(parts)
    assert np.array_equal(ms.dense_score(ms.add_scores(parts, SIZE), SIZE), expected)
    # A whole-archive part first, and a None (all zeros) among them.
    mixed = [ms.dense_score(parts[0], SIZE), None, parts[1], parts[2]]
    assert np.array_equal(ms.dense_score(ms.add_scores(mixed, SIZE), SIZE), expected)
    boosted = ms.dense_score(ms.boosted(ms.add_scores(parts, SIZE), 1.5), SIZE)
    assert np.array_equal(boosted, expected * 1.5)


def test_sparse_sums_differ_from_a_float64_sum() -> None:
    """Negative control: summing in float64 then rounding (what np.bincount would do) gives
    other float32 values on these inputs, so the bit-for-bit test above can fail."""
    rng = np.random.default_rng(3)
    ids = _sparse(rng, 50)
    parts = [_scores(rng, ids) for _ in range(3)]
    exact = ms.dense_score(ms.add_scores(parts, 10**9), SIZE)
    as64 = np.zeros(SIZE)
    for got_ids, values in parts:
        as64[got_ids] += values
    assert not np.array_equal(exact, as64.astype(np.float32))


def test_scores_at_reads_sparse_and_dense_scores() -> None:
    rng = np.random.default_rng(5)
    ids, values = _scores(rng, _sparse(rng, 300))
    wanted = _sparse(rng, 700)
    dense = ms.dense_score((ids, values), SIZE)
    assert np.array_equal(ms.scores_at((ids, values), wanted), dense[wanted])
    assert np.array_equal(ms.scores_at(dense, wanted), dense[wanted])
    assert not ms.scores_at(None, wanted).any()
    assert not ms.scores_at((ids[:0], values[:0]), wanted).any()


def test_intersect_sorted_agrees_by_searches_and_by_bitmap() -> None:
    rng = np.random.default_rng(9)
    for small, large in ((30, 4_000), (2_000, 3_000), (0, 10)):
        a, b = _sparse(rng, small), _sparse(rng, large)
        expected = np.intersect1d(a, b, assume_unique=True)
        assert np.array_equal(ms.intersect_sorted(a, b), expected)  # searches
        assert np.array_equal(ms.intersect_sorted(b, a, SIZE), expected)  # bitmap when similar
