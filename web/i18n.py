"""The interface language: English or Arabic labels, chosen from a cookie or ``Accept-Language``.

``/language/<code>?next=<path>`` sets the ``ui`` cookie (a visible switch in the header links to
it) and goes back to the page it came from; without the cookie the browser's
``Accept-Language`` decides. Release text is never translated, only the interface around it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Flask, Response, g, redirect, request

from web.messages import AR, EN

UI_LANGUAGES = ("en", "ar")
COOKIE = "ui"
COOKIE_AGE = 365 * 24 * 3600

MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    # The month names Iraqi media use (INA's own Arabic pages).
    "ar": [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ],
}

MESSAGES: dict[str, dict[str, str]] = {"en": EN, "ar": AR}


def choose_language(cookie: str | None, accept: Any) -> str:
    """The interface language: the ``ui`` cookie if valid, else the best ``Accept-Language``."""
    if cookie in UI_LANGUAGES:
        return str(cookie)
    best = accept.best_match(UI_LANGUAGES) if accept is not None else None
    return best or "en"


def translate(lang: str, key: str, **values: Any) -> str:
    """One interface string in ``lang`` (English when missing), formatted with ``values``."""
    text = MESSAGES.get(lang, EN).get(key) or EN.get(key, key)
    return text.format(**values) if values else text


def date_text(value: datetime | None, lang: str, with_time: bool = True) -> str:
    """A date in ``lang``: ``5 Nov 2020, 13:12`` or ``5 تشرين الثاني 2020، 13:12``."""
    if value is None:
        return ""
    months = MONTHS.get(lang, MONTHS["en"])
    text = f"{value.day} {months[value.month - 1]} {value.year}"
    if not with_time:
        return text
    return f"{text}{'،' if lang == 'ar' else ','} {value:%H:%M}"


def safe_next(target: str | None) -> str:
    """A local path to go back to (never another site), ``/`` when missing or suspicious."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target


bp = Blueprint("i18n", __name__)


@bp.get("/language/<code>")
def switch(code: str) -> Response:
    """Remember the chosen interface language and go back to the page the switch was on."""
    response = redirect(safe_next(request.args.get("next")), code=303)
    if code in UI_LANGUAGES:
        response.set_cookie(COOKIE, code, max_age=COOKIE_AGE, samesite="Lax", httponly=True)
    return response


def current_language() -> str:
    """The request's interface language (decided once per request)."""
    if "ui_lang" not in g:
        g.ui_lang = choose_language(request.cookies.get(COOKIE), request.accept_languages)
    return g.ui_lang


def install(app: Flask) -> None:
    """Register the switch route, ``t()``/``ui_lang`` in templates and the ``Vary`` header."""
    app.register_blueprint(bp)

    @app.context_processor
    def _language() -> Mapping[str, Any]:
        lang = current_language()
        return {
            "ui_lang": lang,
            "ui_dir": "rtl" if lang == "ar" else "ltr",
            "t": lambda key, **values: translate(lang, key, **values),
        }

    @app.after_request
    def _vary(response: Response) -> Response:
        if response.mimetype == "text/html":
            response.vary.add("Accept-Language")
            response.vary.add("Cookie")
        return response
