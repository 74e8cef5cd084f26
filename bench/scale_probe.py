"""One engine in a fresh process: open + first query time, and memory after warm-up and a load run.

``python -m bench.scale_probe ENGINE DATA_DIR QUERIES_JSON [LOAD]`` prints one JSON line. ENGINE is
ina, ina-copied (ina-archive opening the index the way Whoosh does, for the before/after), fts5
or tantivy. For ina-archive the process is the web app (``create_app`` + Flask's test client on ``/``, which
renders the whole search page); for FTS5 and tantivy it is the engine alone. The load run is
``LOAD_QUERIES`` queries cycling through the query types (not the cold ones: no cache is
cleared), after a warm-up of ``WARM_QUERIES``.

For ina-archive, ``smaps`` breaks the process's memory down by mapping kind (the index's decoded
postings, segments, column and word files; libraries; anonymous memory) as Rss, Pss and private
MB. A file page counts as private when no other process maps it: it is still page cache, shared
as soon as a second web process reads it. ``page_budget`` is what the decoded postings' page
budget (:mod:`indexer.pagebudget`) counts as mapped, to compare with their Rss.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

LOAD_QUERIES = 1_400
WARM_QUERIES = 20


def memory() -> dict[str, float]:
    """VmRSS, RssAnon, RssFile, RssShmem and VmHWM (the peak) in MB, Pss and Private (the whole
    process, from smaps_rollup), and ru_maxrss (which Linux carries over from the parent across
    fork + exec, so VmHWM is the process's own peak)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "RssAnon", "RssFile", "RssShmem", "VmHWM"):
            out[name] = round(int(value.split()[0]) / 1024, 1)
    rollup = Path("/proc/self/smaps_rollup")
    if rollup.exists():
        private = 0
        for line in rollup.read_text().splitlines():
            name, _, value = line.partition(":")
            if name == "Pss":
                out["Pss"] = round(int(value.split()[0]) / 1024, 1)
            elif name in ("Private_Clean", "Private_Dirty"):
                private += int(value.split()[0])
        out["Private"] = round(private / 1024, 1)
    out["ru_maxrss"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def _kind(path: str, root: str) -> str:
    """The kind of one mapping, by its file name."""
    if not path.startswith("/"):
        return "anonymous"  # the heap, numpy arrays, stacks ([heap], [stack] or no name)
    if not path.startswith(root):
        return "libraries"  # Python, numpy, shared objects
    name = Path(path).name
    if name.startswith("cols-"):
        return "column_files"
    if name.startswith("words-"):
        return "word_files"
    if name.endswith(".seg"):
        return "segments"
    if name.endswith(".decoded"):
        return "decoded_postings"
    return "other_files"


SMAPS_FIELDS = {
    "Rss:": "rss",
    "Pss:": "pss",
    "Private_Clean:": "private",
    "Private_Dirty:": "private",
}


def smaps_by_kind(index_dir: Path) -> dict[str, dict[str, float]]:
    """Rss, Pss and private MB of the process's mappings by kind (the index's decoded postings,
    segments, column and word files, other index files, libraries, anonymous memory), from
    /proc/self/smaps."""
    out: dict[str, dict[str, float]] = {}
    kind = None
    root = str(index_dir.resolve())
    for line in Path("/proc/self/smaps").read_text().splitlines():
        first = line.split(maxsplit=1)[0] if line else ""
        if "-" in first and not first.endswith(":"):  # a mapping's header line
            parts = line.split()
            kind = _kind(parts[5] if len(parts) > 5 else "", root)
            out.setdefault(kind, {"rss": 0.0, "pss": 0.0, "private": 0.0})
        elif kind and first in SMAPS_FIELDS:
            out[kind][SMAPS_FIELDS[first]] += int(line.split()[1]) / 1024
    return {k: {n: round(mb, 1) for n, mb in v.items()} for k, v in sorted(out.items())}


def mapped_files(index_dir: Path) -> dict[str, float]:
    """Resident MB of the index's memory-mapped files by kind (Whoosh segments, decoded postings,
    column and words files, others), from /proc/self/smaps: the file pages counted in RssFile."""
    kinds = smaps_by_kind(index_dir)
    names = ("segments", "decoded_postings", "column_files", "word_files", "other_files")
    return {name: kinds.get(name, {}).get("rss", 0.0) for name in names}


def page_budget(app) -> dict[str, float]:
    """What the decoded postings' page budget counts as mapped (MB, beside smaps' Rss of the
    decoded_postings: the kernel's count), its limit and how many ranges it has released."""
    decoded = app.extensions["ina_archive"].get()._snap().postings.decoded
    if decoded is None:
        return {}
    budget = decoded.budget
    return {
        "counted_mb": round(budget.resident / 2**20, 1),
        "limit_mb": round(budget.limit / 2**20, 1),
        "releases": budget.releases,
    }


def _load_queries(path: Path):
    from bench.scale_corpus import Queries

    raw = json.loads(path.read_text())
    spans = {
        t: (date.fromisoformat(a), date.fromisoformat(b)) for t, (a, b) in raw["spans"].items()
    }
    return Queries(
        raw["terms"],
        [tuple(p) for p in raw["pairs"]],
        [tuple(p) for p in raw["phrases"]],
        [tuple(p) for p in raw["common_phrases"]],
        spans,
    )


def _web_calls(data_dir: Path, queries) -> tuple[object, list]:
    """The Flask app and one call per load-run request, as ("/?...") paths."""
    from web.app import create_app

    app = create_app({"DATA_DIR": str(data_dir)})
    client = app.test_client()
    paths = []
    for i, term in enumerate(queries.terms):
        pair = queries.pairs[i % len(queries.pairs)]
        phrase = queries.phrases[i % len(queries.phrases)]
        first, last = queries.spans[term]
        for params in (
            {"q": term},
            {"q": " ".join(pair)},
            {"q": '"' + " ".join(phrase) + '"'},
            {"q": term},  # "term + all facets": the page always counts every facet
            {"q": term, "from": first.isoformat(), "to": last.isoformat()},
            {"q": term, "sort": "newest"},
            {"q": term, "page": 5},
        ):
            paths.append("/?" + urlencode(params))

    def call(path: str) -> None:
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")

    call.app = app  # type: ignore[attr-defined] - main reads its page budget
    return call, paths


def _engine_calls(engine: str, data_dir: Path, queries) -> tuple[object, list]:
    """The engine's query functions and one (type, input) per load-run query."""
    from bench import scale_engines as engines
    from bench import scale_tantivy

    if engine == "fts5":
        fns = engines.fts5_queries(engines.open_fts5(data_dir), queries)
    else:
        fns = scale_tantivy.tantivy_queries(scale_tantivy.open_tantivy(data_dir), queries)
    types = [t for t in engines.QUERY_TYPES if "cold" not in t]
    items = []
    for i in range(len(queries.terms)):
        for name in types:
            items.append((name, engines.inputs_for(queries, name)[i]))
    return (lambda item: fns[item[0]](item[1])), items


def main(argv: list[str]) -> int:
    """Measure one engine; print a JSON line."""
    engine, data_dir, queries_path = argv[0], Path(argv[1]), Path(argv[2])
    load = int(argv[3]) if len(argv) > 3 else LOAD_QUERIES
    queries = _load_queries(queries_path)
    import numpy  # noqa: F401 - imported before timing by every engine alike

    if engine in ("ina", "ina-copied"):
        import web.app  # noqa: F401 - imports are not the open time

        if engine == "ina-copied":  # before: Whoosh's own opening, a private copy of each file
            from whoosh.filedb.filestore import FileStorage

            import indexer.snapshot

            indexer.snapshot.MappedStorage = FileStorage

        started, cpu = time.perf_counter(), time.process_time()
        call, items = _web_calls(data_dir, queries)
    else:
        import bench.scale_engines  # noqa: F401

        started, cpu = time.perf_counter(), time.process_time()
        call, items = _engine_calls(engine, data_dir, queries)
    call(items[0])
    open_first = time.perf_counter() - started
    open_first_cpu = time.process_time() - cpu  # on a busy machine the wall time is mostly waiting
    for item in items[1 : WARM_QUERIES + 1]:
        call(item)
    after_warm = memory()
    if engine.startswith("ina"):
        after_warm["mapped"] = mapped_files(data_dir / "index")
        after_warm["smaps"] = smaps_by_kind(data_dir / "index")
        after_warm["page_budget"] = page_budget(call.app)
    items = (items * (load // max(1, len(items)) + 1))[:load]
    started = time.perf_counter()
    for item in items:
        call(item)
    load_seconds = time.perf_counter() - started
    after_load = memory()
    if engine.startswith("ina"):
        after_load["mapped"] = mapped_files(data_dir / "index")
        after_load["smaps"] = smaps_by_kind(data_dir / "index")
        after_load["page_budget"] = page_budget(call.app)
    print(
        json.dumps(
            {
                "engine": engine,
                "open_first_query_s": round(open_first, 3),
                "open_first_query_cpu_s": round(open_first_cpu, 3),
                "after_warm_up": after_warm,
                "after_load": after_load,
                "load_queries": len(items),
                "load_seconds": round(load_seconds, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
