"""How release fields are shown: dates, text direction, paragraphs and subheadings.

Registered as Jinja filters by the app factory; pure functions, tested without Flask.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Flask

from web.i18n import date_text

RTL_LANGUAGES = {"ar", "ku", "fa", "ur", "he"}
# The archive's language codes are its site sections' (INA's /kurd/ is Central Kurdish, Sorani,
# in Arabic script); HTML needs the BCP 47 tag a browser, screen reader or font picks by: "ku"
# alone reads as Kurdish in general, usually Kurmanji in Latin script, so Sorani is "ckb".
HTML_LANG = {"ku": "ckb"}
# Each language's name in each interface language.
LANGUAGE_LABELS = {
    "en": {"ar": "Arabic", "en": "English", "ku": "Kurdish (Sorani)", "tk": "Turkmen"},
    "ar": {"ar": "العربية", "en": "الإنجليزية", "ku": "الكردية (السورانية)", "tk": "التركمانية"},
}
# A paragraph this short that does not end a sentence reads as a subheading (INA's bold lines).
SUBHEADING_MAX = 90


FIELD_LABELS = {
    "en": {"author": "By", "photographer": "Photo", "location": "Place", "category": "Category"},
    "ar": {"author": "بقلم", "photographer": "تصوير", "location": "المكان", "category": "القسم"},
}


def field_labels(language: str | None) -> dict[str, str]:
    """Labels of the byline fields in the release's own language (English when unknown)."""
    return FIELD_LABELS.get(language or "en", FIELD_LABELS["en"])


def html_lang(language: str | None) -> str:
    """The ``lang`` attribute of a release's language code (``ku`` → ``ckb``; empty when unknown)."""
    return HTML_LANG.get(language or "", language or "")


def language_name(language: str | None, ui_language: str = "en") -> str:
    """A language code's name in the interface language (the code itself when unknown)."""
    names = LANGUAGE_LABELS.get(ui_language, LANGUAGE_LABELS["en"])
    return names.get(language or "", language or "")


def text_dir(language: str | None) -> str:
    """``rtl`` for right-to-left languages, ``ltr`` for the others, ``auto`` when unknown."""
    if not language:
        return "auto"
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def show_date(value: datetime | None, with_time: bool = True, lang: str = "en") -> str:
    """A release date as people read it, in INA's own clock: ``15 Nov 2020, 13:12`` (in Arabic
    with the Iraqi month names: ``15 تشرين الثاني 2020، 13:12``)."""
    return date_text(value, lang, with_time)


def date_language(release_language: str | None, ui_language: str) -> str:
    """The language a release's date is written in: Arabic for Arabic releases and in the
    Arabic interface, English otherwise."""
    return "ar" if "ar" in (release_language, ui_language) else "en"


def iso(value: datetime | None) -> str:
    """ISO 8601 for ``<time datetime>`` and feeds (empty when unknown)."""
    return value.isoformat() if value else ""


def paragraphs(body: str | None) -> list[dict[str, Any]]:
    """The body split into paragraphs, short unpunctuated ones marked as subheadings."""
    blocks = [" ".join(p.split()) for p in (body or "").split("\n\n")]
    out = []
    for i, text in enumerate(b for b in blocks if b):
        heading = (
            i > 0
            and len(text) <= SUBHEADING_MAX
            and not text.endswith((".", ":", "؛", "،", ",", "!", "?", "؟", '"', "»", ")"))
        )
        out.append({"text": text, "heading": heading})
    return out


def excerpt(body: str | None, length: int = 280) -> str:
    """The start of a body, cut at a word boundary, for results without a snippet and feeds."""
    text = " ".join((body or "").split())
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0] + " …"


def install(app: Flask) -> None:
    """Register the filters on an app's Jinja environment."""
    app.jinja_env.filters.update(
        field_labels=field_labels,
        html_lang=html_lang,
        language_name=language_name,
        text_dir=text_dir,
        show_date=show_date,
        date_language=date_language,
        iso=iso,
        paragraphs=paragraphs,
        excerpt=excerpt,
    )
