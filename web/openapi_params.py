"""The parameters of the OpenAPI document, from the limits the app enforces (web/limits.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from web.limits import (
    DATE_PATTERN,
    FACETS,
    HISTORY_VALUES,
    LANGUAGE_NAMES,
    MAX_FACET_VALUES,
    MAX_VALUE_LENGTH,
    SORTS,
    YEAR_PATTERN,
)
from web.present import LANGUAGE_LABELS

# Every search parameter may be sent empty (``from=``, as HTML forms do): the same as leaving it out.
_EMPTY = {"type": "string", "maxLength": 0}
# The archive's four languages, named for the language filter (the enum lists the codes).
LANGUAGE_CODES = (
    "Codes: "
    + ", ".join(f"{code} = {LANGUAGE_LABELS['en'].get(code, code)}" for code in LANGUAGE_NAMES)
    + "."
)
_FACET_ITEMS: dict[str, dict[str, Any]] = {
    "language": {"type": "string", "enum": ["", *LANGUAGE_NAMES]},
    "year": {"type": "string", "pattern": YEAR_PATTERN},
    "history": {"type": "string", "enum": ["", *HISTORY_VALUES]},
}


def param(name: str, description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """One query parameter."""
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


def or_empty(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A parameter schema that also allows the empty value."""
    return {"anyOf": [schema, _EMPTY], **extra}


def number_schema(low: int, high: int, default: int) -> dict[str, Any]:
    """A whole number from ``low`` to ``high`` (ASCII digits), or empty for ``default``."""
    return or_empty({"type": "integer", "minimum": low, "maximum": high}, default=default)


def search_parameters(settings: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The search parameters shared by the API, the page, the feed and the exports."""
    facet_params = [
        param(
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
    for facet in facet_params:
        if facet["name"] == "language":
            facet["description"] += " " + LANGUAGE_CODES

    return [
        param(
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
            "searches at most its 50 most common words, and a query that would read too "
            "many releases leaves out its commonest words (a phrase of very common words is "
            "searched as its rarest words in any order); the notice says so. Arabic, "
            "English, Kurdish (Sorani; a word typed on an Arabic keyboard, without \u06d5 "
            "\u0695 \u06b5 \u06c6 \u06ce, also finds its Kurdish spelling) and Turkmen "
            "(\u0130, I, \u0131 and i search alike) all work.",
            {"type": "string", "maxLength": settings["MAX_QUERY_LENGTH"]},
        ),
        *facet_params,
        *(
            param(
                name,
                f"{word} release date, inclusive, YYYY-MM-DD (empty: no limit). A `from` after "
                "`to` is searched the other way round, and the `notice` says so.",
                or_empty({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
            )
            for name, word in (("from", "Earliest"), ("to", "Latest"))
        ),
        param(
            "sort",
            "Result order; empty or absent: relevance with a query, newest without.",
            {"type": "string", "enum": ["", *SORTS]},
        ),
        param("page", "Result page.", number_schema(1, settings["MAX_PAGE"], 1)),
        param(
            "per_page",
            "Results per page.",
            number_schema(1, settings["MAX_PER_PAGE"], settings["DEFAULT_PER_PAGE"]),
        ),
    ]


def limit(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The ``limit`` parameter of the exports."""
    cap = settings["EXPORT_CAP"]
    return param("limit", f"Most rows to return (cap: {cap:,}).", number_schema(1, cap, cap))
