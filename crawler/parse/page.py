"""One page read by evidence: the story block, the headline, the zones around them, and whether
the page is a release at all.

A release has one dominant story block, a headline, and a date or a byline. Several teasers
linking to releases make a listing; a short text saying "not found" makes an error page; long
text with no date and no byline is a static page (decided in ``core``, after the date vote).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from crawler.parse.category import last_breadcrumb
from crawler.parse.extract import NAME_ATTRIBUTES, Selectors, page_classes, text_of
from crawler.parse.headline import Headline, find_headline
from crawler.parse.linekinds import Line, classify
from crawler.parse.lines import Story, read_preamble, split_story, take
from crawler.parse.metadata import Metadata
from crawler.parse.pagekind import error_reason, listing_reason
from crawler.parse.prune import NOISE_TAGS, prune_story
from crawler.parse.region import document_order, last_descendant, lines_between
from crawler.parse.story import (
    Candidate,
    find_candidates,
    is_boilerplate,
    is_unlikely,
)
from crawler.parse.text import element_lines

Element = lxml.html.HtmlElement


@dataclass(slots=True)
class Page:
    """What the parser learned about a page before voting on its fields."""

    story: Candidate | None
    headline: Headline | None = None
    reason: str | None = None
    story_fields: Story = field(default_factory=lambda: Story(paragraphs=[]))
    header_times: list[Element] = field(default_factory=list)
    header_dates: list[str] = field(default_factory=list)
    header_zone: list[Element] = field(default_factory=list)
    article_zone: list[Element] = field(default_factory=list)
    matches: dict[str, list[Element]] = field(default_factory=dict)
    root: Element | None = None
    selectors: Selectors | None = None
    classes: frozenset[str] = frozenset()
    is_release: Callable[[str], bool] = lambda _url: False
    lines_are_empty: bool = False
    above_headline: Element | None = None
    names: list = field(default_factory=list)  # NAME_ATTRIBUTES of the page, read once
    pruned: list[Element] = field(default_factory=list)  # chrome cut from the story block

    def selected(self, name: str) -> list[Element]:
        """The elements the source's selectors for one field match (hints, in order).

        Read when first asked: a date vote that metadata settles never runs the date selectors.
        """
        if name not in self.matches and self.root is not None and self.selectors is not None:
            self.matches[name] = _matches(self.root, self.selectors, (name,), self.classes)[name]
        return self.matches.get(name, [])

    def breadcrumb(self) -> str | None:
        """The last item of the page's breadcrumb trail: read when first asked, as the category's
        last resort but metadata (most pages settle the category before it)."""
        if self.root is None:
            return None
        title = self.headline.text if self.headline else None
        return last_breadcrumb(self.root, title, self.names, self.pruned)

    def describe(self) -> str:
        """The story block and the evidence for it, for --explain."""
        return self.story.describe() if self.story else "no story block"


def _matches(
    root: Element, selectors: Selectors, names: tuple[str, ...], classes: frozenset[str]
) -> dict[str, list[Element]]:
    """Up to three elements per selector for the named fields (evidence, not decisions)."""
    return {
        name: [element for hint in selectors.fields[name] for element in hint(root, classes)[:3]]
        for name in names
    }


def read_page(
    root: Element, meta: Metadata, selectors: Selectors, is_release: Callable[[str], bool]
) -> Page:
    """Find the story, the headline and the zones around them, and read the story's lines."""
    # first: the order's dict keeps a Python proxy of every element alive for the page, so the
    # later walks over the tree reuse them instead of making and freeing one per visit
    order = document_order(root)
    names = NAME_ATTRIBUTES(root)
    classes = page_classes(root, names)
    matches = _matches(root, selectors, ("body", "title"), classes)
    candidates = find_candidates(root, set(matches.get("body", ())))
    listing = listing_reason(root, candidates, is_release, {meta.canonical or ""})
    if not candidates or listing:
        body = root.find("body")
        reason = listing or error_reason(root, meta, text_of(body if body is not None else root))
        return Page(None, reason=reason or "the page has no article text (no block of paragraphs)")
    top = candidates[0]
    page = Page(
        top,
        matches=matches,
        is_release=is_release,
        root=root,
        selectors=selectors,
        classes=classes,
        names=names,
    )
    story_text = top.text  # the story block's text_content(), unchanged since it was scored
    page.reason = error_reason(
        root, meta, text_of(top.element) if len(story_text) <= 800 else story_text
    )
    if page.reason:
        return page
    page.headline = find_headline(
        root, meta, top.element, order, set(matches.get("title", ())), names
    )
    _zones(root, order, page)
    title = page.headline.text if page.headline else None
    if page.headline is not None and page.headline.element is not None:
        page.above_headline = _element_above(page.headline.element)
    _read_story(root, order, page, title, selectors)
    return page


