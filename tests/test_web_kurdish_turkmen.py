"""Kurdish and Turkmen in the Flask app, the JSON API, the OpenAPI document and the CLI: the four
languages named in both interface languages, Kurdish right to left as lang="ckb", Turkmen left to
right as lang="tk"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from ku_tk_fixtures import KU_BAGHDAD, RELEASES, TK_CAPS, build_archive

from web.app import create_app
from web.cli import main

NAMES = {
    "en": ("Arabic", "English", "Kurdish (Sorani)", "Turkmen"),
    "ar": ("العربية", "الإنجليزية", "الكردية (السورانية)", "التركمانية"),
}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("ku_tk_web"))


@pytest.fixture(scope="module")
def app(data_dir):
    return create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0})


def _page(app, path: str, ui: str) -> str:
    client = app.test_client()
    client.set_cookie("ui", ui)
    response = client.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


def _facet_labels(html: str) -> list[str]:
    """The labels of the language facet's values on a search page."""
    block = html[html.index('name="language"') - 2000 :]
    return re.findall(r'name="language" value="[a-z]+"[^>]*> <bdi class="v">([^<]+)</bdi>', block)


@pytest.mark.parametrize("ui", ["en", "ar"])
def test_language_facet_names_all_four_in_the_interface_language(app, ui) -> None:
    html = _page(app, "/", ui)
    assert sorted(_facet_labels(html)) == sorted(NAMES[ui])


@pytest.mark.parametrize("ui", ["en", "ar"])
def test_kurdish_release_page_is_right_to_left_and_says_its_language(app, ui) -> None:
    html = _page(app, "/releases/ku/101", ui)
    assert '<article class="release" lang="ckb" dir="rtl">' in html
    assert f'<li class="lang">{NAMES[ui][2]}</li>' in html


@pytest.mark.parametrize("ui", ["en", "ar"])
def test_turkmen_release_page_is_left_to_right(app, ui) -> None:
    html = _page(app, "/releases/tk/202", ui)
    assert '<article class="release" lang="tk" dir="ltr">' in html
    assert f'<li class="lang">{NAMES[ui][3]}</li>' in html


def test_results_carry_each_release_language_and_direction(app) -> None:
    html = _page(app, "/?q=بهغدا+OR+kerkük", "en")
    assert '<li class="hit" lang="ckb" dir="rtl">' in html
    assert '<li class="hit" lang="tk" dir="ltr">' in html


def test_api_release_and_search_carry_the_language(app) -> None:
    client = app.test_client()
    release = client.get("/api/releases/ku/101").get_json()["release"]
    assert release["language"] == "ku" and release["key"] == KU_BAGHDAD.key
    for code, count in (("ku", 4), ("tk", 2)):
        data = client.get(f"/api/search?language={code}").get_json()
        assert data["total"] == count
        assert {hit["release"]["language"] for hit in data["hits"]} == {code}
    facet = next(f for f in data["facets"] if f["name"] == "language")
    assert {v["value"] for v in facet["results"]} == {r.language for r in RELEASES}
    assert client.get("/api/search?language=kur").status_code == 400


def test_openapi_language_filter_lists_the_four_codes(app) -> None:
    document = app.test_client().get("/api/openapi.json").get_json()
    params = document["paths"]["/api/search"]["get"]["parameters"]
    language = next(p for p in params if p.get("name") == "language")
    assert language["schema"]["items"]["enum"] == ["", "en", "ar", "ku", "tk"]
    for name in ("Arabic", "English", "Kurdish", "Turkmen"):
        assert name in language["description"]
    query = next(p for p in params if p.get("name") == "q")
    assert "Kurdish" in query["description"] and "Turkmen" in query["description"]


@pytest.mark.parametrize(("code", "release"), [("ku", KU_BAGHDAD), ("tk", TK_CAPS)])
def test_cli_language_option_accepts_kurdish_and_turkmen(data_dir, code, release) -> None:
    runner = CliRunner(env={"INA_ARCHIVE_DATA_DIR": None})
    args = ["search", "--language", code, "--data-dir", str(data_dir)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert release.key in result.output
    other = "tk" if code == "ku" else "ku"
    assert f"{other}/" not in result.output


@pytest.mark.parametrize("ui", ["en", "ar"])
def test_search_tips_show_kurdish_and_turkmen_examples_that_find_releases(app, ui) -> None:
    from html import unescape

    html = _page(app, "/", ui)
    tips = html.split('<details class="syntax">')[1].split("</details>")[0]
    assert "Kurdish" in tips if ui == "en" else "الكردية" in tips
    examples = {unescape(q) for q in re.findall(r"<kbd class=\"example\"[^>]*>([^<]+)</kbd>", tips)}
    client = app.test_client()
    for query, language in (("ههولير", "ku"), ("KERKÜK", "tk")):
        assert query in examples
        found = client.get("/api/search", query_string={"q": query}).get_json()
        assert found["total"] and {h["release"]["language"] for h in found["hits"]} == {language}


def test_feed_entries_carry_the_language_tag(app) -> None:
    feed = app.test_client().get("/feed.atom?q=ههولير+OR+kerkük").get_data(as_text=True)
    assert 'xml:lang="ckb"' in feed and 'xml:lang="tk"' in feed


@pytest.mark.parametrize("ui", ["en", "ar"])
def test_language_filter_chips_are_named_in_the_interface_language(app, ui) -> None:
    html = _page(app, "/?language=ku&language=tk", ui)
    chips = html.split('<nav class="chips"')[1].split("</nav>")[0]
    assert f"<bdi>{NAMES[ui][2]}</bdi>" in chips and f"<bdi>{NAMES[ui][3]}</bdi>" in chips


def test_a_bad_language_names_all_four_codes_in_both_interfaces(app) -> None:
    client = app.test_client()
    english = client.get("/?language=kur").get_data(as_text=True)
    assert "en, ar, ku, tk" in english
    client.set_cookie("ui", "ar")
    arabic = client.get("/?language=kur").get_data(as_text=True)
    assert "ku (الكردية)" in arabic and "tk (التركمانية)" in arabic
