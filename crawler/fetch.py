"""Fetching one URL politely: host gate, bounded retries, manual redirects, size cap, address checks.

Retries are done here rather than inside urllib3 so that every attempt passes through the host
gate (the configured gap, Retry-After) and is archived; the session's adapter itself is mounted
with ``Retry(total=0)`` so urllib3 never retries or redirects behind our back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

import requests
from urllib3.util.retry import Retry

from crawler.addresses import Resolver, address_refused, resolve
from crawler.deadline import WatchedAdapter, header_deadline
from crawler.errors import (
    FetchFailed,
    HostPaused,
    OutOfScope,
    PrivateAddressRefused,
    RedirectRefused,
    RobotsDisallowed,
)
from crawler.exchange import Exchange, FetchResult
from crawler.settings import CrawlSettings
from crawler.throttle import HostGate, backoff, parse_retry_after
from crawler.urls import host_of, normalize

log = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_CHUNK = 64 * 1024
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"


class Fetcher:
    """GETs URLs on the allowed hosts, one at a time per host, and reports every exchange."""

    def __init__(
        self,
        settings: CrawlSettings,
        *,
        host_allowed: Callable[[str], bool],
        gate: HostGate,
        on_exchange: Callable[[Exchange], None] | None = None,
        robots_allowed: Callable[[str], bool] | None = None,
        resolver: Resolver = resolve,
    ) -> None:
        self.settings = settings
        self.gate = gate
        self._host_allowed = host_allowed
        self._on_exchange = on_exchange or (lambda exchange: None)
        self._robots_allowed = robots_allowed
        self._resolver = resolver
        self._checked: dict[tuple[str, int], str] = {}
        self.session = requests.Session()
        adapter = WatchedAdapter(max_retries=Retry(total=0, redirect=False, raise_on_status=False))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update({"User-Agent": settings.user_agent, "Accept": _ACCEPT})
        self.requests = 0
        self.bytes = 0

    def close(self) -> None:
        self.session.close()

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = True,
    ) -> FetchResult:
        """GET ``url``, following redirects within the allowed hosts.

        Args:
            url: a normalised URL on an allowed host.
            etag: the ETag of the copy we hold, sent as If-None-Match.
            last_modified: its Last-Modified, sent as If-Modified-Since.
            check_robots: ask robots.txt about redirect targets (off for robots.txt itself).

        Returns:
            The final response (possibly 304, 404, ...) and the exchanges on the way.

        Raises:
            OutOfScope: a redirect leaves the allowed hosts.
            PrivateAddressRefused: the host resolves to an address we may not contact.
            RedirectRefused: a redirect loop or too long a chain.
            RobotsDisallowed: a redirect goes to a URL robots.txt disallows.
            FetchFailed: network errors or 5xx/429 persisted through the bounded retries.
            HostPaused: the server asked us to wait longer than ``max_retry_after``.
        """
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        exchanges: list[Exchange] = []
        seen = {url}
        current = url
        for _ in range(self.settings.max_redirects + 1):
            self.check_address(current)
            exchange = self._with_retries(current, conditional if current == url else {})
            exchanges.append(exchange)
            location = exchange.header("Location")
            if exchange.status not in REDIRECT_STATUSES or not location:
                return FetchResult(url, current, exchange, tuple(exchanges))
            target = normalize(location, current)
            if target is None:
                raise RedirectRefused(f"redirect to an unusable location {location!r}", url=url)
            if target in seen:
                raise RedirectRefused(f"redirect loop at {target}", url=url)
            if not self._host_allowed(target):
                self._refuse_literal_private(target, url)
                raise OutOfScope(f"redirect to {target} leaves the allowed hosts", url=url)
            if check_robots and self._robots_allowed and not self._robots_allowed(target):
                raise RobotsDisallowed(f"redirect to {target}, which robots.txt disallows", url=url)
            seen.add(target)
            current = target
        raise RedirectRefused(f"more than {self.settings.max_redirects} redirects", url=url)

    def check_address(self, url: str) -> None:
        """Raise PrivateAddressRefused if the URL's host resolves to an address we may not contact."""
        host = host_of(url)
        port = requests.utils.urlparse(url).port or (443 if url.startswith("https:") else 80)
        if (host, port) in self._checked:
            return
        try:
            addresses = self._resolver(host, port)
        except (OSError, UnicodeError) as error:
            raise FetchFailed(f"cannot resolve {host}: {error}", url=url) from error
        for address in addresses:
            if address_refused(address, self.settings.allow_private_addresses):
                raise PrivateAddressRefused(
                    f"{host} resolves to {address}, a private, loopback or link-local address;"
                    " pass --allow-private-addresses to crawl it",
                    url=url,
                )
        self._checked[(host, port)] = addresses[0] if addresses else ""

    def _refuse_literal_private(self, target: str, url: str) -> None:
        """A redirect straight to a private IP literal is reported as such (no DNS lookup)."""
        try:
            refused = address_refused(
                host_of(target).strip("[]"), self.settings.allow_private_addresses
            )
        except ValueError:
            return
        if refused:
            raise PrivateAddressRefused(f"redirect to the refused address {target}", url=url)

    def _with_retries(self, url: str, headers: dict[str, str]) -> Exchange:
        """One exchange, retried a bounded number of times after timeouts, 5xx, 429 and 503."""
        settings = self.settings
        host = host_of(url)
        last_error = ""
        last_status: int | None = None
        for attempt in range(settings.retries + 1):
            try:
                exchange = self._exchange(url, headers)
            except requests.RequestException as error:
                last_error, last_status = f"{type(error).__name__}: {error}", None
                wait = backoff(attempt, settings.backoff_base, settings.backoff_cap)
                log.info("%s failed (%s); retry %d in %.1fs", url, last_error, attempt + 1, wait)
            else:
                if exchange.status not in RETRY_STATUSES:
                    return exchange
                last_error, last_status = f"HTTP {exchange.status}", exchange.status
                wait = None
                if exchange.status in (429, 503):
                    wait = parse_retry_after(exchange.header("Retry-After"))
                if wait is None:
                    wait = backoff(attempt, settings.backoff_base, settings.backoff_cap)
                if wait > settings.max_retry_after:
                    self.gate.hold(host, wait)
                    raise HostPaused(
                        f"{host} asked us to wait {wait:.0f} s (Retry-After), more than"
                        f" max_retry_after={settings.max_retry_after:.0f} s",
                        url=url,
                    )
                log.info(
                    "%s answered %s; retry %d in %.1fs", url, exchange.status, attempt + 1, wait
                )
            self.gate.hold(host, wait)
        raise FetchFailed(
            f"{last_error} after {settings.retries + 1} attempts", url=url, status=last_status
        )

    def _exchange(self, url: str, headers: dict[str, str]) -> Exchange:
        """One GET through the host gate, with the body read up to the size and time caps."""
        settings = self.settings
        with self.gate.slot(host_of(url)) as done:
            started_at = datetime.now(UTC)
            start = time.monotonic()
            self.requests += 1
            try:
                # The read timeout bounds each read; the deadline bounds the whole header phase.
                with header_deadline(settings.fetch_deadline) as watch:
                    try:
                        response = self.session.get(
                            url,
                            headers=headers,
                            stream=True,
                            allow_redirects=False,
                            timeout=(settings.connect_timeout, settings.read_timeout),
                        )
                    except requests.RequestException as error:
                        if watch.expired:
                            raise requests.Timeout(
                                f"no complete response headers within {settings.fetch_deadline:g} s"
                            ) from error
                        raise
                try:
                    ip = _peer_ip(response)
                    body, truncated = self._read_body(response, start)
                except BaseException:
                    response.close()
                    raise
                if truncated:
                    response.close()  # drop the connection: the rest of the body is unwanted
                else:
                    response.raw.release_conn()  # read to the end: keep it alive for the next
            except requests.RequestException:
                done(time.monotonic() - start, 0)
                raise
            latency = time.monotonic() - start
            done(latency, response.status_code)
        self.bytes += len(body)
        version = {10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(
            getattr(response.raw, "version", 11), "HTTP/1.1"
        )
        exchange = Exchange(
            url=url,
            request_headers=tuple(response.request.headers.items()),
            status=response.status_code,
            reason=response.reason or "",
            http_version=version,
            headers=tuple(response.raw.headers.items()),
            body=body,
            started_at=started_at,
            latency=latency,
            truncated=truncated,
            ip=ip,
        )
        self._on_exchange(exchange)
        return exchange

    def _read_body(self, response: requests.Response, start: float) -> tuple[bytes, str | None]:
        """The decoded body, cut at ``max_body_bytes`` ("length") or ``fetch_deadline`` ("time")."""
        cap = self.settings.max_body_bytes
        deadline = start + self.settings.fetch_deadline
        chunks: list[bytes] = []
        size = 0
        raw = response.raw
        try:
            while True:
                chunk = raw.read1(_CHUNK, decode_content=True)
                if not chunk:
                    return b"".join(chunks), None
                chunks.append(chunk)
                size += len(chunk)
                if size > cap:
                    return b"".join(chunks)[:cap], "length"
                if time.monotonic() > deadline:
                    return b"".join(chunks), "time"
        except Exception as error:  # urllib3 errors while streaming become requests errors
            if isinstance(error, requests.RequestException):
                raise
            raise requests.ConnectionError(f"{type(error).__name__}: {error}") from error


def _peer_ip(response: requests.Response) -> str | None:
    """The server address the response came from, when the socket is still at hand."""
    try:
        sock = response.raw.connection.sock  # type: ignore[union-attr]
        return sock.getpeername()[0] if sock else None
    except (AttributeError, OSError):
        return None
