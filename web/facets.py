"""The facet view model, one shape for the HTML sidebar and the JSON API.

Datasette's shape: ``{"name", "label", "results": [{"value", "label", "count", "toggle_url",
"selected"}], "truncated"}``. ``toggle_url`` is a query string relative to the page asking
(``/`` for the page, ``/api/search`` for the API), so following it keeps the other filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from web.params import FACETS, SearchParams, display_value


def facet_views(
    facets: Mapping[str, Iterable[Any]], params: SearchParams, *, size: int, base: str = ""
) -> list[dict[str, Any]]:
    """Facet view models for every facet, in the sidebar's order.

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
        values = list(facets.get(name) or ())
        selected = set(params.selected(name))
        results = [_value_view(name, v, params, selected, base) for v in values]
        if name == "year":
            results.sort(key=lambda r: r["value"], reverse=True)
        shown = [r for i, r in enumerate(results) if i < size or r["selected"]]
        # Selected values missing from the counts (zero hits now) still need a way out.
        present = {r["value"] for r in results}
        for value in params.selected(name):
            if value not in present:
                shown.append(_view(name, value, 0, True, params, base))
        shown.sort(key=lambda r: not r["selected"])  # selected values first, order kept
        views.append(
            {"name": name, "label": label, "results": shown, "truncated": len(shown) < len(results)}
        )
    return views


def _value_view(
    name: str, value: Any, params: SearchParams, selected: set[str], base: str
) -> dict[str, Any]:
    """The view of one facet value from the API's FacetValue (or a plain mapping)."""
    raw = (
        value
        if isinstance(value, Mapping)
        else {"value": value.value, "count": value.count, "selected": value.selected}
    )
    text = str(raw["value"])
    return _view(
        name, text, int(raw["count"]), text in selected or bool(raw["selected"]), params, base
    )


def _view(
    name: str, value: str, count: int, selected: bool, params: SearchParams, base: str
) -> dict[str, Any]:
    """One facet value in the shared shape."""
    return {
        "value": value,
        "label": display_value(name, value),
        "count": count,
        "selected": selected,
        "toggle_url": _join(base, params.toggle_url(name, value)),
    }


def _join(base: str, query: str) -> str:
    """``base`` and a query string, without a stray ``?`` when there are no parameters."""
    return base if base and query == "?" else base + query
