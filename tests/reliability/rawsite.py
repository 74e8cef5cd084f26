"""A loopback HTTP server for faults the demo site cannot script: byte-level control of the
status line and headers (a header drip, a lying Content-Length), per path.

``RawSite.pages`` maps a path to (status, headers, body); ``RawSite.raw`` maps a path to a
function writing the whole response to the socket file itself. Every request is logged with a
monotonic timestamp; every connection is closed after ``max_time`` seconds at the latest.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import BinaryIO

Page = tuple[int, dict[str, str], bytes]


@dataclass
class RawSite:
    """Static pages plus raw writers, by path; ``hits`` logs (time, path)."""

    pages: dict[str, Page] = field(default_factory=dict)
    raw: dict[str, Callable[[BinaryIO], None]] = field(default_factory=dict)
    fallback: Callable[[str], Page | None] | None = None
    hits: list[tuple[float, str]] = field(default_factory=list)
    max_time: float = 15.0
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def html(self, path: str, text: str, status: int = 200, **headers: str) -> None:
        """A static HTML page."""
        self.pages[path] = (
            status,
            {"Content-Type": "text/html; charset=utf-8", **headers},
            text.encode("utf-8"),
        )

    def start(self) -> RawSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True
            timeout = site.max_time

            def do_GET(self) -> None:  # noqa: N802
                site.hits.append((time.monotonic(), self.path))
                try:
                    if self.path in site.raw:
                        self.close_connection = True
                        site.raw[self.path](self.wfile)
                        return
                    page = site.pages.get(self.path)
                    if page is None and site.fallback is not None:
                        page = site.fallback(self.path)
                    status, headers, body = page or (404, {"Content-Type": "text/html"}, b"none")
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    self.close_connection = True

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def __enter__(self) -> RawSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def drip(head: bytes, piece: bytes, every: float, for_at_most: float) -> Callable[[BinaryIO], None]:
    """A writer sending ``head`` then ``piece`` every ``every`` seconds, for at most a while."""

    def write(out: BinaryIO) -> None:
        out.write(head)
        out.flush()
        end = time.monotonic() + for_at_most
        while time.monotonic() < end:
            time.sleep(every)
            out.write(piece)
            out.flush()

    return write


def gaps(times: list[float]) -> list[float]:
    """The gaps between consecutive request times."""
    ordered = sorted(times)
    return [b - a for a, b in zip(ordered, ordered[1:], strict=False)]
