"""Safe ways into the crawler's files from the web: its SQLite state read-only, bare WARC names.

The web reads what the crawler wrote and never writes: the databases are opened without
creating any file beside them, and a WARC file name taken from a database row is only used when
it is a plain name inside ``<data_dir>/warc/`` (a tampered row cannot point elsewhere).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads a crawler database without creating any file next to it.

    A WAL database opened with ``mode=ro`` creates its ``-wal`` and ``-shm`` files when they are
    missing (no crawler has it open); then ``immutable=1`` reads the main file alone instead.
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"


def plain_warc_name(name: object) -> bool:
    """True if ``name`` is a bare WARC file name: no directory part, no ``..``, no NUL."""
    return (
        isinstance(name, str)
        and bool(name)
        and not any(bad in name for bad in ("/", "\\", "..", "\0"))
        and name.endswith((".warc.gz", ".warc"))
    )
