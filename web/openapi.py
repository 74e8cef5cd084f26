"""The OpenAPI 3.1 document of the JSON API, built from the same limits the app enforces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from web.limits import (
    DATE_PATTERN,
    FACETS,
    LANGUAGE_NAMES,
    MAX_FACET_VALUES,
    MAX_VALUE_LENGTH,
    SORTS,
    YEAR_PATTERN,
)

# Every search parameter may be sent empty (``from=``, as HTML forms do): the same as leaving it out.
_EMPTY = {"type": "string", "maxLength": 0}
_FACET_ITEMS: dict[str, dict[str, Any]] = {
    "language": {"type": "string", "enum": ["", *LANGUAGE_NAMES]},
    "year": {"type": "string", "pattern": YEAR_PATTERN},
}


def _param(name: str, description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """One query parameter."""
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


def _or_empty(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A parameter schema that also allows the empty value."""
    return {"anyOf": [schema, _EMPTY], **extra}


def _number(low: int, high: int, default: int) -> dict[str, Any]:
    """A whole number from ``low`` to ``high`` (ASCII digits), or empty for ``default``."""
    return _or_empty({"type": "integer", "minimum": low, "maximum": high}, default=default)


def search_parameters(settings: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The search parameters shared by the API, the page, the feed and the exports."""
    facet_params = [
        _param(
            name,
            f"{label} filter; repeat to OR several values (at most {MAX_FACET_VALUES}, each at "
            f"most {MAX_VALUE_LENGTH} characters; empty values are ignored). Different facets "
            "combine with AND.",
            {
                "type": "array",
                "maxItems": MAX_FACET_VALUES,
                "items": _FACET_ITEMS.get(name, {"type": "string", "maxLength": MAX_VALUE_LENGTH}),
            },
            style="form",
            explode=True,
        )
        for name, label in FACETS.items()
    ]
    return [
        _param(
            "q",
            "Search words, all required, each searched in the title, body, author, "
            "photographer, translator, location and category (names and titles weigh more; "
            'names match as names, not stems). Supported: "exact phrase", "a b"~3 (words '
            "at most 3 apart), OR, AND, NOT, -word (exclude), +word, (grouping), field:value "
            "for author, photographer, translator, location (or place), category, title, "
            "body, language, year, status, key and date (case- and Arabic-spelling-"
            "insensitive), word* (prefix, at the end of a word only; Arabic also after "
            "\u0648 \u0628 \u0644 \u0627\u0644), word~1 or word~2 (typing errors), word^2 "
            "(boost), [a TO b] (ends included) and {a TO b} (ends excluded). Anything else "
            "(? or a leading *, ~3, ^word, field: with nothing after it) is left out or "
            "lowered and the response's notice names it; a prefix, fuzzy word or range "
            "searches at most its 50 most common words, and a notice says so. Arabic and "
            "English both work.",
            {"type": "string", "maxLength": settings["MAX_QUERY_LENGTH"]},
        ),
        *facet_params,
        *(
            _param(
                name,
                f"{word} release date, inclusive, YYYY-MM-DD (empty: no limit). A `from` after "
                "`to` is searched the other way round, and the `notice` says so.",
                _or_empty({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
            )
            for name, word in (("from", "Earliest"), ("to", "Latest"))
        ),
        _param(
            "sort",
            "Result order; empty or absent: relevance with a query, newest without.",
            {"type": "string", "enum": ["", *SORTS]},
        ),
        _param("page", "Result page.", _number(1, settings["MAX_PAGE"], 1)),
        _param(
            "per_page",
            "Results per page.",
            _number(1, settings["MAX_PER_PAGE"], settings["DEFAULT_PER_PAGE"]),
        ),
    ]


_ERROR = {
    "description": "An error, with a sentence saying what to do.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
_RELEASE = {
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


_COVERAGE = {
    "type": ["object", "null"],
    "description": "Field coverage: how many releases had each field, out of total.",
    "properties": {
        "total": {"type": "integer", "minimum": 0},
        "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        "shares": {"type": "object", "additionalProperties": {"type": ["number", "null"]}},
    },
}
_RUN = {
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
_STATUS = {
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


def openapi_document(settings: Mapping[str, Any], server: str = "") -> dict[str, Any]:
    """The OpenAPI 3.1 document.

    Args:
        settings: the app settings, for the limits.
        server: the base URL the API is served from.

    Returns:
        The document as a JSON-ready dict.
    """
    release_path_params = [
        {
            "name": "section",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "enum": ["en", "ar", "ku", "tk"]},
        },
        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 0}},
    ]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{settings['SITE_NAME']} API",
            "version": "1",
            "description": "Read-only search over the archived press releases of the Iraqi "
            "News Agency (ina.iq), in English and Arabic. An empty parameter is the same as an "
            "absent one; only the facet parameters may be repeated. Every error, on every path "
            'here, is JSON of the shape {"ok": false, "error": "...", "status": 400}.',
        },
        "servers": [{"url": server or "/"}],
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Search releases, with facets and a histogram.",
                    "parameters": search_parameters(settings),
                    "responses": {
                        "200": {
                            "description": "A page of results.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/SearchResult"}
                                }
                            },
                        },
                        "400": _ERROR,
                        "503": _ERROR,
                    },
                }
            },
            "/api/releases/{section}/{id}": {
                "get": {
                    "summary": "One release, with similar releases.",
                    "parameters": release_path_params,
                    "responses": {
                        "200": {
                            "description": "The release.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "ok": {"const": True},
                                            "release": {"$ref": "#/components/schemas/Release"},
                                            "more_like_this": {
                                                "type": "array",
                                                "items": {"type": "object"},
                                            },
                                            "raw_url": {"type": ["string", "null"]},
                                        },
                                    }
                                }
                            },
                        },
                        "404": _ERROR,
                    },
                }
            },
            "/api/status": {
                "get": {
                    "summary": "What the unattended crawl and index runs did: the last runs, "
                    "the next scheduled run, field coverage and warnings.",
                    "responses": {
                        "200": {
                            "description": "The status (the same as `ina-archive status --json`).",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Status"}
                                }
                            },
                        }
                    },
                }
            },
            "/export.csv": {
                "get": {
                    "summary": f"CSV export of a search, newest first, at most {settings['EXPORT_CAP']:,} rows.",
                    "parameters": [*search_parameters(settings)[:-2], _limit(settings)],
                    "responses": {
                        "200": {"description": "CSV", "content": {"text/csv": {}}},
                        "400": _ERROR,
                    },
                }
            },
            "/export.jsonl": {
                "get": {
                    "summary": f"JSON Lines export of a search, newest first, at most {settings['EXPORT_CAP']:,} rows.",
                    "parameters": [*search_parameters(settings)[:-2], _limit(settings)],
                    "responses": {
                        "200": {
                            "description": "One release per line",
                            "content": {"application/x-ndjson": {}},
                        },
                        "400": _ERROR,
                    },
                }
            },
            "/feed.atom": {
                "get": {
                    "summary": "Atom feed of a search, newest first.",
                    "parameters": search_parameters(settings)[:-3],
                    "responses": {
                        "200": {"description": "Atom", "content": {"application/atom+xml": {}}},
                        "400": _ERROR,
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["ok", "error", "status"],
                    "properties": {
                        "ok": {"const": False},
                        "error": {"type": "string"},
                        "status": {"type": "integer"},
                        "hint": {"type": "string"},
                    },
                },
                "Release": _RELEASE,
                "Status": _STATUS,
                "Run": _RUN,
                "Coverage": _COVERAGE,
                "Facet": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "label": {"type": "string"},
                        "truncated": {"type": "boolean"},
                        "results": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "value": {"type": "string"},
                                    "label": {"type": "string"},
                                    "count": {"type": "integer"},
                                    "selected": {"type": "boolean"},
                                    "toggle_url": {"type": "string"},
                                },
                            },
                        },
                    },
                },
                "SearchResult": {
                    "type": "object",
                    "properties": {
                        "ok": {"const": True},
                        "total": {"type": "integer"},
                        "page": {"type": "integer"},
                        "pages": {"type": "integer"},
                        "per_page": {"type": "integer"},
                        "took_ms": {"type": "number"},
                        "notice": {"type": ["string", "null"]},
                        "suggestion": {"type": ["string", "null"]},
                        "hits": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "key": {"type": "string"},
                                    "score": {"type": ["number", "null"]},
                                    "snippet": {
                                        "type": ["string", "null"],
                                        "description": "HTML, escaped, matches in <mark>.",
                                    },
                                    "release": {"$ref": "#/components/schemas/Release"},
                                },
                            },
                        },
                        "facets": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Facet"},
                        },
                        "histogram": {"type": "object"},
                        "next_url": {"type": ["string", "null"]},
                        "prev_url": {"type": ["string", "null"]},
                    },
                },
            }
        },
    }


def _limit(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The ``limit`` parameter of the exports."""
    cap = settings["EXPORT_CAP"]
    return _param("limit", f"Most rows to return (cap: {cap:,}).", _number(1, cap, cap))
