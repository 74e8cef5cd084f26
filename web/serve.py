"""The ``ina-archive serve`` command: the web app under waitress, a production WSGI server."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import click

from indexer.errors import IndexMissing
from web.app import create_app
from web.archive import EXTENSION_KEY
from web.datadir import resolve_data_dir, was_given
from web.errors import WebError

log = logging.getLogger(__name__)


def warm_up(app) -> str:
    """Open the archive and run one faceted search, so the first visitor does not wait.

    Returns:
        A line saying how long it took, or why the archive is not ready.
    """
    started = time.perf_counter()
    try:
        archive = app.extensions[EXTENSION_KEY].get()
        archive.search(query="", sort="newest", page=1, per_page=20)
    except WebError as error:
        return f"{error.message} {error.hint or ''}".strip()
    except IndexMissing as error:
        return f"The archive has no search index yet: {error}"
    return f"Search index opened and warmed in {time.perf_counter() - started:.1f} s."


@click.command()
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default="data",
    show_default=True,
    envvar="INA_ARCHIVE_DATA_DIR",
    help="Data directory with the release store and the index (only read, never written).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8080,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option(
    "--threads", default=8, show_default=True, type=click.IntRange(1, 256), help="Worker threads."
)
@click.option(
    "--base-url",
    envvar="INA_ARCHIVE_BASE_URL",
    help="Public address of the site, e.g. https://archive.example.org; links in feeds, "
    "OpenSearch and the OpenAPI document start with it. Default: http://HOST:PORT.",
)
@click.pass_context
def serve(
    ctx: click.Context, data_dir: Path, host: str, port: int, threads: int, base_url: str | None
) -> None:
    """Serve the search site and JSON API with waitress."""
    import waitress

    # Left at its default with no archive in data/, the demo's archive is served (and said).
    resolved = resolve_data_dir(data_dir, given=was_given(ctx))
    if resolved.note:
        click.echo(resolved.note.replace("searching", "serving"), err=True)
    data_dir = resolved.path
    if not data_dir.is_dir():
        raise click.ClickException(
            f"The data directory {data_dir} does not exist; crawl into it first or pass --data-dir."
        )
    shown = f"[{host}]" if ":" in host else host
    listening = f"http://{shown}:{port}"
    try:
        app = create_app(
            {"DATA_DIR": data_dir, "BASE_URL": base_url or (listening if port else "")}
        )
    except ValueError as error:  # a malformed BASE_URL: the message says how to write it
        raise click.ClickException(str(error)) from error
    click.echo(warm_up(app))
    click.echo(f"Serving {data_dir.resolve()} at {listening}/ ({threads} threads); Ctrl-C stops.")
    if not base_url and host in ("0.0.0.0", "::"):
        click.echo(
            f"Links in feeds and OpenSearch point to {listening}/; pass --base-url (or set "
            "INA_ARCHIVE_BASE_URL) to the address people reach the site at."
        )
    waitress.serve(app, host=host, port=port, threads=threads, ident="ina-archive", _quiet=True)
