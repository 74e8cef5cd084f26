"""A batch of touches keeps the same ranges as the touches one by one, and drops older ones."""

from __future__ import annotations

import mmap

from indexer.pagebudget import WINDOW, PageBudget


def _mapped(tmp_path, name: str, windows: int) -> mmap.mmap:
    path = tmp_path / name
    path.write_bytes(b"\x01" * (windows * WINDOW))
    with open(path, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def test_touch_many_keeps_what_single_touches_keep(tmp_path) -> None:
    mapped = _mapped(tmp_path, "a", 16)
    ranges = [(mapped, 3 * WINDOW + 5, 100), (mapped, 0, 2 * WINDOW), (mapped, 3 * WINDOW, 10)]
    one, many = PageBudget(64 * WINDOW), PageBudget(64 * WINDOW)
    for mapped_range in ranges:
        one.touch(*mapped_range)
    many.touch_many(ranges)
    many.touch_many([(mapped, 0, 0)])  # nothing to touch: nothing changes
    assert many.resident == one.resident == 3 * WINDOW
    assert list(many._ranges) == list(one._ranges)
    assert many.releases == one.releases == 0


def test_touch_many_drops_the_oldest_ranges_past_the_limit(tmp_path) -> None:
    mapped = _mapped(tmp_path, "b", 16)
    budget = PageBudget(4 * WINDOW)
    budget.touch_many([(mapped, i * WINDOW, WINDOW) for i in range(4)])
    assert budget.resident == 4 * WINDOW and budget.releases == 0
    budget.settle()  # that read is over: its ranges may go (within the limit, they stay)
    assert budget.resident == 4 * WINDOW and budget.releases == 0
    budget.touch_many([(mapped, 8 * WINDOW, WINDOW), (mapped, 9 * WINDOW, WINDOW)])
    assert budget.resident <= 4 * WINDOW and budget.releases >= 1
    kept = {at for _, at in budget._ranges}
    assert {8 * WINDOW, 9 * WINDOW} <= kept and 0 not in kept  # the batch stays, the oldest goes
