"""The OpenAPI 3.1 document of the JSON API, built from the same limits the app enforces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from web.history_openapi import history_paths
from web.openapi_params import limit, search_parameters
from web.openapi_schemas import COVERAGE, ERROR, PHOTO, RELEASE, RUN, STATUS


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
                        "400": ERROR,
                        "503": ERROR,
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
                                            "photos": {
                                                "type": "array",
                                                "items": {"$ref": "#/components/schemas/Photo"},
                                            },
                                            "raw_url": {"type": ["string", "null"]},
                                        },
                                    }
                                }
                            },
                        },
                        "404": ERROR,
                    },
                }
            },
            **history_paths(release_path_params),
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
                    "parameters": [*search_parameters(settings)[:-2], limit(settings)],
                    "responses": {
                        "200": {"description": "CSV", "content": {"text/csv": {}}},
                        "400": ERROR,
                    },
                }
            },
            "/export.jsonl": {
                "get": {
                    "summary": f"JSON Lines export of a search, newest first, at most {settings['EXPORT_CAP']:,} rows.",
                    "parameters": [*search_parameters(settings)[:-2], limit(settings)],
                    "responses": {
                        "200": {
                            "description": "One release per line",
                            "content": {"application/x-ndjson": {}},
                        },
                        "400": ERROR,
                    },
                }
            },
            "/feed.atom": {
                "get": {
                    "summary": "Atom feed of a search, newest first.",
                    "parameters": search_parameters(settings)[:-3],
                    "responses": {
                        "200": {"description": "Atom", "content": {"application/atom+xml": {}}},
                        "400": ERROR,
                    },
                }
            },
            "/changes.atom": {
                "get": {
                    "summary": "Atom feed of what INA changed among a search's releases: new, "
                    "edited (linking to the diff) and removed, last change first.",
                    "parameters": search_parameters(settings)[:-3],
                    "responses": {
                        "200": {"description": "Atom", "content": {"application/atom+xml": {}}},
                        "400": ERROR,
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
                "Release": RELEASE,
                "Photo": PHOTO,
                "Status": STATUS,
                "Run": RUN,
                "Coverage": COVERAGE,
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
