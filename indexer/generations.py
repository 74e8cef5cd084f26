"""Index generations on disk: ``<data_dir>/index/gen-NNNNNN/`` plus a ``CURRENT`` pointer.

A rebuild writes a new generation beside the live one and swaps ``CURRENT`` with os.replace, so
a reader sees either the old index or the new one, never a half-built one. Each generation keeps
its own ``state.json`` (the last store sequence number it holds), written after each commit.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
INDEX_DIRNAME = "index"
POINTER = "CURRENT"
STATE = "state.json"
PREFIX = "gen-"


def index_root(data_dir: Path | str) -> Path:
    """The directory holding the generations of a data directory's index."""
    return Path(data_dir) / INDEX_DIRNAME


def current_name(root: Path) -> str | None:
    """The name of the live generation, or None when there is no index yet."""
    try:
        name = (root / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    if not name or not (root / name / STATE).exists():
        return None
    return name


def next_dir(root: Path) -> Path:
    """A fresh, empty directory for the next generation (a leftover of a killed build is wiped)."""
    root.mkdir(parents=True, exist_ok=True)
    numbers = [
        int(p.name[len(PREFIX) :])
        for p in root.glob(f"{PREFIX}*")
        if p.name[len(PREFIX) :].isdigit()
    ]
    path = root / f"{PREFIX}{max(numbers, default=0) + 1:06d}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()
    return path


def set_current(root: Path, name: str) -> None:
    """Point ``CURRENT`` at a generation, atomically."""
    tmp = root / f"{POINTER}.tmp"
    tmp.write_text(name + "\n", encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, root / POINTER)


def remove_others(root: Path, keep: str) -> None:
    """Delete every generation but ``keep`` (open readers on Linux keep their files)."""
    for path in root.glob(f"{PREFIX}*"):
        if path.name != keep and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
            log.info("removed old index generation %s", path.name)


def read_state(gen_dir: Path) -> dict[str, Any]:
    """A generation's state (``seq``, ``updated``...), or an empty state."""
    try:
        return json.loads((gen_dir / STATE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"seq": 0}


def write_state(gen_dir: Path, seq: int, **extra: Any) -> None:
    """Record, atomically, that a generation holds the store up to ``seq``."""
    state = {"seq": seq, "updated": datetime.now(UTC).isoformat(timespec="seconds"), **extra}
    tmp = gen_dir / f"{STATE}.tmp"
    tmp.write_text(json.dumps(state), encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, gen_dir / STATE)


def _fsync(path: Path) -> None:
    """Flush a small file to disk before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
