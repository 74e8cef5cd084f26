"""Throughput on loopback for ``bench.web_bench``: ``waitress`` processes (SO_REUSEPORT when more
than one) in a few process x thread layouts, loaded by ``wrk`` for a bounded time, and each
process's resident memory (VmRSS) after the load.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ((1, 4), (1, 8), (2, 4), (2, 8))  # (processes, threads per process)


WORKER = """
import socket, sys, waitress
from web.app import create_app
from web.serve import warm_up
data_dir, port, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
sock.bind(("127.0.0.1", port))
app = create_app({"DATA_DIR": data_dir})
print(warm_up(app), flush=True)
waitress.serve(app, sockets=[sock], threads=threads, _quiet=True)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server at {url} did not answer within {timeout} s")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_wrk(port: int, paths: list[str], duration: int, connections: int) -> dict:
    """wrk over a rotating list of paths; returns requests/s and wrk's latency percentiles."""
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    quoted = ",".join(json.dumps(p) for p in paths)
    script.write(
        f"local paths = {{{quoted}}}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n"
    )
    script.close()
    cmd = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        "--timeout",
        "5s",
        "-s",
        script.name,
        f"http://127.0.0.1:{port}/",
    ]
    output = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60).stdout
    os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    lat = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    timeouts = re.search(r"timeout (\d+)", output)
    return {
        "rps": rps,
        "latency": lat,
        "non_2xx": int(errors.group(1)) if errors else 0,
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
    }


def throughput(data_dir: Path, paths: list[str], duration: int) -> list[dict]:
    """Requests/s and memory for each process x thread layout."""
    rows = []
    for procs, threads in LAYOUTS:
        port = free_port()
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, str(data_dir), str(port), str(threads)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            for _ in range(procs)
        ]
        try:
            for worker in workers:
                worker.stdout.readline()  # warmed
            wait_ready(f"http://127.0.0.1:{port}/")
            idle = [rss_mb(w.pid) for w in workers]
            first = run_wrk(port, paths, max(3, duration // 2), connections=8)
            result = run_wrk(port, paths, duration, connections=8)
            result.update(
                first_pass={k: first[k] for k in ("rps", "latency")},
                processes=procs,
                threads=threads,
                rss_idle_mb=[round(m) for m in idle],
                rss_after_mb=[round(rss_mb(w.pid)) for w in workers],
            )
            rows.append(result)
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            for worker in workers:
                try:
                    worker.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    worker.kill()
    return rows
