"""Security headers on every response, and the read-only rule.

No page runs a script, so the Content-Security-Policy allows none; styles and images come from
our own origin only. The archived raw copy of a page gets a stricter ``sandbox`` policy of its own.
"""

from __future__ import annotations

from flask import Flask, Response

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; "
    "style-src 'self'; "
    "img-src 'self' data:; "
    "form-action 'self'; "
    "base-uri 'none'; "
    "frame-ancestors 'none'"
)
# For archived third-party HTML: no scripts, no forms, no plugins, an opaque origin.
SANDBOX_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def add_security_headers(response: Response) -> Response:
    """Set the CSP and the other hardening headers, keeping a stricter CSP a view already set."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def install(app: Flask) -> None:
    """Register the header hook on an app."""
    app.after_request(add_security_headers)
