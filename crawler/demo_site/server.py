"""A real HTTP server on 127.0.0.1 serving a :class:`Site`, with conditional GET and faults."""

from __future__ import annotations

import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple

from crawler.demo_site.errors import DemoSiteError
from crawler.demo_site.faults import FaultRule, Faults
from crawler.demo_site.respond import (
    CONNECTION_ERRORS,
    build_response,
    encode_body,
    write_drip,
    write_stream,
)
from crawler.demo_site.site import Site

logger = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "localhost", "::1")


class RequestRecord(NamedTuple):
    """One request the server answered."""

    time: float  # time.monotonic() when the request arrived
    method: str
    path: str
    headers: dict[str, str]
    status: int  # 0 when the connection was dropped without a response


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    demo: DemoSiteServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Client disconnects are normal here; anything else is logged, never printed."""
        logger.debug("error while serving %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""
    timeout = 10  # an idle keep-alive connection is closed after this many seconds
    # Headers and body go out as separate writes; without TCP_NODELAY, Nagle + delayed ACK
    # add ~40 ms to every keep-alive response.
    disable_nagle_algorithm = True
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.demo._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        except CONNECTION_ERRORS:
            pass
        finally:
            self.server.demo._track(self.connection, add=False)

    def handle(self) -> None:
        try:
            super().handle()
        except (*CONNECTION_ERRORS, OSError) as error:
            logger.debug("connection ended: %s", error)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)

    def version_string(self) -> str:
        return self.server_version

    def date_time_string(self, timestamp: float | None = None) -> str:
        demo = self.server.demo
        if timestamp is None and demo.date_header == "site":
            return demo.site.http_date()
        return super().date_time_string(timestamp)

    def do_GET(self) -> None:
        self.server.demo._serve(self, head=False)

    def do_HEAD(self) -> None:
        self.server.demo._serve(self, head=True)

    def do_POST(self) -> None:
        self.server.demo._serve(self, head=False, allowed=False)


class DemoSiteServer:
    """Serves a :class:`Site` over HTTP on a loopback address in a daemon thread.

    Args:
        site: the site to serve.
        host: a loopback address; nothing else is allowed.
        port: TCP port, 0 for any free one.
        faults: fault rules (a :class:`Faults`, or a list of :class:`FaultRule`).
        compress: gzip every response when the client accepts it.
        date_header: "site" sends the site's clock in the Date header (so "Today" lines resolve
            consistently), "real" the wall clock.

    Raises:
        DemoSiteError: ``host`` is not a loopback address.
    """

    def __init__(
        self,
        site: Site,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: Faults | list[FaultRule] | tuple[FaultRule, ...] | None = None,
        compress: bool = False,
        date_header: str = "site",
    ) -> None:
        if host not in LOOPBACK and not host.startswith("127."):
            raise DemoSiteError(
                f"The demo site only listens on loopback; {host!r} is not, use 127.0.0.1."
            )
        self.site = site
        self.host, self.port = host, port
        self.faults = faults if isinstance(faults, Faults) else Faults(list(faults or ()))
        self.compress = compress
        self.date_header = date_header
        self._stopping = threading.Event()
        self._log_lock = threading.Lock()
        self._log: list[RequestRecord] = []
        self._connections: set[socket.socket] = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """ "http://127.0.0.1:PORT" once started."""
        if self._httpd is None:
            raise DemoSiteError(
                "The demo server is not running; call start() or use it in a with block."
            )
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base_url + path

    @property
    def requests(self) -> list[RequestRecord]:
        """A copy of the request log, oldest first."""
        with self._log_lock:
            return list(self._log)

    def paths(self) -> list[str]:
        """The paths requested so far, in order."""
        return [r.path for r in self.requests]

    def clear_requests(self) -> None:
        """Forget the request log."""
        with self._log_lock:
            self._log.clear()

    def start(self) -> DemoSiteServer:
        """Bind and serve in a daemon thread; returns self."""
        if self._httpd is not None:
            return self
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        server_class = type("_Server", (_HTTPServer,), {"address_family": family})
        self._httpd = server_class((self.host, self.port), _Handler)
        self._httpd.demo = self
        self.port = self._httpd.server_address[1]
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"demo-site-{self.port}",
            daemon=True,
        )
        self._thread.start()
        logger.info("demo site serving %s releases at %s", len(self.site), self.base_url)
        return self

    def stop(self) -> None:
        """Stop serving and close every open connection (returns within about a second)."""
        if self._httpd is None:
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        with self._log_lock:
            connections = list(self._connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._httpd = None

    def __enter__(self) -> DemoSiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._log_lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def _record(self, handler: _Handler, status: int, arrived: float) -> None:
        record = RequestRecord(
            arrived, handler.command, handler.path, dict(handler.headers), status
        )
        with self._log_lock:
            self._log.append(record)

    def _serve(self, handler: _Handler, head: bool, allowed: bool = True) -> None:
        """Answer one request: fault rule first, then the site, then conditional GET."""
        arrived = time.monotonic()
        rule = self.faults.take(handler.command, handler.path)
        deadline = arrived + (rule.max_time if rule else 30.0)
        if rule and rule.delay and self._stopping.wait(min(rule.delay, rule.max_time)):
            handler.close_connection = True
            return
        if rule and rule.drop:
            self._record(handler, 0, arrived)
            handler.close_connection = True
            return
        status, headers, body = build_response(
            self.site, self.base_url, handler.path, handler.headers, rule, allowed
        )
        if not allowed:  # the request body is never read: the connection cannot be reused
            headers["Connection"] = "close"
            handler.close_connection = True
        streaming = rule is not None and (rule.huge is not None or rule.endless)
        if streaming:
            size = None if rule.endless else rule.huge
            headers.setdefault("Content-Type", "text/html; charset=utf-8")
            if size is not None and rule.declare_length:
                headers["Content-Length"] = str(size)
            else:
                headers["Connection"] = "close"
                handler.close_connection = True
        else:
            body = encode_body(rule, self.compress, handler.headers, headers, body)
            if status != 304:
                headers["Content-Length"] = str(len(body))
        self._record(handler, status, arrived)
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if head or status == 304:
            return
        if streaming:
            complete = write_stream(handler.wfile, size, deadline, self._stopping)
        elif rule and rule.drip is not None and body:
            complete = write_drip(handler.wfile, body, rule, deadline, self._stopping)
        else:
            handler.wfile.write(body)
            complete = True
        if not complete:
            handler.close_connection = True
