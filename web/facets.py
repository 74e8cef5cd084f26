"""The facet view model, one shape for the HTML sidebar and the JSON API.

Datasette's shape: ``{"name", "label", "results": [{"value", "label", "count", "toggle_url",
"selected"}], "truncated"}``. ``toggle_url`` is a query string relative to the page asking
(``/`` for the page, ``/api/search`` for the API), so following it keeps the other filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from web.params import FACETS, SearchParams, display_value
from web.querylinks import ToggleLinks


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


def _view(name: str, value: str, count: int, selected: bool, links: ToggleLinks) -> dict[str, Any]:
    """One facet value in the shared shape."""
    return {
        "value": value,
        "label": display_value(name, value),
        "count": count,
        "selected": selected,
        "toggle_url": links.url(value),
    }
