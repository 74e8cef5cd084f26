"""Child processes for tests: Ctrl-C works in the child, and its process group dies with the test.

A background job in a non-interactive shell starts with SIGINT ignored, and an ignored signal
stays ignored across fork and exec: Python then keeps it ignored instead of installing its
KeyboardInterrupt handler, and a test that sends Ctrl-C to a child waits for nothing. So the
child puts the handler back itself before it imports anything (no ``preexec_fn``: it is unsafe
while the test's demo-site threads run). Each child gets its own process group, and
``running()`` kills that group on the way out, pass or fail, so no ``ina-archive schedule`` or
server outlives its test.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

RESET_SIGINT = "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "

# ``ina-archive`` run by this interpreter, with Ctrl-C raising KeyboardInterrupt as it does in
# a terminal, however the test run was started.
CLI = [sys.executable, "-c", RESET_SIGINT + "from web.cli import main; main()"]


def python_code(code: str) -> list[str]:
    """A ``python -c`` command line for ``code`` that first restores the default Ctrl-C."""
    return [sys.executable, "-c", RESET_SIGINT + code]


def start(command: Sequence[str], **kwargs) -> subprocess.Popen:
    """``subprocess.Popen`` in a new process group (Ctrl-C from the terminal stays with pytest)."""
    return subprocess.Popen(list(command), process_group=0, **kwargs)


def kill_group(process: subprocess.Popen, timeout: float = 10) -> None:
    """SIGKILL the child's process group (the child and anything it started) and reap it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is gone already
    process.wait(timeout=timeout)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@contextmanager
def running(command: Sequence[str], **kwargs) -> Iterator[subprocess.Popen]:
    """Start ``command`` with ``start()``; on exit kill its process group, pass or fail."""
    process = start(command, **kwargs)
    try:
        yield process
    finally:
        kill_group(process)
