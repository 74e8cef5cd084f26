"""The search page's own cost: its CPU time with the search itself replayed, not run.

    python -m bench.page_cost --data-dir DIR [--pages 100] [--lang en]

Runs ``bench.web_latency``'s query mix through the real app once (the searches recorded), then
asks for the same pages again with ``Archive.search`` answering from the record, so only the
page's own work is timed: parameters, facets, timeline, thumbnails, marks, the template.
Deterministic enough to compare under load with callgrind: the instructions of ``--pages 100``
minus those of ``--pages 0`` are the 100 pages' own work::

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m bench.page_cost ...

An older ``web`` package is timed by putting its checkout first on ``PYTHONPATH`` and running
from outside this checkout (``python -m`` puts the current directory first on the path).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.web_latency import WARM_UP, query_mix


def replaying(archive: Any) -> dict[str, Any]:
    """Make ``archive.search`` record its results by arguments and answer from that record."""
    record: dict[str, Any] = {}
    search = archive.search

    def recorded(**kwargs: Any) -> Any:
        key = json.dumps(kwargs, sort_keys=True, default=str)
        if key not in record:
            record[key] = search(**kwargs)
        return record[key]

    archive.search = recorded
    return record


def page_cost(data_dir: Path, pages: int, lang: str = "en", queries: int = 100) -> float:
    """CPU milliseconds per search page over ``pages`` pages of a mix of ``queries`` queries,
    searches replayed (the mix is run whole first whatever ``pages`` is, so that two runs
    differ only by the pages timed)."""
    from indexer import Archive
    from web.app import create_app

    archive = Archive(data_dir)
    mix = query_mix(archive, WARM_UP + queries)[WARM_UP:]
    replaying(archive)
    app = create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 1e9, "ARCHIVE": archive})
    client = app.test_client()
    headers = {"Accept-Language": lang}
    for query in mix:  # the searches run and are recorded; templates compiled
        assert client.get("/" + query, headers=headers).status_code == 200, query
    started = time.process_time()
    for i in range(pages):
        client.get("/" + mix[i % len(mix)], headers=headers)
    return (time.process_time() - started) * 1000 / max(pages, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.page_cost", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data-dir", type=Path, required=True, help="an indexed archive")
    parser.add_argument("--pages", type=int, default=100, help="pages timed (0: none)")
    parser.add_argument("--queries", type=int, default=100, help="queries in the mix")
    parser.add_argument("--lang", default="en", choices=("en", "ar"), help="interface language")
    args = parser.parse_args(argv)
    cost = page_cost(args.data_dir, args.pages, args.lang, args.queries)
    web = sys.modules["web"].__file__
    if args.pages:
        print(f"search page's own work: {cost:.2f} ms of CPU per page ({args.pages} pages; {web})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
