"""Which data directory a reading command (search, stats) uses, and what to say when it has none.

``ina-archive demo`` keeps its archive in ``data/demo`` while the other commands default to
``data``; so a command whose ``--data-dir`` was left at its default, and finds no index there, uses
the demo's archive when there is one, and says so. A directory that was named on purpose is never
swapped for another one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click
from click.core import ParameterSource

from crawler.store import STORE_FILENAME
from indexer.errors import IndexDamaged, IndexMissing
from indexer.generations import current_name, index_root

DEFAULT_DATA_DIR = Path("data")
DEMO_DATA_DIR = Path("data/demo")


@dataclass(frozen=True, slots=True)
class Resolved:
    """The data directory to read, and a note for the user when it is not the one asked for."""

    path: Path
    note: str | None = None


def has_index(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds a live index generation."""
    return current_name(index_root(data_dir)) is not None


def resolve_data_dir(data_dir: Path, *, given: bool, demo_dir: Path = DEMO_DATA_DIR) -> Resolved:
    """The directory to read: ``data_dir``, or the demo's archive when ``data_dir`` was not given.

    Args:
        data_dir: the ``--data-dir`` value (its default when not given).
        given: whether the user chose it (on the command line or in the environment).
        demo_dir: where ``ina-archive demo`` keeps its archive by default.

    Returns:
        The directory and, when the demo's archive is used instead, a note saying so.
    """
    if given or has_index(data_dir) or data_dir == demo_dir or not has_index(demo_dir):
        return Resolved(data_dir)
    return Resolved(
        demo_dir,
        f"There is no archive in {data_dir}/; searching the demo's archive in {demo_dir}/ "
        "(pass --data-dir to choose).",
    )


def was_given(ctx: click.Context, name: str = "data_dir") -> bool:
    """Whether the user set the option ``name`` (flag or environment) rather than its default."""
    return ctx.get_parameter_source(name) not in (ParameterSource.DEFAULT, None)


def missing_archive_message(
    data_dir: Path, error: IndexMissing, demo_dir: Path = DEMO_DATA_DIR
) -> str:
    """What to do when ``data_dir`` has no index: a sentence that fits what is (not) there.

    A missing directory is not an archive waiting to be indexed: the user most likely mistyped
    it or has not crawled yet; a directory with a release store only needs ``index``.
    """
    if isinstance(error, IndexDamaged):
        return str(error)
    demo_hint = (
        f" The demo's archive is in {demo_dir}: pass --data-dir {demo_dir}."
        if has_index(demo_dir) and data_dir != demo_dir
        else ""
    )
    if not data_dir.exists():
        return (
            f"There is no data directory {data_dir}. Pass --data-dir with the directory you "
            f"crawled into, or build an archive there first with `ina-archive crawl --data-dir "
            f"{data_dir}` and then `ina-archive index --data-dir {data_dir}`.{demo_hint}"
        )
    if not (data_dir / STORE_FILENAME).exists():
        return (
            f"There is no archive in {data_dir}: it has no release store and no index. Pass "
            f"--data-dir with the directory you crawled into, or crawl into this one with "
            f"`ina-archive crawl --data-dir {data_dir}` and then `ina-archive index --data-dir "
            f"{data_dir}`.{demo_hint}"
        )
    return f"{error}{demo_hint}"
