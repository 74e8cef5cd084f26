"""The ``ina-archive demo`` command: the whole pipeline offline, on the bundled INA-like site.

It takes both its ports first (a busy one fails at once, before any crawl), serves the synthetic
site from ``crawler.demo_site`` (sample data plus the real seed release) on 127.0.0.1, crawls it
politely into a data directory, indexes it and serves the search page, with the site still up so
that the releases' "Original on INA" links and images work. Run it again and it reuses the data:
only what is due is fetched, with conditional GETs.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
import time
from pathlib import Path
from typing import Any

import click
from flask import Flask

from crawler.crawl_commands import data_dir_problem
from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.errors import CrawlerError
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import STORE_FILENAME
from indexer.cli import index_sentence
from indexer.errors import IndexerError
from web.app import create_app
from web.datadir import DEMO_DATA_DIR
from web.serve import warm_up

log = logging.getLogger(__name__)


def crawl_and_index(
    data_dir: Path, site_url: str, *, delay: float, progress: bool = True
) -> tuple[str, str]:
    """Crawl the demo site at ``site_url`` into ``data_dir`` and bring its index up to date.

    Returns:
        The crawl summary and the index report, each as one line of text.
    """
    from crawler.crawl import run_crawl
    from indexer import update_index

    # The first run walks the listings back to the oldest release; later runs are incremental
    # (feeds, sitemaps and first listing pages, with conditional GETs).
    backfill = not (data_dir / STORE_FILENAME).exists()
    settings = CrawlSettings.load(
        overrides={
            "data_dir": data_dir,
            "start_urls": (f"{site_url}/eng/", f"{site_url}/"),
            "delay": delay,
            "jitter": 0.0,
            "allow_private_addresses": True,
            "backfill": backfill,
            "progress": progress,
        }
    )
    summary = run_crawl(settings, load_source(), progress=progress)
    report = update_index(data_dir, progress=progress)
    return "\n".join(summary.lines()), index_sentence(report)


@click.command()
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=str(DEMO_DATA_DIR),
    show_default=True,
    help="Where the demo keeps its archive; a second run reuses it, and `search` and `stats` "
    "find it there when data has none.",
)
@click.option(
    "--releases",
    default=2000,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Releases on the synthetic site (English and Arabic, the seed release among them).",
)
@click.option(
    "--site-port",
    default=8001,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port of the local INA-like site; keep it fixed so a second run is incremental.",
)
@click.option(
    "--port",
    default=8080,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port of the search page (0 picks a free one).",
)
@click.option(
    "--delay",
    default=0.02,
    show_default=True,
    type=click.FloatRange(0, 60),
    help="Seconds between two requests to the local site.",
)
@click.option("--serve/--no-serve", default=True, show_default=True, help="Serve after indexing.")
@click.option("--no-progress", is_flag=True, help="No progress bars.")
def demo(
    data_dir: Path,
    releases: int,
    site_port: int,
    port: int,
    delay: float,
    serve: bool,
    no_progress: bool,
) -> None:
    """Offline demo: serve the bundled INA-like site, crawl it, index it, serve the search page."""
    # Both ports are taken before anything else, so a busy one is reported at once.
    app = create_app({"DATA_DIR": data_dir}) if serve else None
    http = listen(app, port) if app is not None else None
    try:
        server = start_site(
            # All four sections: Arabic, English, Kurdish (/kurd/) and Turkmen (/turkmen/).
            Site(SiteConfig(n_releases=releases, kurdish_share=0.1, turkmen_share=0.1)),
            site_port,
            port if serve else None,
        )
    except click.ClickException:
        if http is not None:
            http.close()
        raise
    try:
        click.echo(
            f"Demo site (synthetic sample data): {server.base_url}/eng/, {server.base_url}/,"
            f" {server.base_url}/kurd/ and {server.base_url}/turkmen/"
        )
        started = time.monotonic()
        try:
            crawl_line, index_line = crawl_and_index(
                data_dir, server.base_url, delay=delay, progress=not no_progress
            )
        except (CrawlerError, IndexerError) as error:
            raise click.ClickException(str(error)) from error
        except (OSError, sqlite3.DatabaseError) as error:
            raise click.ClickException(data_dir_problem(data_dir, error)) from error
        click.echo(crawl_line)
        click.echo(index_line)
        click.echo(f"Crawled and indexed in {time.monotonic() - started:.1f} s.")
        if http is None:
            return
        click.echo(warm_up(app))
        click.echo(
            f"Search the archive at http://127.0.0.1:{http.effective_port}/ "
            f"(the demo site stays up at {server.base_url}/ for the links to originals; "
            "Ctrl-C stops both)."
        )
        try:
            http.run()
        except KeyboardInterrupt:
            click.echo("Stopped.")
    finally:
        if http is not None:
            http.close()
        server.stop()


def listen(app: Flask, port: int) -> Any:
    """A waitress server bound to 127.0.0.1:``port`` (not serving yet).

    Raises:
        click.ClickException: the port is taken or cannot be used; the sentence says what to do.
    """
    import waitress

    try:
        if port:
            # A plain bind first: waitress leaks its sockets when its own bind fails.
            with socket.socket() as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind(("127.0.0.1", port))
        return waitress.create_server(app, host="127.0.0.1", port=port, threads=8)
    except OSError as error:
        raise click.ClickException(
            f"Could not listen on 127.0.0.1:{port} for the search page "
            f"({error.strerror or error}); stop what uses it or pass another --port "
            "(0 picks a free one). Nothing was crawled."
        ) from error


def start_site(site: Site, site_port: int, port: int | None) -> DemoSiteServer:
    """Start the demo site on 127.0.0.1:``site_port``.

    Raises:
        click.ClickException: the port is taken (or is the search page's own --port).
    """
    if port and site_port == port:
        raise click.ClickException(
            f"--site-port and --port are both {port}; give the demo site and the search page "
            "different ports. Nothing was crawled."
        )
    try:
        return DemoSiteServer(site, host="127.0.0.1", port=site_port).start()
    except OSError as error:
        raise click.ClickException(
            f"Could not start the demo site on 127.0.0.1:{site_port} ({error.strerror or error});"
            " another demo may be running: stop it or pass another --site-port. Nothing was"
            " crawled."
        ) from error
