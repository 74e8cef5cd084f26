"""The ``/status`` page and ``/api/status``: what the unattended runs did, as ``ina-archive status``.

Both read the run log and ``schedule.json`` of the data directory through
``crawler.runstatus.read_status`` (never the release store: the web app only reads files the
crawler wrote), so the page, the JSON and the command say the same thing.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify, render_template

from crawler.coverage import FIELDS, FieldCoverage, percent
from crawler.runstatus import read_status, schedule_line

bp = Blueprint("status", __name__)

RUNS_SHOWN = 20


def _status() -> Any:
    return read_status(current_app.config["INA"]["DATA_DIR"], limit=RUNS_SHOWN)


@bp.get("/status")
def status_page() -> str:
    """The status page: warnings first, then the next scheduled run and the last runs."""
    status = _status()
    archive = FieldCoverage.from_dict(status.archive_coverage) if status.archive_coverage else None
    return render_template(
        "status.html",
        status=status,
        runs=list(reversed(status.runs)),
        schedule=schedule_line(status.schedule),
        archive=archive,
        fields=FIELDS,
        percent=percent,
    )


@bp.get("/api/status")
def status_json() -> Response:
    """The same as JSON: runs (newest first), next run, schedule, archive coverage, warnings."""
    return jsonify(_status().to_dict())
