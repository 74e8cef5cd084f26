"""One long-lived, read-only ``Archive`` per process, refreshed when the index changes.

Opening a Whoosh searcher at 100k releases costs ~0.2 s and warming it ~1 s, so the app keeps
one ``indexer.Archive`` for the life of the process (in ``app.extensions``) and asks it to
``refresh()`` at most every ``REFRESH_INTERVAL`` seconds; the indexer swaps its searcher only when
a new index generation has been published. Requests reach it through :func:`current_archive`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import current_app, g

from indexer.errors import IndexMissing
from web.errors import ArchiveUnavailable

log = logging.getLogger(__name__)

EXTENSION_KEY = "ina_archive"


def _open_archive(data_dir: Path) -> Any:
    """Open the indexer's Archive (imported late so that the web package imports without it)."""
    from indexer import Archive

    return Archive(data_dir)


class ArchiveHandle:
    """Lazily opens the archive; checks for a new index generation in the background.

    The first request opens the archive (and waits for it). After that no request waits for a
    refresh: when ``interval`` has passed, one request starts a background thread that calls
    ``archive.refresh()`` (which builds the new searcher before swapping it in) and carries on
    with the index that is open.
    """

    def __init__(
        self,
        data_dir: Path | str,
        *,
        interval: float = 2.0,
        opener: Callable[[Path], Any] = _open_archive,
        archive: Any = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.interval = interval
        self._opener = opener
        self._archive = archive
        self._checked = time.monotonic()
        self._lock = threading.Lock()
        self._refreshing: threading.Thread | None = None

    def get(self) -> Any:
        """The archive, opened on first use; a refresh is started when one is due.

        Raises:
            ArchiveUnavailable: there is no index yet (the page tells how to build one).
        """
        archive = self._archive
        if archive is None:
            with self._lock:
                if self._archive is None:
                    self._archive = self._open()
                    self._checked = time.monotonic()
                return self._archive
        if time.monotonic() - self._checked >= self.interval:
            self._start_refresh()
        return archive

    def wait_refreshed(self, timeout: float = 30) -> None:
        """Wait for a running background refresh (for tests and benchmarks)."""
        thread = self._refreshing
        if thread is not None:
            thread.join(timeout)

    def _start_refresh(self) -> None:
        """Start one background refresh unless one is running."""
        with self._lock:
            if self._refreshing is not None and self._refreshing.is_alive():
                return
            self._checked = time.monotonic()
            self._refreshing = threading.Thread(
                target=self._refresh, name="ina-archive-refresh", daemon=True
            )
            self._refreshing.start()

    def _open(self) -> Any:
        """Open the archive, turning a missing index into a helpful 503."""
        try:
            archive = self._opener(self.data_dir)
        except IndexMissing as error:
            raise _unavailable(self.data_dir, error) from None
        log.info("opened the archive in %s", self.data_dir)
        return archive

    def _refresh(self) -> None:
        """Ask the archive to pick up a new index generation; keep serving the old one on error."""
        archive = self._archive
        try:
            changed = archive.refresh()
        except IndexMissing:
            log.debug("still no index in %s", self.data_dir)
            return
        except Exception:
            log.exception(
                "could not refresh the archive in %s; serving the open index", self.data_dir
            )
            return
        if changed:
            log.info("picked up index generation %s", getattr(archive, "generation", "?"))


def _unavailable(data_dir: Path, error: Exception) -> ArchiveUnavailable:
    """The 503 for an archive without an index."""
    return ArchiveUnavailable(
        "The archive has no search index yet.",
        hint=f"Build it with: ina-archive index --data-dir {data_dir}",
    )


def current_archive() -> Any:
    """The request's archive (the process's long-lived one, refreshed if due)."""
    if "archive" not in g:
        g.archive = current_app.extensions[EXTENSION_KEY].get()
    return g.archive
