"""The ``status`` command: the last runs, the next scheduled run and warnings, at a glance."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("status")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default="data",
    show_default=True,
    envvar="INA_ARCHIVE_DATA_DIR",
    help="Data directory whose runs to show.",
)
@click.option("--runs", "limit", type=int, default=10, show_default=True, help="Runs to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status_command(data_dir: Path, limit: int, as_json: bool) -> None:
    """Show the last crawl and index runs, the next scheduled run and any warnings.

    Warnings: failing crawls, a high error rate, a robots.txt that now disallows releases, field
    coverage dropping (INA may have changed its layout), a scheduler that stopped. The exit code
    is 0 either way; read the warnings (or "warnings" in --json).
    """
    from crawler.runstatus import read_status

    if not data_dir.is_dir():
        raise click.ClickException(
            f"{data_dir} is not a data directory; pass --data-dir (the one you crawl into)"
        )
    status = read_status(data_dir, limit=max(0, limit))
    if as_json:
        click.echo(json.dumps(status.to_dict(), ensure_ascii=False))
        return
    for line in status.lines():
        click.echo(line)


commands = [status_command]