def _zones(root: Element, order: dict[Element, int], page: Page) -> None:
    """The article header (headline to story) and the whole article zone, as element lists."""
    story = page.story.element  # type: ignore[union-attr]
    start, end = order[story], last_descendant(story, order)
    heading = page.headline.element if page.headline else None
    head_at = order.get(heading, start) if heading is not None else start
    if head_at > end:
        head_at = start
    top = min(head_at, start)
    container = _common_ancestor(heading, story) if heading is not None else story
    article_at = top
    if container is not None and container.tag not in ("html", "body"):
        wrapper = container.getparent()
        if wrapper is not None and wrapper.tag not in ("html", "body"):
            # a wrapper that adds little text around the article holds its lead picture too
            if len(wrapper.text_content()) <= len(container.text_content()) + 400:
                container = wrapper
        article_at = min(top, order.get(container, top))
    # beyond the header's first 60 elements, what shares the headline's parent is header too
    near = heading.getparent() if heading is not None else None
    for position, element in enumerate(list(order)[article_at : end + 1], start=article_at):
        if not isinstance(element.tag, str):
            continue
        page.article_zone.append(element)
        in_header = top <= position <= start + 60
        if in_header or (
            near is not None
            and position >= head_at - 8
            and (element is near or near in element.iterancestors())
        ):
            page.header_zone.append(element)
            if element.tag == "time" and not any(is_unlikely(a) for a in element.iterancestors()):
                page.header_times.append(element)


def _element_above(heading: Element) -> Element | None:
    """The nearest element with text just above the headline (a category label often sits there)."""
    node: Element | None = heading
    for _level in range(3):
        if node is None:
            return None
        for sibling in node.itersiblings(preceding=True):
            if isinstance(sibling.tag, str) and sibling.tag not in NOISE_TAGS and text_of(sibling):
                return None if is_boilerplate(sibling) else sibling
        node = node.getparent()
    return None


def _common_ancestor(first: Element, second: Element) -> Element | None:
    ancestors = set(first.iterancestors()) | {first}
    return next((e for e in (second, *second.iterancestors()) if e in ancestors), None)


def _read_story(
    root: Element, order: dict[Element, int], page: Page, title: str | None, selectors: Selectors
) -> None:
    """The story's lines, with the preamble's and the edges' bylines and credits as fields."""
    story_element = page.story.element  # type: ignore[union-attr]
    heading = page.headline.element if page.headline else None
    after = (
        heading if heading is not None and order.get(heading, 0) < order[story_element] else None
    )
    preamble = lines_between(
        root, order, after, story_element, limit=12 if after is not None else 6
    )
    story = Story(paragraphs=[])
    read_preamble(preamble, title, story)
    page.pruned = prune_story(story_element, heading, order, selectors, page.classes)
    above = lines_between(root, order, None, heading, limit=3) if heading is not None else []
    lines = element_lines(story_element, captions=False)
    page.lines_are_empty = not lines
    page.story_fields = split_story(lines, title, story)
    read_preamble(above, title, story)  # only fills what the story and its preamble left empty
    _read_info_items(page.header_zone, story)
    # the preamble is the article header: all its lines; above the headline, only date lines
    page.header_dates = [line.text for line in preamble] + story.date_lines


_INFO_KINDS = ("photo", "translator", "byline", "author")
_INLINE_ONLY = ("a", "b", "strong", "i", "em")


def _read_info_items(zone: list[Element], story: Story) -> None:
    """Credits and bylines in their own small element of the article header (a ``<span>`` of an
    info line with no separators), for the fields the lines left empty."""
    for element in zone:
        if element.tag not in ("span", "div", "p", "li", "dd", "small", "em", "b", "strong"):
            continue
        if any(not isinstance(c.tag, str) or c.tag not in _INLINE_ONLY for c in element):
            continue
        text = text_of(element)
        if not 0 < len(text) <= 80:
            continue
        kind = classify(Line(text), None)
        if kind not in _INFO_KINDS or is_unlikely(element):
            continue
        if kind == "photo" and story.photographers or kind == "translator" and story.translator:
            continue
        if kind in ("byline", "author") and (story.location or story.author):
            continue
        take(story, kind, text)
