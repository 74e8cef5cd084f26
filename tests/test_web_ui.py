"""The search page's interface over a real index, through Flask's test client: the interface
language, Arabic dates, the timeline's buckets and zoom, facets (checkboxes, selected first, show
all), errors that keep the search, clean URLs, out-of-range pages and the raw copy page."""

from __future__ import annotations

import re
from datetime import datetime
from html import unescape
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from web_app_fixtures import build_archive, synthetic_releases

from web.app import create_app
from web.i18n import choose_language, date_text, safe_next
from web.params import parse_search
from web.settings import DEFAULTS
from web.timeline import WIDTH, build_timeline, zoom_out

AR = {"Accept-Language": "ar-IQ,ar;q=0.9,en;q=0.5"}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("ui")
    build_archive(data_dir, synthetic_releases())
    return create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0, "FACET_SIZE": 2})


@pytest.fixture()
def client(app):
    return app.test_client()


def parse(pairs):
    from werkzeug.datastructures import MultiDict

    return parse_search(MultiDict(pairs), DEFAULTS)


def html_of(client, path: str, **kwargs) -> str:
    response = client.get(path, **kwargs)
    assert response.status_code == 200, (path, response.status_code)
    return response.get_data(as_text=True)


# --- interface language ---------------------------------------------------------------------


def test_interface_language_from_accept_language_cookie_and_switch(client):
    english = html_of(client, "/?q=minister")
    assert '<html lang="en" dir="ltr">' in english and ">Search</button>" in english
    arabic = html_of(client, "/?q=minister", headers=AR)
    assert '<html lang="ar" dir="rtl">' in arabic and ">بحث</button>" in arabic
    assert "<h3>الكاتب</h3>" in arabic and "تصفية النتائج" in arabic
    # The visible switch goes back to the same page with the choice remembered.
    switch = re.search(r'class="lang-switch" href="([^"]+)"', english).group(1)
    assert unescape(switch).startswith("/language/ar?next=/")
    response = client.get(unescape(switch))
    assert response.status_code == 303 and response.headers["Location"] == "/?q=minister"
    assert "ui=ar" in response.headers["Set-Cookie"]
    assert '<html lang="ar" dir="rtl">' in html_of(client, "/?q=minister")  # the cookie wins
    client.get("/language/en?next=/")
    assert '<html lang="en"' in html_of(client, "/", headers=AR)
    assert "Accept-Language" in client.get("/").headers["Vary"]


def test_language_helpers():
    from werkzeug.datastructures import LanguageAccept

    assert choose_language(None, LanguageAccept([("ar", 1), ("en", 0.5)])) == "ar"
    assert choose_language(None, LanguageAccept([("fr", 1)])) == "en"
    assert choose_language("en", LanguageAccept([("ar", 1)])) == "en"
    assert choose_language("xx", LanguageAccept([("ar", 1)])) == "ar"
    for evil in ("//evil.example/", "https://evil.example/", "\\\\evil", "evil", None, ""):
        assert safe_next(evil) == "/", evil
    assert safe_next("/releases/en/1000?x=1") == "/releases/en/1000?x=1"
    when = datetime(2020, 11, 5, 13, 12, tzinfo=ZoneInfo("Asia/Baghdad"))
    assert date_text(when, "ar") == "5 تشرين الثاني 2020، 13:12"
    assert date_text(when, "en", with_time=False) == "5 Nov 2020"


def test_arabic_releases_have_arabic_dates_in_either_interface(client):
    for headers in ({}, AR):
        page = html_of(client, "/releases/ar/5000", headers=headers)
        assert "5 كانون الثاني 2020" in page and "Jan 2020" not in page
    english = html_of(client, "/releases/en/1000")
    assert "5 Jan 2020, 10:30" in english
    assert "5 كانون الثاني 2020، 10:30" in html_of(client, "/releases/en/1000", headers=AR)


# --- timeline -------------------------------------------------------------------------------


