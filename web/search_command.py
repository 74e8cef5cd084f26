"""The ``search`` and ``stats`` commands: thin clients of ``indexer.Archive``, checked like the API.

The search options go through the web layer's parameter validation (``web.params.parse_search``),
so ``--year abc``, ``--language fr`` or ``--from 2021-13-01`` get the same sentence as a request to
``/api/search`` does, with the option named. Both commands find the demo's archive when
``--data-dir`` is left at its default and ``data`` has none (``web.datadir``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from werkzeug.datastructures import MultiDict

from indexer.errors import IndexerError, IndexMissing
from web.datadir import DEFAULT_DATA_DIR, missing_archive_message, resolve_data_dir, was_given
from web.errors import BadParameter
from web.params import FACETS, LANGUAGE_NAMES, SORTS, SearchParams, parse_search
from web.settings import resolve

CLI_PER_PAGE = 10
# API parameter -> the option (or argument) that carries it on the command line.
_OPTION_OF = {"q": "QUERY", "from": "--from", "to": "--to", "per_page": "--per-page"}

_data_dir = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=str(DEFAULT_DATA_DIR),
    show_default=True,
    envvar="INA_ARCHIVE_DATA_DIR",
    help="Data directory holding releases.sqlite and the index; left at data while data has "
    "none, the demo's archive in data/demo.",
)


def plural(count: int, noun: str) -> str:
    """``1 release``, ``2 releases``, ``1,234 releases``."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def search_params(query: str, options: dict[str, Any], settings: dict[str, Any]) -> SearchParams:
    """Validate the command's options exactly as the API validates its query parameters.

    Raises:
        click.BadParameter: with the API's sentence and the option it is about.
    """
    pairs: list[tuple[str, str]] = [("q", query or "")]
    for name in FACETS:
        pairs += [(name, value) for value in options.get(name) or ()]
    for param, key in (("from", "date_from"), ("to", "date_to"), ("sort", "sort")):
        if options.get(key) is not None:
            pairs.append((param, options[key]))
    for param in ("page", "per_page"):
        if options.get(param) is not None:
            pairs.append((param, str(options[param])))
    try:
        return parse_search(MultiDict(pairs), settings)
    except BadParameter as error:
        name = error.param or ""
        hint = _OPTION_OF.get(name, "--" + name.replace("_", "-")) if name else None
        raise click.BadParameter(error.message, param_hint=hint) from None


def _open(ctx: click.Context, data_dir: Path, call):
    """Run ``call(archive)`` on the resolved data directory; indexer errors become sentences."""
    from indexer.api import Archive

    resolved = resolve_data_dir(data_dir, given=was_given(ctx))
    if resolved.note:
        click.echo(resolved.note, err=True)
    try:
        return resolved.path, call(Archive(resolved.path))
    except IndexMissing as error:
        raise click.ClickException(missing_archive_message(resolved.path, error)) from error
    except IndexerError as error:
        raise click.ClickException(str(error)) from error


