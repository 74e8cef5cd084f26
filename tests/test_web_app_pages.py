"""The Flask app over a real on-disk index: release pages, the API document, feeds, exports, a
new index generation picked up, a missing index, and any input never a 500."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from web_app_fixtures import api, build_archive, make_archive, synthetic_releases

from crawler.release import Release
from crawler.store import ReleaseStore
from indexer import update_index
from web.app import create_app


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return make_archive(tmp_path_factory)


@pytest.fixture(scope="module")
def app(data_dir):
    return create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0})


@pytest.fixture()
def client(app):
    return app.test_client()


# --- release page --------------------------------------------------------------------------------


def test_release_page_fields_paragraphs_and_more_like_this(client):
    html = client.get("/releases/en/1001").get_data(as_text=True)
    assert "Minister discusses electricity grid in Baghdad (1)" in html
    assert "Noor Al-Zaidi" in html and "Safaa Alwan" in html and "Economy" in html
    assert '<h2 class="subheading">Next steps</h2>' in html
    assert html.count("<p>") >= 3
    assert "https://ina.iq/eng/uploads/posts/2020-01/1.jpg" in html and "The meeting" in html
    assert 'href="https://ina.iq/eng/1001--.html"' in html
    assert "More like this" in html and "electricity grid" in html.split("More like this")[1]
    assert "No archived raw copy" in html


def test_api_release(client):
    body = client.get("/api/releases/ar/5001").get_json()
    assert body["ok"] is True
    release = body["release"]
    assert release["key"] == "ar/5001" and release["language"] == "ar"
    assert release["page_url"] == "/releases/ar/5001"
    assert release["date"].endswith("+03:00")
    assert body["raw_url"] is None
    assert body["more_like_this"] and all(m["key"] != "ar/5001" for m in body["more_like_this"])


def test_raw_copy_from_warc(tmp_path):
    from tests.test_web_rawcopy import write_warc

    release = synthetic_releases()[0]
    build_archive(tmp_path, [release])
    (tmp_path / "warc").mkdir()
    page = b"<html><body><script>alert('x')</script><h1>Minister</h1></body></html>"
    write_warc(tmp_path / "warc" / "ina-1.warc.gz", [(release.url, page, "utf-8")])
    app = create_app({"DATA_DIR": tmp_path})
    assert app.extensions["ina_raw_copies"].wait_ready(10)
    client = app.test_client()
    assert "Archived raw copy" in client.get("/releases/en/1000").get_data(as_text=True)
    raw = client.get("/releases/en/1000/raw")
    assert raw.status_code == 200 and raw.mimetype == "text/plain"
    assert "sandbox" in raw.headers["Content-Security-Policy"]
    assert "<h1>Minister</h1>" in raw.get_data(as_text=True)
    assert client.get("/api/releases/en/1000").get_json()["raw_url"] == "/releases/en/1000/raw"


# --- API document, feeds, exports ----------------------------------------------------------------


def test_api_search_shape(client):
    data = api(client, "?q=oil&per_page=3")
    assert data["ok"] is True
    assert set(data) >= {
        "total",
        "page",
        "per_page",
        "pages",
        "took_ms",
        "hits",
        "facets",
        "histogram",
        "notice",
        "suggestion",
        "next_url",
        "prev_url",
    }
    hit = data["hits"][0]
    assert hit["key"].startswith("en/") and "<mark>" in hit["snippet"]
    assert hit["release"]["api_url"] == "/api/releases/" + hit["key"]
    assert [f["name"] for f in data["facets"]] == [
        "author",
        "photographer",
        "category",
        "location",
        "language",
        "year",
        "history",
    ]
    assert all(
        set(r) == {"value", "label", "count", "toggle_url", "selected"}
        for f in data["facets"]
        for r in f["results"]
    )


def test_openapi_document(client):
    doc = client.get("/api/openapi.json").get_json()
    assert doc["openapi"] == "3.1.0"
    assert set(doc["paths"]) >= {
        "/api/search",
        "/api/releases/{section}/{id}",
        "/export.csv",
        "/export.jsonl",
        "/feed.atom",
    }
    params = {p["name"]: p for p in doc["paths"]["/api/search"]["get"]["parameters"]}
    assert params["per_page"]["schema"]["anyOf"][0]["maximum"] == 100
    assert params["q"]["schema"]["maxLength"] == 500
    limit = next(
        p for p in doc["paths"]["/export.csv"]["get"]["parameters"] if p["name"] == "limit"
    )
    assert limit["schema"]["anyOf"][0]["maximum"] == 10_000


def test_atom_feed_for_a_search(client):
    response = client.get("/feed.atom?q=oil&language=en")
    assert response.mimetype == "application/atom+xml"
    etree.fromstring(response.data)  # well-formed
    feed = feedparser.parse(response.data)
    assert not feed.bozo
    assert feed.entries and all("oil" in e.title.lower() for e in feed.entries)
    assert feed.entries[0].link.endswith(tuple(f"/releases/en/{n}" for n in range(1000, 1040)))
    updated = [e.updated for e in feed.entries]
    assert updated == sorted(updated, reverse=True)


def test_opensearch_description(client):
    response = client.get("/opensearch.xml")
    root = etree.fromstring(response.data)
    urls = root.findall("{http://a9.com/-/spec/opensearch/1.1/}Url")
    assert any("{searchTerms}" in u.get("template") and u.get("type") == "text/html" for u in urls)


def test_csv_export_streams_with_limit_and_defuses_formulas(client):
    response = client.get("/export.csv?language=en&limit=7")
    assert response.mimetype == "text/csv" and response.is_streamed
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 7 and response.headers["X-Export-Limit"] == "7"
    assert rows[0]["key"].startswith("en/") and rows[0]["title"]
    everything = list(csv.DictReader(io.StringIO(client.get("/export.csv").get_data(as_text=True))))
    assert len(everything) == 61
    hostile = next(r for r in everything if r["key"] == "en/9999")
    assert hostile["body"].startswith("'=HYPERLINK")
    query = list(
        csv.DictReader(io.StringIO(client.get("/export.csv?q=oil").get_data(as_text=True)))
    )
    assert 0 < len(query) < 61


def test_jsonl_export_and_cap(client):
    lines = client.get("/export.jsonl?q=" + "النفط").get_data(as_text=True).splitlines()
    records = [json.loads(line) for line in lines]
    assert records and all(r["language"] == "ar" for r in records)
    assert Release.from_dict(records[0]).key == records[0]["key"]
    too_many = client.get("/export.jsonl?limit=10001")
    assert too_many.status_code == 400 and "between 1 and 10000" in too_many.get_json()["error"]


# --- live index and missing index ------------------------------------------------------------------


def total_soon(client, app, expected: int) -> int:
    """The browse total once the background refresh has caught up (bounded wait)."""
    deadline = time.monotonic() + 10
    while True:
        total = api(client, "")["total"]
        if total == expected or time.monotonic() > deadline:
            return total
        app.extensions["ina_archive"].wait_refreshed(5)


def test_new_generation_is_picked_up_without_restart(tmp_path):
    releases = synthetic_releases()
    build_archive(tmp_path, releases[:5])
    app = create_app({"DATA_DIR": tmp_path, "REFRESH_INTERVAL": 0})
    client = app.test_client()
    assert api(client, "")["total"] == 5
    with ReleaseStore(tmp_path) as store:
        store.put(releases[5])
    update_index(tmp_path)
    assert total_soon(client, app, 6) == 6
    with ReleaseStore(tmp_path) as store:
        store.put(releases[6])
    update_index(tmp_path, rebuild=True)
    assert total_soon(client, app, 7) == 7
    assert client.get("/releases/en/1006").status_code == 200


def test_index_built_after_start_is_picked_up(tmp_path):
    app = create_app({"DATA_DIR": tmp_path, "REFRESH_INTERVAL": 0})
    client = app.test_client()
    assert client.get("/").status_code == 503
    build_archive(tmp_path, synthetic_releases()[:3])
    assert total_soon(client, app, 3) == 3


def test_missing_index_gets_a_helpful_503(tmp_path):
    client = create_app({"DATA_DIR": tmp_path}).test_client()
    page = client.get("/")
    assert page.status_code == 503
    assert "ina-archive index --data-dir" in page.get_data(as_text=True)
    body = client.get("/api/search").get_json()
    assert body["status"] == 503 and "no search index" in body["error"]
    assert not any(tmp_path.iterdir()), "the web app must not create anything in the data dir"


def test_bad_request_page_keeps_the_query_to_fix(client):
    html = client.get("/?q=oil+minister&page=0").get_data(as_text=True)
    assert "The page number (page) must be between 1 and 500" in html
    assert 'value="oil minister"' in html


@settings(max_examples=60, deadline=None)
@given(
    q=st.text(max_size=60),
    author=st.text(max_size=30),
    page=st.one_of(st.none(), st.text(max_size=5), st.integers(-5, 600).map(str)),
)
def test_any_input_is_a_page_or_a_400_never_a_500(app, q, author, page):
    client = app.test_client()
    args = {"q": q, "author": author}
    if page is not None:
        args["page"] = page
    for path in ("/", "/api/search"):
        response = client.get(path, query_string=args)
        # The page sends an empty parameter (the form's empty dates) to the same search, clean.
        allowed = (200, 302, 400) if path == "/" else (200, 400)
        assert response.status_code in allowed, (path, args, response.status_code)
        assert "Traceback" not in response.get_data(as_text=True)


def test_trusted_hosts_refuse_other_host_names(data_dir):
    guarded = create_app(
        {
            "DATA_DIR": data_dir,
            "REFRESH_INTERVAL": 0,
            "TRUSTED_HOSTS": "archive.example",
            "BASE_URL": "https://archive.example",
        }
    ).test_client()
    refused = guarded.get("/opensearch.xml", base_url="http://evil.example")
    assert refused.status_code == 400
    assert "https://archive.example/" in refused.get_data(as_text=True)
    api_refused = guarded.get("/api/search", base_url="http://evil.example")
    assert api_refused.status_code == 400 and api_refused.get_json()["ok"] is False
    ours = guarded.get("/feed.atom?q=oil", base_url="http://archive.example:8080")
    assert ours.status_code == 200
    assert "https://archive.example/releases/" in ours.get_data(as_text=True)
