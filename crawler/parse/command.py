"""The `ina-archive parse` command: one saved page to one JSON release record on stdout."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import click

from crawler.parse.core import explain_release, parse_release
from crawler.parse.dates import BAGHDAD
from crawler.parse.errors import NotARelease, ParseError
from crawler.release import Release
from crawler.source import SourceError

# The printed keys, in this order; None prints as null.
OUTPUT_KEYS = (
    "url",
    "release_id",
    "title",
    "date",
    "author",
    "photographer",
    "body",
    "location",
    "language",
    "category",
    "images",
    "translator",
)


def release_json(release: Release) -> str:
    """The record as one JSON object with exactly OUTPUT_KEYS (non-ASCII kept as is)."""
    data = release.to_dict()
    return json.dumps({key: data[key] for key in OUTPUT_KEYS}, ensure_ascii=False, indent=2)


def _fetched_at(value: str | None) -> datetime | None:
    """The --fetched-at option as an aware datetime (naive times are Baghdad time)."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as error:
        raise click.ClickException(
            f"--fetched-at {value!r} is not an ISO 8601 time; write it like 2020-11-15T13:12:00+03:00."
        ) from error
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=BAGHDAD)


@click.command("parse")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option(
    "--url",
    help="The page's URL on ina.iq; it gives the release id and the section. "
    "Without it the file:// URL is used and release_id is null.",
)
@click.option(
    "--content-type",
    "content_type",
    metavar="CT",
    help="The HTTP Content-Type the page was served with, e.g. 'text/html; charset=windows-1256'.",
)
@click.option(
    "--fetched-at",
    "fetched_at",
    metavar="ISO",
    help="When the page was fetched (ISO 8601); resolves 'Today, 13:12' and 'Yesterday'.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Print each field with the evidence it came from (which layer, element or line), and "
    "the lines taken off the story as chrome, instead of the JSON record.",
)
def parse_command(
    file: Path, url: str | None, content_type: str | None, fetched_at: str | None, explain: bool
) -> None:
    """Parse one saved INA page (FILE, or - for stdin) and print the release as JSON.

    Exit status: 0 for a release, 2 when the page is not a release (the reason on stderr),
    1 for an error.
    """
    when = _fetched_at(fetched_at)
    try:
        data = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    except OSError as error:
        raise click.ClickException(
            f"Cannot read {file}: {error.strerror or error}; check the path."
        ) from error
    page_url = url or (file.resolve().as_uri() if str(file) != "-" else "file:///dev/stdin")
    if explain:
        _explain(data, page_url, content_type, when)
        return
    try:
        release = parse_release(data, page_url, content_type=content_type, fetched_at=when)
    except NotARelease as error:
        click.echo(f"Not a release: {error.reason}.", err=True)
        sys.exit(2)
    except (ParseError, SourceError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(release_json(release))


def _explain(data: bytes, url: str, content_type: str | None, when: datetime | None) -> None:
    """Print where each field came from; exit 2 (with the reason) for a page that is no release."""
    try:
        release, trace, reason = explain_release(
            data, url, content_type=content_type, fetched_at=when
        )
    except (ParseError, SourceError) as error:
        raise click.ClickException(str(error)) from error
    values = release.to_dict() if release else {}
    click.echo(f"{'story':<13} {trace.get('story', 'no story block')}")
    for key in OUTPUT_KEYS:
        if key in ("url", "release_id", "body", "language"):
            continue
        value = values.get(key)
        shown = json.dumps(value, ensure_ascii=False) if value not in (None, [], "") else "-"
        evidence = trace.get(key)
        click.echo(f"{key:<13} {shown[:100]}" + (f"\n{'':<13} <- {evidence}" if evidence else ""))
    if release:
        paragraphs = release.body.split("\n\n")
        click.echo(f"{'body':<13} {len(paragraphs)} paragraphs, first: {paragraphs[0][:80]!r}")
    for key, line in trace.items():
        if key.startswith("dropped "):
            click.echo(f"{key:<13} {line!r}")
    if reason:
        click.echo(f"Not a release: {reason}.", err=True)
        sys.exit(2)


commands = [parse_command]
