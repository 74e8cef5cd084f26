"""The Atom feed of any search (a saved search becomes an alert) and the OpenSearch description."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Response, render_template, request

from web.archive import current_archive
from web.params import parse_search
from web.urls import external_url
from web.views import settings, suffix

bp = Blueprint("feeds", __name__)


@bp.get("/feed.atom")
def atom() -> Response:
    """The newest releases matching a search, as an Atom feed."""
    config = settings()
    params, result = feed_search("newest")
    dates = [hit.release.date for hit in result.hits if hit.release.date]
    updated = max(dates) if dates else datetime(2000, 1, 1, tzinfo=UTC)
    page_url = external_url("views.search") + suffix(params.query_string())
    self_url = external_url("feeds.atom") + suffix(params.query_string())
    body = render_template(
        "atom.xml",
        result=result,
        params=params,
        title=_title(params, config["SITE_NAME"]),
        updated=updated,
        page_url=page_url,
        self_url=self_url,
    )
    return Response(body, mimetype="application/atom+xml")


def feed_search(sort: str, **options: Any) -> tuple[Any, Any]:
    """The request's search as a feed reads it: its first page of the feed's size, in ``sort``
    order (the page, page size and sort of the request do not apply)."""
    config = settings()
    args = request.args.copy()
    for name in ("page", "per_page", "sort"):
        args.pop(name, None)
    params = parse_search(args, config)
    size = min(config["FEED_SIZE"], config["MAX_PER_PAGE"])
    kwargs = {**params.search_kwargs(), "sort": sort, "page": 1, "per_page": size}
    return params, current_archive().search(**kwargs, **options)


def searched(params: Any) -> list[str]:
    """What a search asked for, for a feed's title: the quoted query and the filter values."""
    parts = [f"“{params.q}”"] if params.q else []
    return parts + [value for _, values in params.filters for value in values]


def _title(params: Any, site: str) -> str:
    """A feed title that says what was searched."""
    parts = searched(params)
    return f"{site}: {', '.join(parts)}" if parts else f"{site}: newest releases"


@bp.get("/opensearch.xml")
def opensearch() -> Response:
    """The OpenSearch description, so browsers can add the archive as a search engine."""
    body = render_template(
        "opensearch.xml",
        site=settings()["SITE_NAME"],
        search_url=external_url("views.search"),
        feed_url=external_url("feeds.atom"),
        api_url=external_url("api.search"),
        icon_url=external_url("static", filename="favicon.svg"),
    )
    return Response(body, mimetype="application/opensearchdescription+xml")
