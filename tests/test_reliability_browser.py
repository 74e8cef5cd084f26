"""XSS end to end in real headless Chromium: the hostile archive served by waitress, every page
visited with payloads in its parameters; no dialog opens, no script runs, and the browser never
has to block one (a CSP violation would mean escaping failed and only the CSP saved us)."""

from __future__ import annotations

import threading
from urllib.parse import urlencode

import pytest
import waitress
from chromium import launch, requires_chromium
from flask import Flask
from reliability.hostile_archive import HOSTILE_ID, build

from web import security
from web.app import create_app

PAYLOADS = (
    "<script>window.__xss=1;alert(1)</script>",
    '"><img src=x onerror="window.__xss=2;alert(2)">',
    "'><svg onload=alert(3)>",
    "javascript:alert(4)",
    "</title><script>alert(5)</script>",
)

pytestmark = [pytest.mark.browser, requires_chromium]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    data_dir = build(tmp_path_factory.mktemp("browser-hostile"))
    app = create_app({"DATA_DIR": data_dir})
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=10)


def _urls(base: str) -> list[str]:
    urls = [
        f"{base}/releases/en/{HOSTILE_ID}",
        f"{base}/releases/en/{HOSTILE_ID}/raw",
        f"{base}/?q=envoy",
        f"{base}/feed.atom?q=envoy",
    ]
    for payload in PAYLOADS:
        for params in (
            {"q": payload},
            {"author": payload, "q": "envoy"},
            {"category": payload, "location": payload},
            {"from": payload},
            {"sort": payload},
            {"page": payload},
        ):
            urls.append(f"{base}/?{urlencode(params)}")
        urls.append(f"{base}/feed.atom?{urlencode({'q': payload})}")
        urls.append(f"{base}/nope/{payload}")
    return urls


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def _watched_page(browser, dialogs: list[str], console: list[str]):
    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))
    return page


def _blocked(console: list[str]) -> list[str]:
    return [line for line in console if "Content Security Policy" in line or "pageerror" in line]


def test_the_detector_sees_a_script_the_csp_blocks(browser):
    """Negative control: an unescaped payload under our headers shows up as a CSP violation."""
    app = Flask(__name__)
    security.install(app)
    app.add_url_rule("/", "x", lambda: '<img src=x onerror="alert(1)"><script>alert(2)</script>')
    server = waitress.create_server(app, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    dialogs: list[str] = []
    console: list[str] = []
    page = _watched_page(browser, dialogs, console)
    page.goto(f"http://127.0.0.1:{server.effective_port}/")
    page.wait_for_timeout(300)
    page.context.close()
    server.close()
    thread.join(timeout=10)
    assert dialogs == []  # the CSP held
    assert len(_blocked(console)) >= 2  # and the browser said it had to


@pytest.mark.slow
def test_no_payload_runs_or_needs_blocking_in_chromium(browser, base_url):
    dialogs: list[str] = []
    console: list[str] = []
    visited = 0
    page = _watched_page(browser, dialogs, console)
    for url in _urls(base_url):
        page.goto(url)
        visited += 1
        assert page.evaluate("() => window.__xss === undefined"), url
        links = (
            "els => els.flatMap(e => ['href', 'src', 'action']"
            ".map(a => (e.getAttribute(a) || '').trim()))"
        )
        for href in page.eval_on_selector_all("[href], [src], [action]", links):
            assert not href.lower().startswith(("javascript:", "data:text")), (url, href)
    page.context.close()
    assert visited == 4 + len(PAYLOADS) * 8
    assert dialogs == []
    assert _blocked(console) == []
