"""The history paths of the OpenAPI document: a release's versions and a diff between two."""

from __future__ import annotations

from typing import Any

from web.history import MAX_VERSION
from web.openapi_schemas import ERROR

_VERSION_NUMBER = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": MAX_VERSION},
        {"type": "string", "maxLength": 0},
    ]
}
_SEGMENT = {
    "type": "object",
    "required": ["op", "text"],
    "properties": {
        "op": {"type": "string", "enum": ["same", "added", "removed"]},
        "text": {"type": "string"},
    },
}
VERSIONS = {
    "type": "object",
    "required": ["ok", "key", "status", "edited", "removed", "versions"],
    "properties": {
        "ok": {"const": True},
        "key": {"type": "string"},
        "status": {"type": "string", "enum": ["live", "gone"]},
        "edited": {"type": "boolean", "description": "INA changed it after publication."},
        "removed": {"type": "boolean", "description": "INA no longer serves it."},
        "last_seen": {"type": ["string", "null"], "format": "date-time"},
        "removed_at": {"type": ["string", "null"], "format": "date-time"},
        "versions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["version", "fetched_at", "changed", "archived", "release"],
                "properties": {
                    "version": {"type": "integer", "minimum": 1},
                    "fetched_at": {"type": "string", "format": "date-time"},
                    "changed": {"type": "array", "items": {"type": "string"}},
                    "archived": {"type": "boolean"},
                    "release": {"type": "object"},
                    "raw_url": {"type": ["string", "null"]},
                    "diff_url": {"type": ["string", "null"]},
                },
            },
        },
    },
}
DIFF = {
    "type": "object",
    "required": ["ok", "key", "from", "to", "changed", "fields"],
    "properties": {
        "ok": {"const": True},
        "key": {"type": "string"},
        "from": {"type": "integer"},
        "to": {"type": "integer"},
        "from_fetched_at": {"type": "string", "format": "date-time"},
        "to_fetched_at": {"type": "string", "format": "date-time"},
        "changed": {"type": "array", "items": {"type": "string"}},
        "fields": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "field": {"type": "string"},
                    "old": {"type": "string"},
                    "new": {"type": "string"},
                    "segments": {"type": "array", "items": _SEGMENT},
                },
            },
        },
    },
}


def _json(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def history_paths(release_params: list[dict[str, Any]]) -> dict[str, Any]:
    """The ``/versions`` and ``/diff`` paths of a release.

    Args:
        release_params: the ``section`` and ``id`` path parameters of a release.
    """
    number = "a version number from 1 to the newest (empty: the default)"
    diff_params = [
        {
            "name": "from",
            "in": "query",
            "description": f"The older side: {number}; default the version before ``to``.",
            "schema": _VERSION_NUMBER,
        },
        {
            "name": "to",
            "in": "query",
            "description": f"The newer side: {number}; default the newest version.",
            "schema": _VERSION_NUMBER,
        },
    ]
    return {
        "/api/releases/{section}/{id}/versions": {
            "get": {
                "summary": "Every version INA served of a release, oldest first, with its "
                "fetch time and the fields it changed.",
                "parameters": release_params,
                "responses": {"200": _json("The versions.", VERSIONS), "404": ERROR},
            }
        },
        "/api/releases/{section}/{id}/diff": {
            "get": {
                "summary": "A word-level diff between two versions of a release (only the "
                "changed fields).",
                "parameters": [*release_params, *diff_params],
                "responses": {
                    "200": _json("The diff.", DIFF),
                    "400": ERROR,
                    "404": {**ERROR, "description": "No such release, or no such version."},
                },
            }
        },
    }
