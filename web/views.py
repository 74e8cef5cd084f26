"""The HTML pages: the search page and the release page (with its archived raw copy)."""

from __future__ import annotations

import logging
import re
from typing import Any

from flask import Blueprint, Response, current_app, g, redirect, render_template, request, url_for

from web.archive import current_archive
from web.errors import ArchiveUnavailable, BadParameter, ReleaseNotFound, render_error
from web.facets import facet_views
from web.fragments import TEMPLATE_GLOBALS
from web.i18n import current_language, translate
from web.params import FACETS, SORTS, SearchParams, parse_search
from web.rawcopy import RawCopies
from web.security import CONTENT_SECURITY_POLICY, SANDBOX_POLICY
from web.timeline import DAY_SPAN, build_timeline

log = logging.getLogger(__name__)

bp = Blueprint("views", __name__)
bp.add_app_template_filter(lambda query: search_href(query), "search_href")
for _name, _function in TEMPLATE_GLOBALS.items():
    bp.add_app_template_global(_function, _name)

SECTIONS = ("en", "ar", "ku", "tk")
_SECTION = re.compile(r"^[a-z]{2}$")


def settings() -> dict[str, Any]:
    """The app's resolved settings."""
    return current_app.config["INA"]


def release_key(section: str, release_id: int) -> str:
    """The archive key of a release from the URL parts, refusing unknown sections.

    Raises:
        ReleaseNotFound: the section is not one of INA's.
    """
    if section not in SECTIONS or not _SECTION.match(section):
        raise ReleaseNotFound(
            f"There is no section {section[:20]!r}; releases live under "
            f"{', '.join('/releases/' + s for s in SECTIONS)}."
        )
    return f"{section}/{release_id}"


def get_release(section: str, release_id: int) -> Any:
    """The release at a URL, or a 404 that says so."""
    key = release_key(section, release_id)
    release = current_archive().get(key)
    if release is None:
        raise ReleaseNotFound(
            f"The archive has no release {key}.",
            hint="It may not have been crawled yet; try searching for its title.",
        )
    return release


def pagination(page: int, pages: int, params: SearchParams, max_page: int) -> dict[str, Any]:
    """Links for the pager: previous, next and a window of page numbers around the current one."""
    last = min(pages, max_page)
    window = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
    links = []
    previous = 0
    for number in window:
        if number - previous > 1:
            links.append({"gap": True})
        links.append(
            {"number": number, "url": params.query_string(page=number), "current": number == page}
        )
        previous = number
    return {
        "prev": params.query_string(page=page - 1) if page > 1 else None,
        "next": params.query_string(page=page + 1) if page < last else None,
        "links": links if last > 1 else [],
        "capped": pages > max_page,
    }


@bp.app_errorhandler(BadParameter)
def bad_parameter(error: BadParameter) -> Any:
    """The one error shape, and on the page the search kept with the bad field marked."""
    g.bad_param = error.param
    return render_error(error.message, error.status, error.hint)


def search_href(query: str) -> str:
    """A link to the search page from a query string, with no stray ``?`` when it is empty."""
    if "search_base" not in g:  # one url_for per request: a page has a dozen of these links
        g.search_base = url_for("views.search")
    base = g.search_base
    return base if not query or query == "?" else base + query


def suffix(query: str) -> str:
    """A query string to append to another path: empty rather than a bare ``?``."""
    return "" if query == "?" else query


def has_empty_parameter(args: Any) -> bool:
    """Whether a request carries ``name=`` with nothing (the form's empty dates or query)."""
    return any(not value.strip() for _, value in args.items(multi=True))


def may_have_edits(facets: Any) -> bool:
    """Whether a release of the search may have been edited after publication, by the index's
    history facet: when it counts no edited and no removed release among the matches (a removed
    release is counted as removed even when edited), the page need not ask the store."""
    if "history" not in facets:
        return True  # an index without the facet: only the store can tell
    return any(value.count for value in facets["history"])


