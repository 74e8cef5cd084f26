"""A bounded fuzzing run: mutated labeled pages through the parser, and hostile queries and
parameters through ``Archive.search`` and the Flask app.

    python -m bench.fuzz_bench [--parser 20000] [--queries 3000] [--requests 3000] [--seed 6]

1. Parser: each input is one of the labeled pages (``tests/pages/*.html`` and the seed page)
   with 1-6 random mutations (byte flips, random bytes, cut/duplicated/deleted ranges, stray or
   unclosed tags, control characters, BOMs, charset lies). Allowed outcomes: a Release, or
   NotARelease / ParseError. A Release must round-trip through to_dict/from_dict, carry no
   control characters and no script-URL images. Inputs that break a rule are saved under
   ``bench/results/fuzz_findings/``.
2. Queries: random query strings and filter values through ``Archive.search`` (only a result
   or QueryError is allowed) and random parameters through ``/``, ``/api/search``,
   ``/feed.atom``, ``/export.csv`` on the hostile archive of the test suite (never a 500, never
   an unescaped marker).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from reliability.hostile_archive import build, unsafe_html, unsafe_xml  # noqa: E402

from crawler.parse import NotARelease, ParseError, parse_release  # noqa: E402
from crawler.parse.text import drop_control_chars  # noqa: E402
from crawler.release import Release  # noqa: E402
from indexer import Archive, QueryError  # noqa: E402
from web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "fuzz_bench.json"
FINDINGS = ROOT / "bench" / "results" / "fuzz_findings"
SNIPPETS = [
    b"<div>",
    b"</div>",
    b"<p>",
    b"</p>",
    b"<br>",
    b"<script>",
    b"</script>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"<table><tr><td>",
    b'<div class="news-text">',
    b'<h1 class="main-title">',
    b"\x00",
    b"\x1b",
    b"\x0b",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc8\xdb\xcf\xc7\xcf",
    b"<meta charset=windows-1256>",
    b"<meta charset=utf-16>",
    b"&#0;",
    b"&#x1b;",
    b"&#xfffe;",
    b"Baghdad-INA- ",
    b"\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf - \xd9\x88\xd8\xa7\xd8\xb9",
    b"Today, 13:12",
    b"31-02-2020, 25:61",
    b'<img src="javascript:alert(1)">',
    b'<a href="javascript:alert(1)">x</a>',
    b"<svg onload=alert(1)>",
]
CONTENT_TYPES = [
    None,
    "text/html",
    "text/html; charset=windows-1256",
    "text/html; charset=x",
    "text/html; charset=utf-16",
    "application/octet-stream",
]
URLS = ["https://ina.iq/eng/9948--.html", "https://ina.iq/209815--.html", "file:///tmp/x.html"]
QUERY_ALPHABET = "ab oil نفط النفط:*?~\"()[]{}^+-!/\\ANDORNOT title: body: 2020 \x00\x1b<>&'"


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(data))
        if op == 0 and data:
            for _ in range(rng.randint(1, 16)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif op == 1:
            data[pos:pos] = rng.randbytes(rng.randint(1, 64))
        elif op == 2:
            end = min(len(data), pos + rng.randint(1, 2000))
            del data[pos:end]
        elif op == 3:
            end = min(len(data), pos + rng.randint(1, 2000))
            data[pos:pos] = data[pos:end] * rng.randint(1, 4)
        elif op == 4:
            data[pos:pos] = rng.choice(SNIPPETS)
        else:
            data = data[:pos]
    return bytes(data)


def _release_problems(release: Release) -> list[str]:
    problems = []
    if Release.from_dict(release.to_dict()) != release:
        problems.append("to_dict/from_dict does not round-trip")
    for name in ("title", "body", "author", "photographer", "location", "category"):
        value = getattr(release, name)
        if value is not None and drop_control_chars(value) != value:
            problems.append(f"{name} holds control characters")
    for image in release.images:
        if image.url.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
            problems.append(f"image URL {image.url[:40]!r}")
    return problems


def fuzz_parser(count: int, rng: random.Random) -> dict:
    pages = sorted((ROOT / "tests" / "pages").glob("*.html")) + [
        ROOT / "seeds" / "ina-eng-9948.html"
    ]
    corpus = [p.read_bytes() for p in pages]
    outcomes = {"release": 0, "not_a_release": 0, "parse_error": 0, "finding": 0}
    slowest = 0.0
    started = time.perf_counter()
    for n in range(count):
        data = _mutate(rng.choice(corpus), rng)
        url, content_type = rng.choice(URLS), rng.choice(CONTENT_TYPES)
        t0 = time.perf_counter()
        problems: list[str] = []
        try:
            release = parse_release(
                data, url, content_type=content_type, fetched_at=datetime(2024, 1, 1, tzinfo=UTC)
            )
        except NotARelease:
            outcomes["not_a_release"] += 1
        except ParseError:
            outcomes["parse_error"] += 1
        except Exception as error:  # the finding
            problems.append(f"{type(error).__name__}: {error}")
        else:
            outcomes["release"] += 1
            problems = _release_problems(release)
        slowest = max(slowest, time.perf_counter() - t0)
        if problems:
            outcomes["finding"] += 1
            FINDINGS.mkdir(parents=True, exist_ok=True)
            (FINDINGS / f"parser-{n}.html").write_bytes(data)
            (FINDINGS / f"parser-{n}.txt").write_text(f"{url}\n{content_type}\n{problems}\n")
    elapsed = time.perf_counter() - started
    return {
        "inputs": count,
        **outcomes,
        "seconds": round(elapsed, 1),
        "inputs_per_s": round(count / elapsed, 1),
        "slowest_parse_ms": round(slowest * 1000, 1),
    }


def _text(rng: random.Random, size: int) -> str:
    if rng.random() < 0.3:
        return (
            "".join(
                chr(
                    rng.choice(
                        [rng.randint(0, 0x7F), rng.randint(0x600, 0x6FF), rng.randint(0, 0x10FFFF)]
                    )
                )
                for _ in range(rng.randint(0, size))
            )
            .encode("utf-8", "replace")
            .decode("utf-8", "replace")
        )
    return "".join(rng.choice(QUERY_ALPHABET) for _ in range(rng.randint(0, size)))


def fuzz_queries(archive: Archive, count: int, rng: random.Random) -> dict:
    outcomes = {"result": 0, "query_error": 0, "finding": 0}
    findings = []
    for _ in range(count):
        kwargs = {
            "sort": rng.choice(["relevance", "newest", "oldest", "relevance", _text(rng, 5)]),
            "page": rng.choice([1, 1, 1, 2, 3, rng.randint(-2, 10**6)]),
            "per_page": rng.choice([10, 20, 50, 200, rng.randint(-2, 5000)]),
        }
        for name in ("author", "category", "language", "year", "location"):
            if rng.random() < 0.15:
                kwargs[name] = rng.choice([_text(rng, 12), "en", "ar", "2020", "Baghdad"])
        for name in ("date_from", "date_to"):
            if rng.random() < 0.15:
                kwargs[name] = rng.choice(
                    [_text(rng, 12), "2020-01-01", "2020-02-30", "2031-12-31"]
                )
        query = _text(rng, 60)
        try:
            archive.search(query, **kwargs)
            outcomes["result"] += 1
        except QueryError:
            outcomes["query_error"] += 1
        except Exception as error:
            outcomes["finding"] += 1
            findings.append(f"{query!r} {kwargs}: {type(error).__name__}: {error}"[:300])
    return {"inputs": count, **outcomes, "findings": findings[:20]}


def fuzz_requests(client, count: int, rng: random.Random) -> dict:
    routes = ["/", "/api/search", "/feed.atom", "/export.csv", "/export.jsonl"]
    names = [
        "q",
        "author",
        "category",
        "language",
        "year",
        "from",
        "to",
        "sort",
        "page",
        "per_page",
        "limit",
        "x",
    ]
    statuses: dict[str, int] = {}
    findings = []
    for n in range(count):
        marker = f"<zq{n}>"
        params = [(rng.choice(names), marker + _text(rng, 30)) for _ in range(rng.randint(0, 5))]
        route = rng.choice(routes)
        response = client.get(route + "?" + urlencode(params))
        body = response.get_data()
        response.close()
        statuses[str(response.status_code)] = statuses.get(str(response.status_code), 0) + 1
        text = body.decode("utf-8", "replace")
        problems = []
        if response.status_code >= 500:
            problems.append("5xx")
        if response.mimetype == "text/html" and (marker in text or unsafe_html(text)):
            problems.append("unescaped in HTML")
        if response.mimetype.endswith("xml") and (marker in text or unsafe_xml(body)):
            problems.append("bad XML")
        if problems:
            findings.append(f"{route}?{urlencode(params)}: {problems}"[:300])
    return {
        "inputs": count,
        "statuses": statuses,
        "finding": len(findings),
        "findings": findings[:20],
    }


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzers, print a table, write ``bench/results/fuzz_bench.json``."""
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz_bench")
    parser.add_argument("--parser", type=int, default=20000)
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    result = {"settings": vars(args), "parser": fuzz_parser(args.parser, rng)}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = build(Path(tmp))
        archive = Archive(data_dir)
        result["archive_search"] = fuzz_queries(archive, args.queries, rng)
        archive.close()
        app = create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 3600})
        with app.test_client() as client:
            result["web"] = fuzz_requests(client, args.requests, rng)
    for part in ("parser", "archive_search", "web"):
        summary = {k: v for k, v in result[part].items() if k != "findings"}
        print(f"{part:15s} {summary}")
        for finding in result[part].get("findings", []):
            print("  FINDING", finding)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if any(result[p]["finding"] for p in ("parser", "archive_search", "web")) else 0


if __name__ == "__main__":
    raise SystemExit(main())
