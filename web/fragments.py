"""The parts of the search page repeated per result and per facet value, as HTML built in Python.

A results page has 20 results and up to ~80 facet values. As Jinja macros (a call with a new
context each, every attribute looked up through the environment) they were about a quarter of
the page's own time in issue 13's profile; here they are plain string building. The markup is
what the macros made, each value escaped as Jinja's autoescape (markupsafe) does. Registered as
template globals by ``web.views``; the release, facet and photographer pages use them too.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping
from typing import Any

from flask import request, url_for
from markupsafe import Markup, escape
from werkzeug.routing.converters import PathConverter

from web.history_text import history_text
from web.i18n import translate
from web.present import (
    date_language,
    excerpt,
    field_labels,
    html_lang,
    iso,
    language_name,
    show_date,
    text_dir,
)

BYLINE_FIELDS = ("author", "photographer", "location", "category")
THUMB_WIDTH = 96
SELECTED = ' class="selected"'
_SPECIAL = re.compile("[&<>\"']")  # what escape() replaces


def _esc(value: Any) -> str:
    """``value`` escaped as markupsafe's ``escape`` (and so Jinja's autoescape) does, as a plain
    str: most values need no change, and this skips building a Markup object per value."""
    if type(value) is not str:  # Markup (a str subclass) and other objects
        if hasattr(value, "__html__"):
            return value.__html__()
        value = str(value)
    return value if _SPECIAL.search(value) is None else str(escape(value))


def release_href(release: Any, key: str | None = None) -> str:
    """The archive's page of a release (``/releases/en/5046``), or INA's URL for a key that
    names no numbered release; ``key`` saves working the key out of the URL again."""
    section, _, number = (key or release.key).partition("/")
    if not number.isdigit():
        return release.url
    if section.isascii() and section.isalpha():
        # The views.release route, built without url_for: nothing in it needs quoting.
        return f"{request.script_root}/releases/{section}/{int(number)}"
    return url_for("views.release", section=section, release_id=int(number))


def byline(release: Any, ui_lang: str, labels: str | None = None) -> Markup:
    """The date, author, photographer, place, category and language of a release.

    Args:
        release: the ``Release``.
        ui_lang: the interface language (names the release's language).
        labels: the language of the field labels; the language of the date when None (the
            release's own, or Arabic in the Arabic interface).
    """
    date_lang = date_language(release.language, ui_lang)
    names = field_labels(labels or date_lang)
    items = []
    if release.date:
        direction = "rtl" if date_lang == "ar" else "ltr"
        items.append(
            f'<li><time datetime="{_esc(iso(release.date))}" lang="{_esc(date_lang)}" '
            f'dir="{direction}">{_esc(show_date(release.date, True, date_lang))}</time></li>'
        )
    else:
        items.append("")
    for field in BYLINE_FIELDS:
        value = getattr(release, field)
        items.append(
            f'<li><span class="k">{_esc(names[field])}</span> <bdi>{_esc(value)}</bdi></li>'
            if value
            else ""
        )
    language = release.language
    items.append(
        f'<li class="lang">{_esc(language_name(language, ui_lang))}</li>' if language else ""
    )
    return Markup('<ul class="meta">\n  ' + "\n  ".join(items) + "\n</ul>")


def hit_rows(
    hits: Iterable[Any], thumbs: Mapping[str, Any], edited: Container[str], ui_lang: str
) -> Markup:
    """The ``<li class="hit">`` of each result: thumbnail, title, marks, byline, snippet, link.

    Args:
        hits: the page's ``Hit`` records.
        thumbs: release key -> its lead ``Photo`` (``web.images.lead_thumbnails``).
        edited: the keys of the releases INA edited after publication.
        ui_lang: the interface language.
    """
    lang = _esc(ui_lang)
    untitled = translate(ui_lang, "untitled")
    removed = f' <span class="gone" lang="{lang}">{_esc(translate(ui_lang, "removed"))}</span>'
    changed = (
        f' <span class="gone edited" lang="{lang}">{_esc(history_text("edited_short"))}</span>'
    )
    original = _esc(translate(ui_lang, "original_on_ina"))
    out = []
    for hit in hits:
        release = hit.release
        href = _esc(release_href(release, hit.key))
        photo = thumbs.get(hit.key)
        thumb = ""
        if photo is not None:
            width, height = photo.thumb_size
            shown_height = int(round(THUMB_WIDTH * height / width, 0))
            thumb = (
                f'<a class="thumb" href="{href}" tabindex="-1" aria-hidden="true">'
                f'<img src="{_esc(photo.thumb)}" alt="" width="{THUMB_WIDTH}" '
                f'height="{shown_height}" loading="lazy"></a>'
            )
        snippet = Markup(hit.snippet) if hit.snippet else _esc(excerpt(release.body))
        out.append(
            f'\n    <li class="hit" lang="{_esc(html_lang(release.language))}" '
            f'dir="{_esc(text_dir(release.language))}">\n      {thumb}\n      '
            f'<h2><a href="{href}">{_esc(release.title or untitled)}</a>'
            f"{removed if hit.status == 'gone' else ''}{changed if hit.key in edited else ''}"
            f"</h2>\n      {byline(release, ui_lang)}\n      "
            f'<p class="snippet">{snippet}</p>\n      <p class="links"><a class="original" '
            f'lang="{lang}" href="{_esc(release.url)}" rel="noopener noreferrer external">'
            f"{original}</a></p>\n    </li>\n  "
        )
    return Markup("".join(out))


def facet_checkboxes(name: str, results: Iterable[Mapping[str, Any]], ui_lang: str) -> Markup:
    """The checkbox list of one facet's values (the facet view's ``results``), with a link to
    each photographer's pictures in the photographer facet."""
    photos = ""
    if name == "photographer":
        # One url_for for the route's prefix; each name quoted as the route's path converter does.
        prefix = url_for("images.photographer", name="-")[:-1]
        to_url = PathConverter(None).to_url  # type: ignore[arg-type]
        photos = _esc(translate(ui_lang, "photos"))
    field = _esc(name)
    out = ["<ul>\n"]
    for value in results:
        on = value["selected"]
        shown = language_name(value["value"], ui_lang) if name == "language" else value["label"]
        link = ""
        if photos:
            link = f' <a class="photos" href="{_esc(prefix + to_url(value["value"]))}">{photos}</a>'
        out.append(
            f'\n  <li{SELECTED if on else ""}><label><input type="checkbox" '
            f'name="{field}" value="{_esc(value["value"])}"{" checked" if on else ""}> '
            f'<bdi class="v">{_esc(shown)}</bdi> <span class="n">{value["count"]:,}</span>'
            f"</label>{link}</li>\n"
        )
    out.append("\n</ul>")
    return Markup("".join(out))


TEMPLATE_GLOBALS = {
    "release_href": release_href,
    "byline": byline,
    "hit_rows": hit_rows,
    "facet_checkboxes": facet_checkboxes,
}
