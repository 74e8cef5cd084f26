"""Errors of the web package, and the one handler that renders them as HTML or JSON.

Every error a user can see has the same shape, ``{"ok": false, "error": ..., "status": ...}``,
whether it is rendered as a page or as JSON; tracebacks go to the log, never to the user.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from indexer.errors import IndexMissing, QueryError
from web import error_text
from web.i18n import current_language

log = logging.getLogger(__name__)


class WebError(Exception):
    """Base error of the web package: a sentence for the user and an HTTP status."""

    status = 500

    def __init__(self, message: str, *, status: int | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        if status is not None:
            self.status = status


class BadParameter(WebError):
    """A request parameter is malformed or out of range (HTTP 400)."""

    status = 400

    def __init__(self, message: str, *, param: str | None = None, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.param = param


class ReleaseNotFound(WebError):
    """No release with this key is in the archive (HTTP 404)."""

    status = 404


class ArchiveUnavailable(WebError):
    """The archive has no index yet, or it cannot be opened (HTTP 503)."""

    status = 503


# Addresses that answer data, not pages: their errors are JSON, as the OpenAPI document says.
JSON_ERROR_SUFFIXES = (".json", ".jsonl", ".csv", ".atom")


def wants_json() -> bool:
    """Whether the current request should get a JSON error rather than a page."""
    if request.path.startswith("/api/") or request.path.endswith(JSON_ERROR_SUFFIXES):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return (
        best == "application/json"
        and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]
    )


def error_payload(message: str, status: int, hint: str | None = None) -> dict:
    """The one error shape of the site."""
    payload = {"ok": False, "error": message, "status": status}
    if hint:
        payload["hint"] = hint
    return payload


def render_error(message: str, status: int, hint: str | None = None) -> tuple[Response, int]:
    """Render an error as JSON or as an HTML page, depending on the request.

    JSON keeps the English sentences the API documents; the page of the Arabic interface shows
    their Arabic versions (:mod:`web.error_text`), or the English one marked as English.
    """
    payload = error_payload(message, status, hint)
    if wants_json():
        return jsonify(payload), status
    english = {"error": False, "hint": False}
    if current_language() == "ar":
        for name in ("error", "hint"):
            translated = error_text.arabic(payload.get(name))
            if translated:
                payload[name] = translated
            elif payload.get(name):
                english[name] = True
    page = render_template("error.html", **payload, english=english)
    return Response(page, mimetype="text/html"), status


def register_error_handlers(app: Flask) -> None:
    """Install the handlers that turn every exception into the one error shape."""

    @app.errorhandler(WebError)
    def _web_error(error: WebError):
        return render_error(error.message, error.status, error.hint)

    @app.errorhandler(QueryError)
    def _query_error(error: QueryError):
        log.info("bad request %s: %s", request.full_path, error)
        return render_error(str(error) or "The search could not be understood.", 400)

    @app.errorhandler(IndexMissing)
    def _index_missing(error: IndexMissing):
        return render_error(
            "The archive has no search index yet.",
            503,
            f"Build it with: ina-archive index --data-dir {error.data_dir}",
        )

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        status = error.code or 500
        messages = {
            404: "There is no page at this address. Try the search page.",
            405: "This address only answers GET requests; the archive is read-only.",
        }
        response, status = render_error(
            messages.get(status, error.description or error.name), status
        )
        # Keep the exception's own headers: Allow on a 405 (RFC 9110), Retry-After, ...
        for name, value in error.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response, status

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        log.exception("unexpected error on %s", request.full_path)
        return render_error("Something went wrong on our side. Please try again in a moment.", 500)