def test_timeline_counts_axis_table_and_zoom(client):
    page = html_of(client, "/?q=minister")
    assert '<svg class="timeline"' in page and 'class="axis"' in page and 'class="scale"' in page
    rows = re.findall(
        r'<tr><th scope="row"><a href="([^"]+)">([^<]+)</a></th><td>([\d,]+)</td>', page
    )
    total = int(re.search(r'class="count"><strong>([\d,]+)</strong>', page).group(1))
    assert rows and sum(int(n.replace(",", "")) for *_, n in rows) == total == 40
    assert "zoom-out" not in page  # no range yet, nothing to zoom out of
    # Zoom in on the first month: day buckets, and a way back out to its year.
    href = unescape(rows[0][0])
    assert parse_qs(urlsplit(href).query)["from"] == ["2020-01-01"]
    month = html_of(client, href)
    assert "Matches per day" in month
    assert "Matches per day, 1 Jan 2020 to 31 Jan 2020" in month  # the whole month searched
    out = unescape(re.search(r'class="zoom-out" href="([^"]+)"', month).group(1))
    assert "Zoom out to 2020" in month
    assert parse_qs(urlsplit(out).query)["to"] == ["2020-12-31"]
    year = html_of(client, out)
    assert "Matches per month" in year and "All dates" in year
    assert "Jan 2020 to Dec 2020" in year
    everything = unescape(re.search(r'class="zoom-out" href="([^"]+)"', year).group(1))
    assert everything == "/?q=minister"


def test_timeline_one_bucket_is_a_bar_not_a_slab():
    timeline = build_timeline([("2021-03", 5)], "month", parse([]))
    widths = [
        float(w)
        for w in re.findall(
            r'class="bar" x="[\d.]+" y="[\d.]+" width="([\d.]+)"', str(timeline["svg"])
        )
    ]
    assert len(widths) == 1 and widths[0] < WIDTH / 10
    assert ">5</text>" in str(timeline["svg"])  # the count is written over the bar
    rtl = build_timeline([("2021-01", 1), ("2021-02", 2)], "month", parse([]), rtl=True)
    xs = [float(x) for x in re.findall(r'class="bar" x="([\d.]+)"', str(rtl["svg"]))]
    assert xs[0] > xs[1]  # time runs right to left in the Arabic interface
    assert [
        r["label"] for r in build_timeline([("2021-01", 1)], "month", parse([]), lang="ar")["rows"]
    ] == ["كانون الثاني 2021"]


def test_zoom_out_steps():
    assert zoom_out(parse([])) is None
    assert zoom_out(parse([("from", "2020-11-05"), ("to", "2020-11-05")])) == (
        "Nov 2020",
        {"date_from": "2020-11-01", "date_to": "2020-11-30"},
    )
    assert zoom_out(parse([("from", "2020-11-01"), ("to", "2020-11-30")]))[1] == {
        "date_from": "2020-01-01",
        "date_to": "2020-12-31",
    }
    assert zoom_out(parse([("from", "2020-01-01"), ("to", "2021-12-31")]))[1] == {
        "date_from": None,
        "date_to": None,
    }


# --- facets -------------------------------------------------------------------------------------


def test_facets_are_checkboxes_selected_first_with_show_all(client):
    page = html_of(client, "/?q=minister&author=Emad+Atta")
    author = page.split('data-facet="author"')[1].split("</fieldset>")[0]
    boxes = re.findall(r'<input type="checkbox" name="author" value="([^"]+)"( checked)?>', author)
    assert boxes[0] == ("Emad Atta", " checked") and all(not c for _, c in boxes[1:])
    assert "☐" not in page and "☑" not in page
    assert "show-all" not in author  # all three authors are shown
    assert "Filters (1)" in page
    unselected = html_of(client, "/?q=minister").split('data-facet="author"')[1]
    assert 'href="/facets/author?q=minister"' in unselected.split("</fieldset>")[0]
    everything = html_of(client, "/facets/author?q=minister&author=Emad+Atta")
    values = re.findall(r'name="author" value="([^"]+)"', everything)
    assert set(values) == {"Amna Al-Salami", "Noor Al-Zaidi", "Emad Atta"}  # more than FACET_SIZE
    assert values[0] == "Emad Atta"
    found = html_of(client, "/facets/author?q=minister&within=zaid")
    assert re.findall(r'name="author" value="([^"]+)"', found) == ["Noor Al-Zaidi"]
    assert "No value contains" in html_of(client, "/facets/author?within=nobody-like-this")
    assert client.get("/facets/nope").status_code == 404


# --- URLs, errors and pages -------------------------------------------------------------------


