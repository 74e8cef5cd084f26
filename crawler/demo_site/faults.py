"""Faults the demo server injects, per path pattern and hit count: errors, delays, redirects,
huge, slow, mislabelled or compressed bodies, dropped connections.

    Faults([
        FaultRule(path=r"^/eng/page/2/$", status=429, retry_after="2", times=1),
        FaultRule(path=r"^/rss\\.xml$", delay=3.0),
        FaultRule(path=r"^/a$", redirect="/b"), FaultRule(path=r"^/b$", redirect="/a"),  # a loop
    ])

Every rule is bounded in time by ``max_time`` so a test never hangs on the server.
"""

from __future__ import annotations

import re
import threading
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

from crawler.demo_site.errors import DemoSiteError


@dataclass(frozen=True)
class FaultRule:
    """One fault: which requests it hits and what it does to their responses.

    Attributes:
        path: regular expression searched in the request path (query string included).
        times: apply to the first N matching requests only; None applies to every one.
        method: only this HTTP method ("GET", "HEAD"); None for any.
        delay: seconds to wait before answering (then the rest of the rule applies, or the
            normal page is served).
        status: answer with this status and a short error page (429, 500, 502, 503, ...).
        retry_after: a Retry-After header value: seconds ("2") or an HTTP date.
        redirect: redirect to this Location ("/eng/1--.html", "http://10.0.0.1/",
            "{base_url}/x"); the status is ``status`` or 302. The target is never contacted.
        body: replace the body with these bytes (a binary or huge robots.txt, say).
        content_type: replace the Content-Type header (a lying charset, a wrong type).
        headers: extra response headers.
        gzip: send the body gzip-compressed with ``Content-Encoding: gzip``.
        gzip_bomb: instead of the page, send this many bytes of zeros gzip-compressed (a few
            hundred kilobytes on the wire).
        huge: instead of the page, stream this many bytes of HTML filler.
        endless: stream filler until the client disconnects or ``max_time`` passes.
        declare_length: send Content-Length for ``huge`` (False: no length, connection closes).
        drip: send the body in ``drip_bytes`` pieces, sleeping this many seconds between them.
        drip_bytes: size of each drip piece.
        drop: close the connection without any response.
        max_time: upper bound in seconds on this response (delay and streaming included); past
            it the connection is closed.
    """

    path: str = ".*"
    times: int | None = None
    method: str | None = None
    delay: float = 0.0
    status: int | None = None
    retry_after: str | None = None
    redirect: str | None = None
    body: bytes | None = None
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    gzip: bool = False
    gzip_bomb: int | None = None
    huge: int | None = None
    endless: bool = False
    declare_length: bool = True
    drip: float | None = None
    drip_bytes: int = 16
    drop: bool = False
    max_time: float = 10.0
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "_pattern", re.compile(self.path))
        except re.error as error:
            raise DemoSiteError(
                f"The fault path {self.path!r} is not a valid regular expression: {error}."
            ) from error
        if self.times is not None and self.times < 0:
            raise DemoSiteError("A fault's times must be None (always) or a count of 0 or more.")
        if self.max_time <= 0 or self.delay < 0 or (self.drip is not None and self.drip < 0):
            raise DemoSiteError("A fault's delay and drip must be 0 or more, and max_time above 0.")
        if isinstance(self.headers, dict):
            object.__setattr__(self, "headers", tuple(self.headers.items()))

    def matches(self, method: str, path: str) -> bool:
        """Whether this rule is about this request (hit counts aside)."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self._pattern.search(path) is not None


class Faults:
    """An ordered, thread-safe set of fault rules with their hit counts.

    A request gets the first matching rule that has uses left; rules can be added or cleared
    while the server runs.
    """

    def __init__(self, rules: list[FaultRule] | tuple[FaultRule, ...] = ()) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = list(rules)
        self._hits: list[int] = [0] * len(self._rules)
        for rule in self._rules:
            _prepare(rule)

    def add(self, rule: FaultRule) -> None:
        """Append a rule (lowest priority)."""
        with self._lock:
            self._rules.append(rule)
            self._hits.append(0)
        _prepare(rule)

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()
            self._hits.clear()

    def take(self, method: str, path: str) -> FaultRule | None:
        """The rule for this request, counting the hit; None when no rule applies."""
        with self._lock:
            for k, rule in enumerate(self._rules):
                if rule.matches(method, path) and (
                    rule.times is None or self._hits[k] < rule.times
                ):
                    self._hits[k] += 1
                    return rule
        return None

    def hits(self, rule: FaultRule) -> int:
        """How many requests this rule has answered so far."""
        with self._lock:
            return sum(h for r, h in zip(self._rules, self._hits, strict=True) if r is rule)

    def __len__(self) -> int:
        return len(self._rules)


def _prepare(rule: FaultRule) -> None:
    """Make a rule's costly body before it is served: a bomb compressed while the client waits
    would time the client out on a busy machine, and the fault would be a slow server instead."""
    if rule.gzip_bomb:
        gzip_bomb(rule.gzip_bomb)


@lru_cache(maxsize=8)
def gzip_bomb(size: int) -> bytes:
    """A gzip stream that inflates to ``size`` zero bytes (about 1/1000 of it on the wire)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = []
    remaining = size
    while remaining > 0:
        parts.append(compressor.compress(block[: min(remaining, len(block))]))
        remaining -= len(block)
    parts.append(compressor.flush())
    return b"".join(parts)


def filler(size: int) -> bytes:
    """``size`` bytes of valid-looking HTML filler."""
    unit = b"<p>synthetic filler of the demo site's huge-body fault</p>\n"
    return (unit * (size // len(unit) + 1))[:size]
