"""Unit tests of the web package's pure parts: parameters, facets, timeline, text, settings.
The WARC lookup and the archive handle: test_web_rawcopy.py."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

import pytest
from werkzeug.datastructures import MultiDict

from web.errors import BadParameter
from web.facets import facet_views
from web.params import parse_limit, parse_search
from web.present import excerpt, paragraphs, show_date, text_dir
from web.settings import DEFAULTS, resolve
from web.timeline import bucket_range, build_timeline, fill_buckets

SETTINGS = dict(DEFAULTS)


def parse(pairs):
    return parse_search(MultiDict(pairs), SETTINGS)


def test_parse_full_search_and_round_trip():
    pairs = [
        ("q", "  oil   exports "),
        ("author", "Amna Al-Salami"),
        ("author", "آمنة السلامي"),
        ("author", "Amna Al-Salami"),  # duplicate dropped
        ("language", "ar"),
        ("year", "2020"),
        ("from", "2020-01-01"),
        ("to", "2020-12-31"),
        ("sort", "oldest"),
        ("page", "3"),
        ("per_page", "50"),
    ]
    params = parse(pairs)
    assert params.q == "oil exports"
    assert params.selected("author") == ("Amna Al-Salami", "آمنة السلامي")
    kwargs = params.search_kwargs()
    assert kwargs == {
        "author": ["Amna Al-Salami", "آمنة السلامي"],
        "language": ["ar"],
        "year": ["2020"],
        "query": "oil exports",
        "date_from": "2020-01-01",
        "date_to": "2020-12-31",
        "sort": "oldest",
        "page": 3,
        "per_page": 50,
    }
    again = parse(parse_qsl(params.query_string(page=3)[1:]))
    assert again == params


def test_defaults_sort_newest_without_query_relevance_with():
    assert parse([]).effective_sort == "newest"
    assert parse([("q", "x")]).effective_sort == "relevance"
    assert parse([]).search_kwargs()["per_page"] == 20


@pytest.mark.parametrize(
    "pairs, param, words",
    [
        ([("q", "x" * 501)], "q", "under 500"),
        ([("page", "0")], "page", "between 1 and 500"),
        ([("page", "501")], "page", "between 1 and 500"),
        ([("page", "two")], "page", "whole number"),
        ([("per_page", "101")], "per_page", "between 1 and 100"),
        ([("sort", "random")], "sort", "relevance, newest, oldest"),
        ([("from", "2020-13-01")], "from", "YYYY-MM-DD"),
        ([("to", "yesterday")], "to", "YYYY-MM-DD"),
        ([("from", " 2021-01-01")], "from", "YYYY-MM-DD"),
        ([("year", "20x0")], "year", "four-digit"),
        ([("language", "english!")], "language", "language code"),
        ([("author", "a" * 201)], "author", "too long"),
        ([("category", str(i)) for i in range(21)], "category", "at most 20"),
    ],
)
def test_bad_parameters_raise_sentences(pairs, param, words):
    with pytest.raises(BadParameter) as caught:
        parse(pairs)
    assert caught.value.param == param
    assert caught.value.status == 400
    assert words in caught.value.message
    assert caught.value.message.endswith(".")


def test_toggle_and_chips_keep_other_state():
    params = parse([("q", "oil"), ("author", "A"), ("language", "en"), ("page", "4")])
    on = params.toggled("author", "B")
    assert on.selected("author") == ("A", "B") and on.page == 1 and on.q == "oil"
    off = params.toggled("author", "A")
    assert off.selected("author") == () and off.selected("language") == ("en",)
    chips = params.chips()
    assert [c["label"] for c in chips] == ["Query", "Author", "Language"]
    assert chips[2]["value"] == "English"
    removed = parse(parse_qsl(chips[1]["remove"][1:]))
    assert removed.selected("author") == () and removed.q == "oil"


def test_export_limit():
    assert parse_limit(None, 10_000) == 10_000
    assert parse_limit("5", 10_000) == 5
    with pytest.raises(BadParameter, match="between 1 and 10000"):
        parse_limit("10001", 10_000)


def test_facet_views_shape_truncation_and_missing_selected():
    params = parse([("author", "Zed")])
    facets = {
        "author": [{"value": f"A{i}", "count": 20 - i, "selected": False} for i in range(15)],
        "year": [
            {"value": "2019", "count": 1, "selected": False},
            {"value": "2021", "count": 2, "selected": False},
        ],
    }
    views = {v["name"]: v for v in facet_views(facets, params, size=12)}
    assert list(views) == [
        "author",
        "photographer",
        "category",
        "location",
        "language",
        "year",
        "history",
    ]
    author = views["author"]
    assert author["truncated"] is True
    assert len(author["results"]) == 13  # 12 shown + the selected value with no count
    assert author["results"][0] == {  # selected values first
        "value": "Zed",
        "label": "Zed",
        "count": 0,
        "selected": True,
        "toggle_url": "?",
    }
    assert author["results"][1]["toggle_url"] == "?author=Zed&author=A0"
    assert [r["value"] for r in author["results"][1:4]] == ["A0", "A1", "A2"]  # by count
    based = facet_views(facets, params, size=12, base="/")
    assert based[0]["results"][0]["toggle_url"] == "/"  # no stray "?"
    assert [r["value"] for r in views["year"]["results"]] == ["2021", "2019"]


def test_timeline_fills_gaps_links_bars_and_escapes():
    buckets = fill_buckets([("2020-11", 3), ("2021-02", 1)], "month")
    assert buckets == [("2020-11", 3), ("2020-12", 0), ("2021-01", 0), ("2021-02", 1)]
    assert fill_buckets([("2018", 1), ("2020", 2)], "year") == [
        ("2018", 1),
        ("2019", 0),
        ("2020", 2),
    ]
    assert bucket_range("2020-02") == ("2020-02-01", "2020-02-29")
    assert bucket_range("2019") == ("2019-01-01", "2019-12-31")
    timeline = build_timeline(
        [("2020-11", 3), ("2021-02", 1)], "month", parse([("q", '"><script>')])
    )
    svg = str(timeline["svg"])
    assert svg.startswith("<svg") and svg.count('class="bar"') == 4
    assert "<script>" not in svg and "from=2020-11-01&amp;to=2020-11-30" in svg
    assert [r["count"] for r in timeline["rows"]] == [3, 0, 0, 1]
    assert timeline["first"] == "Nov 2020" and timeline["last"] == "Feb 2021"
    assert build_timeline([], "month", parse([])) is None


def test_paragraphs_subheadings_and_direction():
    body = (
        "Baghdad - INA\n\nThe minister said the plan was ready.\n\nOil exports rise\n\nMore text."
    )
    blocks = paragraphs(body)
    assert [b["heading"] for b in blocks] == [False, False, True, False]
    assert text_dir("ar") == "rtl" and text_dir("en") == "ltr" and text_dir(None) == "auto"
    when = datetime(2020, 11, 5, 13, 12, tzinfo=ZoneInfo("Asia/Baghdad"))
    assert show_date(when) == "5 Nov 2020, 13:12"
    assert excerpt("word " * 100, 20).endswith("…")


def test_settings_layering(monkeypatch):
    values = resolve(
        {"MAX_PAGE": 7}, environ={"INA_ARCHIVE_MAX_PAGE": "9", "INA_ARCHIVE_EXPORT_CAP": "50"}
    )
    assert values["MAX_PAGE"] == 7 and values["EXPORT_CAP"] == 50
    with pytest.raises(ValueError, match="INA_ARCHIVE_EXPORT_CAP"):
        resolve(environ={"INA_ARCHIVE_EXPORT_CAP": "lots"})
