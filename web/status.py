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
from web.i18n import current_language, translate
from web.messages_status import EN_STATUS
from web.status_text import schedule_arabic, warning_arabic

bp = Blueprint("status", __name__)

RUNS_SHOWN = 20


def _status() -> Any:
    return read_status(current_app.config["INA"]["DATA_DIR"], limit=RUNS_SHOWN)


@bp.get("/status")
def status_page() -> str:
    """The status page: warnings first, then the next scheduled run and the last runs."""
    status = _status()
    archive = FieldCoverage.from_dict(status.archive_coverage) if status.archive_coverage else None
    lang = current_language()
    schedule = schedule_line(status.schedule)
    # (sentence, is English): the Arabic page shows a warning it has no Arabic for as English.
    warnings = [(w, True) for w in status.warnings]
    if lang == "ar":
        schedule = schedule_arabic(status.schedule)
        warnings = [
            (arabic, False) if (arabic := warning_arabic(w)) else (w, True) for w in status.warnings
        ]
    return render_template(
        "status.html",
        status=status,
        runs=list(reversed(status.runs)),
        schedule=schedule,
        warnings=warnings,
        archive=archive,
        fields=FIELDS,
        percent=percent,
        label=lambda kind, value: label(lang, kind, value),
    )


def label(lang: str, kind: str, value: str) -> str:
    """A run kind, outcome or field name in ``lang``; the value itself when it has no label."""
    key = f"{kind}_{value}"
    return translate(lang, key) if key in EN_STATUS else value


@bp.get("/api/status")
def status_json() -> Response:
    """The same as JSON: runs (newest first), next run, schedule, archive coverage, warnings."""
    return jsonify(_status().to_dict())
