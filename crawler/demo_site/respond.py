"""How the demo server turns a request, the site and a fault rule into bytes on the wire."""

from __future__ import annotations

import gzip
import logging
import threading
import time
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import BinaryIO

from crawler.demo_site.faults import FaultRule, filler, gzip_bomb
from crawler.demo_site.site import Site

logger = logging.getLogger(__name__)

Response = tuple[int, dict[str, str], bytes]
CONNECTION_ERRORS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)
_CHUNK = 64 * 1024


def build_response(
    site: Site,
    base_url: str,
    path: str,
    request_headers: Message,
    rule: FaultRule | None,
    allowed: bool = True,
) -> Response:
    """Status, headers and body before transfer faults (compression, streaming) apply.

    Args:
        site: the site.
        base_url: scheme and host of the server.
        path: the request path with its query.
        request_headers: the request's headers (for conditional GET).
        rule: the fault rule for this request, or None.
        allowed: False for methods the site does not answer (405).

    Returns:
        (status, headers, body).
    """
    if rule and rule.redirect is not None:
        location = rule.redirect.replace("{base_url}", base_url)
        status, headers, body = rule.status or 302, {"Location": location}, b""
    elif rule and rule.status is not None:
        status = rule.status
        page = f"<html><body><h1>{status}</h1><p>Demo site fault.</p></body></html>"
        headers, body = {"Content-Type": "text/html; charset=utf-8"}, page.encode()
    elif not allowed:
        status, headers, body = 405, {"Allow": "GET, HEAD"}, b""
    else:
        try:
            status, headers, body = site.response(path, base_url)
        except Exception:  # a bug in the site must show as a 500, not a dropped connection
            logger.exception("demo site failed on %s", path)
            status, headers, body = 500, {"Content-Type": "text/plain"}, b"demo site error"
        headers = dict(headers)
        if status == 200 and not_modified(request_headers, headers):
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


def encode_body(
    rule: FaultRule | None, compress: bool, request_headers: Message, headers: dict, body: bytes
) -> bytes:
    """The body as sent: a gzip bomb, gzip-compressed, or unchanged (headers updated)."""
    if rule and rule.gzip_bomb:
        headers["Content-Encoding"] = "gzip"
        return gzip_bomb(rule.gzip_bomb)
    accepts = "gzip" in (request_headers.get("Accept-Encoding") or "")
    if body and ((rule and rule.gzip) or (compress and accepts)):
        headers["Content-Encoding"] = "gzip"
        return gzip.compress(body, mtime=0)
    return body


def not_modified(request_headers: Message, headers: dict[str, str]) -> bool:
    """Whether a conditional GET's validators match the page (If-None-Match wins)."""
    etag = headers.get("ETag")
    if_none_match = request_headers.get("If-None-Match")
    if etag and if_none_match:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    last_modified = headers.get("Last-Modified")
    if_modified_since = request_headers.get("If-Modified-Since")
    if last_modified and if_modified_since:
        try:
            return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
    return False


def write_stream(
    wfile: BinaryIO, size: int | None, deadline: float, stopping: threading.Event
) -> bool:
    """Write ``size`` bytes of filler (None: endless); False when cut by time, stop or client."""
    chunk = filler(_CHUNK)
    sent = 0
    try:
        while size is None or sent < size:
            if time.monotonic() > deadline or stopping.is_set():
                return False
            piece = chunk if size is None else chunk[: size - sent]
            wfile.write(piece)
            sent += len(piece)
    except CONNECTION_ERRORS:
        return False
    return True


def write_drip(
    wfile: BinaryIO, body: bytes, rule: FaultRule, deadline: float, stopping: threading.Event
) -> bool:
    """Write ``body`` a few bytes at a time; False when cut by time, stop or client."""
    step = max(1, rule.drip_bytes)
    try:
        for start in range(0, len(body), step):
            if time.monotonic() > deadline or stopping.is_set():
                return False
            wfile.write(body[start : start + step])
            wfile.flush()
            if start + step < len(body) and stopping.wait(rule.drip or 0):
                return False
    except CONNECTION_ERRORS:
        return False
    return True
