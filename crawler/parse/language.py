"""The language of a release: its section, else the page's ``<html lang>``, else its script.

Codes: ``en``, ``ar``, ``ku`` (Kurdish, Sorani, Arabic script: INA's /kurd/) and ``tk``
(Turkmen, Latin script close to Turkish: INA's /turkmen/), as the source's sections name them.
The root section ("/") is the catch-all of the Arabic site, so on a page under it the text may
still say Kurdish; a named section (/eng/, /kurd/, /turkmen/) is believed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.source import Source

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# Letters of Sorani that Arabic does not use (ڤ is also Arabic's letter for a foreign "v").
_KURDISH_LETTERS = re.compile("[ڕڵێۆە]")
_LATIN = re.compile("[A-Za-zÀ-ÿğĞıİşŞ]")
# Letters of Turkish and Turkmen that English does not use.
_TURKISH_LETTERS = re.compile("[ğĞıİşŞçÇöÖüÜ]")
# <html lang> values: Sorani is "ckb" (ISO 639-3), Kurdish "ku"; Turkmen pages may say "tr".
# The commonest short words, for a text whose Turkish letters are too few to decide.
_TURKISH_WORDS = frozenset("ve bir bu ile için da de olarak ise daha gibi".split())
_ENGLISH_WORDS = frozenset("the and of to in a is for on that with was".split())
_LANG_ATTRIBUTES = {
    "en": "en",
    "ar": "ar",
    "ku": "ku",
    "ckb": "ku",
    "kmr": "ku",
    "tk": "tk",
    "tr": "tk",
    "tuk": "tk",
}
_NOT_ROOT = ("ku", "tk")  # languages of named sections only


def detect_language(
    url: str, source: Source, lang_attribute: str | None, sample: str
) -> str | None:
    """The release's language code.

    Args:
        url: the page URL; its section decides when it names one.
        source: the source definition (its ``[sections]`` table).
        lang_attribute: the page's ``<html lang>`` value, if any.
        sample: some of the release's text (title and first paragraph).

    Returns:
        "en", "ar", "ku", "tk", or None when nothing says.
    """
    section = _section_language(url, source)
    if section is not None and not _is_root_section(url, source):
        return section
    declared = _LANG_ATTRIBUTES.get((lang_attribute or "").lower().split("-")[0])
    written = script_language(sample)
    if section is not None:
        # The catch-all root: Kurdish or Turkmen text (or lang attribute) wins over "Arabic".
        if written in _NOT_ROOT:
            return written
        return declared if declared in _NOT_ROOT and written != "ar" else section
    return declared or written


def script_language(text: str) -> str | None:
    """The language the letters of ``text`` point to: Sorani letters make Arabic script
    Kurdish, Turkish letters make Latin script Turkmen (a share, so one quoted name does not)."""
    arabic, latin = len(_ARABIC_SCRIPT.findall(text)), len(_LATIN.findall(text))
    if arabic > latin:
        return "ku" if len(_KURDISH_LETTERS.findall(text)) * 50 > arabic else "ar"
    if latin:
        turkish = len(_TURKISH_LETTERS.findall(text))
        if turkish * 33 > latin:  # Turkish text: about one letter in ten
            return "tk"
        words = text.lower().split()
        common = sum(w in _TURKISH_WORDS for w in words) - sum(w in _ENGLISH_WORDS for w in words)
        return "tk" if turkish and common > 0 else "en"
    return None


def _section_language(url: str, source: Source) -> str | None:
    if urlsplit(url).scheme not in ("http", "https"):
        return None
    return source.language_of(url)


def _is_root_section(url: str, source: Source) -> bool:
    path = urlsplit(url).path or "/"
    best = max((p for p in source.sections if path.startswith(p)), key=len, default=None)
    return best == "/"
