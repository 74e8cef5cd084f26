"""Command-line commands of the indexer package (index, search, stats): thin clients of the API."""

from __future__ import annotations

import json
from pathlib import Path

import click

from indexer.errors import IndexerError

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
    verb = "Rebuilt" if report.rebuilt else "Updated"
    click.echo(
        f"{verb} index {report.generation}: {report.added} added, {report.updated} updated, "
        f"{report.flagged_gone} flagged gone, {report.total} documents, {report.elapsed:.1f} s."
    )


@click.command("search")
@click.argument("query", required=False, default="")
@_data_dir
@click.option("--author", multiple=True, help="Only this author (repeat for any of several).")
@click.option("--photographer", multiple=True, help="Only this photographer (repeatable).")
@click.option("--category", multiple=True, help="Only this category (repeatable).")
@click.option("--language", multiple=True, help='Only this language, "en" or "ar" (repeatable).')
@click.option("--location", multiple=True, help="Only this location (repeatable).")
@click.option("--year", multiple=True, help="Only this year (repeatable).")
@click.option("--from", "date_from", default=None, help="First day, YYYY-MM-DD (Baghdad time).")
@click.option("--to", "date_to", default=None, help="Last day, YYYY-MM-DD (Baghdad time).")
@click.option(
    "--sort",
    type=click.Choice(["relevance", "newest", "oldest"]),
    default="relevance",
    show_default=True,
    help="Order of the results.",
)
@click.option("--page", type=int, default=1, show_default=True, help="Page of results.")
@click.option("--per-page", type=int, default=10, show_default=True, help="Results per page.")
@click.option("--include-gone", is_flag=True, help="Also show releases INA has removed.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def search_command(query: str, data_dir: Path, as_json: bool, **options) -> None:
    """Search the archive (Whoosh syntax: words, "phrases", AND/OR/NOT, field:value)."""
    from indexer.api import Archive

    filters = {k: (list(v) or None) if isinstance(v, tuple) else v for k, v in options.items()}
    try:
        result = Archive(data_dir).search(query, **filters)
    except IndexerError as error:
        raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    if result.notice:
        click.echo(f"Note: {result.notice}")
    click.echo(
        f"{result.total} releases (page {result.page} of {result.pages}, {result.took_ms:.0f} ms)"
    )
    for hit in result.hits:
        day = hit.release.date.date().isoformat() if hit.release.date else "undated"
        flag = " [gone]" if hit.status == "gone" else ""
        click.echo(f"{hit.key:>10}  {day}  {hit.release.title}{flag}")
    if result.suggestion:
        click.echo(f"Did you mean: {result.suggestion}")


@click.command("stats")
@_data_dir
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
def stats_command(data_dir: Path, as_json: bool) -> None:
    """Show what the index holds: releases, languages, dates, size, generation; field coverage."""
    from crawler.crawl_summary import coverage_lines
    from crawler.runstatus import coverage_report
    from indexer.api import Archive

    try:
        stats = Archive(data_dir).stats()
    except IndexerError as error:
        raise click.ClickException(str(error)) from error
    coverage = coverage_report(data_dir)  # field coverage and layout-drift warnings
    if as_json:
        click.echo(json.dumps({**stats, "field_coverage": coverage}, ensure_ascii=False))
        return
    for key, value in stats.items():
        click.echo(f"{key}: {value}")
    for line in coverage_lines(coverage["last_crawl"], coverage["archive"]):
        click.echo(line.replace("this run", "last crawl"))
    for warning in coverage["warnings"]:
        click.echo(f"warning: {warning}")


commands += [index_command, search_command, stats_command]
