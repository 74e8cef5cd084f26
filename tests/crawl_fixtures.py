"""A small INA-like site on a real HTTP server on 127.0.0.1, for the crawler's tests.

Every route is a function of the request, so a test can script faults (429, slow bodies,
redirects ...). Every request is logged with a monotonic timestamp.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawler.settings import CrawlSettings

Response = tuple[int, dict[str, str], bytes]
Route = Callable[[dict[str, str]], Response]


@dataclass
class Hit:
    """One request the server received."""

    at: float
    path: str
    headers: dict[str, str]


@dataclass
class MiniSite:
    """Routes by path (with query); ``hits`` logs every request."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None
    # Called for paths without a route: (path, request headers) -> response, or None for 404.
    fallback: Callable[[str, dict[str, str]], Response | None] | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]

    def times(self, predicate: Callable[[str], bool] = lambda path: True) -> list[float]:
        return [hit.at for hit in self.hits if predicate(hit.path)]

    def set(
        self, path: str, body: bytes | str, status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        """A static page with ETag / Last-Modified and conditional GET."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        base_headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
        etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'

        def route(request: dict[str, str]) -> Response:
            if status == 200 and request.get("if-none-match") == etag:
                return 304, {"ETag": etag}, b""
            return status, {**base_headers, "ETag": etag}, data

        self.routes[path] = route

    def start(self) -> MiniSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_GET(self) -> None:  # noqa: N802
                site.hits.append(
                    Hit(
                        time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()}
                    )
                )
                request = {k.lower(): v for k, v in self.headers.items()}
                route = site.routes.get(self.path)
                answer = None
                if route is not None:
                    answer = route(request)
                elif site.fallback is not None:
                    answer = site.fallback(self.path, request)
                if answer is None:
                    answer = (
                        404,
                        {"Content-Type": "text/html"},
                        b"<html><body>not found</body></html>",
                    )
                status, headers, body = answer
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if "Content-Length" not in headers and not callable(body):
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if callable(body):
                        body(self.wfile)
                    else:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def release_html(
    release_id: int, title: str, text: str, *, lang: str = "en", charset: str = "utf-8"
) -> str:
    dateline = "Baghdad-INA" if lang == "en" else "بغداد - واع"
    return f"""<html><head><meta charset="{charset}"><title>{title}</title></head><body>
<div class="news-wrapper"><h1 class="main-title"><a href="#">{title}</a></h1></div>
<div class="news-details"><ul class="info"><li class="date">15-11-2020, 13:12</li></ul>
<div class="news-text"><p>{dateline}</p><p>{text}</p><p>Release number {release_id} for the tests.</p></div></div>
</body></html>"""


def listing_html(links: list[str], next_url: str | None = None, extra: str = "") -> str:
    items = "".join(
        f'<div class="inner-news-block"><div class="para"><p><a href="{u}">item</a></p></div></div>'
        for u in links
    )
    nav = (
        f'<div class="navigation"><a class="next" href="{next_url}">next</a></div>'
        if next_url
        else ""
    )
    return f'<html><body><div class="news-wrapper">{items}</div>{nav}{extra}</body></html>'


def build_site(
    site: MiniSite,
    *,
    count: int = 20,
    per_page: int = 10,
    robots: str = "User-agent: *\nAllow: /\n",
) -> list[str]:
    """English releases 1..count, a paginated listing /eng/ + /eng/page/N/, an RSS feed; returns release paths."""
    paths = [f"/eng/{i}-release-number-{i}.html" for i in range(1, count + 1)]
    for i, path in enumerate(paths, start=1):
        site.set(
            path,
            release_html(
                i,
                f"Minister meets envoy {i}",
                f"The minister met envoy {i} to discuss cooperation.",
            ),
        )
    newest_first = list(reversed(paths))
    pages = [newest_first[k : k + per_page] for k in range(0, len(newest_first), per_page)]
    for n, links in enumerate(pages, start=1):
        next_url = f"/eng/page/{n + 1}/" if n < len(pages) else None
        site.set("/eng/" if n == 1 else f"/eng/page/{n}/", listing_html(links, next_url))
    site.set("/robots.txt", robots, headers={"Content-Type": "text/plain"})
    return paths


def gzip_body(data: bytes) -> bytes:
    return gzip.compress(data)


def settings_for(data_dir: Path, site: MiniSite, **values) -> CrawlSettings:
    """Test settings: the site as start URL, loopback allowed, short delays and timeouts."""
    base = {
        "data_dir": data_dir,
        "start_urls": (site.base + "/eng/",),
        "delay": 0.0,
        "jitter": 0.0,
        "allow_private_addresses": True,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "backoff_base": 0.05,
        "backoff_cap": 0.2,
        "progress": False,
    }
    base.update(values)
    return CrawlSettings().with_values(base)