def test_empty_parameters_redirect_to_the_clean_url(client):
    response = client.get("/?q=minister&from=&to=&author=")
    assert response.status_code == 302 and response.headers["Location"] == "/?q=minister"
    assert client.get("/?q=&from=").headers["Location"] == "/"
    page = html_of(client, "/")
    assert 'feed.atom"' in page and "feed.atom?" not in page and "export.csv?" not in page
    assert not re.search(r'href="[^"]*\?"', page)
    assert "autofocus" not in page
    feed = client.get("/feed.atom").get_data(as_text=True)
    assert '/feed.atom"/>' in feed and '?"' not in feed  # the feed's own links too


def test_a_page_past_the_end_says_so_and_links_back(client):
    page = html_of(client, "/?q=minister&page=40")
    assert "There is no page 40" in page and "page 40 of" not in page
    last = unescape(re.search(r'class="last-page" href="([^"]+)"', page).group(1))
    assert html_of(client, last).count('class="hit"') >= 1


def test_errors_keep_the_search_and_mark_the_field(client):
    response = client.get("/?q=oil+minister&author=Emad+Atta&from=2020-13-45&sort=newest")
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "YYYY-MM-DD" in page
    assert 'value="oil minister"' in page
    assert '<input type="checkbox" name="author" value="Emad Atta" checked>' in page
    assert re.search(r'name="from" value="2020-13-45"[^>]*aria-invalid="true"', page)
    assert '<input type="hidden" name="sort" value="newest">' in page
    bad_sort = client.get("/?q=oil&sort=random").get_data(as_text=True)
    assert 'name="sort"' not in bad_sort and 'value="oil"' in bad_sort  # the bad value is dropped
    arabic = client.get("/?q=oil&page=0", headers=AR).get_data(as_text=True)
    assert "تعذّر تنفيذ هذا البحث" in arabic and 'value="oil"' in arabic
    assert '<p class="error-fix">رقم الصفحة عدد صحيح من 1 إلى 500.</p>' in arabic
    assert "error-fix" not in client.get("/?q=oil&page=0").get_data(as_text=True)
    assert client.get("/api/search?from=2020-13-45").get_json()["ok"] is False


# --- release page and raw copy ------------------------------------------------------------------


def test_release_page_has_details_and_sources_beside_the_text(client):
    page = html_of(client, "/releases/en/1001")
    assert page.index('<article class="release"') < page.index('<aside class="release-side">')
    side = page.split('<aside class="release-side">')[1]
    assert "Noor Al-Zaidi" in side and "Sources and provenance" in side and "More like this" in side


def test_raw_copy_is_a_page_with_a_way_back_for_browsers(tmp_path):
    from test_web_rawcopy import write_warc

    release = synthetic_releases()[0]
    build_archive(tmp_path, [release])
    (tmp_path / "warc").mkdir()
    body = b"<html><body><script>alert('x')</script><h1>Minister</h1></body></html>"
    write_warc(tmp_path / "warc" / "ina-1.warc.gz", [(release.url, body, "utf-8")])
    app = create_app({"DATA_DIR": tmp_path})
    assert app.extensions["ina_raw_copies"].wait_ready(10)
    client = app.test_client()
    page = client.get("/releases/en/1000/raw", headers={"Accept": "text/html,*/*;q=0.8"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert 'class="back-to-release" href="/releases/en/1000"' in html
    assert "&lt;script&gt;alert" in html and "<script>" not in html
    assert "script-src" not in page.headers["Content-Security-Policy"]
    text = client.get("/releases/en/1000/raw?format=text", headers={"Accept": "text/html"})
    assert text.mimetype == "text/plain" and "sandbox" in text.headers["Content-Security-Policy"]
    assert client.get("/releases/en/1000/raw").mimetype == "text/plain"  # curl, scripts


def test_every_interface_string_exists_in_both_languages():
    from pathlib import Path

    from web.messages import AR, EN
    from web.params import FACETS

    assert set(EN) <= set(AR) and all(k.startswith("fix_") for k in set(AR) - set(EN))
    templates = Path(__file__).resolve().parent.parent / "web" / "templates"
    used = {
        key
        for page in templates.glob("*.html")
        for key in re.findall(r"\bt\('(\w+)'[,)]", page.read_text())
    }
    used |= set(FACETS.values()) | {
        "relevance",
        "newest",
        "oldest",
        "per_year",
        "per_month",
        "per_day",
    }
    assert used and not used - set(EN), sorted(used - set(EN))
