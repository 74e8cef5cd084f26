"""The "show all" page of one facet: every value with its count under the current search,
searchable by a part of the value, as checkboxes that apply to the search page."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request

from web.archive import current_archive
from web.errors import ReleaseNotFound
from web.facets import facet_views
from web.params import FACETS, MAX_VALUE_LENGTH, parse_search
from web.views import settings, suffix

bp = Blueprint("facetpage", __name__)

MAX_SHOWN = 500  # values listed at once; "find a value" narrows longer lists


def matching(results: list[dict[str, Any]], within: str) -> list[dict[str, Any]]:
    """The facet values whose value or label contains ``within`` (case-insensitive); selected
    values are always kept so they can be switched off."""
    needle = within.casefold()
    if not needle:
        return results
    return [
        r
        for r in results
        if r["selected"] or needle in r["value"].casefold() or needle in r["label"].casefold()
    ]


@bp.get("/facets/<name>")
def facet_values(name: str) -> str:
    """Every value of one facet for the current search, with counts, selected values first."""
    if name not in FACETS:
        raise ReleaseNotFound(
            f"There is no filter called {name[:30]!r}; the filters are {', '.join(FACETS)}."
        )
    params = parse_search(request.args, settings())
    within = " ".join(request.args.get("within", "").split())[:MAX_VALUE_LENGTH]
    kwargs = {**params.search_kwargs(), "page": 1, "per_page": 1, "facet_limit": None}
    result = current_archive().search(**kwargs)
    (facet,) = [
        f for f in facet_views(result.facets, params, size=10**9, base="/") if f["name"] == name
    ]
    found = matching(facet["results"], within)
    return render_template(
        "facet.html",
        params=params,
        facet=facet,
        total_values=len(facet["results"]),
        values=found[:MAX_SHOWN],
        cut=len(found) > MAX_SHOWN,
        within=within,
        back_query=suffix(params.query_string(page=params.page)),
    )
