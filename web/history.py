"""Release history on the web: the versions of a release, diffs between any two, each as fetched.

Pages: ``/releases/<section>/<id>/diff?from=&to=`` (a word-level diff, in the release's own
direction) and ``/releases/<section>/<id>/versions/<n>/raw`` (the response that version was
parsed from). API: ``/api/releases/<section>/<id>/versions`` and ``.../diff?from=&to=``. The release
page shows the History section and the removal banner through the ``release_history`` template
global, so its view needs no change.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from flask import Blueprint, Response, jsonify, render_template, request, url_for

from indexer.errors import IndexerError
from indexer.history import FIELDS, ReleaseHistory, VersionDiff, diff_versions
from web.archive import current_archive
from web.errors import ReleaseNotFound
from web.history_text import history_text
from web.limits import parse_int, single
from web.security import SANDBOX_POLICY
from web.views import RAW_PAGE_POLICY, get_release, raw_copies, wants_page

log = logging.getLogger(__name__)

bp = Blueprint("history", __name__)
MAX_VERSION = 10**18 - 1  # the most digits a number parameter may have (web.limits)


@bp.app_template_global("release_history")
def release_history(key: str) -> ReleaseHistory | None:
    """A release's history for a template, or None when the store cannot tell."""
    try:
        return current_archive().history(key)
    except (sqlite3.Error, OSError, AttributeError, IndexerError) as error:
        log.warning("no history for %s: %s", key, error)
        return None


@bp.app_template_global("edited_keys")
def edited_keys(hits: list[Any]) -> set[str]:
    """The keys of a results page's releases that INA edited, for their badge (one query)."""
    try:
        return current_archive().edited_keys([hit.key for hit in hits])
    except (sqlite3.Error, OSError, AttributeError, IndexerError) as error:
        log.warning("no edit marks for the results: %s", error)
        return set()


bp.add_app_template_global(history_text, "ht")
bp.add_app_template_filter(history_text, "ht")  # field names in a list: names|map('ht')
bp.add_app_template_global(FIELDS, "history_fields")


def _release_and_history(section: str, release_id: int) -> tuple[Any, ReleaseHistory]:
    """The release at a URL and its history, or a 404 that says why."""
    item = get_release(section, release_id)
    found = release_history(item.key)
    if found is None or not found.versions:
        raise ReleaseNotFound(
            f"The archive keeps no versions of {item.key}.",
            hint="Releases imported without crawling have no history; crawl them to start one.",
        )
    return item, found


def _diff_of(found: ReleaseHistory) -> VersionDiff:
    """The diff the request asks for: ``to`` defaults to the newest, ``from`` to the one before.

    Raises:
        BadParameter: a number that is not a whole number from 1 up.
        ReleaseNotFound: a version the release does not have (a 404, like a missing page).
    """
    newest = found.versions[-1].number
    to = parse_int(single(request.args, "to"), "to", newest, 1, MAX_VERSION)
    start = parse_int(single(request.args, "from"), "from", max(1, to - 1), 1, MAX_VERSION)
    for number in (start, to):
        if found.version(number) is None:
            raise ReleaseNotFound(
                f"{found.key} has versions 1 to {newest}; there is no version {number}.",
                hint="The release page's History lists them.",
            )
    return diff_versions(found, start, to)


def _links(key: str, number: int, archived: bool) -> dict[str, str | None]:
    """A version's raw-copy and diff (from the version before) URLs."""
    section, _, release_id = key.partition("/")
    ids = {"section": section, "release_id": int(release_id)}
    return {
        "raw_url": url_for("history.version_raw", number=number, **ids) if archived else None,
        "diff_url": url_for("history.diff_page", **ids) + f"?from={number - 1}&to={number}"
        if number > 1
        else None,
    }


def history_json(found: ReleaseHistory) -> dict[str, Any]:
    """The versions of a release as the API returns them."""
    return {
        "ok": True,
        "key": found.key,
        "status": found.status,
        "edited": found.edited,
        "removed": found.removed,
        "last_seen": found.last_seen.isoformat() if found.last_seen else None,
        "removed_at": found.removed_at.isoformat() if found.removed_at else None,
        "versions": [
            {**v.to_dict(), **_links(found.key, v.number, v.capture is not None)}
            for v in found.versions
        ],
    }


@bp.get("/api/releases/<section>/<int:release_id>/versions")
def versions_api(section: str, release_id: int) -> Response:
    """Every version INA served of a release, oldest first, with what each changed."""
    _, found = _release_and_history(section, release_id)
    return jsonify(history_json(found))


@bp.get("/api/releases/<section>/<int:release_id>/diff")
def diff_api(section: str, release_id: int) -> Response:
    """The changed fields between two versions, each with a word-level diff."""
    _, found = _release_and_history(section, release_id)
    return jsonify({"ok": True, **_diff_of(found).to_dict()})


@bp.get("/releases/<section>/<int:release_id>/diff")
def diff_page(section: str, release_id: int) -> str:
    """A word-level diff between two versions, in the release's own direction."""
    item, found = _release_and_history(section, release_id)
    return render_template("diff.html", release=item, history=found, diff=_diff_of(found))


@bp.get("/releases/<section>/<int:release_id>/versions/<int:number>/raw")
def version_raw(section: str, release_id: int, number: int) -> Response:
    """The archived response one version was parsed from, as text (never live HTML)."""
    item, found = _release_and_history(section, release_id)
    version = found.version(number)
    if version is None:
        raise ReleaseNotFound(
            f"{item.key} has versions 1 to {len(found.versions)}, not {number}.",
            hint="The release page's History lists them.",
        )
    record = None
    if version.capture is not None:
        record = raw_copies().read(version.capture.file, version.capture.offset, item.url)
    if record is None:
        raise ReleaseNotFound(
            f"The archive has no raw copy of version {number} of {item.key}.",
            hint="Versions stored before captures were linked to them have none until a reparse.",
        )
    if wants_page():
        page = Response(
            render_template("version_raw.html", release=item, record=record, version=version)
        )
        page.headers["Content-Security-Policy"] = RAW_PAGE_POLICY
        page.headers["Cache-Control"] = "public, max-age=3600"
        return page
    header = (
        f"Archived copy of {record.url}, version {number}\n"
        f"Fetched {record.date} (WARC record {record.record_id})\n{'-' * 72}\n\n"
    )
    response = Response(header + record.text, mimetype="text/plain")
    response.headers["Content-Security-Policy"] = SANDBOX_POLICY
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response
