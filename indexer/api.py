"""The Python query API: :class:`Archive` over a data directory's index.

Example::

    from indexer import Archive
    archive = Archive("data")
    result = archive.search("oil ministry", language="en", date_from="2021-01-01", sort="newest")
    for hit in result.hits:
        print(hit.key, hit.release.title, hit.snippet)
    print(result.facets["author"][:5], result.histogram)
"""

from __future__ import annotations

import gc
import logging
import threading
import weakref
from pathlib import Path

from indexer.history import HistoryMixin
from indexer.records_api import RecordsMixin
from indexer.search_api import FACET_LIMIT, FILTER_ARGUMENTS, MAX_PER_PAGE, SORTS, SearchMixin
from indexer.snapshot import Snapshot

log = logging.getLogger(__name__)
_MAX_COLLECTIONS = 50  # refreshes that try to free replaced snapshots before giving up

# The search's limits stay importable from here.
__all__ = ["FACET_LIMIT", "FILTER_ARGUMENTS", "MAX_PER_PAGE", "SORTS", "Archive"]


class Archive(SearchMixin, RecordsMixin, HistoryMixin):
    """Search, fetch and export releases from the index in ``data_dir``.

    Cheap to create; the index opens on first use and stays open (one searcher per process,
    safe for concurrent searches). Call :meth:`refresh` to pick up a newer index.

    Args:
        data_dir: the data directory given to ``update_index``.

    Raises:
        IndexMissing: from any method, while there is no index yet.
    """

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self._snapshot: Snapshot | None = None
        self._open_lock = threading.Lock()
        self._retired: list[weakref.ref[Snapshot]] = []
        self._collections = 0

    # -- lifecycle -------------------------------------------------------------------------

    def _snap(self) -> Snapshot:
        """The open snapshot, opening it on first use."""
        snap = self._snapshot
        if snap is None:
            with self._open_lock:
                if self._snapshot is None:
                    self._snapshot = Snapshot(self.data_dir)
                snap = self._snapshot
        return snap

    @property
    def generation(self) -> str:
        """Name of the index generation being served (e.g. "gen-000003")."""
        return self._snap().name

    def refresh(self) -> bool:
        """Reopen the index if it changed on disk; returns True when it did.

        Raises:
            IndexMissing: when there is no index.
        """
        with self._open_lock:
            current = self._snapshot
            if current is not None and current.is_current(self.data_dir):
                self._let_go_of_retired()
                return False
            self._snapshot = Snapshot(self.data_dir)
            if current is None:
                return False
            self._retired.append(weakref.ref(current))
            del current  # this frame's reference must not keep it alive
            self._let_go_of_retired()
            return True

    def _let_go_of_retired(self) -> None:
        """Free the snapshots a refresh replaced once no search uses them any more.

        An old snapshot is not closed at once (a search may still be reading it); its memory maps
        hold their files open, deleted ones included, until the snapshot is collected, and
        Whoosh's reader objects form reference cycles only the cyclic collector frees.
        """
        if not self._retired:
            return
        gc.collect()
        self._retired = [ref for ref in self._retired if ref() is not None]
        self._collections += 1
        if self._retired and self._collections > _MAX_COLLECTIONS:
            log.warning("%d replaced index snapshots are still in use", len(self._retired))
            self._retired = []  # something holds them: collecting on every refresh won't help
        if not self._retired:
            self._collections = 0

    def close(self) -> None:
        """Close the open searcher, if any."""
        with self._open_lock:
            if self._snapshot is not None:
                self._snapshot.close()
                self._snapshot = None
