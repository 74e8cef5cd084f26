"""Files derived from a generation's Whoosh segments, written after each commit.

Whoosh stays the index format and the source of truth. What a query needs in a shape numpy can
read without Python loops (decoded postings, document columns) is derived from it once, at build
time, and memory-mapped by every web process instead of being decoded by each one. Each writer
is registered here and called after every commit; a reader that finds its file missing or stale
(an index built by an older version) falls back to reading Whoosh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

SidecarWriter = Callable[[Path], None]

# Each writer takes a generation directory, writes what is missing for its live segments and
# removes what belongs to segments that no longer exist (readers that still map a removed
# file keep their pages until they close it).
WRITERS: list[SidecarWriter] = []


def write_sidecars(gen_dir: Path) -> None:
    """Bring every derived file of a generation up to date with its segments."""
    for writer in WRITERS:
        writer(gen_dir)


from indexer import colfiles, colfiles_words, decoded_write  # noqa: E402, F401 - register writers
