"""The ``crawl`` and ``reparse`` commands: thin click layers over run_crawl and reparse."""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from crawler.errors import CrawlerError
from crawler.settings import IMAGE_MODES, CrawlSettings
from crawler.source import SourceError, load_source

CRAWL_OPTION_NAMES = (
    "data_dir",
    "start",
    "delay",
    "max_pages",
    "backfill",
    "backfill_pages",
    "backfill_until",
    "allow_private_addresses",
    "config",
    "no_progress",
    "source",
    "images",
)


def crawl_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options shared by ``crawl`` and ``schedule``."""
    options = [
        click.option(
            "--data-dir",
            type=click.Path(file_okay=False, path_type=Path),
            help="Data directory (default: ./data, or data_dir in the config file).",
        ),
        click.option(
            "--start",
            multiple=True,
            metavar="URL",
            help="Start URL; its host replaces the source's hosts (repeatable).",
        ),
        click.option(
            "--delay", type=float, help="Minimum seconds between requests to one host (default 2)."
        ),
        click.option(
            "--max-pages", type=int, help="Stop after this many pages (default: no limit)."
        ),
        click.option(
            "--backfill",
            is_flag=True,
            default=None,
            help="Walk back through listing pages for old releases.",
        ),
        click.option(
            "--backfill-pages",
            type=int,
            help="With --backfill, listing pages to walk (default 50).",
        ),
        click.option(
            "--backfill-until",
            metavar="YYYY-MM-DD",
            help="With --backfill, stop at listing pages older than this date.",
        ),
        click.option(
            "--allow-private-addresses",
            is_flag=True,
            default=None,
            help="Allow loopback/private addresses (the local demo site).",
        ),
        click.option(
            "--config",
            type=click.Path(dir_okay=False, path_type=Path),
            help="TOML file with crawl settings (top level or [crawl]).",
        ),
        click.option("--no-progress", is_flag=True, default=False, help="No progress bar."),
        click.option(
            "--source",
            "source",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Source definition file (default: seeds/ina-source.toml).",
        ),
        click.option(
            "--images",
            type=click.Choice(IMAGE_MODES),
            help="Photos to archive per release from INA's own hosts (default: lead).",
        ),
    ]
    return functools.reduce(lambda f, option: option(f), reversed(options), command)


def settings_from_options(options: dict[str, Any]) -> CrawlSettings:
    """Crawl settings from the shared options (defaults < --config < environment < flags)."""
    overrides = {
        "data_dir": options.get("data_dir"),
        "start_urls": tuple(options.get("start") or ()) or None,
        "delay": options.get("delay"),
        "max_pages": options.get("max_pages"),
        "backfill": options.get("backfill"),
        "backfill_pages": options.get("backfill_pages"),
        "backfill_until": options.get("backfill_until"),
        "allow_private_addresses": options.get("allow_private_addresses"),
        "progress": False if options.get("no_progress") else None,
        "images": options.get("images"),
    }
    try:
        return CrawlSettings.load(options.get("config"), overrides=overrides)
    except CrawlerError as error:
        raise click.ClickException(str(error)) from error


def data_dir_problem(data_dir: Path, error: Exception) -> str:
    """A sentence for a data directory that cannot be used (not a directory, damaged database)."""
    if isinstance(error, sqlite3.DatabaseError):
        return (
            f"a database in {data_dir} is damaged or is not an SQLite file ({error}); nothing was"
            " changed: restore it from a backup or move it away and crawl again"
        )
    return f"cannot use the data directory {data_dir} ({error}); give a writable directory"


def load_source_or_fail(path: Path | None):
    """The source definition, or a click error sentence."""
    try:
        return load_source(path)
    except SourceError as error:
        raise click.ClickException(str(error)) from error


@click.command("crawl")
@crawl_options
def crawl_command(**options: Any) -> None:
    """Crawl INA (or a mirror given with --start) politely into the data directory.

    Obeys robots.txt, waits between requests, archives every response in WARC files and stores
    new and changed releases. Safe to stop at any moment: the next run resumes.
    """
    from crawler.crawl import run_crawl

    settings = settings_from_options(options)
    source = load_source_or_fail(options.get("source"))
    try:
        summary = run_crawl(settings, source, progress=settings.progress)
    except CrawlerError as error:
        raise click.ClickException(str(error)) from error
    except (OSError, sqlite3.DatabaseError) as error:
        raise click.ClickException(data_dir_problem(settings.data_dir, error)) from error
    for line in summary.lines():
        click.echo(line)
    if summary.stopped and summary.stopped.startswith("interrupted"):
        sys.exit(130)  # the shell's code for "stopped by Ctrl-C", after the summary
    if summary.failure:  # recorded as failed in runs.jsonl; cron and systemd see exit code 1
        raise click.ClickException(summary.failure)


@click.command("reparse")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data"),
    show_default=True,
    help="Data directory.",
)
@click.option(
    "--source",
    "source",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Source definition file (default: seeds/ina-source.toml).",
)
def reparse_command(data_dir: Path, source: Path | None) -> None:
    """Rebuild the release records from the archived WARC files, with no network."""
    from crawler.reparse import reparse

    if not (data_dir / "warc").is_dir():
        raise click.ClickException(
            f"{data_dir} has no warc/ directory; crawl first or pass the right --data-dir"
        )
    try:
        summary = reparse(data_dir, load_source_or_fail(source))
    except CrawlerError as error:
        raise click.ClickException(str(error)) from error
    except (OSError, sqlite3.DatabaseError) as error:
        raise click.ClickException(data_dir_problem(data_dir, error)) from error
    for line in summary.lines():
        click.echo(line)


commands = [crawl_command, reparse_command]
