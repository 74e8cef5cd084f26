"""The Atom feed of changes for any search: releases that are new, edited or removed by INA.

``/changes.atom`` takes the search page's parameters; its entries are the matching releases
(removed ones included) by their last change, newest first, each one entry per change: a new
release, a new version (linking to its diff), or a removal. A researcher can follow, say, every
edit to releases about a ministry.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Response, render_template

from indexer.history import ReleaseHistory
from web.feeds import feed_search, searched
from web.history import release_history
from web.urls import external_url
from web.views import settings, suffix

bp = Blueprint("history_feed", __name__)


def change_of(release: Any, found: ReleaseHistory | None, status: str) -> dict[str, Any]:
    """What one feed entry says: the kind of change, when, and what changed."""
    section, _, number = release.key.partition("/")
    ids = {"section": section, "release_id": int(number)} if number.isdigit() else None
    page = external_url("views.release", **ids) if ids else release.url
    versions = found.versions if found else ()
    newest = versions[-1] if versions else None
    if status == "gone":
        kind, when, changed = "removed", found.changed_at if found else None, ()
    elif newest is not None and newest.number > 1:
        kind, when, changed = "edited", newest.fetched_at, newest.changed
    else:
        kind, when, changed = "new", newest.fetched_at if newest else release.date, ()
    link = page
    if kind == "edited" and ids:
        link = (
            external_url("history.diff_page", **ids)
            + f"?from={newest.number - 1}&to={newest.number}"
        )
    version = newest.number if newest else 1
    return {
        "kind": kind,
        "id": f"{page}#{kind}-{version}",
        "updated": when or datetime(2000, 1, 1, tzinfo=UTC),
        "changed": changed,
        "link": link,
        "page": page,
    }


@bp.get("/changes.atom")
def changes() -> Response:
    """New, edited and removed releases matching a search, last change first, as Atom."""
    config = settings()
    params, result = feed_search("changed", include_gone=True)
    entries = [
        {"release": hit.release, **change_of(hit.release, release_history(hit.key), hit.status)}
        for hit in result.hits
    ]
    updated = max((e["updated"] for e in entries), default=datetime(2000, 1, 1, tzinfo=UTC))
    query = suffix(params.query_string())
    parts = searched(params)
    title = f"{config['SITE_NAME']}: changes" + (f" to {', '.join(parts)}" if parts else "")
    body = render_template(
        "changes.xml",
        title=title,
        entries=entries,
        updated=updated,
        page_url=external_url("views.search") + query,
        self_url=external_url("history_feed.changes") + query,
    )
    return Response(body, mimetype="application/atom+xml")
