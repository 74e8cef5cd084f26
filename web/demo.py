"""The ``ina-archive demo`` command: the whole pipeline offline, on the bundled INA-like site.

It serves the synthetic site from ``crawler.demo_site`` (sample data plus the real seed release)
on 127.0.0.1, crawls it politely into a data directory, indexes it and serves the search page.
Run it again and it reuses the data: only what is due is fetched, with conditional GETs.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import click

from crawler.crawl_commands import data_dir_problem
from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.errors import CrawlerError
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import STORE_FILENAME
from indexer.errors import IndexerError
from web.app import create_app
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
    index_counts = ", ".join(
        f"{name} {round(value, 2) if isinstance(value, float) else value}"
        for name, value in report.to_dict().items()
        if not isinstance(value, dict)
    )
    return "\n".join(summary.lines()), f"Index: {index_counts}"


@click.command()
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default="data/demo",
    show_default=True,
    help="Where the demo keeps its archive; a second run reuses it.",
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
    import waitress

    site = Site(SiteConfig(n_releases=releases))
    try:
        server = DemoSiteServer(site, host="127.0.0.1", port=site_port)
        server.start()
    except OSError as error:
        raise click.ClickException(
            f"Could not start the demo site on 127.0.0.1:{site_port} ({error.strerror or error}); "
            "another demo may be running: stop it or pass --site-port."
        ) from error
    started = time.monotonic()
    try:
        click.echo(
            f"Demo site (synthetic sample data): {server.base_url}/eng/ and {server.base_url}/"
        )
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
    finally:
        server.stop()
    if not serve:
        return
    app = create_app({"DATA_DIR": data_dir})
    click.echo(warm_up(app))
    try:
        http = waitress.create_server(app, host="127.0.0.1", port=port, threads=8)
    except OSError as error:
        raise click.ClickException(
            f"Could not listen on 127.0.0.1:{port} ({error.strerror or error}); pass --port."
        ) from error
    click.echo(f"Search the archive at http://127.0.0.1:{http.effective_port}/ (Ctrl-C stops).")
    try:
        http.run()
    except KeyboardInterrupt:
        click.echo("Stopped.")
