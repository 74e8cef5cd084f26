"""Throughput on loopback for ``bench.web_bench``: ``waitress`` processes (SO_REUSEPORT when more
than one) in a few process x thread layouts, loaded by ``wrk`` for a bounded time, and each
process's resident memory (VmRSS, and the private part of it) after the load.

The servers run the project found in ``tree`` (this checkout, or an older commit's exported by
``bench.web_bench.export_tree``), so that a baseline's requests/s come from the same archive,
the same paths and the same load.
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


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (``/proc/PID/stat``, clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def private_mb(pid: int) -> float:
    """The part of a process's resident memory no other process shares (anonymous + private)."""
    total = 0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith(("Private_Clean:", "Private_Dirty:")):
            total += int(line.split()[1])
    return total / 1024


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
    # "Socket errors: connect 0, read 0, write 0, timeout 0" (only printed when one is not 0).
    sockets = dict(re.findall(r"(connect|read|write|timeout) (\d+)", output))
    return {
        "rps": rps,
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "latency": lat,
        "non_2xx": int(errors.group(1)) if errors else 0,
        "timeouts": int(sockets.get("timeout", 0)),
        "socket_errors": sum(int(sockets.get(k, 0)) for k in ("connect", "read", "write")),
    }


def error_count(row: dict) -> int:
    """Failed requests of a layout's timed and warm-up passes: non-2xx, timeouts, socket errors."""
    return sum(
        run.get(key, 0)
        for run in (row, row.get("first_pass", {}))
        for key in ("non_2xx", "timeouts", "socket_errors")
    )


def throughput(
    data_dir: Path,
    paths: list[str],
    duration: int,
    tree: Path = ROOT,
    layouts: tuple[tuple[int, int], ...] = LAYOUTS,
) -> list[dict]:
    """Requests/s and memory for each process x thread layout, served by the project in ``tree``."""
    # ``python -c`` puts the working directory first on the path: the tree's packages are imported.
    env = {**os.environ, "PYTHONPATH": str(tree)}
    rows = []
    for procs, threads in layouts:
        port = free_port()
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, str(data_dir), str(port), str(threads)],
                cwd=tree,
                env=env,
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
            cpu_before = sum(cpu_seconds(w.pid) for w in workers)
            result = run_wrk(port, paths, duration, connections=8)
            # Requests per CPU second of the servers: what req/s would be on idle cores,
            # nearly independent of what else the machine runs (req/s is not).
            cpu = sum(cpu_seconds(w.pid) for w in workers) - cpu_before
            result.update(
                first_pass={
                    k: first[k] for k in ("rps", "latency", "non_2xx", "timeouts", "socket_errors")
                },
                processes=procs,
                threads=threads,
                server_cpu_s=round(cpu, 2),
                requests_per_cpu_s=round(result["requests"] / cpu, 1) if cpu else None,
                rss_idle_mb=[round(m) for m in idle],
                rss_after_mb=[round(rss_mb(w.pid)) for w in workers],
                private_after_mb=[round(private_mb(w.pid)) for w in workers],
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
