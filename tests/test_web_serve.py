"""The `ina-archive serve` command: help, bad input, and a real waitress process on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request

from childproc import CLI, kill_group, start
from click.testing import CliRunner

from web.cli import main


def test_serve_help_and_missing_data_dir(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--data-dir", "--host", "--port", "--threads"):
        assert option in result.output
    missing = tmp_path / "nowhere"
    result = runner.invoke(main, ["serve", "--data-dir", str(missing)])
    assert result.exit_code != 0
    assert "does not exist" in result.output and "Traceback" not in result.output
    assert not missing.exists()
    result = runner.invoke(main, ["serve", "--data-dir", str(tmp_path), "--port", "70000"])
    assert result.exit_code == 2 and "70000" in result.output


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


def test_serve_runs_waitress_and_prints_the_url(tmp_path):
    port = free_port()
    process = start(
        [
            *CLI,
            "serve",
            "--data-dir",
            str(tmp_path),
            "--port",
            str(port),
            "--threads",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if "Serving" in line or not line:
                break
        assert f"http://127.0.0.1:{port}/" in "".join(lines), lines
        assert "no search index" in "".join(lines)
        status, body, headers = 0, "", {}
        while time.monotonic() < deadline:
            try:
                status, body, headers = fetch(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                time.sleep(0.1)
        assert status == 503 and "ina-archive index --data-dir" in body
        assert headers["Server"] == "ina-archive"
        assert fetch(f"http://127.0.0.1:{port}/static/style.css")[0] == 200
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        finally:
            kill_group(process)
