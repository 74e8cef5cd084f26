"""Child processes of the reliability harnesses: the crawl and index command lines, starting and
SIGKILLing them.

Every child is remembered until it is killed and reaped, so ``reaping`` can kill the groups of
those left behind when a cycle fails midway.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from childproc import CLI, kill_group, start


def crawl_command(data_dir: Path, base_url: str, *extra: str, delay: str = "0") -> list[str]:
    """The crawl command line the harnesses run (and kill): a backfill of the demo site."""
    return [
        *CLI,
        "crawl",
        "--data-dir",
        str(data_dir),
        "--start",
        base_url + "/eng/",
        "--start",
        base_url + "/",
        "--delay",
        delay,
        "--backfill",
        "--allow-private-addresses",
        "--no-progress",
        *extra,
    ]


def index_command(data_dir: Path, rebuild: bool, *extra: str) -> list[str]:
    """The index command line the harnesses run (and kill)."""
    rebuilding = ["--rebuild"] if rebuild else []
    return [*CLI, "index", "--data-dir", str(data_dir), "--no-progress", *rebuilding, *extra]


# Children not yet killed and reaped: ``reaping`` kills their groups if a cycle fails midway.
_LIVE: set[subprocess.Popen] = set()


def spawn(command: list[str]) -> subprocess.Popen:
    # Not a pipe: nobody reads it while the process runs, and a full pipe would block it.
    process = start(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _LIVE.add(process)
    return process


@contextmanager
def reaping() -> Iterator[None]:
    """Kill the process group of every child still running at the end, pass or fail."""
    try:
        yield
    finally:
        while _LIVE:
            kill_group(_LIVE.pop())


def kill_now(process: subprocess.Popen) -> bool:
    """SIGKILL a process; False when it had already ended by itself."""
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    try:
        os.killpg(process.pid, signal.SIGKILL)  # anything it started goes with it
    except ProcessLookupError:
        pass
    process.wait(timeout=30)
    _LIVE.discard(process)
    return not finished


def forget(process: subprocess.Popen) -> None:
    """Stop tracking a child that ended by itself and was reaped."""
    _LIVE.discard(process)
