"""Request parameters of a search, parsed and validated in one place.

The search page, the JSON API, the Atom feed and the exports all read the same GET parameters
(``q``, the facet names, ``from``, ``to``, ``sort``, ``page``, ``per_page``) through
:func:`parse_search`, so a rule or a limit changes once for all of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

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
}
SORTS = ("relevance", "newest", "oldest")
LANGUAGE_NAMES = {"en": "English", "ar": "العربية", "ku": "Kurdî", "tk": "Türkmençe"}
MAX_FACET_VALUES = 20
MAX_VALUE_LENGTH = 200
_LABELS = {
    "page": "The page number (page)",
    "per_page": "The page size (per_page)",
    "limit": "The export limit (limit)",
}
# Patterns in the syntax both Python (fullmatch) and the OpenAPI document (ECMA 262) read alike.
YEAR_PATTERN = "^([0-9]{4})?$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_YEAR = re.compile(YEAR_PATTERN)
_DATE = re.compile(DATE_PATTERN)
_DIGITS = re.compile("[0-9]+")
# Control characters are never part of a search and XML (the Atom feed) forbids them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class SearchParams:
    """A validated search: the query, the selected facet values, the date range, sort and page."""

    q: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    sort: str | None = None
    page: int = 1
    per_page: int = 20
    default_per_page: int = field(default=20, compare=False)
    # Sentences for the user about how the request was read (a reversed date range, swapped).
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def effective_sort(self) -> str:
        """The sort to run: as asked, else relevance with a query and newest without."""
        return self.sort or ("relevance" if self.q else "newest")

    def selected(self, facet: str) -> tuple[str, ...]:
        """The values selected in one facet."""
        return dict(self.filters).get(facet, ())

    @property
    def is_filtered(self) -> bool:
        """Whether anything narrows the search (a query, a facet value or a date)."""
        return bool(self.q or self.filters or self.date_from or self.date_to)

    def search_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``Archive.search``."""
        kwargs: dict[str, Any] = {name: list(values) for name, values in self.filters}
        kwargs.update(
            query=self.q,
            date_from=self.date_from,
            date_to=self.date_to,
            sort=self.effective_sort,
            page=self.page,
            per_page=self.per_page,
        )
        return kwargs

    def filter_kwargs(self) -> dict[str, Any]:
        """Only the narrowing arguments (facets and dates), e.g. for ``Archive.iter_releases``."""
        kwargs: dict[str, Any] = {name: list(values) for name, values in self.filters}
        kwargs.update(date_from=self.date_from, date_to=self.date_to)
        return kwargs

    def pairs(self) -> list[tuple[str, str]]:
        """The URL parameters that reproduce this search, defaults left out."""
        pairs: list[tuple[str, str]] = []
        if self.q:
            pairs.append(("q", self.q))
        for name, values in self.filters:
            pairs.extend((name, value) for value in values)
        if self.date_from:
            pairs.append(("from", self.date_from))
        if self.date_to:
            pairs.append(("to", self.date_to))
        if self.sort:
            pairs.append(("sort", self.sort))
        if self.per_page != self.default_per_page:
            pairs.append(("per_page", str(self.per_page)))
        if self.page != 1:
            pairs.append(("page", str(self.page)))
        return pairs

    def query_string(self, **changes: Any) -> str:
        """``?a=b&...`` for this search with some fields changed (page resets unless given)."""
        changes.setdefault("page", 1)
        return "?" + urlencode(replace(self, **changes).pairs())

    def toggled(self, facet: str, value: str) -> SearchParams:
        """This search with one facet value switched on or off (back on page 1)."""
        current = dict(self.filters)
        values = current.get(facet, ())
        values = tuple(v for v in values if v != value) if value in values else (*values, value)
        if values:
            current[facet] = values
        else:
            current.pop(facet, None)
        ordered = tuple((name, current[name]) for name in FACETS if name in current)
        return replace(self, filters=ordered, page=1)

    def toggle_url(self, facet: str, value: str) -> str:
        """Query string that switches one facet value on or off."""
        return "?" + urlencode(self.toggled(facet, value).pairs())

    def chips(self) -> list[dict[str, str]]:
        """Active filters as removable chips: label, value and the query string without it."""
        chips = []
        if self.q:
            chips.append({"label": "Query", "value": self.q, "remove": self.query_string(q="")})
        for name, values in self.filters:
            for value in values:
                chips.append(
                    {
                        "label": FACETS[name],
                        "value": display_value(name, value),
                        "remove": self.toggle_url(name, value),
                    }
                )
        if self.date_from:
            remove = self.query_string(date_from=None)
            chips.append({"label": "From", "value": self.date_from, "remove": remove})
        if self.date_to:
            remove = self.query_string(date_to=None)
            chips.append({"label": "To", "value": self.date_to, "remove": remove})
        return chips


