"""The index writer lock: one writer per data directory, across processes.

An ``fcntl`` lock on ``<data_dir>/index.lock``; the holder writes its pid and start time into
the file so that a waiting writer can say who holds it. The kernel releases the lock when the
holder dies, even by kill -9, so a crash never leaves the index locked.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from datetime import UTC, datetime
from pathlib import Path

from indexer.errors import IndexLocked

log = logging.getLogger(__name__)
LOCK_FILENAME = "index.lock"


class WriterLock:
    """Context manager holding the writer lock of a data directory.

    Args:
        data_dir: the data directory.
        timeout: seconds to wait for another writer to finish.

    Raises:
        IndexLocked: when the lock is still held after ``timeout`` seconds.
    """

    def __init__(self, data_dir: Path, timeout: float = 30.0) -> None:
        self.path = Path(data_dir) / LOCK_FILENAME
        self.timeout = timeout
        self._file = None

    def __enter__(self) -> WriterLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until __exit__
        deadline = time.monotonic() + max(self.timeout, 0.0)
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    pid, since = _read_holder(self.path)
                    handle.close()
                    raise IndexLocked(self.path, pid, since, self.timeout) from None
                time.sleep(0.05)
        handle.seek(0)
        handle.truncate()
        since = datetime.now(UTC).isoformat(timespec="seconds")
        handle.write(json.dumps({"pid": os.getpid(), "since": since}))
        handle.flush()
        self._file = handle
        log.debug("index lock %s taken by pid %s", self.path, os.getpid())
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None


def _read_holder(path: Path) -> tuple[int | None, str | None]:
    """The pid and start time the current holder wrote, if readable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return None, None
    return data.get("pid"), data.get("since")
