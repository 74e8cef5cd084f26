"""The headline element, found by evidence: its text against the page's metadata titles, its tag,
its names, and where it stands relative to the story block.

Precedence (tested): a visible heading whose text matches the JSON-LD headline, ``og:title`` or
``<title>`` wins; with no match, the heading nearest above the story; with no heading, the
metadata titles in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from crawler.parse import words
from crawler.parse.extract import NAME_ATTRIBUTES
from crawler.parse.metadata import Metadata
from crawler.parse.region import last_descendant
from crawler.parse.story import class_tokens, in_boilerplate, string_value
from crawler.parse.text import clean_text

Element = lxml.html.HtmlElement

_NAMED_TAGS = frozenset(("div", "span", "td", "p", "b", "strong", "a"))


def _candidates(root: Element, order: dict[Element, int], names: list) -> list[Element]:
    """Headings (``h1``-``h3``, ``itemprop=headline``), and small blocks whose class or id says
    title or headline, in document order.

    The names (``NAME_ATTRIBUTES``, read once per page) are tested in Python: XPath's
    ``contains()`` on every element cost more than the rest of the headline vote.
    """
    found = set(root.iter("h1", "h2", "h3"))
    for value in names:
        if value.attrname == "itemprop":
            if value == "headline":
                found.add(value.getparent())
        elif "itle" in value or "eadline" in value:
            element = value.getparent()
            if element.tag in _NAMED_TAGS:
                found.add(element)
    return sorted(found, key=lambda element: order.get(element, 0))


_SITE_SUFFIX = re.compile(
    r"\s*[|\-–—»:]\s*(?:INA|I\.N\.A|واع|Iraqi News Agency|وكالة الأنباء العراقية|"
    r"الوكالة الوطنية العراقية للأنباء|ina\.iq|"
    + "|".join(words.SITE_NAMES)
    + r")(?:\s*[|\-–—»:].*)?\s*$",
    re.IGNORECASE,
)
_SITE_PREFIX = re.compile(
    r"^\s*(?:INA|واع|Iraqi News Agency|وكالة الأنباء العراقية|print version|نسخة للطباعة|"
    + "|".join(words.SITE_NAMES)
    + r")"
    r"\s*[|\-–—»:]\s*",
    re.IGNORECASE,
)
_SITE_NAMES = {"ina", "واع", "iraqi news agency", "وكالة الأنباء العراقية", "ina.iq"} | {
    name.casefold() for name in words.SITE_NAMES
}


@dataclass(frozen=True, slots=True)
class Headline:
    """The title, the element it was read from (None for metadata), and where it came from."""

    text: str
    element: Element | None
    source: str


def strip_site_name(title: str) -> str:
    """A page <title> without the site's name before or after it."""
    return _SITE_PREFIX.sub("", _SITE_SUFFIX.sub("", title)).strip()


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _folded(references: list[str]) -> list[tuple[str, set[str]]]:
    """The metadata titles folded for comparison, once per page."""
    return [(other, set(other.split())) for other in map(_fold, references) if other]


def _similarity(text: str, references: list[tuple[str, set[str]]]) -> float:
    """How well a heading's text matches the metadata titles: 3 equal, 2 contained, 1 overlapping."""
    folded = _fold(text)
    if not folded:
        return 0.0
    best = 0.0
    words = set(folded.split())
    for other, other_words in references:
        if folded == other:
            return 3.0
        if (folded in other or other in folded) and min(len(folded), len(other)) >= 0.6 * max(
            len(folded), len(other)
        ):
            best = max(best, 2.0)
            continue
        overlap = len(words & other_words) / max(1, len(words | other_words))
        if overlap >= 0.6:
            best = max(best, 1.0)
    return best


# Elements an old layout may set a headline in without a heading tag or a class naming it.
_PLAIN_TITLES = lxml.etree.XPath(
    "//td[string-length(normalize-space(.)) < 400] | //b | //strong | //font | //big | //span"
    " | //p[string-length(normalize-space(.)) < 400] | //div[string-length(normalize-space(.)) < 400]"
)


def _repeated_title(
    root: Element,
    references: list[tuple[str, set[str]]],
    story_at: int | None,
    order: dict[Element, int],
) -> Element | None:
    """The innermost element above the story whose whole text is the page's title (a bold cell
    of a table layout), or None."""
    found: Element | None = None
    for element in _PLAIN_TITLES(root):
        if story_at is not None and order.get(element, story_at + 1) >= story_at:
            continue
        text = clean_text(element.text_content())
        if not 4 <= len(text) <= 400 or _similarity(text, references) < 3.0:
            continue
        if in_boilerplate(element):
            continue
        if found is None or found in element.iterancestors():
            found = element
    return found


def find_headline(
    root: Element,
    meta: Metadata,
    story: Element | None,
    order: dict[Element, int],
    hinted: set[Element],
    names: list | None = None,
) -> Headline | None:
    """The release's headline, or None when the page has none.

    ``names`` is ``NAME_ATTRIBUTES(root)`` when the caller has read it already.
    """
    references = _folded(
        [
            r
            for r in (
                meta.headline,
                meta.og_title,
                meta.html_title and strip_site_name(meta.html_title),
            )
            if r
        ]
    )
    story_at = order.get(story, 0) if story is not None else None
    story_end = last_descendant(story, order) if story is not None else 0
    best: tuple[float, Element, str] | None = None
    names = NAME_ATTRIBUTES(root) if names is None else names
    for element in _candidates(root, order, names):
        text = clean_text(string_value(element))
        if not 4 <= len(text) <= 400 or text.casefold() in _SITE_NAMES:
            continue
        if in_boilerplate(element):
            continue
        if element.getparent() is not None and element.getparent() in hinted and element.tag == "a":
            continue
        score = 3 * _similarity(text, references)
        score += {"h1": 2.0, "h2": 1.0, "h3": 0.5}.get(element.tag, 0.0)
        if element.get("itemprop") == "headline" or class_tokens(element) & {"title", "headline"}:
            score += 0.5
        if element in hinted:
            score += 2.0
        if story_at is not None:
            position = order.get(element, 0)
            if position > story_end:
                score -= 3.0  # below the story: related items, comments
            elif position <= story_at:
                score += 1.0
        if best is None or score > best[0]:
            best = (score, element, text)
    if best is not None and best[0] >= 2.0:
        return Headline(best[2], best[1], f"<{best[1].tag}> heading (score {best[0]:.1f})")
    if references and (element := _repeated_title(root, references, story_at, order)) is not None:
        text = clean_text(element.text_content())
        return Headline(text, element, f"<{element.tag}> repeating the page title")
    for source, value in (
        ("JSON-LD headline", meta.headline),
        ("og:title", meta.og_title),
        ("<title>", meta.html_title and strip_site_name(meta.html_title)),
    ):
        if value:
            return Headline(clean_text(value), None, source)
    if best is not None:
        return Headline(best[2], best[1], f"<{best[1].tag}> heading (score {best[0]:.1f})")
    return None
