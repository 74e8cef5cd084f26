"""One open generation of the index: a long-lived Whoosh searcher plus what is derived from it.

The numpy columns and the stem map are read once when the snapshot opens (memory-mapped from
the files the build writes beside the segments, or derived from Whoosh when they are missing)
and reused by every query until the index changes on disk. Whoosh calls go through ``lock`` so
one snapshot can serve many threads.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from whoosh import index as whoosh_index

from indexer import colfiles, colread, generations
from indexer.colfiles_words import WordFiles
from indexer.columns import Columns
from indexer.errors import IndexDamaged, IndexMissing
from indexer.mapped import MappedStorage
from indexer.query import StemMap
from indexer.termcache import PostingsCache

log = logging.getLogger(__name__)


class Snapshot:
    """An open searcher over one generation, with its columns and stem map."""

    def __init__(self, data_dir: Path) -> None:
        root = generations.index_root(data_dir)
        name = generations.current_name(root)
        if name is None:
            raise IndexMissing(data_dir)
        started = time.monotonic()
        self.name = name
        self.path = root / name
        try:
            # Memory-mapped without private copies: processes share the pages they read.
            self.index = MappedStorage(str(self.path)).open_index()
        except (whoosh_index.EmptyIndexError, OSError) as error:
            raise IndexMissing(data_dir) from error
        except Exception as error:  # a damaged table of contents
            raise IndexDamaged(data_dir, name, error) from error
        try:
            self.searcher = self.index.searcher()
            self.reader = self.searcher.reader()
            self.schema = self.searcher.schema  # read once: the TOC may be deleted by a rebuild
            self.toc_generation = self.index.latest_generation()
            # The build's column files when they fit these segments; Whoosh's columns otherwise.
            alive = colread.alive_mask(self.reader, self.reader.doc_count_all())
            found = colfiles.load_columns(self.reader, self.path, alive)
            self.columns = found if found is not None else Columns.load(self.reader)
            self.words = WordFiles.open(self.reader, self.path)  # None: Whoosh's term lists
            self.stems = StemMap(self.reader, self.words)
        except Exception as error:
            if getattr(self, "searcher", None) is not None:
                self.searcher.close()
            if isinstance(error, OSError):  # a rebuild removed the generation meanwhile
                raise IndexMissing(data_dir) from error
            raise IndexDamaged(data_dir, name, error) from error  # damaged segment files
        self.state = generations.read_state(self.path)
        self.lock = threading.RLock()
        self.postings = PostingsCache(self.reader, self.lock, folder=self.path)
        self.opened_in = time.monotonic() - started
        log.info("opened index %s (%s docs) in %.2f s", name, self.columns.size, self.opened_in)

    def is_current(self, data_dir: Path) -> bool:
        """Whether this snapshot still shows what is on disk (same generation, same commit)."""
        root = generations.index_root(data_dir)
        if generations.current_name(root) != self.name:
            return False
        try:
            return self.index.latest_generation() == self.toc_generation
        except OSError:
            return False

    def size_bytes(self) -> int:
        """Bytes used on disk by this generation."""
        return sum(p.stat().st_size for p in self.path.iterdir() if p.is_file())

    def close(self) -> None:
        """Close the searcher."""
        self.searcher.close()
