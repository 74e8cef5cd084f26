"""The JSON API keeps the contract its OpenAPI document states, checked by Schemathesis.

A real ``ina-archive serve`` (waitress on 127.0.0.1, its process group killed on teardown) over a
real index; the Schemathesis command line runs every check in every phase against it, bounded by
``--max-examples`` so the whole run takes seconds, not minutes. A negative control feeds the
same run a document that lies about a limit and expects Schemathesis to catch it.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from childproc import CLI, running
from index_fixtures import hand_releases, make_store

from indexer import update_index

# The hang guard is generous: a run is ~20 s alone and ~60 s with the machine's cores busy.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

MAX_EXAMPLES = 10  # per operation and phase; the coverage phase adds its boundary cases
SEED = 20261201  # a fixed seed: the same cases every run, so a failure is reproducible
HANG_GUARD = 240  # seconds, below the tests' timeout: only a hang ends a run


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    """``ina-archive serve`` over a small English and Arabic archive; yields its base URL."""
    data_dir = make_store(tmp_path_factory.mktemp("contract"), hand_releases())
    update_index(data_dir)
    port = free_port()
    command = [*CLI, "serve", "--data-dir", str(data_dir), "--port", str(port), "--threads", "2"]
    with running(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as process:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                _get(base + "/api/openapi.json")
                break
            except (urllib.error.URLError, OSError):
                assert process.poll() is None, "ina-archive serve exited"
                assert time.monotonic() < deadline, "ina-archive serve did not answer in 30 s"
                time.sleep(0.1)
        yield base


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def schemathesis(location: str, cwd: Path, *extra: str) -> tuple[int, str]:
    """Run ``schemathesis run`` with every check; returns its exit code and output."""
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        location,
        "--checks",
        "all",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--seed",
        str(SEED),
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--request-timeout",
        "20",
        "--no-color",
        *extra,
    ]
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    with running(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        output, _ = process.communicate(timeout=HANG_GUARD)
        return process.returncode, output


def summary(output: str) -> str:
    """Schemathesis's summary: the test-case count and the closing line."""
    cases = re.search(r"Test cases:\s*\n\s*(.+)", output)
    closing = re.findall(r"^=+ (.+?) =+$", output, flags=re.M)
    return f"{cases.group(1) if cases else '?'}; {closing[-1] if closing else '?'}"


def test_the_api_keeps_its_openapi_contract(server, tmp_path):
    code, output = schemathesis(server + "/api/openapi.json", tmp_path)
    print("Schemathesis:", summary(output))
    assert code == 0, output[-6000:]
    assert "No issues found" in output, output[-3000:]
    for phase in ("Coverage", "Fuzzing", "Stateful"):
        assert re.search(rf"✅ +{phase}", output), (phase, output[-3000:])
    tested = re.search(r"Tested: (\d+)", output)
    assert tested and int(tested.group(1)) == 9, output[-3000:]  # every operation was tested
    assert int(re.search(r"(\d+) generated", output).group(1)) >= 300


def test_schemathesis_catches_a_document_that_lies(server, tmp_path):
    """Negative control: a document whose page limit is not the server's."""
    doc = json.loads(_get(server + "/api/openapi.json"))
    for param in doc["paths"]["/api/search"]["get"]["parameters"]:
        if param["name"] == "page":
            param["schema"]["anyOf"][0]["maximum"] = 5  # the server accepts up to 500
    lying = tmp_path / "lying-openapi.json"
    lying.write_text(json.dumps(doc), encoding="utf-8")
    code, output = schemathesis(
        str(lying),
        tmp_path,
        "--url",
        server,
        "--phases",
        "coverage",
        "--include-path",
        "/api/search",
    )
    assert code != 0, output[-3000:]
    assert "Schema-violating request accepted" in output, output[-3000:]  # page=6
