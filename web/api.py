"""The JSON API: ``/api/search``, ``/api/releases/<section>/<id>`` and the OpenAPI document.

The API takes exactly the search page's parameters (parsed by ``web.params``) and returns facets
in the page's shape (``web.facets``); errors come from the one handler in ``web.errors``.
"""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import Any

from flask import Blueprint, Response, jsonify, request, url_for

from web.archive import current_archive
from web.facets import facet_views
from web.fragments import release_href
from web.images import Photo, release_photos
from web.openapi import openapi_document
from web.params import SearchParams, parse_search
from web.views import get_release, pagination, raw_copies, settings

bp = Blueprint("api", __name__, url_prefix="/api")


def record_dict(release: Any) -> dict[str, Any]:
    """``release.to_dict()`` without ``dataclasses.asdict``'s deep copies of every string
    (the same dict: its values are strings, numbers and None besides the date and images)."""
    data = {name: getattr(release, name) for name in _field_names(type(release))}
    data["date"] = release.date.isoformat() if release.date else None
    data["images"] = [
        {name: getattr(image, name) for name in _field_names(type(image))}
        for image in release.images
    ]
    return data


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def release_json(release: Any) -> dict[str, Any]:
    """A release as the API returns it: its record plus links to its page, API URL and original."""
    key = release.key
    section, _, number = key.partition("/")
    data = record_dict(release)
    data["key"] = key
    if number.isdigit() and section.isascii() and section.isalpha():
        # The two routes' URLs built without url_for (as web.fragments.release_href does):
        # nothing in them needs quoting, and a page of hits would build 40 of them.
        page = release_href(release, key)
        data["page_url"] = page
        data["api_url"] = f"{request.script_root}{bp.url_prefix}{page[len(request.script_root) :]}"
    elif number.isdigit():
        data["page_url"] = url_for("views.release", section=section, release_id=int(number))
        data["api_url"] = url_for("api.release", section=section, release_id=int(number))
    return data


def photo_json(photo: Photo) -> dict[str, Any]:
    """One picture of a release: INA's URL, and the archive's copy and thumbnail when it has one."""
    archived = photo.archived
    return {
        "url": photo.url,
        "caption": photo.caption,
        "archived_url": photo.src,
        "thumbnail_url": photo.thumb,
        "sha256": archived.sha256 if archived else None,
        "width": archived.width if archived else None,
        "height": archived.height if archived else None,
    }


def hit_json(hit: Any) -> dict[str, Any]:
    """One search hit: its key, score, highlighted snippet (HTML with ``<mark>``) and release."""
    return {
        "key": hit.key,
        "score": hit.score,
        "status": getattr(hit, "status", "live"),
        "snippet": str(hit.snippet) if hit.snippet else None,
        "release": release_json(hit.release),
    }


def search_json(result: Any, params: SearchParams) -> dict[str, Any]:
    """The whole search response."""
    config = settings()
    base = url_for("api.search")
    pager = pagination(result.page, result.pages, params, config["MAX_PAGE"])
    return {
        "ok": True,
        "query": params.q,
        "filters": {name: list(values) for name, values in params.filters},
        "date_from": params.date_from,
        "date_to": params.date_to,
        "sort": params.effective_sort,
        "total": result.total,
        "page": result.page,
        "per_page": result.per_page,
        "pages": result.pages,
        "took_ms": result.took_ms,
        "notice": " ".join(filter(None, (*params.notes, result.notice))) or None,
        "suggestion": result.suggestion,
        "hits": [hit_json(hit) for hit in result.hits],
        "facets": facet_views(result.facets, params, size=config["FACET_SIZE"], base=base),
        "histogram": {
            "unit": result.histogram_unit,
            "buckets": [{"bucket": b, "count": c} for b, c in result.histogram],
        },
        "next_url": base + pager["next"] if pager["next"] else None,
        "prev_url": base + pager["prev"] if pager["prev"] else None,
        "page_url": url_for("views.search") + params.query_string(page=params.page),
    }


@bp.get("/search")
def search() -> Response:
    """Search the archive; the same parameters as the search page."""
    params = parse_search(request.args, settings())
    result = current_archive().search(**params.search_kwargs())
    return jsonify(search_json(result, params))


@bp.get("/releases/<section>/<int:release_id>")
def release(section: str, release_id: int) -> Response:
    """One release with its similar releases."""
    item = get_release(section, release_id)
    more = current_archive().more_like(item.key, limit=settings()["MORE_LIKE_THIS"])
    data = {"ok": True, "release": release_json(item)}
    data["more_like_this"] = [
        {"key": h.key, "title": h.release.title, "score": h.score, **_links(h.release)}
        for h in more
    ]
    data["photos"] = [photo_json(photo) for photo in release_photos(item)]
    data["raw_url"] = (
        url_for("views.raw", section=section, release_id=release_id)
        if raw_copies().has(item.url, key=item.key) is not False  # None: fallback scan running
        else None
    )
    return jsonify(data)


def _links(release: Any) -> dict[str, Any]:
    """Page and API URLs of a release, when it has an id."""
    data = release_json(release)
    return {k: data[k] for k in ("page_url", "api_url", "url", "date") if k in data}


@bp.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI 3.1 description of this API."""
    config = settings()
    return jsonify(openapi_document(config, server=config["BASE_URL"]))
