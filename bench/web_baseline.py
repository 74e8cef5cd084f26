"""The baseline side of ``bench.web_bench``: an older commit's project, and its own index.

``export_tree`` puts the project at a commit in a temporary directory. ``build_baseline_index``
indexes a copy of the same release store with that commit's own indexer, so that the baseline
searches the index its code would have built (its segments, its merges), not today's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = "import sys; from indexer import update_index; update_index(sys.argv[1], rebuild=True)"


def export_tree(commit: str, only: str = "web") -> Path:
    """The project at ``commit`` in a temporary directory (made once per commit).

    With ``only`` (a top-level directory, e.g. ``web``), just that directory comes from the commit
    and the others are the current ones (symbolic links): the old page over today's search.
    The commit before issue 13's interface work does not run whole (its ``indexer/api.py``
    already calls a ``Columns.histogram`` that its ``columns.py`` does not have yet).
    """
    sha = subprocess.run(
        ["git", "rev-parse", "--verify", f"{commit}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    tree = Path(tempfile.gettempdir()) / f"ina-archive-at-{sha[:12]}-{only or 'all'}"
    if not (tree / "web" / "app.py").exists():
        tree.mkdir(parents=True, exist_ok=True)
        paths = [only] if only else []
        archive = subprocess.run(
            ["git", "archive", "--format=tar", sha, *paths],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        if only:
            for package in ("crawler", "indexer", "web"):
                if package != only:
                    (tree / package).symlink_to(ROOT / package)
    return tree


def build_baseline_index(tree: Path, data_dir: Path, store_dir: Path) -> float:
    """Index ``data_dir`` with the indexer in ``tree`` unless it has an index; seconds taken.

    The release store is copied from ``store_dir`` when ``data_dir`` has none, so both sides
    search the same releases.
    """
    if (data_dir / "index" / "CURRENT").exists():
        return 0.0
    started = time.perf_counter()
    data_dir.mkdir(parents=True, exist_ok=True)
    if not (data_dir / "releases.sqlite").exists():
        shutil.copy2(store_dir / "releases.sqlite", data_dir / "releases.sqlite")
    print(f"building the baseline's own index in {data_dir} (once)", flush=True)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, "-c", BUILD, str(data_dir)]
    subprocess.run(command, cwd=tree, env=env, check=True)
    return time.perf_counter() - started
