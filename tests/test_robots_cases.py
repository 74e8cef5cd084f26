"""Every case of tests/robots_cases.toml through the crawler's robots layer (crawler/robots.py).

The cases restate Google's robots.txt parser tests and RFC 9309's examples as data; each one is a
robots.txt response (status, body), a product token, a URL and the expected verdict.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from crawler.robots import rules_from_response
from crawler.robots_txt import MAX_BYTES, RobotsTxt

CASES_FILE = Path(__file__).with_name("robots_cases.toml")
_REPEAT = re.compile(r"\{repeat:(.):(\d+)\}")


def _expand(text: str) -> str:
    return _REPEAT.sub(lambda m: m.group(1) * int(m.group(2)), text)


def _load() -> list[dict]:
    data = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))
    cases = []
    for entry in data["robots"]:
        body = bytes.fromhex(entry.get("prefix_hex", "")) + _expand(entry["body"]).encode()
        for n, case in enumerate(entry["cases"], start=1):
            cases.append(
                {
                    "id": f"{entry['source']} #{n}",
                    "source": entry["source"],
                    "status": entry.get("status", 200),
                    "body": body,
                    "agent": case["agent"],
                    "url": _expand(case["url"]),
                    "allowed": case["allowed"],
                }
            )
    return cases


CASES = _load()


def _verdict(case: dict) -> bool:
    rules = rules_from_response("https://robots.test", case["status"], case["body"])
    return rules.allowed(case["url"], case["agent"])


def _ids(case: dict) -> str:
    return case["id"][:90]


@pytest.mark.parametrize("case", CASES, ids=[_ids(case) for case in CASES])
def test_case(case):
    assert _verdict(case) is case["allowed"], (
        f"{case['agent']} {case['url'][:120]} should be "
        f"{'allowed' if case['allowed'] else 'disallowed'} ({case['source']})"
    )


def test_table_size_and_sources():
    sources = Counter(
        "google" if "google" in c["source"] else "rfc9309" if "rfc9309" in c["source"] else "other"
        for c in CASES
    )
    failures = [c["id"] for c in CASES if _verdict(c) is not c["allowed"]]
    print(f"robots cases: {len(CASES)} ({dict(sources)}), failing: {len(failures)}")
    assert len(CASES) >= 100
    assert sources["google"] >= 60 and sources["rfc9309"] >= 20
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert failures == []
    # Both verdicts are represented, so a layer that always answers one way fails many cases.
    assert 0.3 < sum(c["allowed"] for c in CASES) / len(CASES) < 0.7


def test_crawl_delay_comes_from_our_group_only():
    robots = RobotsTxt(
        b"User-agent: *\nCrawl-delay: 9\n\nUser-agent: ina-archive/2\nCrawl-delay: 0.5\nDisallow:\n"
    )
    assert robots.group("ina-archive").crawl_delay == 0.5
    assert robots.group("otherbot").crawl_delay == 9.0
    assert RobotsTxt(b"User-agent: *\nCrawl-delay: soon\n").group("x").crawl_delay is None


def test_sitemaps_anywhere_in_the_file_and_past_a_bom():
    body = b"\xef\xbb\xbfSitemap: https://www.ina.iq/sitemap.xml\nUser-agent: *\nDisallow: /x\n"
    body += b"site-map: https://www.ina.iq/news_pages.xml\n"
    robots = RobotsTxt(body)
    assert robots.sitemaps == (
        "https://www.ina.iq/sitemap.xml",
        "https://www.ina.iq/news_pages.xml",
    )


def test_limit_is_500_kib():
    assert MAX_BYTES == 500 * 1024