def display_value(facet: str, value: str) -> str:
    """How a facet value is shown (language codes get their name)."""
    if facet == "language":
        return LANGUAGE_NAMES.get(value, value)
    return value


def parse_search(args: Mapping[str, Any] | MultiDict, settings: Mapping[str, Any]) -> SearchParams:
    """Parse and validate the GET parameters of a search.

    An empty parameter (``from=``, ``page=``...) is the same as none, as HTML forms send them.
    Lengths and counts are of what was sent, and nothing is tidied before it is checked, so the
    OpenAPI document states every rule. A backwards date range is swapped, with a note.

    Args:
        args: the request's query parameters (a MultiDict; repeated keys are OR-ed values).
        settings: the app settings (``MAX_QUERY_LENGTH``, ``MAX_PAGE``, ``MAX_PER_PAGE``, ...).

    Returns:
        The validated :class:`SearchParams`.

    Raises:
        BadParameter: a parameter is malformed or out of range; the message says how to fix it.
    """
    if not isinstance(args, MultiDict):
        args = MultiDict(args)
    raw_q = str(args.get("q", ""))
    limit = settings["MAX_QUERY_LENGTH"]
    if len(raw_q) > limit:
        raise BadParameter(
            f"The query is {len(raw_q)} characters long; please keep it under {limit} characters.",
            param="q",
        )
    q = " ".join(_CONTROL.sub(" ", raw_q).split())
    filters = tuple((name, values) for name in FACETS if (values := _facet_values(args, name)))
    date_from = _parse_date(args.get("from", ""), "from")
    date_to = _parse_date(args.get("to", ""), "to")
    notes: tuple[str, ...] = ()
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
        notes = (f"The start date was after the end date; searched {date_from} to {date_to}.",)
    sort = str(args.get("sort", "")) or None
    if sort is not None and sort not in SORTS:
        raise BadParameter(f"Unknown sort {sort!r}; use one of {', '.join(SORTS)}.", param="sort")
    default_per_page = settings["DEFAULT_PER_PAGE"]
    page = _parse_int(args.get("page"), "page", 1, 1, settings["MAX_PAGE"])
    per_page = _parse_int(
        args.get("per_page"), "per_page", default_per_page, 1, settings["MAX_PER_PAGE"]
    )
    return SearchParams(
        q=q,
        filters=filters,
        date_from=date_from,
        date_to=date_to,
        sort=sort,
        page=page,
        per_page=per_page,
        default_per_page=default_per_page,
        notes=notes,
    )


def parse_limit(raw: str | None, cap: int) -> int:
    """The ``limit`` of an export: at most ``cap`` rows, ``cap`` when not given.

    Raises:
        BadParameter: ``limit`` is not a whole number between 1 and the cap.
    """
    return _parse_int(raw, "limit", cap, 1, cap)


def _facet_values(args: MultiDict, name: str) -> tuple[str, ...]:
    """The distinct, non-empty values given for one facet, validated."""
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
        if name == "language" and raw and raw not in LANGUAGE_NAMES:
            raise BadParameter(
                f"The language {raw[:40]!r} is not a language code of the archive; use one of "
                f"{', '.join(LANGUAGE_NAMES)} (lower case).",
                param=name,
            )
        value = " ".join(_CONTROL.sub(" ", raw).split())
        if value and value not in values:
            values.append(value)
    return tuple(values)


def _parse_date(raw: str, name: str) -> str | None:
    """An ISO date ``YYYY-MM-DD`` from a parameter, or None when empty."""
    raw = str(raw)
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


def _parse_int(raw: str | None, name: str, default: int, low: int, high: int) -> int:
    """A whole number between ``low`` and ``high`` from a parameter, ``default`` when empty."""
    if raw is None or str(raw) == "":
        return default
    try:
        if not _DIGITS.fullmatch(str(raw)):
            raise ValueError(raw)
        value = int(str(raw))
    except ValueError:
        raise BadParameter(
            f"{_LABELS.get(name, name)} must be a whole number between {low} and {high}, "
            f"not {str(raw)[:40]!r}.",
            param=name,
        ) from None
    if not low <= value <= high:
        raise BadParameter(
            f"{_LABELS.get(name, name)} must be between {low} and {high}; {value} is out of range.",
            param=name,
        )
    return value
