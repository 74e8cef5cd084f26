"""Watching a server process from outside: a free port, readiness, VmRSS, open deleted files,
and the errors in its log."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import requests


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float | None:
    """The process's resident memory (VmRSS) in MB, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def deleted_index_files(pid: int, data_dir: Path) -> int:
    """Open file descriptors of the server that point at removed files under the index."""
    index_dir = str((data_dir / "index").resolve())
    count = 0
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith(index_dir) and target.endswith("(deleted)"):
                count += 1
    except OSError:
        pass
    return count


def log_errors(path: Path) -> list[str]:
    """The ERROR lines and tracebacks the server logged."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return [
        line[:300]
        for line in text.splitlines()
        if "ERROR" in line or "Traceback" in line or line.startswith(("Exception", "Error"))
    ][:50]


def wait_ready(base: str, server: subprocess.Popen) -> None:
    """Wait until the server answers its search page with a 200 (at most 60 s)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the server exited before answering; see server.log")
        try:
            if requests.get(base + "/", timeout=5).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError("the server did not answer within 60 s")
