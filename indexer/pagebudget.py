"""A bound on the pages of read-only memory maps that one process keeps mapped.

Every page a process reads through a map stays in its RSS until unmapped, although the kernel
shares it with every other process through the page cache. A :class:`PageBudget` is told the
byte ranges reads are about to touch and keeps them in least-recently-used order; when they add
up to more than its limit, the oldest ranges are dropped from the process with
``MADV_DONTNEED``. On a read-only file map that unmaps the pages from this process only: the page
cache keeps them, and a later read maps them back with a minor fault (no disk read, no copy), so
arrays over the map stay valid. Ranges read often (a common word's postings) stay mapped.

Pages mapped without being told (lookups in the small term tables are not tracked, and the
kernel may map more of a fault's neighbours than :data:`WINDOW`) are dropped by a release of
whole maps each time the ranges dropped add up to :data:`FULL_RELEASE` limits.
"""

from __future__ import annotations

import mmap
import threading
from collections import OrderedDict

PAGE = mmap.PAGESIZE
# A fault on a file map also maps the cached pages around it, in aligned windows of the kernel's
# fault_around_bytes (64 KB by default): ranges are counted and dropped in whole windows.
WINDOW = max(PAGE, 64 << 10)
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

    def touch(self, mapped: mmap.mmap, start: int, nbytes: int) -> None:
        """Note that a read is about to touch ``nbytes`` of ``mapped`` from ``start``; first drop
        the least recently read ranges when keeping this one would pass the limit."""
        self.touch_many([(mapped, start, nbytes)])

    def touch_many(self, ranges: list[tuple[mmap.mmap, int, int]]) -> None:
        """:meth:`touch` of several ``(map, start, nbytes)`` ranges under one lock (a common
        word's read touches two ranges in each of dozens of segments)."""
        with self._lock:
            kept_now = []
            for mapped, start, nbytes in ranges:
                if nbytes <= 0:
                    continue
                first = start - start % WINDOW
                length = -(-(start + nbytes - first) // WINDOW) * WINDOW
                key = (id(mapped), first)
                kept = self._ranges.pop(key, None)
                if kept is not None:
                    self.resident -= kept[1]
                    length = max(length, kept[1])
                self._ranges[key] = (mapped, length)
                self.resident += length
                kept_now.append((key, mapped, length))
            if not kept_now:
                return
            dropped = []
            if self.resident > self.limit:
                while self.resident > self.limit * KEEP and len(self._ranges) > len(kept_now):
                    (_, at), (old, size) = self._ranges.popitem(last=False)
                    self.resident -= size
                    dropped.append((old, at, size))
            self._dropped += sum(size for _, _, size in dropped)
            whole = self._dropped > FULL_RELEASE * self.limit
            if whole:  # everything, the untracked pages too; this read's ranges are mapped again
                dropped = [(m, 0, 0) for m in self.maps]
                self._ranges.clear()
                for key, mapped, length in kept_now:
                    self._ranges[key] = (mapped, length)
                self.resident = sum(length for _, length in self._ranges.values())
                self._dropped = 0
            else:
                dropped = _coalesce(dropped)
            self.releases += len(dropped)
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
