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


def test_release_page_direction(ui_browser, base_url):  # noqa: F811
    """Kurdish in the English interface is RTL, Turkmen in the Arabic interface is LTR."""
    context = ui_browser.new_context(viewport={"width": 1366, "height": 900})
    try:
        page = context.new_page()
        page.goto(base_url + "/releases/ku/102")  # no cookie: the English interface
        kurdish = page.evaluate(_LAYOUT)
        shot(page, "release-ckb-in-en", full=False)
        context.add_cookies([{"name": "ui", "value": "ar", "url": base_url}])
        page.goto(base_url + "/releases/tk/202")
        turkmen = page.evaluate(_LAYOUT)
        assert page.evaluate("document.documentElement.dir") == "rtl"  # the Arabic interface
    finally:
        context.close()
    assert kurdish["lang"] == "ckb" and kurdish["direction"] == "rtl"
    assert turkmen["lang"] == "tk" and turkmen["direction"] == "ltr"
    # A short title starts at the side its direction starts from: the right for Kurdish.
    assert kurdish["gapRight"] < 2 < kurdish["gapLeft"], kurdish
    assert turkmen["gapLeft"] < 2 < turkmen["gapRight"], turkmen
