"""Arbitrary input never escapes as anything but NotARelease or ParseError."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parse_labeled import PAGES_DIR

from crawler.parse import NotARelease, ParseError, parse_release
from crawler.release import Release

# More examples for a deeper local run: PARSE_FUZZ_EXAMPLES=5000 pytest tests/test_parse_properties.py
EXAMPLES = int(os.environ.get("PARSE_FUZZ_EXAMPLES", "150"))
SEED = (PAGES_DIR.parent.parent / "seeds" / "ina-eng-9948.html").read_bytes()
FRAGMENTS = [
    b"<html>",
    b"<body>",
    b"</body></html>",
    b'<div class="news-text">',
    b"<p>",
    b"</p>",
    b"<br>",
    b'<h1 class="main-title">',
    b"</h1>",
    b"Baghdad-INA- ",
    b"Photo by ",
    b"\xd8\xa8\xd8\xba",
    b"\xc8\xdb\xcf\xc7\xcf",
    b"15-11-2020, 13:12",
    b"Today, 13:12",
    b"<script>",
    b"<meta charset=x>",
    b'<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    b"\x00",
    b"\xff\xfe",
]
URLS = st.sampled_from(
    ["https://ina.iq/eng/9948--.html", "https://ina.iq/1--.html", "file:///tmp/x.html", ""]
)
CONTENT_TYPES = st.sampled_from(
    [
        None,
        "text/html",
        "text/html; charset=windows-1256",
        "text/html; charset=nonsense",
        "image/png",
    ]
)


def parse_or_refuse(data: bytes, url: str, content_type: str | None) -> None:
    try:
        release = parse_release(
            data, url, content_type=content_type, fetched_at=datetime(2024, 1, 1, tzinfo=UTC)
        )
    except NotARelease as error:
        assert error.reason and error.reason[0].islower()
    except ParseError as error:
        assert str(error)
    else:
        assert isinstance(release, Release) and release.title and release.body


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), url=URLS, content_type=CONTENT_TYPES)
def test_arbitrary_bytes(data, url, content_type):
    parse_or_refuse(data, url, content_type)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=40), max_size=40),
    url=URLS,
    content_type=CONTENT_TYPES,
)
def test_html_like_soup_of_fragments(parts, url, content_type):
    parse_or_refuse(b"".join(parts), url, content_type)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=len(SEED)), junk=st.binary(max_size=20))
def test_cut_and_corrupted_seed_pages(cut, junk):
    parse_or_refuse(
        SEED[:cut] + junk + SEED[cut + len(junk) :], "https://ina.iq/eng/9948--.html", None
    )
