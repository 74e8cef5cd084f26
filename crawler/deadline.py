"""A deadline on a response's status line and headers, which requests' timeouts do not give.

requests' read timeout bounds each read, not the response: a server that sends one header byte
every few seconds never trips it and can hold a fetch for hours. The adapter here lets the
thread that sends a request name the connection it goes out on; a watchdog timer shuts that
connection's socket down at the deadline, so the blocked read fails at once.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_sending = threading.local()


@dataclass
class _Watch:
    """The connection a request went out on, and whether the watchdog fired."""

    connection: HTTPConnection | None = None
    expired: bool = False

    def expire(self) -> None:
        self.expired = True
        sock = getattr(self.connection, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed: nothing is blocked on it


def _register(connection: HTTPConnection) -> None:
    watch = getattr(_sending, "watch", None)
    if watch is not None:
        watch.connection = connection


class _WatchedHTTPConnection(HTTPConnection):
    def request(self, *args, **kwargs):  # type: ignore[override]
        _register(self)
        return super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def request(self, *args, **kwargs):  # type: ignore[override]
        _register(self)
        return super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class WatchedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections can be cut by :func:`header_deadline`."""

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


@contextmanager
def header_deadline(seconds: float) -> Iterator[_Watch]:
    """Cut the connection of the request sent inside the block if it is still open after
    ``seconds``; the returned watch's ``expired`` says whether that happened."""
    watch = _Watch()
    timer = threading.Timer(seconds, watch.expire)
    timer.daemon = True
    _sending.watch = watch
    timer.start()
    try:
        yield watch
    finally:
        timer.cancel()
        _sending.watch = None
