"""The Flask app over a real on-disk index: the search page, bad requests, escaping and security
headers. Release pages, the API document, feeds, exports and the live index: test_web_app_pages.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_app_fixtures import HOSTILE, api, make_archive, tree_digest

from web.app import create_app
from web.security import CONTENT_SECURITY_POLICY


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return make_archive(tmp_path_factory)


@pytest.fixture(scope="module")
def app(data_dir):
    return create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0})


@pytest.fixture()
def client(app):
    return app.test_client()


# --- search page -------------------------------------------------------------------------------


def test_search_page_shows_results_facets_and_links(client):
    response = client.get("/?q=minister")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "releases" in html and " ms" in html
    assert 'href="/releases/en/1000"' in html
    assert 'href="https://ina.iq/eng/1000--.html"' in html
    assert "<mark>" in html
    for label in ("Author", "Photographer", "Category", "Place", "Language", "Year"):
        assert f"<h3>{label}</h3>" in html
    assert 'rel="search"' in html and "/opensearch.xml" in html
    assert '<svg class="timeline"' in html


def test_browse_without_query_lists_newest_first(client):
    data = api(client, "")
    assert data["total"] == 61 and data["sort"] == "newest"
    dates = [h["release"]["date"] for h in data["hits"]]
    assert dates == sorted(dates, reverse=True)


def test_facet_values_or_within_and_across(client):
    one = api(client, "?author=Amna+Al-Salami")["total"]
    two = api(client, "?author=Noor+Al-Zaidi")["total"]
    both = api(client, "?author=Amna+Al-Salami&author=Noor+Al-Zaidi")
    assert one and two and both["total"] == one + two
    narrowed = api(client, "?author=Amna+Al-Salami&author=Noor+Al-Zaidi&category=Economy")
    assert 0 < narrowed["total"] < both["total"]
    author = next(f for f in both["facets"] if f["name"] == "author")
    selected = [r["value"] for r in author["results"] if r["selected"]]
    assert sorted(selected) == ["Amna Al-Salami", "Noor Al-Zaidi"]
    toggle = next(r["toggle_url"] for r in author["results"] if r["value"] == "Noor Al-Zaidi")
    assert toggle.startswith("/api/search?")
    assert client.get(toggle).get_json()["total"] == one


def test_chips_remove_their_filter(client):
    html = client.get("/?q=minister&language=en&category=Economy").get_data(as_text=True)
    assert html.count('class="chip"') == 3
    assert 'href="/?q=minister&amp;language=en"' in html  # the Economy chip's removal link
    assert "Clear all" in html


def test_sort_and_pages(client):
    newest = api(client, "?language=en&sort=newest&per_page=5")
    oldest = api(client, "?language=en&sort=oldest&per_page=5")
    assert newest["hits"][0]["release"]["date"] > oldest["hits"][0]["release"]["date"]
    page2 = api(client, "?language=en&sort=oldest&per_page=5&page=2")
    assert page2["page"] == 2 and page2["pages"] == oldest["pages"] == 9
    assert page2["hits"][0]["release"]["date"] > oldest["hits"][-1]["release"]["date"]
    assert oldest["next_url"] == "/api/search?language=en&sort=oldest&per_page=5&page=2"
    html = client.get("/?language=en&per_page=5&page=2").get_data(as_text=True)
    assert 'rel="prev"' in html and 'rel="next"' in html and 'aria-current="page">2<' in html


def test_date_range_and_year(client):
    data = api(client, "?from=2020-01-01&to=2020-03-31&sort=oldest")
    assert data["total"] > 0
    assert all("2020-01" <= h["release"]["date"][:7] <= "2020-03" for h in data["hits"])
    years = api(client, "?year=2021")
    assert years["total"] > 0 and all(
        h["release"]["date"].startswith("2021") for h in years["hits"]
    )
    assert data["histogram"]["unit"] in ("month", "year")


def test_arabic_query_and_rtl_results(client):
    data = api(client, "?q=" + "النفط")
    assert data["total"] > 0 and all(h["release"]["language"] == "ar" for h in data["hits"])
    html = client.get("/?q=" + "النفط").get_data(as_text=True)
    assert 'lang="ar" dir="rtl"' in html
    page = client.get("/releases/ar/5000").get_data(as_text=True)
    assert '<article class="release" lang="ar" dir="rtl">' in page


def test_empty_results_get_a_helpful_page(client):
    response = client.get("/?q=zzzqqqxxy&category=Economy")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "No releases match" in html and "drop all filters" in html


def test_did_you_mean(client):
    data = api(client, "?q=ministr")
    assert data["suggestion"], "the archive should suggest a spelling for a near miss"
    html = client.get("/?q=ministr").get_data(as_text=True)
    assert "Did you mean" in html


def test_malformed_query_is_never_a_500(client):
    for q in ['"unclosed phrase', "title:(", "AND OR NOT", "*", "a" * 500, "((((", "author:"]:
        response = client.get("/", query_string={"q": q})
        assert response.status_code in (200, 400), q
        assert "Traceback" not in response.get_data(as_text=True)
    html = client.get("/", query_string={"q": '"unclosed phrase'}).get_data(as_text=True)
    assert '<p class="notice" role="status">' in html and "unbalanced quote" in html


# --- bad requests --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, words",
    [
        ("?q=" + "x" * 501, "under 500 characters"),
        ("?page=0", "between 1 and 500"),
        ("?page=501", "between 1 and 500"),
        ("?per_page=101", "between 1 and 100"),
        ("?per_page=abc", "whole number"),
        ("?sort=random", "use one of relevance"),
        ("?from=2020-02-30", "YYYY-MM-DD"),
        ("?year=twenty", "four-digit year"),
    ],
)
def test_bad_parameters_are_400_everywhere(client, query, words):
    page = client.get("/" + query)
    assert page.status_code == 400 and words in page.get_data(as_text=True)
    assert "text/html" in page.content_type
    for path in ("/api/search", "/export.jsonl"):
        response = client.get(path + query)
        assert response.status_code == 400
        body = response.get_json()
        assert body["ok"] is False and body["status"] == 400 and words in body["error"]
    assert client.get("/feed.atom" + query).status_code in (200, 400)
    export = client.get("/export.csv" + query)
    export.get_data()  # a streamed export must be read (or closed) to end its request
    assert export.status_code in (200, 400)


def test_unknown_release_and_section_are_404(client):
    for path in ("/releases/en/424242", "/releases/xx/1000", "/releases/en/abc", "/nope"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "text/html" in response.content_type
    body = client.get("/api/releases/en/424242").get_json()
    assert body == {
        "ok": False,
        "error": "The archive has no release en/424242.",
        "status": 404,
        "hint": "It may not have been crawled yet; try searching for its title.",
    }
    assert client.get("/api/releases/../../etc/passwd").status_code == 404
    assert client.get("/releases/en/1000/../../../releases.sqlite").status_code == 404


def test_json_errors_for_api_and_accept_header(client):
    body = client.get("/api/nothing-here").get_json()
    assert body["ok"] is False and body["status"] == 404
    body = client.get("/?page=0", headers={"Accept": "application/json"}).get_json()
    assert body["status"] == 400


def test_read_only_methods_and_data_untouched(client, data_dir):
    before = tree_digest(data_dir)
    for path in ("/", "/api/search", "/releases/en/1000", "/export.csv"):
        for method in (client.post, client.put, client.delete):
            assert method(path).status_code == 405
    client.get("/?q=oil")
    client.get("/export.jsonl")
    assert tree_digest(data_dir) == before


# --- escaping and headers -------------------------------------------------------------------------


def test_hostile_query_is_escaped(client):
    response = client.get("/", query_string={"q": HOSTILE, "author": HOSTILE})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html or "&#34;&gt;&lt;script&gt;" in html
    bad = client.get("/", query_string={"q": HOSTILE, "page": HOSTILE}).get_data(as_text=True)
    assert "<script>alert" not in bad
    feed = client.get("/feed.atom", query_string={"q": HOSTILE}).get_data(as_text=True)
    assert "<script>alert" not in feed


def test_hostile_release_content_is_escaped(client):
    html = client.get("/releases/en/9999").get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "Hostile title &#34;&gt;&lt;script&gt;" in html
    results = client.get("/?q=hostile").get_data(as_text=True)
    assert "Hostile title" in results
    assert "<script>alert" not in results and "<img src=x" not in results


def test_security_headers_on_every_kind_of_response(client):
    for path in (
        "/",
        "/releases/en/1000",
        "/api/search",
        "/feed.atom",
        "/export.csv",
        "/nope",
        "/?page=0",
        "/static/style.css",
    ):
        response = client.get(path)
        response.close()
        assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, path
        assert (
            "script-src" not in CONTENT_SECURITY_POLICY
            and "unsafe-inline" not in CONTENT_SECURITY_POLICY
        )
        assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
