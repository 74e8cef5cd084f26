"""Absolute URLs built from the configured public base URL, never from the request's Host header.

Feeds, the OpenSearch description and the OpenAPI document need absolute URLs. Flask's
``url_for(..., _external=True)`` takes the host from the request, which anyone can forge; here
the scheme, host and path prefix come from the ``BASE_URL`` setting and only the route's path
from Flask.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

from flask import Flask, current_app, request, url_for

# What ``ina-archive serve`` listens on by default; `serve` passes its real address instead.
DEFAULT_BASE_URL = "http://127.0.0.1:8080"


def normalize_base_url(raw: str | None) -> str:
    """The base URL as ``scheme://host[:port][/prefix]``, without a trailing slash.

    Args:
        raw: the ``BASE_URL`` setting; empty means :data:`DEFAULT_BASE_URL`.

    Returns:
        The normalised base URL.

    Raises:
        ValueError: ``raw`` is not an absolute http(s) URL without a query or fragment; the
            message says how to write it.
    """
    text = str(raw or "").strip()
    if not text:
        return DEFAULT_BASE_URL
    problem = f"BASE_URL {text!r} is not the public address of the site; write it as https://archive.example.org or https://example.org/ina-archive"
    try:
        parts = urlsplit(text)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        raise ValueError(problem + " (the port is not a number from 1 to 65535).") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        raise ValueError(problem + " (scheme http or https, then a host name).")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(problem + " (no query, fragment or user name).")
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


def external_url(endpoint: str, **values: Any) -> str:
    """The absolute URL of an endpoint: the configured ``BASE_URL`` plus the route's path.

    Args:
        endpoint: a Flask endpoint name, e.g. ``"views.search"``.
        **values: the route's arguments, as for ``url_for``.

    Returns:
        ``BASE_URL`` + path (+ query string for extra values), whatever Host the request named.
    """
    path = url_for(endpoint, **values)
    root = request.script_root
    if root and path.startswith(root + "/"):
        path = path[len(root) :]  # BASE_URL already carries the public prefix
    return current_app.config["INA"]["BASE_URL"] + path


def install(app: Flask) -> None:
    """Make :func:`external_url` available to templates."""
    app.add_template_global(external_url)
