"""A real HTTP server on 127.0.0.1 serving a :class:`Site`, with conditional GET and faults."""

from __future__ import annotations

import gzip
import logging
import socket
import threading
import time
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple

from crawler.demo_site.errors import DemoSiteError
from crawler.demo_site.faults import FaultRule, Faults, filler, gzip_bomb
from crawler.demo_site.site import Site

logger = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "localhost", "::1")
_CONNECTION_ERRORS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)
_CHUNK = 64 * 1024


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
        except _CONNECTION_ERRORS:
            pass
        finally:
            self.server.demo._track(self.connection, add=False)

    def handle(self) -> None:
        try:
            super().handle()
        except (*_CONNECTION_ERRORS, OSError) as error:
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
        return f"http://{self.host}:{self.port}"

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
        if rule and rule.delay:
            if self._stopping.wait(min(rule.delay, rule.max_time)):
                handler.close_connection = True
                return
        if rule and rule.drop:
            self._record(handler, 0, arrived)
            handler.close_connection = True
            return
        status, headers, body = self._response(handler, rule, allowed)
        if rule and (rule.huge is not None or rule.endless):
            self._stream(handler, rule, status, headers, head, arrived, deadline)
            return
        if rule and rule.gzip_bomb:
            body = gzip_bomb(rule.gzip_bomb)
            headers["Content-Encoding"] = "gzip"
        elif (rule and rule.gzip) or (
            self.compress and "gzip" in handler.headers.get("Accept-Encoding", "") and body
        ):
            body = gzip.compress(body, mtime=0)
            headers["Content-Encoding"] = "gzip"
        if status != 304:
            headers["Content-Length"] = str(len(body))
        self._record(handler, status, arrived)
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if head or status == 304 or not body:
            return
        if rule and rule.drip is not None:
            self._drip(handler, rule, body, deadline)
        else:
            handler.wfile.write(body)

    def _response(
        self, handler: _Handler, rule: FaultRule | None, allowed: bool
    ) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body before transfer faults (compression, streaming) apply."""
        if rule and rule.redirect is not None:
            location = rule.redirect.replace("{base_url}", self.base_url)
            status, headers, body = rule.status or 302, {"Location": location}, b""
        elif rule and rule.status is not None:
            status = rule.status
            page = f"<html><body><h1>{status}</h1><p>Demo site fault.</p></body></html>"
            headers, body = {"Content-Type": "text/html; charset=utf-8"}, page.encode()
        elif not allowed:
            status, headers, body = 405, {"Allow": "GET, HEAD"}, b""
        else:
            try:
                status, headers, body = self.site.response(handler.path, self.base_url)
            except Exception:  # a bug in the site must show as a 500, not a dropped connection
                logger.exception("demo site failed on %s", handler.path)
                status, headers, body = 500, {"Content-Type": "text/plain"}, b"demo site error"
            headers = dict(headers)
            if status == 200 and _not_modified(handler, headers):
                status, body = 304, b""
                headers.pop("Content-Type", None)
        if rule:
            if rule.body is not None:
                body = rule.body
            if rule.content_type is not None:
                headers["Content-Type"] = rule.content_type
            if rule.retry_after is not None:
                headers["Retry-After"] = rule.retry_after
            headers.update(rule.headers)
        return status, headers, body

    def _stream(
        self,
        handler: _Handler,
        rule: FaultRule,
        status: int,
        headers: dict[str, str],
        head: bool,
        arrived: float,
        deadline: float,
    ) -> None:
        """A huge or endless body in chunks, stopped at ``rule.max_time`` or a disconnect."""
        size = None if rule.endless else rule.huge
        headers.setdefault("Content-Type", "text/html; charset=utf-8")
        if size is not None and rule.declare_length:
            headers["Content-Length"] = str(size)
        else:
            headers["Connection"] = "close"
            handler.close_connection = True
        self._record(handler, status, arrived)
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if head:
            return
        chunk = filler(_CHUNK)
        sent = 0
        try:
            while size is None or sent < size:
                if time.monotonic() > deadline or self._stopping.is_set():
                    handler.close_connection = True
                    return
                piece = chunk if size is None else chunk[: size - sent]
                handler.wfile.write(piece)
                sent += len(piece)
        except _CONNECTION_ERRORS:
            handler.close_connection = True

    def _drip(self, handler: _Handler, rule: FaultRule, body: bytes, deadline: float) -> None:
        """Send ``body`` a few bytes at a time, bounded by ``rule.max_time``."""
        step = max(1, rule.drip_bytes)
        try:
            for start in range(0, len(body), step):
                if time.monotonic() > deadline or self._stopping.is_set():
                    handler.close_connection = True
                    return
                handler.wfile.write(body[start : start + step])
                handler.wfile.flush()
                if start + step < len(body) and self._stopping.wait(rule.drip or 0):
                    handler.close_connection = True
                    return
        except _CONNECTION_ERRORS:
            handler.close_connection = True


def _not_modified(handler: _Handler, headers: dict[str, str]) -> bool:
    """Whether a conditional GET's validators match the page (If-None-Match wins)."""
    etag = headers.get("ETag")
    if_none_match = handler.headers.get("If-None-Match")
    if etag and if_none_match:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    last_modified = headers.get("Last-Modified")
    if_modified_since = handler.headers.get("If-Modified-Since")
    if last_modified and if_modified_since:
        try:
            return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
    return False
