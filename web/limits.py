"""The rules for one search parameter value, declared once, and the checks that enforce them.

``web.params`` builds a search from these checks and ``web.openapi`` states the same rules in the
OpenAPI document (the enums, patterns, lengths and counts below), so the document and the server
cannot drift apart. Values are checked as sent: nothing is trimmed or tidied first, an empty value
is the same as an absent one, and a parameter that is not a list may be given only once.
"""

from __future__ import annotations

import re
from datetime import date

from werkzeug.datastructures import MultiDict

from web.errors import BadParameter

# Facet name -> label shown to people. The name is both the URL parameter and the API argument.
FACETS: dict[str, str] = {
    "author": "Author",
    "photographer": "Photographer",
    "category": "Category",
    "location": "Place",
    "language": "Language",
    "year": "Year",
    "history": "History",
}
SORTS = ("relevance", "newest", "oldest", "changed")  # changed: the last new version or removal
HISTORY_VALUES = ("edited", "removed")  # edited after publication; removed from INA
# Native names; Kurdish is INA's Sorani (Arabic script), Turkmen its Turkish-alphabet Iraqi Turkmen.
LANGUAGE_NAMES = {"en": "English", "ar": "العربية", "ku": "کوردی", "tk": "Türkmence"}
MAX_FACET_VALUES = 20
MAX_VALUE_LENGTH = 200
# Patterns in the syntax both Python (fullmatch) and the OpenAPI document (ECMA 262) read alike.
YEAR_PATTERN = "^([0-9]{4})?$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_YEAR = re.compile(YEAR_PATTERN)
_DATE = re.compile(DATE_PATTERN)
_DIGITS = re.compile("[0-9]{1,18}")
# Control characters are never part of a search and XML (the Atom feed) forbids them.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_LABELS = {
    "page": "The page number (page)",
    "per_page": "The page size (per_page)",
    "limit": "The export limit (limit)",
}


def tidy(text: str) -> str:
    """Control characters and runs of spaces become one space; no space at either end."""
    return " ".join(CONTROL.sub(" ", text).split())


def single(args: MultiDict, name: str) -> str:
    """The value of a parameter that is not a list ("" when absent).

    Raises:
        BadParameter: the parameter is given more than once.
    """
    values = args.getlist(name)
    if len(values) > 1:
        raise BadParameter(f"Give {name} only once; it was given {len(values)} times.", param=name)
    return str(values[0]) if values else ""


def facet_values(args: MultiDict, name: str) -> tuple[str, ...]:
    """The distinct, non-empty values given for one facet, validated, then tidied.

    Raises:
        BadParameter: too many values, a value too long, or not a year or language code.
    """
    given = [str(raw) for raw in args.getlist(name)]
    if len(given) > MAX_FACET_VALUES:
        raise BadParameter(
            f"Too many {FACETS[name].lower()} values ({len(given)}); select at most "
            f"{MAX_FACET_VALUES}.",
            param=name,
        )
    values: list[str] = []
    for raw in given:
        if len(raw) > MAX_VALUE_LENGTH:
            raise BadParameter(
                f"The {FACETS[name].lower()} value is too long; keep it under "
                f"{MAX_VALUE_LENGTH} characters.",
                param=name,
            )
        if name == "year" and not _YEAR.fullmatch(raw):
            raise BadParameter(
                f"The year {raw[:40]!r} is not a four-digit year such as 2020.", param=name
            )
        if name == "history" and raw and raw not in HISTORY_VALUES:
            raise BadParameter(
                f"The history value {raw[:40]!r} is not one of {', '.join(HISTORY_VALUES)}; "
                "use edited (changed after publication) or removed (no longer on INA).",
                param=name,
            )
        if name == "language" and raw and raw not in LANGUAGE_NAMES:
            raise BadParameter(
                f"The language {raw[:40]!r} is not a language code of the archive; use one of "
                f"{', '.join(LANGUAGE_NAMES)} (lower case).",
                param=name,
            )
        value = tidy(raw)
        if value and value not in values:
            values.append(value)
    return tuple(values)


def parse_date(raw: str, name: str) -> str | None:
    """An ISO date ``YYYY-MM-DD`` from a parameter, or None when empty.

    Raises:
        BadParameter: anything else, even with spaces around it.
    """
    if not raw:
        return None
    try:
        if _DATE.fullmatch(raw):
            return date.fromisoformat(raw).isoformat()
    except ValueError:
        pass
    raise BadParameter(
        f"The {name!r} date {raw[:40]!r} is not a date; write it as YYYY-MM-DD, e.g. 2020-11-15.",
        param=name,
    )


def parse_int(raw: str, name: str, default: int, low: int, high: int) -> int:
    """A whole number (ASCII digits) from ``low`` to ``high``, ``default`` when empty.

    Raises:
        BadParameter: not a whole number, or out of range.
    """
    if not raw:
        return default
    if not _DIGITS.fullmatch(raw):
        raise BadParameter(
            f"{_LABELS.get(name, name)} must be a whole number between {low} and {high}, "
            f"not {raw[:40]!r}.",
            param=name,
        )
    value = int(raw)
    if not low <= value <= high:
        raise BadParameter(
            f"{_LABELS.get(name, name)} must be between {low} and {high}; {value} is out of range.",
            param=name,
        )
    return value
