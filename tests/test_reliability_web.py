"""Hostile input against the web app and the query layer, over an archive built by a real
crawl of a hostile page: never a 500 or a traceback, nothing reflected unescaped, no path out of
the data directory, security headers on every response."""

from __future__ import annotations

import csv
import io
import json
import string
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability.hostile_archive import HOSTILE_ID, PAYLOADS, build, unsafe_html, unsafe_xml

from indexer import Archive, QueryError
from web.app import create_app

SEARCH_ROUTES = ("/", "/api/search", "/feed.atom", "/export.csv", "/export.jsonl")
OTHER_ROUTES = (
    "/opensearch.xml",
    "/api/openapi.json",
    f"/releases/en/{HOSTILE_ID}",
    f"/releases/en/{HOSTILE_ID}/raw",
    f"/api/releases/en/{HOSTILE_ID}",
)
PARAMS = (
    "q",
    "author",
    "photographer",
    "category",
    "location",
    "language",
    "year",
    "from",
    "to",
    "sort",
    "page",
    "per_page",
    "limit",
    "unknown",
)
REQUIRED_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": None,
    "X-Frame-Options": "DENY",
}
HOSTILE_FIXED = PAYLOADS[:2] + PAYLOADS[3:]  # the payloads with markup in them


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return build(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def client(data_dir):
    app = create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 3600})
    with app.test_client() as client:
        yield client
    app.extensions["ina_archive"].get().close()


def check_response(response, payloads=()) -> None:
    """The promises every response keeps, whatever the request was."""
    try:
        _check_response(response, payloads)
    finally:
        response.close()


def _check_response(response, payloads) -> None:
    assert response.status_code < 500, response.get_data(as_text=True)[:500]
    for name, value in REQUIRED_HEADERS.items():
        assert name in response.headers, (name, response.status_code)
        if value:
            assert response.headers[name] == value
    csp = response.headers.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    body = response.get_data()
    text = body.decode("utf-8", errors="replace")
    assert "Traceback (most recent call last)" not in text
    if response.request.method == "HEAD" or response.status_code in (204, 301, 302, 308):
        assert not body or response.status_code != 200
        return
    kind = response.mimetype
    if kind == "text/html":
        assert unsafe_html(text) == []
        for payload in payloads:
            assert payload not in text
    elif kind.endswith("xml"):
        assert unsafe_xml(body) == []
        for payload in payloads:
            assert payload not in text
    elif kind == "application/json":
        json.loads(text)
    elif kind == "application/x-ndjson":
        assert response.headers["Content-Disposition"].startswith("attachment")
        for line in text.splitlines():
            json.loads(line)
    elif kind == "text/csv":
        assert response.headers["Content-Disposition"].startswith("attachment")
        for row in list(csv.reader(io.StringIO(text)))[1:]:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    elif kind == "text/plain":
        assert "sandbox" in csp
    else:
        assert kind in ("image/svg+xml", "text/css"), kind


def test_the_hostile_release_was_crawled_and_is_shown_safely(client):
    found = client.get("/api/search?q=envoy+said")
    assert any(h["key"] == f"en/{HOSTILE_ID}" for h in found.get_json()["hits"])
    for path in (*OTHER_ROUTES, "/?q=envoy", "/?q=alert", "/feed.atom?q=envoy"):
        response = client.get(path)
        assert response.status_code == 200, path
        check_response(response, HOSTILE_FIXED)
    record = client.get(f"/api/releases/en/{HOSTILE_ID}").get_json()
    assert "\x1b" not in json.dumps(record, ensure_ascii=False)  # control characters dropped
    assert "Control characters: escape vertical" in record["release"]["body"]
    page = client.get(f"/releases/en/{HOSTILE_ID}").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown as text, not dropped
    exported = client.get("/export.csv?q=envoy+said").get_data(as_text=True)
    assert "'=HYPERLINK" not in exported or "=HYPERLINK" in exported  # inside a cell, as text
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert rows and all(not v.startswith("=") for row in rows for v in row.values() if v)


@pytest.mark.parametrize("route", SEARCH_ROUTES + OTHER_ROUTES)
def test_payloads_in_every_parameter_are_never_reflected_unescaped(client, route):
    served = 0
    for name in PARAMS:
        for payload in PAYLOADS:
            response = client.get(f"{route}?{urlencode({name: payload})}")
            check_response(response, HOSTILE_FIXED if payload in HOSTILE_FIXED else ())
            served += 1
        response = client.get(f"{route}?{urlencode([(name, p) for p in PAYLOADS])}")
        check_response(response, HOSTILE_FIXED)
    assert served == len(PARAMS) * len(PAYLOADS)


