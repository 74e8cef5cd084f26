"""Fifty and more SIGKILLs of the crawler and the indexer, each followed by a recovery check.

    python -m bench.killtest [--kills 60] [--releases 200] [--seed 6]

Uses the harness of the test suite (``tests/reliability/killharness.py``; the test runs ten
kills): crawls killed after a random number of answered requests (every third one just after
an image was answered), indexers (incremental and ``--rebuild``) killed a random moment after
they take the index lock. After every kill it checks the store, the frontier, the WARC files,
the archived images and the index, and at the end that a clean crawl and index hold exactly the
demo site's releases, with every lead photo archived. Exits 1 when any promise was broken.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from reliability.killharness import run_kills  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "killtest.json"


def main(argv: list[str] | None = None) -> int:
    """Run the kill harness and print a small table; writes ``bench/results/killtest.json``."""
    parser = argparse.ArgumentParser(prog="python -m bench.killtest")
    parser.add_argument("--kills", type=int, default=60)
    parser.add_argument("--releases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        report = run_kills(
            Path(tmp),
            kills=args.kills,
            n_releases=args.releases,
            seed=args.seed,
            log=lambda line: print("  " + line, flush=True),
        )
    result = {"settings": vars(args), **report.to_dict()}
    rows = [
        ("kills (SIGKILL delivered)", report.kills),
        ("  of the crawler", report.crawl_kills),
        ("  of the indexer", report.index_kills),
        ("    of them --rebuild", report.rebuild_kills),
        ("    while holding the index lock", report.index_kills_holding_lock),
        ("crawl + index killed together", report.both_kills),
        ("reparse (store rebuilt from WARC)", report.reparse_kills),
        ("crawls killed just after an image", report.image_kills),
        ("runs that ended before their kill", report.runs_finished_before_kill),
        ("recovery checks", report.checks),
        ("WARC records read", report.warc_records_read),
        ("torn WARC bytes cut", report.torn_bytes_cut),
        (
            "releases expected / stored / indexed",
            f"{report.releases_expected} / {report.releases_stored} / {report.releases_indexed}",
        ),
        ("archived images read back (all checks)", report.images_read_back),
        ("lead photos missing after the final crawl", report.leads_missing),
        ("violations", len(report.violations)),
        ("elapsed s", round(report.elapsed, 1)),
    ]
    for name, value in rows:
        print(f"{name:40s} {value}")
    for violation in report.violations:
        print("VIOLATION", violation)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if report.violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
