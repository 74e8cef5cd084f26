"""The scale bench's record of a build's CPU seconds (its own and its finished children's)."""

from __future__ import annotations

import multiprocessing
import time

from bench.machine_time import machine_time


def _burn(seconds: float) -> None:
    """Use ``seconds`` of CPU (by the process's own clock, whatever the machine's speed)."""
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass


def test_a_finished_child_process_counts_toward_the_cpu_seconds() -> None:
    figures: dict[str, float] = {}
    with machine_time(figures):
        child = multiprocessing.get_context("spawn").Process(target=_burn, args=(0.3,))
        child.start()
        child.join()
    assert child.exitcode == 0
    assert figures["cpu_seconds"] >= 0.3
    assert figures.get("steal_seconds", 0) >= 0


def test_nothing_is_recorded_when_the_build_fails() -> None:
    figures: dict[str, float] = {}
    try:
        with machine_time(figures):
            raise RuntimeError("the build failed")
    except RuntimeError:
        pass
    assert figures == {}