@bp.get("/")
def search() -> Any:
    """The search page: query box, results, facets, chips, timeline and pager."""
    config = settings()
    params = parse_search(request.args, config)
    if has_empty_parameter(request.args):
        # The form sends from=&to= when the dates are empty: show the same search, clean.
        return redirect(search_href(params.query_string(page=params.page)), code=302)
    lang = current_language()
    result = current_archive().search(**params.search_kwargs(), day_buckets_within=DAY_SPAN)
    base = url_for("views.search")
    timeline = build_timeline(
        result.histogram,
        result.histogram_unit,
        params,
        base,
        lang=lang,
        rtl=lang == "ar",
        label=translate(lang, "timeline"),
    )
    return render_template(
        "search.html",
        params=params,
        result=result,
        facets=facet_views(result.facets, params, size=config["FACET_SIZE"]),
        chips=params.chips(),
        selected_count=sum(len(values) for _, values in params.filters)
        + bool(params.date_from or params.date_to),
        timeline=timeline,
        pager=pagination(result.page, result.pages, params, config["MAX_PAGE"]),
        sorts=SORTS,
        facet_names=tuple(FACETS),
        feed_query=suffix(params.query_string()),
        page_query=suffix(params.query_string(page=params.page)),
        check_edits=may_have_edits(result.facets),
    )


@bp.get("/releases/<section>/<int:release_id>")
def release(section: str, release_id: int) -> str:
    """The release page: full text, every field, images, links and "more like this"."""
    item = get_release(section, release_id)
    archive = current_archive()
    more = archive.more_like(item.key, limit=settings()["MORE_LIKE_THIS"])
    has_raw = raw_copies().has(item.url, key=item.key)
    return render_template("release.html", release=item, more=more, has_raw=has_raw)


# Only for data directories crawled before crawl.sqlite recorded WARC locations: a request for a
# raw copy waits this long for the fallback WARC scan rather than answering "try again" at once.
FIRST_SCAN_WAIT = 10.0
RAW_PAGE_POLICY = CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'none'")


@bp.get("/releases/<section>/<int:release_id>/raw")
def raw(section: str, release_id: int) -> Response:
    """The archived raw copy of the release page, as plain text in a sandbox (never live HTML)."""
    item = get_release(section, release_id)
    copies = raw_copies()
    record = copies.find(item.url, key=item.key)
    pending = record is None and copies.has(item.url, key=item.key) is None  # fallback scan only
    if pending and copies.wait_ready(timeout=FIRST_SCAN_WAIT):
        record = copies.find(item.url, key=item.key)
    if record is None and copies.has(item.url, key=item.key) is None:
        raise ArchiveUnavailable(
            "The archived copies of this older data directory are still being scanned; "
            "please try again in a minute."
        )
    if record is None:
        raise ReleaseNotFound(
            f"The archive has no raw copy of {item.key}.",
            hint="Releases imported without crawling have no WARC record.",
        )
    if wants_page():
        page = Response(render_template("raw.html", release=item, record=record))
        # Escaped text in our own page: the site's policy, without forms or plugins either.
        page.headers["Content-Security-Policy"] = RAW_PAGE_POLICY
        page.headers["Cache-Control"] = "public, max-age=3600"
        return page
    header = (
        f"Archived copy of {record.url}\nFetched {record.date} (WARC record {record.record_id})\n"
        f"{'-' * 72}\n\n"
    )
    response = Response(header + record.text, mimetype="text/plain")
    response.headers["Content-Security-Policy"] = SANDBOX_POLICY
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


def wants_page() -> bool:
    """Whether a raw copy is shown as a page (a browser asking for HTML) rather than text."""
    if request.args.get("format") == "text":
        return False
    return any(kind == "text/html" for kind in request.accept_mimetypes.values())


def raw_copies() -> RawCopies:
    """The process's WARC lookup."""
    return current_app.extensions["ina_raw_copies"]
