"""CPU per request of the web bench's own request list, split into matching and the rest, and a
byte-for-byte identity check of every response.

    python -m bench.web_split --data-dir DIR [--passes 2] [--save FILE | --compare FILE]
                              [--profile OUT.prof]

The paths are the ones ``bench.web_bench`` gives ``wrk`` (100 search pages, 50 JSON searches,
unseen by its latency rounds), answered in this one process by the real app (Flask's test
client, so each request's CPU time is this thread's). The list is run once untimed (the
responses digested for ``--save``/``--compare``), then ``--passes`` times timed, as wrk's
rotation repeats it. ``Archive._matched`` (the query's matching and scoring, also the
suggestion's counts) is timed apart; "search, other" is the rest of ``Archive.search`` (filters,
facets, histogram, ranking, hits, snippets); "web" is everything outside ``Archive.search``.
The search's own duration ("took N ms") is blanked before digesting: it differs every run.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from bench.web_latency import WARM_UP, query_mix

ROUNDS = 200  # bench.web_bench's default --rounds: its wrk paths follow 3 rounds of queries
TOOK = re.compile(rb'("took_ms": ?)[0-9.e+-]+|(\xc2\xb7 )[0-9]+( ms</span>)')


def wrk_paths(archive: Any) -> list[str]:
    """The paths ``bench.web_bench`` loads with wrk (its ``unseen`` queries)."""
    mix = query_mix(archive, WARM_UP + 3 * ROUNDS)
    unseen = mix[WARM_UP + 2 * ROUNDS :]
    return ["/" + q for q in unseen[:100]] + ["/api/search" + q for q in unseen[100:150]]


def digest(body: bytes) -> str:
    """SHA-256 of a response body with the search's duration blanked."""
    return hashlib.sha256(TOOK.sub(_blank_took, body)).hexdigest()


def _blank_took(match: re.Match) -> bytes:
    return (match.group(1) or match.group(2)) + b"0" + (match.group(3) or b"")


class Timers:
    """CPU seconds spent inside wrapped methods of one object (``time.process_time``)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, owner: Any, name: str, label: str) -> None:
        method = getattr(owner, name, None)
        if method is None:  # an older or newer tree without it
            return

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                self.spent[label] = self.spent.get(label, 0.0) + time.process_time() - started

        setattr(owner, name, timed)


def run(
    data_dir: Path, passes: int, profile: Path | None = None, parts: bool = False
) -> dict[str, Any]:
    """Answer the list once (digests), then ``passes`` times timed; CPU ms per request."""
    from indexer import Archive
    from web.app import create_app
    from web.archive import EXTENSION_KEY

    probe = Archive(data_dir)
    paths = wrk_paths(probe)
    probe.close()
    app = create_app({"DATA_DIR": data_dir})
    client = app.test_client()
    archive = app.extensions[EXTENSION_KEY].get()
    digests = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        digests[path] = digest(response.get_data())
    timers = Timers()
    timers.wrap(archive, "_matched", "matching")
    timers.wrap(archive, "search", "search")
    if parts:
        import indexer.records_api
        import indexer.search_api
        import web.api
        import web.views

        timers.wrap(archive, "_hit", "hits")
        timers.wrap(indexer.records_api, "snippet", "hits snippet")
        timers.wrap(indexer.records_api, "decode_record", "hits decode_record")
        timers.wrap(archive, "_facets", "facets")
        for name in (
            "top_by_score",
            "by_date",
            "first_by_date",
            "parsed_query",
            "query_forms",
            "suggest",
        ):
            timers.wrap(indexer.search_api, name, name)
        for name in ("render_template", "build_timeline", "facet_views", "pagination"):
            timers.wrap(web.views, name, "page " + name)
        timers.wrap(web.api, "search_json", "api search_json")
        timers.wrap(web.api, "jsonify", "api jsonify")
    profiler = cProfile.Profile() if profile else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    for _ in range(passes):
        for path in paths:
            client.get(path).get_data()
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    total = time.process_time() - started
    n = passes * len(paths)
    matching, search = timers.spent.get("matching", 0.0), timers.spent.get("search", 0.0)
    return {
        "requests": n,
        "cpu_ms": round(total * 1000 / n, 2),
        "matching_ms": round(matching * 1000 / n, 2),
        "search_other_ms": round((search - matching) * 1000 / n, 2),
        "web_ms": round((total - search) * 1000 / n, 2),
        "rest_ms": round((total - matching) * 1000 / n, 2),
        "digests": digests,
        "parts_ms": {k: round(v * 1000 / n, 2) for k, v in sorted(timers.spent.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.web_split", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data-dir", type=Path, required=True, help="an indexed archive")
    parser.add_argument("--passes", type=int, default=2, help="timed passes over the list")
    parser.add_argument("--save", type=Path, help="write the responses' digests to this file")
    parser.add_argument("--compare", type=Path, help="compare the digests with this file's")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the timed passes")
    parser.add_argument("--parts", action="store_true", help="also time parts (ms per request)")
    args = parser.parse_args(argv)
    out = run(args.data_dir, args.passes, args.profile, args.parts)
    digests = out.pop("digests")
    print(json.dumps(out))
    if args.save:
        args.save.write_text(json.dumps(digests, indent=1))
    if args.compare:
        before = json.loads(args.compare.read_text())
        differ = [p for p in before if digests.get(p) != before[p]]
        print(f"identity: {len(before) - len(differ)} of {len(before)} responses identical")
        for path in differ[:10]:
            print(f"  differs: {path}")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
