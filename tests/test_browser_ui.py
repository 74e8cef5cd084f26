"""The interface in real headless Chromium at 1366 px and 390 px, in English and Arabic: the
layout (boxes, direction, visibility), the timeline's zoom, facets, the phone's filter panel, the
release page, errors and the language switch. Screenshots are kept under
``test-artifacts/screenshots/ui/`` for people to look at; nothing is compared pixel by pixel."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from chromium import requires_chromium
from ui_fixtures import box, shot, ui_archive, ui_base_url, ui_browser  # noqa: F401

pytestmark = [pytest.mark.browser, requires_chromium]

WIDTHS = {"desktop": 1366, "phone": 390}
LABELS = {"en": ("Search", "Filters"), "ar": ("بحث", "المرشحات")}
ARABIC_WORD = re.compile(r"[\u0621-\u064A]{3}")
AR_MONTHS = ("كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين")


ALL = pytest.mark.parametrize(
    "view", [(w, lang) for w in WIDTHS for lang in ("en", "ar")], indirect=True, ids="-".join
)
TWO = pytest.mark.parametrize(
    "view", [("desktop", "en"), ("phone", "ar")], indirect=True, ids="-".join
)


@pytest.fixture()
def view(request, ui_browser):  # noqa: F811
    """A page at one width in one interface language (from Accept-Language), watched for errors."""
    width, lang = request.param
    context = ui_browser.new_context(
        viewport={"width": WIDTHS[width], "height": 900 if width == "desktop" else 844},
        is_mobile=width == "phone",
        extra_http_headers={"Accept-Language": "ar-IQ,ar;q=0.9" if lang == "ar" else "en-GB,en"},
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on(
        "console",
        # The error page itself answers 400: the browser logs that, and only that is expected.
        lambda m: (
            problems.append(m.text) if m.type == "error" and "status of 400" not in m.text else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    yield page, width, lang
    context.close()
    assert not problems, f"browser console errors: {problems}"


def no_overflow(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.viewport_size["width"]
    assert width <= viewport, f"{page.url} is {width}px wide in a {viewport}px window"


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


@ALL
def test_search_page_layout_timeline_and_filters(view, ui_base_url, ui_archive):  # noqa: F811
    page, width, lang = view
    word = ui_archive[1]["en"]
    page.goto(f"{ui_base_url}/?q={word}")
    name = f"{width}-{lang}"
    # The interface language and direction, with nothing focused on load (no focus ring).
    assert page.locator("html").get_attribute("lang") == lang
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("form.search button[type=submit]").first.inner_text() == LABELS[lang][0]
    assert page.evaluate("document.activeElement === document.body")
    assert page.locator(".lang-switch").is_visible()
    no_overflow(page)

    # The timeline: bars, an axis, counts, labels that do not overlap.
    svg = box(page, "svg.timeline")
    assert svg["width"] > page.viewport_size["width"] * 0.5 and svg["height"] > 50
    assert page.locator("svg.timeline rect.bar").count() >= 2
    ticks = [
        b
        for b in page.locator("svg.timeline text.tick").evaluate_all(
            "els => els.filter(e => getComputedStyle(e).display !== 'none')"
            ".map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; })"
        )
    ]
    ticks.sort()
    assert len(ticks) >= 2
    assert all(a[1] <= b[0] + 1 for a, b in zip(ticks, ticks[1:], strict=False)), ticks
    assert page.locator("details.timeline-table tbody tr").count() >= 2
    shot(page, f"{name}-search", full=False)

    results, filters = "section.results", "aside.facets"
    if width == "desktop":
        # Filters beside the results: left of them in English, right of them in Arabic.
        res, fac = box(page, results), box(page, filters)
        assert abs(res["y"] - fac["y"]) < 80
        if lang == "ar":
            assert fac["x"] > res["x"] + res["width"] - 5
        else:
            assert fac["x"] + fac["width"] < res["x"] + 5
        assert not page.locator("a.open-filters").is_visible()
    else:
        # A "Filters (n)" control at the top opens the filters over the results; "Show results"
        # goes back.
        opener = page.locator("a.open-filters")
        assert opener.is_visible() and LABELS[lang][1] in opener.inner_text()
        assert box(page, "a.open-filters")["y"] < box(page, "li.hit")["y"]
        assert not page.locator(filters).is_visible()
        opener.click()
        assert page.locator(filters).is_visible()
        panel = box(page, filters)
        assert panel["width"] >= page.viewport_size["width"] - 2 and panel["y"] <= 1
        shot(page, f"{name}-filters-open", full=False)
        page.locator("a.close-filters").click()
        assert not page.locator(filters).is_visible()


@TWO
def test_facet_checkboxes_and_timeline_zoom(view, ui_base_url, ui_archive):  # noqa: F811
    page, width, lang = view
    name = f"{width}-{lang}"
    page.goto(f"{ui_base_url}/?q={ui_archive[1]['en']}")
    # Tick a category in the filters and apply: the search narrows, the value comes first.
    if width == "phone":
        page.locator("a.open-filters").click()
    facet = page.locator("fieldset.facet[data-facet=category] li label").nth(1)
    value = facet.locator("bdi.v").inner_text()
    facet.locator("input[type=checkbox]").check()
    facet.locator("xpath=ancestor::form").locator("button.apply-filters").first.click()
    page.wait_for_url(re.compile(r"category="))
    assert query(page)["category"] == [value]
    first = page.locator("fieldset.facet[data-facet=category] li").first
    assert first.locator("input").is_checked() and first.locator("bdi.v").inner_text() == value
    assert "(1)" in page.locator("a.open-filters").inner_text()

    # Zoom into the newest bar, then out again with the visible control.
    page.locator("svg.timeline a.bucket").last.click()
    page.wait_for_url(re.compile(r"from="))
    assert "from" in query(page) and "to" in query(page)
    zoom = page.locator("a.zoom-out")
    assert zoom.is_visible()
    no_overflow(page)
    shot(page, f"{name}-zoomed", full=False)
    zoom.click()
    page.wait_for_url(lambda url: "from=" not in url or "-12-31" in url)
    no_overflow(page)

    # "Show all values": every author with counts, narrowed by a part of a name, applied back.
    page.goto(f"{ui_base_url}/?q={ui_archive[1]['en']}")
    if width == "phone":
        page.locator("a.open-filters").click()
    page.locator("fieldset.facet[data-facet=author] .show-all a").click()
    page.wait_for_url(re.compile(r"/facets/author\?"))
    names = page.locator("fieldset.facet li bdi.v").all_inner_texts()
    assert len(names) > 5  # more than the sidebar's FACET_SIZE
    part = names[-1].split()[-1][:4]
    page.fill("input[name=within]", part)
    page.locator("form.find-value button").click()
    page.wait_for_url(re.compile(r"within="))
    found = page.locator("fieldset.facet li bdi.v").all_inner_texts()
    assert found and all(part.casefold() in name.casefold() for name in found)
    no_overflow(page)
    shot(page, f"{name}-all-authors", full=False)
    page.locator("fieldset.facet li input").first.check()
    page.locator("form.all-values button.apply-filters").click()
    page.wait_for_url(re.compile(r"author="))
    assert query(page)["author"] == [found[0]] and query(page)["q"] == [ui_archive[1]["en"]]


@ALL
def test_release_page_layout_and_arabic_dates(view, ui_base_url, ui_archive):  # noqa: F811
    page, width, lang = view
    name = f"{width}-{lang}"
    arabic = next(r for r in ui_archive[2] if r.language == "ar" and r.images)
    page.goto(f"{ui_base_url}/releases/{arabic.key}")
    article, side = box(page, "article.release"), box(page, "aside.release-side")
    if width == "desktop":
        # Details and sources beside the text, which uses most of the width.
        assert abs(article["y"] - side["y"]) < 40
        assert article["width"] > 700
        assert (side["x"] < article["x"]) if lang == "ar" else (side["x"] > article["x"])
    else:
        assert side["y"] >= article["y"] + article["height"] - 1  # under the text
    date = page.locator("article.release .dateline time").inner_text()
    assert any(month in date for month in AR_MONTHS), date  # an Arabic release: Arabic months
    assert page.locator("article.release").evaluate("e => getComputedStyle(e).direction") == "rtl"
    no_overflow(page)
    shot(page, f"{name}-release-ar")

    page.goto(ui_base_url + "/releases/en/9948")
    date = page.locator(
        "aside.release-side time"
    ).first.inner_text()  # the release date, then its history
    assert any(m in date for m in AR_MONTHS) == (lang == "ar"), date
    assert page.locator("article.release").evaluate("e => getComputedStyle(e).direction") == "ltr"
    no_overflow(page)
    shot(page, f"{name}-release-en")


@ALL
def test_errors_keep_the_search(view, ui_base_url):  # noqa: F811
    page, width, lang = view
    response = page.goto(f"{ui_base_url}/?q=oil&category=Economy&from=2020-13-45")
    assert response.status == 400
    assert page.locator("form.search-again input[name=q]").input_value() == "oil"
    bad = page.locator("form.search-again input[name=from]")
    assert bad.input_value() == "2020-13-45" and bad.get_attribute("aria-invalid") == "true"
    assert page.locator("form.search-again input[name=category]").is_checked()
    no_overflow(page)
    shot(page, f"{width}-{lang}-error", full=False)


@pytest.mark.parametrize("view", [("desktop", "en")], indirect=True, ids="-".join)
def test_fixing_an_error_and_the_language_switch(view, ui_base_url):  # noqa: F811
    page, width, lang = view
    page.goto(f"{ui_base_url}/?q=oil&category=Economy&from=2020-13-45")
    bad = page.locator("form.search-again input[name=from]")
    # Fix the date and search again: the words and the filter are still there.
    bad.fill("2020-01-01")
    page.locator("form.search-again button[type=submit]").click()
    page.wait_for_url(re.compile(r"from=2020-01-01"))
    assert query(page)["q"] == ["oil"] and query(page)["category"] == ["Economy"]

    # The switch: the other language, on the same page, remembered.
    page.locator("a.lang-switch").click()
    other = "en" if lang == "ar" else "ar"
    page.wait_for_function(f"document.documentElement.lang === '{other}'")
    assert query(page)["q"] == ["oil"] and query(page)["from"] == ["2020-01-01"]
    page.goto(ui_base_url + "/")
    assert page.locator("html").get_attribute("lang") == other


def test_example_queries_on_the_page_find_releases(ui_archive):  # noqa: F811
    """Every query the page suggests (search tips and placeholder) finds something in the demo's
    kind of data, in both interface languages."""
    from html import unescape

    from web.app import create_app

    client = create_app({"DATA_DIR": ui_archive[0]}).test_client()
    for lang in ("en", "ar"):
        page = client.get("/", headers={"Accept-Language": lang}).get_data(as_text=True)
        tips = page.split('<details class="syntax">')[1].split("</details>")[0]
        queries = [unescape(q) for q in re.findall(r"<code[^>]*>([^<]+)</code>", tips)]
        placeholder = unescape(re.search(r'placeholder="([^"]+)"', page).group(1))
        examples = re.sub(r"^\s*(e\.g\.|مثلاً:)", "", placeholder.split("—")[1])
        queries += [w.strip() for w in re.split(r"[,،]", examples)]
        assert "oil" in queries and "النفط" in queries
        assert len(queries) >= 8, queries
        for text in queries:
            found = client.get("/api/search", query_string={"q": text}).get_json()
            assert found["total"] > 0, (lang, text)


def direction(page, selector: str) -> str:
    return page.locator(selector).first.evaluate("e => getComputedStyle(e).direction")


def test_arabic_error_pages_are_right_to_left_and_keep_the_query(ui_browser, ui_base_url):  # noqa: F811
    context = ui_browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(ui_base_url + "/")
        page.locator("a.lang-switch").click()  # the visible switch, not the browser's language
        page.wait_for_function("document.documentElement.lang === 'ar'")
        response = page.goto(f"{ui_base_url}/?q=oil&category=Economy&from=2020-13-45")
        assert response.status == 400 and page.locator("html").get_attribute("dir") == "rtl"
        message = page.locator("p.error-message").inner_text()
        assert ARABIC_WORD.search(message) and "2020-13-45" in message and "date" not in message
        assert direction(page, "p.error-message") == "rtl"
        assert page.locator("form.search-again input[name=q]").input_value() == "oil"
        assert page.locator("form.search-again input[name=category]").is_checked()
        # Right to left: the heading's text sits at the right, the box before its button.
        text = page.locator(".error-page h1").evaluate(
            "e => { const r = document.createRange(); r.selectNodeContents(e);"
            " const b = r.getBoundingClientRect(); return [b.left, b.right]; }"
        )
        assert text[0] > 1366 / 2, text
        query, button = box(page, "form.search-again input[name=q]"), box(page, ".query-row button")
        assert query["x"] > button["x"]
        shot(page, "desktop-ar-error-switch", full=False)
        response = page.goto(f"{ui_base_url}/releases/en/999999")
        assert response.status == 404 and page.locator("h1").inner_text() == "غير موجود"
        assert ARABIC_WORD.search(page.locator("p.hint").inner_text())
        shot(page, "desktop-ar-error-404", full=False)
    finally:
        context.close()
