"""Run the benchmarks one after another: `python -m bench` (all) or `python -m bench parse_bench`.

Each benchmark is a module `bench/<name>.py` with a `main(argv)` that prints a table and writes
`bench/results/<name>.json`. Arguments after `--` go to the benchmarks named before it
(`python -m bench index_bench web_bench -- --releases 10000`); each has its own `--help`.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import time

ORDER = [
    "parse_bench",
    "crawl_bench",
    "index_bench",
    "web_bench",
    "demo_site_bench",
    "rawcopy_bench",
    "image_crawl_bench",
    "thumbnail_bench",
    "fuzz_bench",
    "killtest",
    "load_bench",
    "arabic_stemmers",
    "kurdish_turkmen_stemmers",
]


def main(argv: list[str]) -> int:
    names, passthrough = argv, []
    if "--" in argv:
        split = argv.index("--")
        names, passthrough = argv[:split], argv[split + 1 :]
    if passthrough and not names:
        print("name the benchmarks the arguments after -- are for, e.g. index_bench -- --help")
        return 2
    names = names or ORDER
    failed = []
    for name in names:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as error:
            print(f"skipped: {error}")
            continue
        run = module.main
        code = run(passthrough) if inspect.signature(run).parameters else run()
        print(f"--- {name}: {time.perf_counter() - started:.1f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
