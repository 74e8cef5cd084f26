"""Each rule of the API contract on its own, through the real Flask app over a real index.

The Schemathesis run (test_web_schemathesis.py) checks the whole document; these name the rules
one by one: the errors' content type, ``Allow`` on a 405, empty parameters, the limits the document
states, and absolute URLs that come from ``BASE_URL`` and never from the ``Host`` header.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from index_fixtures import hand_releases, make_store
from lxml import etree

from indexer import update_index
from web.app import create_app
from web.cli import main
from web.urls import normalize_base_url

FORGED = "http://evil.example"
PUBLIC = "https://archive.example.org/ina"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("contract"), hand_releases())
    update_index(path)
    return path


@pytest.fixture(scope="module")
def client(data_dir):
    app = create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0, "BASE_URL": PUBLIC + "/"})
    return app.test_client()


def search_params(client, path="/api/search") -> dict:
    doc = client.get("/api/openapi.json").get_json()
    return {p["name"]: p for p in doc["paths"][path]["get"]["parameters"]}


@pytest.mark.parametrize("path", ["/export.csv", "/export.jsonl", "/feed.atom", "/api/search"])
def test_errors_of_data_addresses_are_json_as_documented(client, path):
    response = client.get(path + "?from=yesterday")
    response.get_data()  # a streamed export must be read to end its request
    assert response.status_code == 400 and response.mimetype == "application/json"
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 400 and "YYYY-MM-DD" in body["error"]
    doc = client.get("/api/openapi.json").get_json()
    assert "application/json" in doc["paths"][path]["get"]["responses"]["400"]["content"]


def test_the_search_page_keeps_html_errors(client):
    response = client.get("/?from=yesterday")
    assert response.status_code == 400 and response.mimetype == "text/html"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "TRACE"])
@pytest.mark.parametrize("path", ["/api/search", "/api/releases/en/1", "/export.csv", "/"])
def test_405_names_the_allowed_methods(client, method, path):
    response = client.open(path, method=method)
    assert response.status_code == 405
    allowed = {m.strip() for m in response.headers["Allow"].split(",")}
    assert allowed == {"GET", "HEAD", "OPTIONS"}
    if path != "/":
        assert response.get_json()["status"] == 405


def test_empty_parameters_are_the_same_as_none(client):
    plain = client.get("/api/search?q=security").get_json()
    empty = client.get(
        "/api/search?q=security&from=&to=&page=&per_page=&sort=&language=&year=&author="
    ).get_json()
    assert empty["total"] == plain["total"] > 0
    assert (empty["page"], empty["per_page"], empty["sort"]) == (1, 20, "relevance")
    assert empty["filters"] == {} and empty["date_from"] is None
    assert client.get("/export.csv?limit=&from=").status_code == 200
    params = search_params(client)
    for name in ("from", "to", "page", "per_page"):
        assert {"type": "string", "maxLength": 0} in params[name]["schema"]["anyOf"], name
    assert "" in params["sort"]["schema"]["enum"]
    assert "" in params["language"]["schema"]["items"]["enum"]


@pytest.mark.parametrize(
    "query, words",
    [
        ("language=fr", "use one of en, ar, ku, tk"),
        ("language=EN", "lower case"),
        ("page=%202", "whole number"),  # a space is not tidied away: the document forbids it
        ("per_page=%2B5", "whole number"),
        ("page=%D9%A3", "whole number"),  # Arabic-Indic three: ASCII digits only
        ("from=%202020-01-01", "YYYY-MM-DD"),
        ("from=2020-W01-1", "YYYY-MM-DD"),  # an ISO week date is not a calendar date
        ("sort=%20newest", "use one of"),
        ("year=20201", "four-digit"),
        ("q=" + "%20" * 501, "under 500"),  # the length sent, before spaces are tidied
        ("author=" + "a%20%20" * 70, "too long"),  # 210 sent, 139 after tidying
        ("category=x&" * 19 + "category=&category=x", "at most 20"),  # every value counts
        ("page=1&page=2", "Give page only once"),  # only the facets are lists
        ("sort=&sort=newest", "Give sort only once"),
        ("q=oil&q=gas", "Give q only once"),
    ],
)
def test_what_the_document_forbids_the_server_refuses(client, query, words):
    response = client.get("/api/search?" + query)
    assert response.status_code == 400, query
    assert words in response.get_json()["error"], response.get_json()


def test_an_export_limit_is_given_once(client):
    response = client.get("/export.csv?limit=&limit=5")
    assert response.status_code == 400 and "Give limit only once" in response.get_json()["error"]
    response = client.get("/export.jsonl?limit=2&language=en&language=ar")
    assert response.status_code == 200 and len(response.get_data(as_text=True).splitlines()) == 2


def test_the_document_states_the_limits_the_server_enforces(client):
    params = search_params(client)
    assert params["language"]["schema"]["items"]["enum"] == ["", "en", "ar", "ku", "tk"]
    assert params["year"]["schema"]["items"]["pattern"] == "^([0-9]{4})?$"
    for name in ("author", "photographer", "category", "location", "language", "year"):
        assert params[name]["schema"]["maxItems"] == 20, name
    assert params["author"]["schema"]["items"]["maxLength"] == 200
    assert params["page"]["schema"]["anyOf"][0] == {"type": "integer", "minimum": 1, "maximum": 500}
    dates = params["from"]["schema"]["anyOf"][0]
    assert dates["format"] == "date" and dates["pattern"] == "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    assert set(search_params(client, "/feed.atom")) == set(params) - {"sort", "page", "per_page"}
    for good in ("language=ar&language=en", "year=2020", "page=500", "per_page=100"):
        assert client.get("/api/search?" + good).status_code == 200, good


def test_a_backwards_date_range_is_searched_forwards_with_a_notice(client):
    data = client.get("/api/search?from=2021-12-31&to=2020-01-01").get_json()
    assert (data["date_from"], data["date_to"]) == ("2020-01-01", "2021-12-31")
    assert data["total"] > 0 and "start date was after the end date" in data["notice"]
    forwards = client.get("/api/search?from=2020-01-01&to=2021-12-31").get_json()
    assert forwards["total"] == data["total"] and not forwards["notice"]


def test_feed_and_opensearch_links_come_from_base_url_not_host(client):
    feed = client.get("/feed.atom?q=security", base_url=FORGED)
    opensearch = client.get("/opensearch.xml", base_url=FORGED)
    doc = client.get("/api/openapi.json", base_url=FORGED).get_json()
    assert doc["servers"] == [{"url": PUBLIC}]
    for response in (feed, opensearch):
        text = response.get_data(as_text=True)
        assert response.status_code == 200 and "evil.example" not in text
    atom = etree.fromstring(feed.data)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    hrefs = [link.get("href") for link in atom.iterfind(".//a:link", ns)]
    ours = [h for h in hrefs if not h.startswith("http://127.0.0.1:8001/")]  # the originals
    assert ours and all(h.startswith(PUBLIC + "/") for h in ours), hrefs
    assert f"{PUBLIC}/releases/en/1" in hrefs
    assert atom.findtext("a:id", namespaces=ns) == f"{PUBLIC}/feed.atom?q=security"
    root = etree.fromstring(opensearch.data)
    templates = [u.get("template") for u in root.iterfind("{*}Url")]
    assert templates and all(t.startswith(PUBLIC + "/") for t in templates)
    assert root.findtext("{*}Image") == f"{PUBLIC}/static/favicon.svg"


def test_default_base_url_is_the_serve_address_never_the_host(data_dir):
    client = create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0}).test_client()
    text = client.get("/opensearch.xml", base_url=FORGED).get_data(as_text=True)
    assert "evil.example" not in text and 'template="http://127.0.0.1:8080/?q=' in text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("", "http://127.0.0.1:8080"),
        ("https://Archive.Example.org/", "https://archive.example.org"),
        (" https://example.org/ina/ ", "https://example.org/ina"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_base_url_is_normalised(raw, expected):
    assert normalize_base_url(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["archive.example.org", "ftp://example.org", "https://", "http://x:99999", "http://x/?a=1"],
)
def test_a_malformed_base_url_is_refused_with_a_sentence(raw, data_dir):
    with pytest.raises(ValueError, match="write it as https://archive.example.org"):
        normalize_base_url(raw)
    result = CliRunner().invoke(main, ["serve", "--data-dir", str(data_dir), "--base-url", raw])
    assert result.exit_code == 1 and "BASE_URL" in result.output
    assert "Traceback" not in result.output


def test_serve_takes_base_url_from_a_flag_or_the_environment(data_dir):
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "--base-url" in result.output
    bad = {"INA_ARCHIVE_BASE_URL": "archive.example.org"}
    result = CliRunner().invoke(main, ["serve", "--data-dir", str(data_dir)], env=bad)
    assert result.exit_code == 1 and "'archive.example.org'" in result.output
