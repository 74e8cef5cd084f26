"""The Flask app factory: ``create_app(config)`` wires settings, the archive and the blueprints."""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, request
from jinja2 import FileSystemBytecodeCache

from web import present, security, urls
from web.archive import EXTENSION_KEY, ArchiveHandle
from web.errors import register_error_handlers, render_error
from web.rawcopy import RawCopies
from web.settings import resolve


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the web app over one data directory.

    Args:
        config: settings overriding the defaults and ``INA_ARCHIVE_*`` environment variables (see
            ``web.settings.SETTINGS``), e.g. ``{"DATA_DIR": "data"}``. ``ARCHIVE`` may hold an
            already open ``indexer.Archive`` to serve instead of opening one.

    Returns:
        The Flask app; it only reads the data directory, except for the photo thumbnails it
        caches in ``thumbnails/`` (served uncached when that cannot be written).

    Raises:
        ValueError: ``BASE_URL`` is not an absolute http(s) URL (the message says how to write it).
    """
    settings = resolve(config)
    settings["BASE_URL"] = urls.normalize_base_url(settings["BASE_URL"])
    data_dir = Path(settings["DATA_DIR"]).resolve()
    settings["DATA_DIR"] = data_dir
    app = Flask(__name__)
    # Compiled templates kept in the temporary directory (Jinja checks each template's source
    # before reusing its code): a new web process skips ~0.2 s of compiling for its first page.
    app.jinja_env.bytecode_cache = FileSystemBytecodeCache()
    app.config["INA"] = settings
    app.config["JSON_SORT_KEYS"] = False
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    app.extensions[EXTENSION_KEY] = ArchiveHandle(
        data_dir, interval=float(settings["REFRESH_INTERVAL"]), archive=settings.get("ARCHIVE")
    )
    app.extensions["ina_raw_copies"] = RawCopies(data_dir / "warc")

    from web import api, exports, facetpage, feeds, i18n, images, status, views

    for blueprint in (views.bp, api.bp, feeds.bp, exports.bp, status.bp, facetpage.bp, images.bp):
        app.register_blueprint(blueprint)
    from web import history, history_feed

    app.register_blueprint(history.bp)
    app.register_blueprint(history_feed.bp)
    i18n.install(app)
    register_error_handlers(app)
    security.install(app)
    present.install(app)
    urls.install(app)

    trusted = {host.strip().lower() for host in str(settings["TRUSTED_HOSTS"]).split(",")} - {""}

    @app.before_request
    def _start_timer() -> Response | None:
        g.started = time.perf_counter()
        # Links never use the Host header (see BASE_URL); this only refuses hosts not ours.
        if trusted and (request.host.rpartition(":")[0] or request.host).lower() not in trusted:
            return render_error(
                "This site does not answer to that host name.",
                400,
                f"Use {settings['BASE_URL']}/ instead.",
            )
        return None

    @app.after_request
    def _server_timing(response: Response) -> Response:
        if "started" in g:
            elapsed = (time.perf_counter() - g.started) * 1000
            response.headers["Server-Timing"] = f"app;dur={elapsed:.1f}"
        return response

    @app.context_processor
    def _globals() -> dict[str, Any]:
        return {"site_name": settings["SITE_NAME"], "request_path": request.path}

    return app
