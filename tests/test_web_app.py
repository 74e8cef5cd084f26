"""The Flask app over a real on-disk index: every route, parameter and error path."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from crawler.release import Image, Release
from crawler.store import ReleaseStore
from indexer import update_index
from web.app import create_app
from web.security import CONTENT_SECURITY_POLICY

BAGHDAD = ZoneInfo("Asia/Baghdad")
HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
AUTHORS_EN = ["Amna Al-Salami", "Noor Al-Zaidi", "Emad Atta"]
AUTHORS_AR = ["آمنة السلامي", "فاطمة رحمة"]
TOPICS_EN = ["oil exports", "electricity grid", "wheat harvest", "border crossing"]
TOPICS_AR = ["صادرات النفط", "شبكة الكهرباء", "حصاد القمح"]


def synthetic_releases() -> list[Release]:
    """Forty English and twenty Arabic releases over two years, plus one hostile release."""
    releases = []
    start = datetime(2020, 1, 5, 10, 30, tzinfo=BAGHDAD)
    for i in range(40):
        topic = TOPICS_EN[i % len(TOPICS_EN)]
        releases.append(
            Release(
                url=f"https://ina.iq/eng/{1000 + i}--.html",
                release_id=1000 + i,
                title=f"Minister discusses {topic} in Baghdad ({i})",
                body=(
                    f"Baghdad - INA\n\nThe minister discussed {topic} with a delegation on day {i}."
                    f"\n\nNext steps\n\nThe ministry said the {topic} plan continues."
                ),
                date=start + timedelta(days=17 * i),
                author=AUTHORS_EN[i % 3],
                photographer="Safaa Alwan" if i % 2 else None,
                location="Baghdad" if i % 4 else "Basra",
                language="en",
                category="Economy" if i % 2 else "Politics",
                images=(Image(f"https://ina.iq/eng/uploads/posts/2020-01/{i}.jpg", "The meeting"),),
            )
        )
    for i in range(20):
        topic = TOPICS_AR[i % len(TOPICS_AR)]
        releases.append(
            Release(
                url=f"https://ina.iq/{5000 + i}--.html",
                release_id=5000 + i,
                title=f"الوزير يبحث {topic} في بغداد",
                body=f"بغداد - واع\n\nبحث الوزير {topic} مع وفد رسمي.\n\nوأكد استمرار العمل.",
                date=start + timedelta(days=31 * i, hours=3),
                author=AUTHORS_AR[i % 2],
                photographer="كرم الأعسم",
                location="بغداد",
                language="ar",
                category="اقتصاد",
            )
        )
    releases.append(
        Release(
            url="https://ina.iq/eng/9999--.html",
            release_id=9999,
            title=f"Hostile title {HOSTILE}",
            body=f'=HYPERLINK("http://evil") hostile body {HOSTILE}\n\nSecond paragraph.',
            date=datetime(2021, 6, 1, 9, 0, tzinfo=BAGHDAD),
            author=f"Evil {HOSTILE}",
            language="en",
            category="Politics",
        )
    )
    return releases


def build_archive(data_dir: Path, releases: list[Release]) -> None:
    with ReleaseStore(data_dir) as store:
        for release in releases:
            store.put(release)
    update_index(data_dir)


def tree_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(path)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive")
    build_archive(path, synthetic_releases())
    return path


@pytest.fixture(scope="module")
def app(data_dir):
    return create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0})


@pytest.fixture()
def client(app):
    return app.test_client()


def api(client, query: str) -> dict:
    response = client.get("/api/search" + query)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


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
    from tests.test_web_units import write_warc

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
