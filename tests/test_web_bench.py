"""bench.web_load and bench.web_goals: wrk's failed requests are counted, and the goals judged."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.web_goals import issue_14_goals
from bench.web_load import error_count, run_wrk


class OkOrFail(BaseHTTPRequestHandler):
    """200 for every path but ``/fail``, which answers 500; keep-alive, as waitress does."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b"fail" if self.path == "/fail" else b"ok"
        self.send_response(500 if self.path == "/fail" else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # quiet: wrk sends thousands of requests
        pass


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), OkOrFail)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


needs_wrk = pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")


@needs_wrk
def test_wrk_counts_no_failed_request_when_every_answer_is_200(port: int) -> None:
    result = run_wrk(port, ["/a", "/b"], duration=1, connections=2)
    assert result["requests"] > 0 and result["rps"] > 0
    assert error_count(result) == 0


@needs_wrk
def test_wrk_counts_non_2xx_answers_as_failed_requests(port: int) -> None:
    result = run_wrk(port, ["/a", "/fail"], duration=1, connections=2)
    assert result["non_2xx"] > 0
    assert error_count({**result, "first_pass": result}) == 2 * error_count(result) > 0


def layout(processes: int, rps: float, failed: int = 0) -> dict:
    """A wrk row; its requests per CPU second are taken as 1.5x its requests/s."""
    return {
        "processes": processes,
        "threads": 4,
        "rps": rps,
        "requests_per_cpu_s": 1.5 * rps,
        "non_2xx": failed,
        "first_pass": {},
    }


def test_goals_compare_two_processes_with_the_baselines_two_processes() -> None:
    sides = {"current": {"page_new": {"p95_ms": 150.0}}}
    baseline = [layout(1, 30.0), layout(2, 40.0), layout(2, 50.0)]
    met = issue_14_goals(sides, [layout(1, 60.0), layout(2, 100.0)], baseline)
    assert met["page_p95"]["met"] is True
    rate = met["two_process_rps"]
    assert (rate["met"], rate["ratio"], rate["ratio_to_baseline_one_process"]) == (True, 2.0, 3.33)
    assert rate["requests_per_cpu_s_ratio"] == 2.0
    assert met["errors"] == {"failed_requests": 0, "met": True}

    sides["current"]["page_new"]["p95_ms"] = 150.1
    missed = issue_14_goals(sides, [layout(2, 99.0, failed=1)], baseline)
    assert missed["page_p95"]["met"] is False
    assert missed["two_process_rps"]["met"] is False
    assert missed["errors"] == {"failed_requests": 1, "met": False}


def test_goals_without_wrk_or_baseline_are_not_measured() -> None:
    sides = {"current": {"page_new": {"p95_ms": 10.0}}}
    goals = issue_14_goals(sides, [layout(2, 100.0)], [])
    assert goals["two_process_rps"]["met"] is None
    assert issue_14_goals(sides, [], [])["errors"]["met"] is None
