"""The data directory's crawl lock: ``<data_dir>/crawl.lock``, held with fcntl.flock.

The lock file says who holds it (pid and start time), so that a second crawl, scheduled or
manual, can exit with a sentence naming the first one. The kernel drops the lock when the
holder dies, even by kill -9, so a stale file never blocks a later run.
"""

from __future__ import annotations

import fcntl
import os
from datetime import datetime
from pathlib import Path

from crawler.errors import CrawlLocked

LOCK_FILENAME = "crawl.lock"


class CrawlLock:
    """Exclusive, non-blocking lock on a data directory, used as a context manager."""

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / LOCK_FILENAME
        self._handle = None

    def acquire(self) -> None:
        """Take the lock or raise CrawlLocked naming the holder."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            handle.seek(0)
            holder = handle.read().strip() or "pid unknown"
            handle.close()
            raise CrawlLocked(
                f"another crawl ({holder}) holds {self.path}; wait for it to finish or stop that"
                " process, then run again"
            ) from error
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, since {datetime.now().strftime('%H:%M')}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.seek(0)
            self._handle.truncate()
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> CrawlLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
