"""Release page layouts of the INA-like site: one module per family, chosen by year here only.

INA's site changed over time, so a release is drawn in the layout of its year:

| years     | English                    | Arabic           |
|-----------|----------------------------|------------------|
| <= 2019   | ``early`` (pre-DLE site)   | ``dle`` (default skin) |
| 2020-2022 | ``ina`` (INA's DLE skin, ``render.release_page``; the seed page's layout) | ``ina`` |
| 2023      | ``dle`` (DLE default skin) | ``dle``          |
| >= 2024   | ``redesign`` (utility classes, JSON-LD) | ``redesign`` |

Every release also has a print view (``print_view``) at ``Story.print_path``, linked from its page.
Every family shows the same facts, so ``SyntheticRelease.expected_for`` is the truth of all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from crawler.demo_site import render
from crawler.demo_site.content import Story
from crawler.demo_site.layouts import dle, early, print_view, redesign

FAMILIES = ("early", "ina", "dle", "redesign")
PRINT_FAMILY = "print"

_PAGES: dict[str, Callable[[Story, str, Sequence[Story]], str]] = {
    "early": early.release_page,
    "ina": render.release_page,
    "dle": dle.release_page,
    "redesign": redesign.release_page,
}


def family_of(lang: str, year: int) -> str:
    """The layout family a release of this section and year is drawn in."""
    if year <= 2019:
        return "early" if lang == "en" else "dle"
    if year <= 2022:
        return "ina"
    if year == 2023:
        return "dle"
    return "redesign"


def story_family(story: Story) -> str:
    """The layout family of ``story``'s release page."""
    return family_of(story.lang, story.date.year)


def encoding_of(story: Story) -> str:
    """The page's encoding: the redesign is always UTF-8, older families keep the story's."""
    return "utf-8" if story_family(story) == "redesign" else story.encoding


def release_html(story: Story, base_url: str, related: Sequence[Story] = ()) -> str:
    """The release page of ``story`` in its year's layout (text; encode with ``encoding_of``).

    Args:
        story: what the page shows.
        base_url: scheme and host the page is served from.
        related: other stories shown as related or latest headlines (chrome).

    Returns:
        The HTML document.
    """
    return _PAGES[story_family(story)](story, base_url, related)


def print_html(story: Story, base_url: str) -> str:
    """The print view of ``story`` (the same in every year; encode with ``encoding_of``)."""
    return print_view.print_page(story, base_url, encoding_of(story))
