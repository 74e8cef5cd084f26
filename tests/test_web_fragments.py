"""The search page's Python-built parts: links equal to the ones SearchParams and url_for build,
values escaped, and the edit marks looked up only when the index says a match may have one."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from flask import url_for

from crawler.release import Release
from indexer.results import FacetValue, Hit
from web.app import create_app
from web.fragments import byline, facet_checkboxes, hit_rows, release_href
from web.params import FACETS, SearchParams
from web.querylinks import DateLinks, ToggleLinks
from web.views import may_have_edits

VALUES = ["a", "b c", "ü/&=+", "2020", "نفط", "x%20y"]


def random_searches(count: int) -> list[SearchParams]:
    rng = random.Random(13)
    searches = []
    for _ in range(count):
        filters = tuple(
            (name, tuple(rng.sample(VALUES, rng.randint(1, 3))))
            for name in FACETS
            if rng.random() < 0.35
        )
        searches.append(
            SearchParams(
                q=rng.choice(["", "oil", "a&b", '"power station"']),
                filters=filters,
                date_from=rng.choice([None, "2020-01-01"]),
                date_to=rng.choice([None, "2021-06-30"]),
                sort=rng.choice([None, "newest"]),
                page=rng.randint(1, 3),
                per_page=rng.choice([20, 50]),
            )
        )
    return searches


def test_toggle_and_date_links_are_the_query_strings_search_params_builds():
    for i, params in enumerate(random_searches(80)):
        base = ("", "/", "/api/search")[i % 3]
        for name in FACETS:
            links = ToggleLinks(params, name, base)
            for value in VALUES:
                query = params.toggle_url(name, value)
                assert links.url(value) == (base if base and query == "?" else base + query)
        dates = DateLinks(params)
        for start, end in (("2020-01-01", "2020-12-31"), ("1999-02-03", "1999-02-03")):
            assert dates.query(start, end) == params.query_string(date_from=start, date_to=end)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return create_app({"DATA_DIR": tmp_path_factory.mktemp("fragments")})


def hostile_release(key_id: int = 5046) -> Release:
    return Release(
        url=f"https://www.ina.iq/eng/{key_id}--.html?a=1&b=<2>",
        title='<script>alert("t")</script> & co',
        body="<b>body</b> 'quoted' text",
        release_id=key_id,
        date=datetime(2025, 2, 7, 1, 2, tzinfo=timezone(timedelta(hours=3))),
        author='Tiba "T" <Qasim>',
        language="en",
    )


def test_result_rows_escape_every_value_and_link_the_release_page(app):
    release = hostile_release()
    hits = [Hit(release.key, release, 1.0, "", "gone")]
    with app.test_request_context("/"):
        html = str(hit_rows(hits, {}, {release.key}, "en"))
        assert release_href(release) == url_for("views.release", section="en", release_id=5046)
    assert "<script>" not in html and "<b>" not in html and 'Tiba "T"' not in html
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; &amp; co" in html
    assert "<bdi>Tiba &#34;T&#34; &lt;Qasim&gt;</bdi>" in html
    assert 'href="https://www.ina.iq/eng/5046--.html?a=1&amp;b=&lt;2&gt;"' in html
    assert '<h2><a href="/releases/en/5046">' in html
    assert 'class="gone"' in html and 'class="gone edited"' in html
    assert "&lt;b&gt;body&lt;/b&gt; &#39;quoted&#39; text" in html  # no snippet: the excerpt


def test_byline_in_arabic_has_arabic_dates_and_labels(app):
    release = hostile_release()
    with app.test_request_context("/"):
        html = str(byline(release, "ar", "ar"))
    assert (
        '<time datetime="2025-02-07T01:02:00+03:00" lang="ar" dir="rtl">7 شباط 2025، 01:02' in html
    )
    assert '<span class="k">بقلم</span>' in html and '<li class="lang">الإنجليزية</li>' in html


def test_photographer_links_are_the_routes_urls(app):
    names = ["Karam Hadi", "محمد الساعدي", "a/b", "50% ?#&"]
    results = [
        {"value": n, "label": n, "count": 1200, "selected": i == 0} for i, n in enumerate(names)
    ]
    with app.test_request_context("/"):
        html = str(facet_checkboxes("photographer", results, "en"))
        for name in names:
            href = url_for("images.photographer", name=name).replace("&", "&amp;")
            assert f'<a class="photos" href="{href}">' in html
    assert html.count('class="selected"') == 1 and html.count(" checked>") == 1
    assert '<span class="n">1,200</span>' in html and 'value="50% ?#&amp;"' in html


def test_edit_marks_are_looked_up_only_when_the_history_facet_counts_a_match():
    assert may_have_edits({"author": []})  # an index without the facet: ask the store
    assert not may_have_edits({"history": []})
    assert may_have_edits({"history": [FacetValue("removed", 2)]})  # removed may be edited too
    assert may_have_edits({"history": [FacetValue("edited", 1)]})
