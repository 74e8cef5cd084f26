"""`ina-archive demo` while it serves: the INA-like site stays up (links to originals and images
work), its busy ports are found before any crawl, the example queries of the README and of the
search page find demo releases, and `ina-archive search` finds the demo's archive afterwards."""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
import requests
from bs4 import BeautifulSoup
from childproc import CLI, kill_group, start
from click.testing import CliRunner

from web.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"
ENV = {k: v for k, v in os.environ.items() if k != "INA_ARCHIVE_DATA_DIR"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Demo:
    """A running demo: its process, output, search page and site URLs, and working directory."""

    def __init__(self, cwd: Path, site_port: int) -> None:
        self.cwd = cwd
        self.site = f"http://127.0.0.1:{site_port}"
        self.process = start(
            [*CLI, "demo", "--no-progress", "--delay", "0", "--releases", "120"]
            + ["--site-port", str(site_port), "--port", "0"],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**ENV, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        try:
            for line in self.process.stdout:
                self.lines.put(line)
        except (ValueError, OSError):
            pass  # the pipe was closed on teardown

    def wait_for(self, pattern: str, timeout: float) -> re.Match:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            self.seen.append(line)
            if match := re.search(pattern, line):
                return match
        pytest.fail(f"the demo never printed {pattern!r}; it printed:\n{''.join(self.seen)}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo with its default --data-dir (data/demo under a fresh working directory)."""
    running = Demo(tmp_path_factory.mktemp("demo-serving"), free_port())
    try:
        running.base = running.wait_for(r"Search the archive at (http://\S+/)", 90).group(1)
        yield running
    finally:
        running.process.send_signal(signal.SIGINT)
        try:
            running.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        finally:
            kill_group(running.process)
            running.reader.join(timeout=5)


def test_links_to_originals_and_images_work_while_the_archive_is_served(demo):
    data = requests.get(demo.base + "api/releases/en/9948", timeout=10).json()["release"]
    original, image = data["url"], data["images"][0]["url"]
    assert original.startswith(demo.site + "/") and image.startswith(demo.site + "/")
    page = requests.get(demo.base + "releases/en/9948", timeout=10)
    links = {a["href"] for a in BeautifulSoup(page.text, "html.parser").find_all("a", href=True)}
    assert original in links and image in links  # "Original on INA" and the image link
    answer = requests.get(original, timeout=10)
    assert answer.status_code == 200 and "ISIS is dying" in answer.text
    picture = requests.get(image, timeout=10)
    assert picture.status_code == 200 and picture.headers["Content-Type"] == "image/jpeg"
    # A synthetic Arabic release too, with its picture.
    hits = requests.get(
        demo.base + "api/search", params={"language": "ar", "per_page": 50}, timeout=10
    ).json()["hits"]
    arabic = next(h["release"] for h in hits if h["release"]["images"])
    assert requests.get(arabic["url"], timeout=10).status_code == 200
    assert requests.get(arabic["images"][0]["url"], timeout=10).status_code == 200


def readme_examples() -> list[str]:
    """The queries the README suggests for the demo ("Try `...`, `...`")."""
    line = next(line for line in README.read_text(encoding="utf-8").splitlines() if "Try `" in line)
    return re.findall(r"`([^`]+)`", line)


def page_examples(html: str) -> list[str]:
    """The queries the search page suggests: in the box's placeholder and in the search tips."""
    soup = BeautifulSoup(html, "html.parser")
    placeholder = soup.find("input", attrs={"name": "q"})["placeholder"]
    listed = placeholder.split("—")[-1].strip()
    listed = re.sub(r"^\S+[.:]\s+", "", listed)  # "e.g." / "مثلاً:"
    examples = [part.strip() for part in re.split(r"[,،]", listed) if part.strip()]
    tips = [code.get_text() for code in soup.select("details code")]
    assert examples and tips, (placeholder, tips)
    return examples + tips


def test_readme_and_search_page_example_queries_find_demo_releases(demo):
    queries = readme_examples()
    assert len(queries) >= 3
    for language in ("en", "ar"):
        page = requests.get(demo.base, headers={"Accept-Language": language}, timeout=10)
        queries += page_examples(page.text)
    totals = {
        query: requests.get(demo.base + "api/search", params={"q": query}, timeout=10).json()[
            "total"
        ]
        for query in dict.fromkeys(queries)
    }
    assert all(totals.values()), {query: n for query, n in totals.items() if not n}


def test_search_after_the_demo_finds_its_archive(demo):
    process = start(
        [*CLI, "search", "oil"],
        cwd=demo.cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        out, err = process.communicate(timeout=60)
    finally:
        kill_group(process)
    assert process.returncode == 0, err
    assert re.search(r"^\d+ releases \(page 1 of", out, re.M), out
    assert "searching the demo's archive in data/demo/" in err


def test_serve_after_the_demo_serves_its_archive(demo):
    port = free_port()
    process = start(
        [*CLI, "serve", "--port", str(port), "--threads", "2"],
        cwd=demo.cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=ENV,
    )
    try:
        lines: list[str] = []
        while not lines or ("Serving" not in lines[-1] and lines[-1]):
            lines.append(process.stdout.readline())
        assert "serving the demo's archive in data/demo/" in "".join(lines), lines
        deadline = time.monotonic() + 30  # "Serving" is printed just before waitress binds
        while True:
            try:
                api = requests.get(f"http://127.0.0.1:{port}/api/search?q=oil", timeout=10)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline and process.poll() is None, lines
                time.sleep(0.1)
        assert api.json()["total"] >= 1
    finally:
        kill_group(process)


@pytest.mark.parametrize("busy", ["--port", "--site-port"])
def test_a_busy_port_fails_at_once_before_any_crawl(tmp_path, busy):
    data_dir = tmp_path / "demo"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ports = {"--port": "0", "--site-port": "0", busy: str(port)}
        args = ["demo", "--no-progress", "--releases", "5", "--data-dir", str(data_dir)]
        result = CliRunner().invoke(main, [*args, *(x for kv in ports.items() for x in kv)])
    assert result.exit_code == 1, result.output
    assert f"127.0.0.1:{port}" in result.output and f"another {busy}" in result.output
    assert "Nothing was crawled." in result.output and "Traceback" not in result.output
    assert "Demo site" not in result.output and not data_dir.exists()


def test_the_same_port_for_both_is_refused(tmp_path):
    port = str(free_port())
    args = ["demo", "--no-progress", "--releases", "5", "--data-dir", str(tmp_path / "demo")]
    result = CliRunner().invoke(main, [*args, "--port", port, "--site-port", port])
    assert result.exit_code == 1, result.output
    assert "different ports" in result.output and not (tmp_path / "demo").exists()


def test_the_demo_serves_and_finds_all_four_languages(demo):
    """Issue 16: Kurdish and Turkmen are collected, parsed and searchable like Arabic and English:
    Kurdish typed on an Arabic keyboard, Turkmen in capitals with a dotted İ."""
    every = requests.get(demo.base + "api/search", params={"q": ""}, timeout=10).json()
    counts = {
        value["value"]: value["count"]
        for facet in every["facets"]
        if facet["name"] == "language"
        for value in facet["results"]
    }
    assert set(counts) == {"en", "ar", "ku", "tk"}, counts
    for language, query, direction in (("ku", "ههولير", "rtl"), ("tk", "KERKÜK", "ltr")):
        found = requests.get(
            demo.base + "api/search", params={"q": query, "per_page": 50}, timeout=10
        ).json()
        assert found["total"] > 0, query
        assert {hit["release"]["language"] for hit in found["hits"]} == {language}, query
        page = requests.get(demo.base + f"releases/{found['hits'][0]['key']}", timeout=10).text
        assert f'dir="{direction}"' in page
