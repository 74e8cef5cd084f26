"""Query strings of the search page's many links, with the unchanged parameters encoded once.

A page links to its search with one thing changed: each facet value toggled (``ToggleLinks``),
each timeline bar's dates (``DateLinks``). Building each through ``SearchParams.query_string``
makes a new ``SearchParams`` and encodes every parameter again; these encode the rest once and
put the changed part in its place. The strings are the same as ``SearchParams`` builds.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote_plus

from web.params import SearchParams

_MARK = object()  # stands for the changed value while the others are encoded


class ToggleLinks:
    """The toggle URLs of one facet's values: the search's other parameters encoded once.

    Builds the same query string as ``params.toggle_url(name, value)`` (page 1, facets in
    ``FACETS`` order, the toggled value last in its facet), with one ``quote_plus`` per value
    rather than a new ``SearchParams`` and a whole ``urlencode`` per value.
    """

    def __init__(self, params: SearchParams, name: str, base: str = "") -> None:
        self.base = base
        self.key = quote_plus(name)
        # Where a new value goes: toggle a marker on and find it (last among the facet's values).
        pairs = params.toggled(name, _MARK).pairs()  # type: ignore[arg-type]
        end = pairs.index((name, _MARK))
        own = [value for key, value in pairs[:end] if key == name]
        start = end - len(own)
        self.before = [encode_pair(k, v) for k, v in pairs[:start]]
        self.after = [encode_pair(k, v) for k, v in pairs[end + 1 :]]
        self.own = [(value, encode_pair(name, value)) for value in own]

    def url(self, value: str) -> str:
        """``base`` + the query string that switches ``value`` on or off."""
        own = [encoded for v, encoded in self.own if v != value]
        if len(own) == len(self.own):
            own.append(f"{self.key}={quote_plus(value)}")
        query = "?" + "&".join(self.before + own + self.after)
        return self.base if self.base and query == "?" else self.base + query


class DateLinks:
    """Query strings of the search narrowed to a date range (``params.query_string(date_from=,
    date_to=)``, back on page 1)."""

    def __init__(self, params: SearchParams) -> None:
        pairs = replace(params, date_from=_MARK, date_to=_MARK, page=1).pairs()
        start = pairs.index(("from", _MARK))
        end = pairs.index(("to", _MARK))
        self.before = "&".join(encode_pair(k, v) for k, v in pairs[:start])
        self.between = "&".join(encode_pair(k, v) for k, v in pairs[start + 1 : end])
        self.after = "&".join(encode_pair(k, v) for k, v in pairs[end + 1 :])

    def query(self, date_from: str, date_to: str) -> str:
        """``?...from=<date_from>...&to=<date_to>...`` with the other parameters as they were."""
        parts = (
            self.before,
            encode_pair("from", date_from),
            self.between,
            encode_pair("to", date_to),
            self.after,
        )
        return "?" + "&".join(part for part in parts if part)


def encode_pair(key: str, value: str) -> str:
    """One ``key=value`` of a query string, encoded as ``urlencode`` does."""
    return f"{quote_plus(key)}={quote_plus(value)}"
