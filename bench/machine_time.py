"""The CPU a piece of work used, and the CPU the hypervisor gave to others meanwhile.

A benchmark's wall-clock rate moves with the machine (the same build code measured 2,339 and
3,132 releases/s on different days); the CPU seconds of the work and the machine's steal time,
recorded beside it, tell a slower machine apart from slower code.
"""

from __future__ import annotations

import contextlib
import os
import resource
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def machine_time(into: dict[str, float]) -> Iterator[None]:
    """Record the CPU seconds of this process and its finished children while the block runs,
    and the seconds the hypervisor gave the machine's CPUs to others ("steal"): a build rate
    that moves between runs of the same code can then be told apart from slower code."""
    before_cpu, before_steal = _cpu_seconds(), _steal_seconds()
    yield
    into["cpu_seconds"] = round(_cpu_seconds() - before_cpu, 1)
    if before_steal is not None and (after := _steal_seconds()) is not None:
        into["steal_seconds"] = round(after - before_steal, 1)


def _cpu_seconds() -> float:
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _steal_seconds() -> float | None:
    """All CPUs' steal time so far (Linux /proc/stat; None elsewhere)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None
