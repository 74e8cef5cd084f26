"""Fixtures of the interface tests: a 300-release synthetic archive (English and Arabic) served on
127.0.0.1, and headless Chromium. Import them into a test module to use them."""

from __future__ import annotations

import re
import threading
from collections import Counter
from pathlib import Path

import pytest
from chromium import launch
from werkzeug.serving import make_server

from crawler.demo_site.site import Site, SiteConfig
from crawler.store import ReleaseStore
from indexer import update_index
from web.app import create_app

SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots" / "ui"


@pytest.fixture(scope="module")
def ui_archive(tmp_path_factory):
    """The data dir of an indexed 300-release archive, and a common English and Arabic word."""
    data_dir = tmp_path_factory.mktemp("ui-archive")
    releases = [
        item.expected_for("https://ina.iq")
        for item in Site(SiteConfig(n_releases=300, seed=1)).releases()
    ]
    with ReleaseStore(data_dir) as store:
        for release in releases:
            store.put(release)
    update_index(data_dir)
    words = {}
    for lang, pattern in (("en", r"[A-Za-z]{5,}"), ("ar", r"[\u0621-\u064A]{4,}")):
        counts = Counter(
            w for r in releases if r.language == lang for w in set(re.findall(pattern, r.title))
        )
        words[lang] = next(w for w, n in counts.most_common() if n < len(releases) / 3)
    return data_dir, words, releases


@pytest.fixture(scope="module")
def ui_base_url(ui_archive):
    """The app over the archive, served by werkzeug on a free loopback port."""
    app = create_app({"DATA_DIR": ui_archive[0], "FACET_SIZE": 5})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def ui_browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def shot(page, name: str, full: bool = True) -> None:
    """Save a screenshot under test-artifacts/screenshots/ui/ (kept, not compared)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def box(page, selector: str) -> dict[str, float]:
    """The bounding box of the first element matching a selector (it must be rendered)."""
    found = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not rendered"
    return found
