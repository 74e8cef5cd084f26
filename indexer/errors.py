"""Errors of the indexer package; every message is a sentence a user can act on."""

from __future__ import annotations

from pathlib import Path


class IndexerError(Exception):
    """Base class of everything the indexer raises on purpose."""


class IndexMissing(IndexerError):
    """There is no index in the data directory yet."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        super().__init__(
            f"There is no index in {self.data_dir}; "
            f"run `ina-archive index --data-dir {self.data_dir}` first."
        )


class IndexDamaged(IndexMissing):
    """The live index generation exists but cannot be read (damaged or foreign files)."""

    def __init__(self, data_dir: Path | str, generation: str, reason: object) -> None:
        self.data_dir = Path(data_dir)
        self.generation = generation
        IndexerError.__init__(
            self,
            f"The index generation {generation} in {self.data_dir} cannot be read ({reason}); "
            f"rebuild it from the release store with `ina-archive index --rebuild --data-dir "
            f"{self.data_dir}`.",
        )


class IndexLocked(IndexerError):
    """Another process holds the index writer lock."""

    def __init__(
        self, lock_path: Path, holder_pid: int | None, since: str | None, waited: float
    ) -> None:
        self.lock_path = lock_path
        self.holder_pid = holder_pid
        self.since = since
        who = f"pid {holder_pid}" if holder_pid else "another process"
        when = f" since {since}" if since else ""
        super().__init__(
            f"The index is locked by {who}{when} (waited {waited:g} s for {lock_path}); "
            "retry when it has finished, or pass a longer --wait."
        )


class QueryError(IndexerError, ValueError):
    """A search parameter is invalid (bad date, page below 1, unknown sort...)."""


class StoreMissing(IndexerError):
    """The data directory has no release store to index."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        super().__init__(
            f"There is no release store in {self.data_dir}; "
            "crawl or import releases into it first, or check --data-dir."
        )


class StoreUnreadable(IndexerError):
    """The release store exists but SQLite cannot read it (damaged, or not a database)."""

    def __init__(self, data_dir: Path | str, reason: object) -> None:
        self.data_dir = Path(data_dir)
        super().__init__(
            f"The release store in {self.data_dir} cannot be read ({reason}); the index was left"
            " as it was. Restore releases.sqlite from a backup, or rebuild it from the WARC"
            f" files with `ina-archive reparse --data-dir {self.data_dir}`."
        )


class BuildFailed(IndexerError):
    """A process of a parallel rebuild failed; the live index was not replaced."""

    def __init__(self, reason: object) -> None:
        super().__init__(
            f"An index build process failed ({reason}); the index in use was left as it was."
            " Run the rebuild again; if it fails the same way, check the release store and the"
            " free disk space of the data directory."
        )
