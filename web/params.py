"""Request parameters of a search, parsed and validated in one place.

The search page, the JSON API, the Atom feed and the exports all read the same GET parameters
(``q``, the facet names, ``from``, ``to``, ``sort``, ``page``, ``per_page``) through
:func:`parse_search`, so a rule or a limit changes once for all of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from web.errors import BadParameter
from web.limits import (
    FACETS,
    LANGUAGE_NAMES,
    MAX_FACET_VALUES,
    MAX_VALUE_LENGTH,
    SORTS,
    facet_values,
    parse_date,
    parse_int,
    single,
    tidy,
)

# The limits live in web.limits; these names stay importable from here.
__all__ = [
    "FACETS",
    "LANGUAGE_NAMES",
    "MAX_FACET_VALUES",
    "MAX_VALUE_LENGTH",
    "SORTS",
    "SearchParams",
    "display_value",
    "parse_limit",
    "parse_search",
]


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
                        "code": value if name == "language" else "",  # named in the UI's language
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
    if facet == "history":
        return HISTORY_LABELS.get(value, value)
    return value


HISTORY_LABELS = {"edited": "Edited after publication", "removed": "Removed from INA"}


def parse_search(args: Mapping[str, Any] | MultiDict, settings: Mapping[str, Any]) -> SearchParams:
    """Parse and validate the GET parameters of a search.

    The rules are ``web.limits``'s, the ones the OpenAPI document states: an empty parameter is
    the same as none, values are checked as sent, and only the facets may be repeated. A
    backwards date range is swapped, with a note.

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
    raw_q = single(args, "q")
    limit = settings["MAX_QUERY_LENGTH"]
    if len(raw_q) > limit:
        raise BadParameter(
            f"The query is {len(raw_q)} characters long; please keep it under {limit} characters.",
            param="q",
        )
    filters = tuple((name, values) for name in FACETS if (values := facet_values(args, name)))
    date_from = parse_date(single(args, "from"), "from")
    date_to = parse_date(single(args, "to"), "to")
    notes: tuple[str, ...] = ()
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
        notes = (f"The start date was after the end date; searched {date_from} to {date_to}.",)
    sort = single(args, "sort") or None
    if sort is not None and sort not in SORTS:
        raise BadParameter(f"Unknown sort {sort!r}; use one of {', '.join(SORTS)}.", param="sort")
    default_per_page = settings["DEFAULT_PER_PAGE"]
    page = parse_int(single(args, "page"), "page", 1, 1, settings["MAX_PAGE"])
    per_page = parse_int(
        single(args, "per_page"), "per_page", default_per_page, 1, settings["MAX_PER_PAGE"]
    )
    return SearchParams(
        q=tidy(raw_q),
        filters=filters,
        date_from=date_from,
        date_to=date_to,
        sort=sort,
        page=page,
        per_page=per_page,
        default_per_page=default_per_page,
        notes=notes,
    )


def parse_limit(raw: str | list[str] | None, cap: int) -> int:
    """The ``limit`` of an export: at most ``cap`` rows, ``cap`` when not given.

    Args:
        raw: the value, or every value given (``args.getlist("limit")``).
        cap: the most rows an export may return.

    Raises:
        BadParameter: ``limit`` is given twice, or is not a whole number from 1 to the cap.
    """
    values = [] if raw is None else raw if isinstance(raw, list) else [raw]
    return parse_int(single(MultiDict({"limit": values}), "limit"), "limit", cap, 1, cap)