@click.command("search")
@click.argument("query", required=False, default="")
@_data_dir
@click.option("--author", multiple=True, help="Only this author (repeat for any of several).")
@click.option("--photographer", multiple=True, help="Only this photographer (repeatable).")
@click.option("--category", multiple=True, help="Only this category (repeatable).")
@click.option(
    "--language",
    multiple=True,
    help=f"Only this language, one of {', '.join(LANGUAGE_NAMES)} (repeatable).",
)
@click.option("--location", multiple=True, help="Only this location (repeatable).")
@click.option("--year", multiple=True, help="Only this year, e.g. 2020 (repeatable).")
@click.option(
    "--from",
    "date_from",
    default=None,
    metavar="DATE",
    help="First day, YYYY-MM-DD (Baghdad time).",
)
@click.option(
    "--to", "date_to", default=None, metavar="DATE", help="Last day, YYYY-MM-DD (Baghdad time)."
)
@click.option(
    "--sort",
    type=click.Choice(SORTS),
    default=None,
    help="Order of the results [default: relevance with a query, newest without].",
)
@click.option("--page", default=None, metavar="N", help="Page of results [default: 1].")
@click.option(
    "--per-page", default=None, metavar="N", help=f"Results per page [default: {CLI_PER_PAGE}]."
)
@click.option("--include-gone", is_flag=True, help="Also show releases INA has removed.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.pass_context
def search_command(
    ctx: click.Context, query: str, data_dir: Path, include_gone: bool, as_json: bool, **options
) -> None:
    """Search the archive (Whoosh syntax: words, "phrases", AND/OR/NOT, field:value)."""
    try:
        settings = resolve({"DEFAULT_PER_PAGE": CLI_PER_PAGE})
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    params = search_params(query, options, settings)
    kwargs = {**params.search_kwargs(), "include_gone": include_gone}
    _, result = _open(ctx, data_dir, lambda archive: archive.search(**kwargs))
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    for note in getattr(params, "notes", ()):  # e.g. a reversed date range, swapped
        click.echo(f"Note: {note}")
    if result.notice:
        click.echo(f"Note: {result.notice}")
    if result.total == 0:
        click.echo("No releases match.")
    elif not result.hits:
        click.echo(
            f"{plural(result.total, 'release')}, but page {result.page} is past the last page "
            f"({result.pages}); pass --page {result.pages} or lower."
        )
    else:
        click.echo(
            f"{plural(result.total, 'release')} (page {result.page} of {result.pages}, "
            f"{result.took_ms:.0f} ms)"
        )
    for hit in result.hits:
        day = hit.release.date.date().isoformat() if hit.release.date else "undated"
        flag = " [gone]" if hit.status == "gone" else ""
        click.echo(f"{hit.key:>10}  {day}  {hit.release.title}{flag}")
    if result.suggestion:
        click.echo(f"Did you mean: {result.suggestion}")


def stats_rows(stats: dict[str, Any]) -> list[tuple[str, str]]:
    """The index statistics as (label, value) rows of a table."""
    size = stats.get("index_size_bytes")
    updated = stats.get("last_update") or "never"
    rows = [("Releases", f"{stats['releases']:,}")]
    for code, count in sorted(stats["by_language"].items(), key=lambda item: -item[1]):
        rows.append((f"  {LANGUAGE_NAMES.get(code, code)} ({code})", f"{count:,}"))
    rows += [
        ("Removed by INA (gone)", f"{stats['gone']:,}"),
        ("First release", stats.get("first_date") or "none dated"),
        ("Last release", stats.get("last_date") or "none dated"),
        ("Index size", f"{size / 1e6:,.1f} MB" if size is not None else "unknown"),
        ("Index generation", f"{stats['generation']}, updated {updated}"),
        ("Store sequence", str(stats.get("store_seq", ""))),
        ("Index path", stats["index_path"]),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> list[str]:
    """Two left-aligned columns."""
    width = max(len(label) for label, _ in rows)
    return [f"{label:<{width}}  {value}" for label, value in rows]


@click.command("stats")
@_data_dir
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@click.pass_context
def stats_command(ctx: click.Context, data_dir: Path, as_json: bool) -> None:
    """Show what the index holds: releases, languages, dates, size, generation; field coverage."""
    from crawler.crawl_summary import coverage_lines
    from crawler.runstatus import coverage_report

    path, stats = _open(ctx, data_dir, lambda archive: archive.stats())
    coverage = coverage_report(path)  # field coverage and layout-drift warnings
    if as_json:
        click.echo(json.dumps({**stats, "field_coverage": coverage}, ensure_ascii=False))
        return
    for line in table(stats_rows(stats)):
        click.echo(line)
    lines = coverage_lines(coverage["last_crawl"], coverage["archive"])
    if lines:
        click.echo("")
    for line in lines:
        click.echo(line.replace("this run", "last crawl"))
    for warning in coverage["warnings"]:
        click.echo(f"warning: {warning}")


commands: list[click.Command] = [search_command, stats_command]
