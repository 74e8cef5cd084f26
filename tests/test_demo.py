"""The offline demo end to end: site, crawl, index, serve, one search over HTTP; then a rerun."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests
from childproc import CLI, kill_group, start

pytestmark = pytest.mark.slow

DEMO = [*CLI, "demo", "--no-progress", "--delay", "0"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_line(process: subprocess.Popen, pattern: str, deadline: float) -> re.Match:
    seen = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            if process.poll() is not None:
                break
            continue
        seen.append(line)
        match = re.search(pattern, line)
        if match:
            return match
    process.kill()
    pytest.fail(f"demo never printed {pattern!r}; it printed:\n{''.join(seen)}")


def test_demo_crawls_indexes_serves_and_reruns_incrementally(tmp_path: Path):
    data_dir = tmp_path / "demo"
    site_port = free_port()
    args = [*DEMO, "--data-dir", str(data_dir), "--releases", "120", "--site-port", str(site_port)]
    started = time.monotonic()
    process = start(
        [*args, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        match = wait_for_line(process, r"Search the archive at (http://\S+/)", started + 60)
        base = match.group(1)
        page = requests.get(base, params={"q": "ISIS coalition"}, timeout=10)
        assert page.status_code == 200
        assert "ICF: ISIS is dying" in page.text
        api = requests.get(base + "api/search", params={"q": "Marotto"}, timeout=10).json()
        assert api["total"] >= 1
        assert any(hit["key"] == "en/9948" for hit in api["hits"])
        assert time.monotonic() - started < 60
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        finally:
            kill_group(process)
    assert process.returncode == 0  # Ctrl-C stops the demo's server cleanly

    rerun = subprocess.run(
        [*args, "--no-serve"], capture_output=True, text=True, timeout=60, check=True
    )
    assert "releases: 0 new, 0 changed" in rerun.stdout, rerun.stdout
    fetched = int(re.search(r"fetched (\d+) pages", rerun.stdout).group(1))
    # Only feeds and first listing pages are read again (conditional GETs), no release.
    assert fetched < 20, rerun.stdout


def test_demo_with_an_unusable_data_directory_says_so(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = subprocess.run(
        [*DEMO, "--data-dir", str(blocker / "demo"), "--releases", "5", "--site-port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(blocker / "demo") in result.stderr and "Error:" in result.stderr
