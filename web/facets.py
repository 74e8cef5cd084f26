"""The facet view model, one shape for the HTML sidebar and the JSON API.

Datasette's shape: ``{"name", "label", "results": [{"value", "label", "count", "toggle_url",
"selected"}], "truncated"}``. ``toggle_url`` is a query string relative to the page asking
(``/`` for the page, ``/api/search`` for the API), so following it keeps the other filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote_plus

from web.params import FACETS, SearchParams, display_value


def facet_views(
    facets: Mapping[str, Iterable[Any]], params: SearchParams, *, size: int, base: str = ""
) -> list[dict[str, Any]]:
    """Facet view models for every facet, in the sidebar's order.

    Only the values shown get a view (a facet can have thousands of values; the page shows
    ``size`` of them).

    Args:
        facets: ``SearchResult.facets``, facet name -> values with ``value``, ``count``,
            ``selected``.
        params: the current search, to build each value's toggle URL.
        size: how many values to show per facet; selected values are always kept.
        base: path the toggle URLs are relative to.

    Returns:
        A list of dicts in Datasette's facet shape.
    """
    views = []
    for name, label in FACETS.items():
        chosen = params.selected(name)
        values = [_triple(v, chosen) for v in facets.get(name) or ()]
        if name == "year":
            values.sort(key=lambda v: v[0], reverse=True)
        kept = [v for i, v in enumerate(values) if i < size or v[2]]
        if chosen:
            # Selected values missing from the counts (zero hits now) still need a way out.
            present = {v[0] for v in values}
            kept.extend((value, 0, True) for value in chosen if value not in present)
        links = ToggleLinks(params, name, base)
        shown = [_view(name, value, count, on, links) for value, count, on in kept]
        shown.sort(key=lambda r: not r["selected"])  # selected values first, order kept
        views.append(
            {"name": name, "label": label, "results": shown, "truncated": len(shown) < len(values)}
        )
    return views


def _triple(value: Any, chosen: tuple[str, ...]) -> tuple[str, int, bool]:
    """``(value, count, selected)`` of the API's FacetValue (or a plain mapping)."""
    if isinstance(value, Mapping):
        text, count, selected = str(value["value"]), value["count"], value["selected"]
    else:
        text, count, selected = str(value.value), value.count, value.selected
    return text, int(count), text in chosen or bool(selected)


_MARK = object()  # stands for the toggled value while the others are encoded


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
        self.before = [_pair(k, v) for k, v in pairs[:start]]
        self.after = [_pair(k, v) for k, v in pairs[end + 1 :]]
        self.own = [(value, _pair(name, value)) for value in own]

    def url(self, value: str) -> str:
        """``base`` + the query string that switches ``value`` on or off."""
        own = [encoded for v, encoded in self.own if v != value]
        if len(own) == len(self.own):
            own.append(f"{self.key}={quote_plus(value)}")
        query = "?" + "&".join(self.before + own + self.after)
        return self.base if self.base and query == "?" else self.base + query


def _pair(key: str, value: str) -> str:
    """One ``key=value`` of a query string, encoded as ``urlencode`` does."""
    return f"{quote_plus(key)}={quote_plus(value)}"


def _view(name: str, value: str, count: int, selected: bool, links: ToggleLinks) -> dict[str, Any]:
    """One facet value in the shared shape."""
    return {
        "value": value,
        "label": display_value(name, value),
        "count": count,
        "selected": selected,
        "toggle_url": links.url(value),
    }
