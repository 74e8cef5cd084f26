"""The component schemas of the OpenAPI document: an error, a release, a run and the status."""

from __future__ import annotations

ERROR = {
    "description": "An error, with a sentence saying what to do.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
RELEASE = {
    "type": "object",
    "required": ["key", "url", "title", "body"],
    "properties": {
        "key": {"type": "string", "examples": ["en/9948"]},
        "url": {"type": "string", "format": "uri", "description": "The original on ina.iq."},
        "title": {"type": "string"},
        "body": {"type": "string", "description": "Paragraphs separated by a blank line."},
        "release_id": {"type": ["integer", "null"]},
        "date": {"type": ["string", "null"], "format": "date-time"},
        **{
            name: {"type": ["string", "null"]}
            for name in ("author", "photographer", "location", "language", "category", "translator")
        },
        "images": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"url": {"type": "string"}, "caption": {"type": ["string", "null"]}},
            },
        },
        "page_url": {"type": "string"},
        "api_url": {"type": "string"},
    },
}


COVERAGE = {
    "type": ["object", "null"],
    "description": "Field coverage: how many releases had each field, out of total.",
    "properties": {
        "total": {"type": "integer", "minimum": 0},
        "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        "shares": {"type": "object", "additionalProperties": {"type": ["number", "null"]}},
    },
}
RUN = {
    "type": "object",
    "required": ["kind", "started", "status", "line"],
    "properties": {
        "kind": {"type": "string", "enum": ["crawl", "index"]},
        "started": {"type": "string", "format": "date-time"},
        "ended": {"type": "string"},
        "status": {"type": "string", "enum": ["ok", "failed", "interrupted"]},
        "message": {"type": ["string", "null"], "description": "Why the run failed."},
        "line": {"type": "string", "description": "The run as one readable line."},
        **{
            name: {"type": "integer", "minimum": 0}
            for name in ("pages_fetched", "new", "changed", "gone", "errors")
        },
        "error_messages": {"type": "array", "items": {"type": "string"}},
        "robots": {
            "type": "array",
            "description": "robots.txt changes seen in the run.",
            "items": {
                "type": "object",
                "properties": {
                    "host": {"type": "string"},
                    "old_sha256": {"type": ["string", "null"]},
                    "new_sha256": {"type": "string"},
                    "disallows_releases": {"type": "boolean"},
                    "added": {"type": "array", "items": {"type": "string"}},
                    "removed": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "coverage": {"$ref": "#/components/schemas/Coverage"},
        "archive_coverage": {"$ref": "#/components/schemas/Coverage"},
        "warnings": {"type": "array", "items": {"type": "string"}},
        "details": {"type": "object"},
    },
}
STATUS = {
    "type": "object",
    "required": ["ok", "runs", "warnings"],
    "properties": {
        "ok": {"const": True},
        "runs": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}},
        "next_run": {"type": ["string", "null"], "description": "ISO 8601, from the scheduler."},
        "schedule": {"type": ["object", "null"]},
        "archive_coverage": {"$ref": "#/components/schemas/Coverage"},
        "warnings": {"type": "array", "items": {"type": "string"}},
    },
}

PHOTO = {
    "type": "object",
    "description": "A picture of the release: INA's URL, and the archive's own copy and thumbnail "
    "(null when the crawler has not archived it).",
    "required": ["url", "caption", "archived_url", "thumbnail_url", "sha256", "width", "height"],
    "properties": {
        "url": {"type": "string"},
        "caption": {"type": ["string", "null"]},
        "archived_url": {"type": ["string", "null"]},
        "thumbnail_url": {"type": ["string", "null"]},
        "sha256": {"type": ["string", "null"]},
        "width": {"type": ["integer", "null"]},
        "height": {"type": ["integer", "null"]},
    },
}
