"""Whether a page is a release at all: a listing (several similar story blocks, or headlines
linking to releases and no story), an error page (a short text saying the page is missing).
A static page (long text, no date, no byline) is decided in ``core``, after the date vote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import lxml.etree
import lxml.html

from crawler.parse import words
from crawler.parse.extract import text_of
from crawler.parse.metadata import Metadata
from crawler.parse.story import Candidate, is_boilerplate, release_links

Element = lxml.html.HtmlElement

_ERROR = re.compile(
    r"\b(?:404|not found|page not found|error|does not exist|no longer available|"
    r"has been (?:removed|deleted)|could not be found|cannot be found)\b|"
    r"غير موجود|غير موجودة|لم يتم العثور|الصفحة المطلوبة|تم حذف|غير متوفر|خطأ|عذرا|عذراً"
    + r"|(?<!\w)(?:"
    + "|".join(words.NOT_FOUND)
    + r")(?!\w)",
    re.IGNORECASE,
)
# Folding for a cheap pre-test: every match of _ERROR holds one of these words. IGNORECASE also
# matches i with ı and İ, s with ſ and k with the Kelvin sign: those are folded first.
_ERROR_FOLD = str.maketrans({"İ": "i", "ı": "i", "I": "i", "ſ": "s", "\u212a": "k"})
_ERROR_FOLD_PAIRS = tuple((chr(k), v) for k, v in _ERROR_FOLD.items() if k >= 128)
_ERROR_WORDS = tuple(
    word.translate(_ERROR_FOLD).lower()
    for word in (
        "404",
        "not found",
        "error",
        "does not exist",
        "no longer available",
        "has been ",
        "could not be found",
        "cannot be found",
        "غير موجود",
        "لم يتم العثور",
        "الصفحة المطلوبة",
        "تم حذف",
        "غير متوفر",
        "خطأ",
        "عذرا",
        *words.NOT_FOUND,
    )
)


def _error_words(text: str) -> re.Match[str] | None:
    """_ERROR's first match, searched only when one of its words is in the text."""
    # lower() folds "I" as the table does; the other folded characters are rarely in the text, and
    # a search for each costs less than str.translate's look-up of every character
    folded = text
    if not text.isascii():
        for char, replacement in _ERROR_FOLD_PAIRS:
            if char in folded:
                folded = folded.replace(char, replacement)
    folded = folded.lower()
    if not any(word in folded for word in _ERROR_WORDS):
        return None
    return _ERROR.search(text)


def error_reason(root: Element, meta: Metadata, story_text: str) -> str | None:
    """An error page: a short text whose title or message says the page is missing."""
    if len(story_text) > 600:
        return None
    for text in (meta.html_title or "", None, story_text):
        if text is None:  # the headings are read only when the title says nothing
            text = " ".join(text_of(h) for h in root.iter("h1", "h2"))[:400]
        if match := _error_words(text):
            return f"error page: it says {match.group(0)!r} and holds no story"
    return None


def _signature(candidate: Candidate) -> tuple[str, str]:
    return candidate.element.tag, candidate.element.get("class") or ""


def listing_reason(
    root: Element, candidates: list[Candidate], is_release: Callable[[str], bool], own: set[str]
) -> str | None:
    """A listing: several similar story blocks, or headlines linking to releases and no story."""
    if candidates:
        top = candidates[0]
        similar = [
            c for c in candidates if c.score >= 0.6 * top.score and _signature(c) == _signature(top)
        ]
        if len(similar) >= 3:
            return f"listing page: {len(similar)} similar story blocks and no single story"
        inside = release_links(top.element, is_release, own)
        if len(inside) >= 3 and (top.link_density >= 0.15 or len(inside) >= 5):
            return f"listing page: {len(inside)} teasers linking to releases, no single story"
    if candidates and candidates[0].text_length >= 400:
        return None  # a strong story: teaser headlines elsewhere on the page do not matter
    headlines = {
        href
        for heading in root.iter("h1", "h2", "h3", "h4")
        for anchor in heading.iter("a")
        if (href := (anchor.get("href") or "").strip())
        and href not in own
        and is_release(href)
        and not any(is_boilerplate(a) for a in anchor.iterancestors())
    }
    if len(headlines) >= 3:
        return f"listing page: {len(headlines)} headlines linking to releases and no story"
    return None
