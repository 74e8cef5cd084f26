"""Command-line command of the indexer package (index); search and stats are in web/search_command.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from indexer.errors import IndexerError

if TYPE_CHECKING:
    from indexer.build import IndexReport

commands: list[click.Command] = []

_data_dir = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default="data",
    show_default=True,
    envvar="INA_ARCHIVE_DATA_DIR",
    help="Data directory holding releases.sqlite and the index.",
)


@click.command("index")
@_data_dir
@click.option(
    "--rebuild", is_flag=True, help="Build a fresh index beside the live one and swap it in."
)
@click.option(
    "--wait",
    "wait",
    type=float,
    default=30.0,
    show_default=True,
    help="Seconds to wait for another indexer to finish.",
)
@click.option("--progress/--no-progress", default=False, help="Show a progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def index_command(
    data_dir: Path, rebuild: bool, wait: float, progress: bool, as_json: bool
) -> None:
    """Index what is new or changed in the release store (or --rebuild everything)."""
    from indexer.build import update_index

    try:
        report = update_index(data_dir, rebuild=rebuild, lock_timeout=wait, progress=progress)
    except IndexerError as error:
        raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps(report.to_dict()))
        return
    click.echo(index_sentence(report))


def index_sentence(report: IndexReport) -> str:
    """An index run as one sentence (also printed by ``ina-archive demo``)."""
    verb = "Rebuilt" if report.rebuilt else "Updated"
    return (
        f"{verb} index {report.generation}: {report.added} added, {report.updated} updated, "
        f"{report.flagged_gone} flagged gone, {report.total} documents, {report.elapsed:.1f} s."
    )


# search and stats validate their options like the API, so they live in web/search_command.py.
commands += [index_command]
