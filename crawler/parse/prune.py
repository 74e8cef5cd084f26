"""The story block cleaned before its lines are read: chrome inside it, the headline and what
sits above it, and pictures with their captions are cut out (and handed back)."""

from __future__ import annotations

import lxml.html

from crawler.parse.extract import Selectors, caption_block, text_of
from crawler.parse.linekinds import Line, classify
from crawler.parse.story import is_unlikely

Element = lxml.html.HtmlElement

NOISE_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "nav", "aside", "footer")


def prune_story(
    story: Element,
    heading: Element | None,
    order: dict[Element, int],
    selectors: Selectors,
    classes: frozenset[str],
) -> list[Element]:
    """Drop boilerplate inside the story block, and the headline with anything above it.

    Returns the dropped blocks: a breadcrumb trail inside the story block is among them, and the
    category vote still reads it.
    """
    doomed: list[Element] = []
    head_at = order.get(heading, -1) if heading is not None else -1
    keep = set(heading.iterancestors()) if heading is not None else set()
    for element in story.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        if element.tag in NOISE_TAGS or is_unlikely(element):
            doomed.append(element)
        elif head_at >= 0 and order.get(element, head_at + 1) <= head_at and element not in keep:
            doomed.append(element)
    if selectors.noise is not None:
        doomed += [e for e in selectors.noise(story, classes) if e is not story]
    for image in story.iter("img", "amp-img"):
        if (line := _caption_after(image)) is not None:
            doomed.append(line)
        block = caption_block(image)
        if (
            block is not None
            and block is not story
            and classify(Line(text_of(block)), None) is None
        ):
            doomed.append(block)  # a picture and its caption: not story text
    marked = set(doomed)
    dropped = []
    for element in doomed:
        if element.getparent() is not None and not any(
            a in marked for a in element.iterancestors()
        ):
            element.drop_tree()
            dropped.append(element)
    if heading is not None and heading.getparent() is not None and story in heading.iterancestors():
        heading.drop_tree()
    return dropped


def _caption_after(image: Element) -> Element | None:
    """An italic or small line right under a picture in ``<br>``-separated text: its caption."""
    node = (
        image.getparent()
        if image.getparent() is not None and image.getparent().tag == "a"
        else image
    )
    for sibling in node.itersiblings():
        if (node.tail or "").strip():
            return None
        if sibling.tag == "br":
            node = sibling
            continue
        text = text_of(sibling)
        alt = " ".join((image.get("alt") or image.get("title") or "").split())
        if 0 < len(text) <= 250 and (text == alt or sibling.tag in ("i", "em", "small")):
            return (
                sibling
                if not (sibling.tail or "").strip() or sibling.tail.startswith("\n")
                else None
            )
        return None
    return None