TRAVERSALS = (
    "/releases/en/..%2f..%2f..%2fetc%2fpasswd",
    "/releases/..%2f..%2f/1",
    "/releases/en/1/..%2f..%2f..%2fpyproject.toml",
    "/releases/%2e%2e/%2e%2e/etc/passwd",
    "/releases/en/7/raw/..%2f..%2f..%2fetc%2fpasswd",
    "/releases/..%252f..%252fetc/1/raw",
    "/releases/%2Fetc%2Fpasswd/1/raw",
    "/releases//etc/passwd/1",
    "/api/releases/..%2F..%2Freleases.sqlite/1",
    "/api/releases/en/-1",
    "/api/releases/en/99999999999999999999999999",
    "/static/../../pyproject.toml",
    "/static/..%2f..%2fpyproject.toml",
    "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/static//etc/passwd",
    "/static/..%5c..%5cpyproject.toml",
    "/releases.sqlite",
    "/data/releases.sqlite",
    "/warc/",
    "/index/CURRENT",
    "//etc/passwd",
    "/..%2f..%2fetc%2fpasswd",
    "/releases/en/7%00/raw",
    "/releases/en%00/7",
)


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_parameters_cannot_reach_files(client, path):
    response = client.get(path, follow_redirects=True)
    body = response.get_data()
    check_response(response)
    assert response.status_code in (400, 404), (path, response.status_code)
    for secret in (b"root:x:", b"[project]", b"SQLite format", b"WARC/1.1", b"gen-"):
        assert secret not in body, (path, secret)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])
def test_other_methods_get_headers_and_no_write(client, data_dir, method):
    before = sorted((p.name, p.stat().st_size) for p in data_dir.rglob("*") if p.is_file())
    for path in ("/", "/api/search?q=oil", f"/releases/en/{HOSTILE_ID}", "/export.csv"):
        response = client.open(path, method=method)
        check_response(response)
        assert response.status_code in (200, 204, 405), (method, path, response.status_code)
    after = sorted((p.name, p.stat().st_size) for p in data_dir.rglob("*") if p.is_file())
    assert after == before


def test_static_files_and_not_found_carry_the_headers(client):
    for path in ("/static/style.css", "/static/favicon.svg", "/nope", "/releases/xx/1"):
        check_response(client.get(path))


text_values = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60
)
ascii_values = st.text(alphabet=string.printable, max_size=40)
any_value = st.one_of(
    text_values,
    ascii_values,
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(
        ["", " ", "*", "?", "~", "\x00", "AND", "NOT", '"', "(", "title:", "2020-02-30"]
    ),
)
param_lists = st.lists(
    st.tuples(st.one_of(st.sampled_from(PARAMS), ascii_values), any_value), max_size=6
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(route=st.sampled_from(SEARCH_ROUTES + ("/opensearch.xml",)), params=param_lists)
def test_arbitrary_parameters_never_give_a_500(client, route, params):
    marker = "<zq" + str(len(params)) + ">"
    tagged = [(name, marker + value) for name, value in params]
    check_response(client.get(route + "?" + urlencode(tagged)), (marker,) if tagged else ())


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    route=st.sampled_from(["/releases/{}/{}", "/releases/{}/{}/raw", "/api/releases/{}/{}"]),
    section=st.one_of(st.sampled_from(["en", "ar", "ku", "tk", "..", "."]), text_values),
    release_id=st.one_of(st.integers(-(10**25), 10**25).map(str), text_values),
)
def test_arbitrary_release_paths_never_give_a_500(client, route, section, release_id):
    path = route.format(quote(section, safe=""), quote(release_id, safe=""))
    response = client.get(path)
    check_response(response)
    assert response.status_code in (200, 301, 308, 400, 404), (path, response.status_code)


@pytest.fixture(scope="module")
def archive(data_dir):
    opened = Archive(data_dir)
    yield opened
    opened.close()


filter_values = st.one_of(st.none(), any_value, st.lists(any_value, max_size=3))


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.one_of(
        text_values, ascii_values, st.text(alphabet='ab:*?~"()[]{}^+-! ANDORT', max_size=40)
    ),
    author=filter_values,
    category=filter_values,
    language=filter_values,
    year=filter_values,
    date_from=st.one_of(st.none(), any_value),
    date_to=st.one_of(st.none(), any_value),
    sort=st.one_of(st.sampled_from(["relevance", "newest", "oldest"]), ascii_values),
    page=st.integers(-5, 10**6),
    per_page=st.integers(-5, 10**4),
)
def test_archive_search_answers_or_raises_query_error(archive, query, page, per_page, **filters):
    try:
        result = archive.search(query, page=page, per_page=per_page, **filters)
    except QueryError as error:
        assert str(error) and "Traceback" not in str(error)
        return
    assert result.total >= len(result.hits)
