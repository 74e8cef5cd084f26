"""A Kurdish release page in headless Chromium is laid out right to left in the English
interface, a Turkmen one left to right in the Arabic interface."""

from __future__ import annotations

import threading

import pytest
from chromium import requires_chromium
from ku_tk_fixtures import build_archive
from ui_fixtures import shot, ui_browser  # noqa: F401
from werkzeug.serving import make_server

from web.app import create_app

pytestmark = [pytest.mark.browser, requires_chromium]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    app = create_app({"DATA_DIR": build_archive(tmp_path_factory.mktemp("ku_tk_browser"))})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


_LAYOUT = """() => {
  const article = document.querySelector('article.release');
  const title = article.querySelector('h1');
  const range = document.createRange();
  range.selectNodeContents(title);
  const text = range.getBoundingClientRect();
  const box = title.getBoundingClientRect();
  return {
    lang: article.lang,
    direction: getComputedStyle(article).direction,
    gapLeft: text.left - box.left,
    gapRight: box.right - text.right,
  };
}"""


@pytest.mark.parametrize(
    ("ui", "path", "lang", "direction"),
    [
        ("en", "/releases/ku/102", "ckb", "rtl"),  # a right-to-left release in an LTR interface
        ("ar", "/releases/tk/202", "tk", "ltr"),  # and the other way round
    ],
)
def test_release_page_direction(ui_browser, base_url, ui, path, lang, direction):  # noqa: F811
    context = ui_browser.new_context(
        viewport={"width": 1366, "height": 900},
        extra_http_headers={"Accept-Language": "ar-IQ,ar" if ui == "ar" else "en-GB,en"},
    )
    try:
        page = context.new_page()
        page.goto(base_url + path)
        layout = page.evaluate(_LAYOUT)
        shot(page, f"release-{lang}-{ui}", full=False)
    finally:
        context.close()
    assert layout["lang"] == lang and layout["direction"] == direction
    # The short title starts at the side its direction starts from: the right for Kurdish.
    start, end = ("gapRight", "gapLeft") if direction == "rtl" else ("gapLeft", "gapRight")
    assert layout[start] < 2 < layout[end], layout
