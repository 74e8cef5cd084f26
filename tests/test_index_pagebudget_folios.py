"""What the page budget counts bounds what the kernel maps.

A fault on a file map maps the whole cached folio around the page, and a file written in large
pieces (as the build writes the decoded postings) is cached in folios of up to 2 MB: counting
only the bytes read let one-byte reads map 2 MB each. These tests read the process's own
/proc/self/smaps, so they check the kernel's side as well as the budget's arithmetic.
"""

from __future__ import annotations

import mmap
import threading
from pathlib import Path

import numpy as np
from decoded_helpers import write_every_doc_file
from smaps_helpers import resident_kb

from indexer.decoded import DecodedSegment, term_hash, term_key
from indexer.pagebudget import WINDOW, PageBudget

SIZE = 24 * WINDOW  # 48 MB with 2 MB windows


def _written_in_large_pieces(path: Path) -> mmap.mmap:
    """A file written 8 MB at a time (large cached folios where the kernel uses them), mapped."""
    piece = np.arange(8 << 20, dtype=np.uint8).tobytes()
    with open(path, "wb") as out:
        for _ in range(SIZE // len(piece)):
            out.write(piece)
    with open(path, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def test_scattered_small_reads_stay_within_the_limit(tmp_path) -> None:
    path = tmp_path / "large.bin"
    mapped = _written_in_large_pieces(path)
    budget = PageBudget(4 * WINDOW)
    budget.add(mapped)
    for at in range(WINDOW // 3, SIZE, 5 * WINDOW // 3):  # one byte in most windows
        budget.touch(mapped, at, 1)
        assert mapped[at] == at % 256
        budget.settle()
        assert budget.resident <= budget.limit
        assert 0 < resident_kb(path) <= budget.limit // 1024
    assert budget.releases > 0
    budget.remove(mapped)
    mapped.close()


def test_a_read_past_the_limit_is_dropped_once_copied(tmp_path) -> None:
    path = tmp_path / "large.bin"
    mapped = _written_in_large_pieces(path)
    budget = PageBudget(2 * WINDOW)
    budget.add(mapped)
    budget.touch_many([(mapped, 0, 6 * WINDOW)])  # one read of six windows
    assert budget.resident == 6 * WINDOW and budget.releases == 0  # kept while it reads
    copied = np.frombuffer(mapped, dtype=np.uint8, count=6 * WINDOW).copy()
    assert resident_kb(path) >= 6 * WINDOW // 1024
    budget.settle()
    assert budget.resident <= 2 * WINDOW
    assert resident_kb(path) <= 2 * WINDOW // 1024  # the newest windows only
    assert copied[-1] == (6 * WINDOW - 1) % 256
    budget.remove(mapped)
    mapped.close()


def test_windows_are_counted_once_however_often_read(tmp_path) -> None:
    path = tmp_path / "large.bin"
    mapped = _written_in_large_pieces(path)
    budget = PageBudget(64 * WINDOW)
    budget.touch_many([(mapped, WINDOW - 10, 20), (mapped, WINDOW + 5, 3 * WINDOW)])
    assert budget.resident == 5 * WINDOW  # windows 0 to 4, window 1 once
    budget.touch(mapped, 2 * WINDOW + 7, 9)
    assert budget.resident == 5 * WINDOW
    budget.settle()  # within the limit: nothing goes
    assert budget.releases == 0
    mapped.close()


def test_a_segment_keeps_nothing_mapped_for_its_term_tables(tmp_path) -> None:
    path = tmp_path / "seg.decoded"
    keys = [term_key("body", f"w{i}".encode()) for i in range(50)]
    write_every_doc_file(path, keys, 100, rare_hashes=np.arange(1000, dtype=np.uint64))
    segment = DecodedSegment(path, "seg", 100, PageBudget(64 * WINDOW))
    assert resident_kb(path) == 0  # the table of contents and the tables were read, then dropped
    rows = [segment.row(k, term_hash(k)) for k in keys]
    assert sorted(rows) == list(range(len(keys)))
    assert segment.row(b"body\x00absent", 999) < 0
    assert resident_kb(path) == 0  # lookups read the tables' private copies
    ids, _, _ = segment.postings(rows[0])
    assert ids.tolist() == list(range(100)) and resident_kb(path) > 0
    segment.close()


def test_a_read_under_way_in_another_thread_keeps_its_windows(tmp_path) -> None:
    path = tmp_path / "large.bin"
    mapped = _written_in_large_pieces(path)
    budget = PageBudget(2 * WINDOW)
    budget.add(mapped)
    touched, finish, seen = threading.Event(), threading.Event(), []

    def slow_read() -> None:  # touches four windows, then reads them once the others are done
        budget.touch_many([(mapped, 0, 4 * WINDOW)])
        mapped[0]
        touched.set()
        finish.wait(timeout=60)
        seen.append(bytes(mapped[WINDOW * i] for i in range(4)))
        budget.settle()

    reader = threading.Thread(target=slow_read)
    reader.start()
    assert touched.wait(timeout=60)
    for i in range(8, 20):  # reads of this thread, past the limit, while the other is under way
        budget.touch(mapped, i * WINDOW, 1)
        mapped[i * WINDOW]
        budget.settle()
    kept = {at for _, at in budget._ranges}
    assert {0, WINDOW, 2 * WINDOW, 3 * WINDOW} <= kept  # not dropped under the other read
    assert budget.releases > 0 and len(budget.maps) == 1
    finish.set()
    reader.join(timeout=60)
    assert seen == [bytes([0, 0, 0, 0])]
    assert budget.resident <= budget.limit  # its settle let its windows go
    assert resident_kb(path) <= budget.resident // 1024  # nothing mapped uncounted
    budget.remove(mapped)
    mapped.close()
