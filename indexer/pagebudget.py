"""A bound on the pages of read-only memory maps that one process keeps mapped.

Every page a process reads through a map stays in its RSS until unmapped, although the kernel
shares it with every other process through the page cache. A :class:`PageBudget` is told the
byte ranges reads are about to touch and keeps them in least-recently-used order; when they add
up to more than its limit, the oldest ranges are dropped from the process with
``MADV_DONTNEED``. On a read-only file map that unmaps the pages from this process only: the page
cache keeps them, and a later read maps them back with a minor fault (no disk read, no copy), so
arrays over the map stay valid. Ranges read often (a common word's postings) stay mapped.

What one fault maps is the kernel's choice, not the read's: the whole page-cache folio around
the faulting page (Linux 6.18 here), and a file written in large pieces (the build's) or read
ahead is cached in folios of up to 2 MB. One-byte reads of a decoded-postings file the build
had written mapped 16 to 2,048 KB each; of a copy made by ``cp`` (small folios), 64 KB. Ranges
are therefore counted and dropped in aligned :data:`WINDOW` s of the largest folio, so that what
the budget counts bounds what the kernel maps; and a read settles the budget
(:meth:`PageBudget.settle`) once it has copied what it needs, so that its own ranges count
against the limit too. Until then, the windows a read under way has touched (in any thread) are
never dropped: it still holds views of them, which would be mapped again without being counted.

Pages mapped without being told (a table of contents read at open) are dropped by a release
of whole maps each time the ranges dropped add up to :data:`FULL_RELEASE` limits.
"""

from __future__ import annotations

import mmap
import threading
from collections import OrderedDict

PAGE = mmap.PAGESIZE
# A fault maps the whole cached folio around it (up to the 2 MB of a huge page on x86-64; before
# large folios, the kernel's fault_around_bytes, 64 KB): ranges are counted in whole windows.
WINDOW = max(PAGE, 2 << 20)
FULL_RELEASE = 8  # limits' worth of ranges dropped before every page of every map is dropped
KEEP = 0.75  # past the limit, ranges are dropped down to this share of it: fewer, larger drops


def release_pages(mapped: mmap.mmap, start: int = 0, length: int = 0) -> None:
    """Unmap a read-only map's pages (from ``start``, page-aligned; ``length`` 0: to the end)
    from this process; they stay in the page cache."""
    try:
        if length:
            mapped.madvise(mmap.MADV_DONTNEED, start, length)
        else:
            mapped.madvise(mmap.MADV_DONTNEED)
    except (ValueError, OSError, AttributeError):
        pass  # closed meanwhile, or a system without madvise: the pages merely stay mapped


class PageBudget:
    """The byte ranges of a set of maps read since they were last dropped, bounded in bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.resident = 0  # bytes of the ranges kept (whole windows)
        self.releases = 0  # ranges or whole maps dropped (tests and benchmarks read it)
        self.maps: list[mmap.mmap] = []
        self._ranges: OrderedDict[tuple[int, int], tuple[mmap.mmap, int]] = OrderedDict()
        self._dropped = 0  # bytes of ranges dropped since the last release of whole maps
        # Windows each thread's read under way has touched (until it settles): never dropped,
        # since the read still holds views of them that would be mapped again uncounted.
        self._reading: dict[int, set[tuple[int, int]]] = {}
        self._lock = threading.Lock()

    def add(self, mapped: mmap.mmap) -> None:
        """Track a map (released whole now and then)."""
        with self._lock:
            self.maps.append(mapped)

    def remove(self, mapped: mmap.mmap) -> None:
        """Stop tracking a map about to be closed."""
        with self._lock:
            self.maps = [m for m in self.maps if m is not mapped]
            for key in [k for k, (m, _) in self._ranges.items() if m is mapped]:
                self.resident -= self._ranges.pop(key)[1]
            for keys in self._reading.values():
                keys.difference_update([k for k in keys if k[0] == id(mapped)])

    def touch(self, mapped: mmap.mmap, start: int, nbytes: int) -> None:
        """Note that this thread's read is about to touch ``nbytes`` of ``mapped`` from
        ``start``; drop the least recently read ranges no read under way holds when keeping this
        one would pass the limit. The read ends with :meth:`settle`."""
        self.touch_many([(mapped, start, nbytes)])

    def touch_many(self, ranges: list[tuple[mmap.mmap, int, int]]) -> None:
        """:meth:`touch` of several ``(map, start, nbytes)`` ranges under one lock (a common
        word's read touches two ranges in each of dozens of segments)."""
        with self._lock:
            reading = self._reading.setdefault(threading.get_ident(), set())
            for mapped, start, nbytes in ranges:
                if nbytes <= 0:
                    continue
                for first in range(start - start % WINDOW, start + nbytes, WINDOW):
                    key = (id(mapped), first)
                    if self._ranges.pop(key, None) is None:
                        self.resident += WINDOW
                    self._ranges[key] = (mapped, WINDOW)  # the most recently read, last
                    reading.add(key)
            dropped = self._drop_oldest()
        self._release(dropped)

    def settle(self) -> None:
        """End this thread's read (it has copied what it needs from the maps): drop the least
        recently read ranges, its own included, while they add up to more than the limit."""
        with self._lock:
            self._reading.pop(threading.get_ident(), None)
            dropped = self._drop_oldest()
        self._release(dropped)

    def _drop_oldest(self) -> list[tuple[mmap.mmap, int, int]]:
        """Forget the oldest ranges no read under way holds, down to :data:`KEEP` of the limit
        once past it; the ranges to release, or every map's whole when it is time and no read is
        under way (hold the lock)."""
        dropped = []
        if self.resident > self.limit:
            held = set().union(*self._reading.values())
            for key in [k for k in self._ranges if k not in held]:  # oldest first
                if self.resident <= self.limit * KEEP:
                    break
                old, size = self._ranges.pop(key)
                self.resident -= size
                dropped.append((old, key[1], size))
        self._dropped += sum(size for _, _, size in dropped)
        if self._reading or self._dropped <= FULL_RELEASE * self.limit:
            dropped = _coalesce(dropped)
        else:  # everything, the untracked pages too
            self._ranges.clear()
            self.resident = self._dropped = 0
            dropped = [(m, 0, 0) for m in self.maps]
        self.releases += len(dropped)
        return dropped

    @staticmethod
    def _release(dropped: list[tuple[mmap.mmap, int, int]]) -> None:
        """Unmap the ranges (outside the lock: ``madvise`` may take a while)."""
        for old, at, size in dropped:
            release_pages(old, at, size)


def _coalesce(ranges: list[tuple[mmap.mmap, int, int]]) -> list[tuple[mmap.mmap, int, int]]:
    """The ranges, adjacent or overlapping ones of a map merged: one ``madvise`` each."""
    out: list[tuple[mmap.mmap, int, int]] = []
    for mapped, at, size in sorted(ranges, key=lambda r: (id(r[0]), r[1])):
        if out and out[-1][0] is mapped and at <= out[-1][1] + out[-1][2]:
            last = out[-1]
            out[-1] = (mapped, last[1], max(last[2], at + size - last[1]))
        else:
            out.append((mapped, at, size))
    return out
