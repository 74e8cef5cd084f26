"""CSV and JSON Lines exports of a search, streamed, with a documented cap.

``/export.csv`` and ``/export.jsonl`` take the search parameters plus ``limit`` (default and
maximum: the ``EXPORT_CAP`` setting, 10,000 rows). Rows stream as they are read, so a large export
holds one page of releases in memory, not the whole result.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from itertools import islice
from typing import Any

from flask import Blueprint, Response, request, stream_with_context

from web.archive import current_archive
from web.params import SearchParams, parse_limit, parse_search
from web.views import settings

bp = Blueprint("exports", __name__)

CSV_FIELDS = (
    "key",
    "url",
    "release_id",
    "date",
    "title",
    "author",
    "photographer",
    "location",
    "language",
    "category",
    "translator",
    "images",
    "body",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_releases(
    archive: Any, params: SearchParams, limit: int, page_size: int
) -> Iterator[Any]:
    """The releases of a search, at most ``limit``: in index order without a query, else by page."""
    if not params.q:
        return islice(archive.iter_releases(**params.filter_kwargs()), limit)
    return islice(_paged(archive, params, page_size), limit)


def _paged(archive: Any, params: SearchParams, page_size: int) -> Iterator[Any]:
    """Walk the result pages of a query search."""
    page = 1
    while True:
        kwargs = {**params.search_kwargs(), "page": page, "per_page": page_size}
        result = archive.search(**kwargs)
        yield from (hit.release for hit in result.hits)
        if page >= result.pages or not result.hits:
            return
        page += 1


def csv_cell(value: Any) -> str:
    """A cell value, defused so spreadsheets do not run it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_rows(releases: Iterator[Any]) -> Iterator[str]:
    """CSV text, one row at a time, header first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_FIELDS)
    for release in releases:
        data = release.to_dict()
        data["key"] = release.key
        data["images"] = " ".join(image["url"] for image in data["images"])
        writer.writerow([csv_cell(data.get(name)) for name in CSV_FIELDS])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _jsonl_rows(releases: Iterator[Any]) -> Iterator[str]:
    """One JSON object per line."""
    for release in releases:
        data = {"key": release.key, **release.to_dict()}
        yield json.dumps(data, ensure_ascii=False) + "\n"


def _export(kind: str) -> Response:
    """Validate the request, then stream the rows."""
    config = settings()
    args = request.args.copy()
    limit = parse_limit(args.poplist("limit"), config["EXPORT_CAP"])
    params = parse_search(args, config)  # page and per_page are validated, then not used
    archive = current_archive()
    releases = export_releases(archive, params, limit, config["MAX_PER_PAGE"])
    # Fetch the first row before answering 200, so an error still gets its error page.
    first = list(islice(releases, 1))
    rows = _csv_rows if kind == "csv" else _jsonl_rows
    stream = stream_with_context(rows(_chain(first, releases)))
    mimetype = "text/csv" if kind == "csv" else "application/x-ndjson"
    response = Response(stream, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="ina-releases.{kind}"'
    response.headers["X-Export-Limit"] = str(limit)
    return response


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    """The first, already fetched row, then the rest."""
    yield from first
    yield from rest


@bp.get("/export.csv")
def export_csv() -> Response:
    """The search as CSV (UTF-8), at most ``limit`` rows."""
    return _export("csv")


@bp.get("/export.jsonl")
def export_jsonl() -> Response:
    """The search as JSON Lines, at most ``limit`` rows."""
    return _export("jsonl")
