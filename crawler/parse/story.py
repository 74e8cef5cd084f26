"""Finding the story block by evidence, the way readability does: paragraphs score their containers.

Every run of text (a ``<p>``, or ``<br>``-separated text straight in a ``<div>``, ``<td>`` or
``<span>``) scores the element that holds the story's paragraphs, and half of that goes one level
up. Class and id names, ``itemprop``, the element's tag and the source's own selectors add or take
away points; link-heavy blocks lose theirs. Nothing here decides from one class name alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lxml.etree
import lxml.html

Element = lxml.html.HtmlElement

_SKIPPED = frozenset(
    "script style noscript template iframe object embed svg button select textarea input "
    "head title nav footer aside form-control".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_INLINE = frozenset(
    "a abbr b bdi bdo cite code em font i kbd mark q s small span strong sub sup time u var "
    "wbr big tt label ins del".split()
)
# A paragraph-like owner scores its parent; any other block scores itself.
_PARAGRAPH_LIKE = frozenset("p li blockquote dd dt pre".split())
_SPLIT_TOKENS = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z][a-z]{2,})")  # camelCase words, not hashes
POSITIVE = frozenset(
    "article articlebody body content story text entry fullstory fullnews maincont "
    "prose detail details newsbody".split()
)
# Boilerplate whatever else the element is called; then words that only weigh against it.
ALWAYS_NEGATIVE = frozenset(
    "comment comments sidebar related share sharing social footer menu navbar ad ads advert "
    "advertisement banner cookie cookies ticker popular mostread latest trending newsletter "
    "breadcrumb breadcrumbs speedbar promo subscribe recommended copyright logo "
    "sharebar readmore tweet twitter instagram embed oembed tabs".split()
)
NEGATIVE = ALWAYS_NEGATIVE | frozenset(
    "nav widget tags tag teaser teasers cards more rss header masthead side aside".split()
)


def _holds_article(element: Element) -> bool:
    """Whether a block holds a ``<h1>``, an ``<article>`` or the ``articleBody``: the story.

    A walk in Python that stops at the first one costs less than the XPath union of three
    searches of the whole block.
    """
    for _found in element.iterdescendants("h1", "article"):
        return True
    return any(e.get("itemprop") == "articleBody" for e in element.iterdescendants())


_MIN_RUN = 25


def class_tokens(element: Element) -> frozenset[str]:
    """The lower-cased words of an element's class and id ("post-content" -> post, content)."""
    names, ident = element.get("class"), element.get("id")
    if not names and not ident:
        return _NO_TOKENS
    return _tokens(f"{names or ''} {ident or ''}")


_NO_TOKENS: frozenset[str] = frozenset()


@lru_cache(maxsize=8192)
def _tokens(raw: str) -> frozenset[str]:
    """Class and id words of one attribute pair (pages repeat the same few thousand)."""
    return frozenset(token.lower() for token in _SPLIT_TOKENS.split(raw) if token)


def class_hint(element: Element) -> int:
    """+25 for story-like class/id words, -25 for boilerplate ones (readability's weights)."""
    tokens = class_tokens(element)
    if not tokens:
        return 0
    hint = 0
    if tokens & POSITIVE:
        hint += 25
    if tokens & NEGATIVE:
        hint -= 25
    if element.get("itemprop") == "articleBody":
        hint += 40
    return hint


_CHROME_TAGS = ("nav", "footer", "aside")


@lru_cache(maxsize=8192)
def _unlikely_by_names(tag: str, names: str | None, ident: str | None) -> bool | None:
    """What tag and names alone say: True chrome, False never, None chrome unless it holds the
    story (cached: a page repeats the same few hundred tag and name pairs)."""
    if tag in _CHROME_TAGS:
        return True
    if tag in ("html", "body", "article", "main") or (not names and not ident):
        return False
    tokens = _tokens(f"{names or ''} {ident or ''}")
    if tokens & ALWAYS_NEGATIVE or (tokens & NEGATIVE and not tokens & POSITIVE):
        return None
    return False


def is_unlikely(element: Element) -> bool:
    """A block that is boilerplate by its tag or names (comments, sidebars, related news...)."""
    tag = element.tag
    if not isinstance(tag, str):
        return False
    verdict = _unlikely_by_names(tag, element.get("class"), element.get("id"))
    if verdict is None:
        return not _holds_article(element)  # a page wrapper named "with-sidebar" holds the story
    return verdict


def string_value(element: Element) -> str:
    """``element.text_content()``: read from ``.text`` when the element has no children (a link,
    a heading), as text_content() runs an XPath whose set-up costs more than such text."""
    if len(element):
        return element.text_content()
    return element.text or ""


def is_boilerplate(element: Element) -> bool:
    """Chrome whatever it holds: navigation, sidebars, comments, related news, share bars."""
    return element.tag in ("nav", "footer", "aside") or bool(
        class_tokens(element) & ALWAYS_NEGATIVE
    )


def in_boilerplate(element: Element) -> bool:
    """Whether an element is or sits in boilerplate: sidebars, comments, related items."""
    # only chrome tags and named elements can be unlikely: the cheap test first (a plain loop:
    # a generator in any() costs more on these few ancestors)
    for e in (element, *element.iterancestors()):
        if (e.tag in _CHROME_TAGS or e.get("class") or e.get("id")) and is_unlikely(e):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Candidate:
    """A block that may hold the story, with the evidence that scored it."""

    element: Element
    score: float
    paragraphs: int
    text_length: int
    link_density: float
    reasons: tuple[str, ...]
    text: str = ""  # the block's text_content(), read once for the page's later tests

    def describe(self) -> str:
        """A short description for --explain: tag, names, score and why."""
        names = " ".join(
            f"{k}={v!r}" for k in ("id", "class") if (v := self.element.get(k)) is not None
        )
        return f"<{self.element.tag}{' ' + names if names else ''}> score {self.score:.1f} ({', '.join(self.reasons)})"


# Not story text, and not walked into: comments and processing instructions are skipped too.
_NOT_WALKED = _SKIPPED | _HEADINGS | {lxml.etree.Comment, lxml.etree.ProcessingInstruction}


def _collect(root: Element) -> dict[Element, list[int]]:
    """Text per owning block: every text node goes to its nearest block ancestor.

    Each record is [characters, characters inside links, commas, line breaks]. One loop with the
    counting written inline: it visits every element of the page.
    """
    owners: dict[Element, list[int]] = {}
    # each entry carries its owner's record: inline elements add to it without a look-up
    stack: list[tuple[Element, list[int] | None, bool]] = [(root, None, False)]
    pop, push, unlikely = stack.pop, stack.append, _unlikely_by_names
    while stack:
        element, record, in_link = pop()
        tag = element.tag
        if tag in _NOT_WALKED or not isinstance(tag, str):
            continue
        names, ident = element.get("class"), element.get("id")
        if names or ident:
            verdict = unlikely(tag, names, ident)
            if verdict or (verdict is None and not _holds_article(element)):
                continue  # (nav, footer and aside are skipped by tag above)
        if tag == "a":
            in_link = True
        elif tag not in _INLINE and tag != "br":
            record = None  # a block owns its text
        if record is None:  # (the root owns its text whatever its tag)
            record = owners[element] = [0, 0, 0, 0]
        if tag == "br":
            record[3] += 1
        if text := element.text:
            length = len(text.strip())
            record[0] += length
            record[2] += text.count(",") + text.count("،")
            if in_link:
                record[1] += length
        for child in reversed(element):
            if text := child.tail:
                length = len(text.strip())
                record[0] += length
                record[2] += text.count(",") + text.count("،")
                if in_link:
                    record[1] += length
            push((child, record, in_link))
    return owners


def find_candidates(root: Element, hinted: set[Element]) -> list[Candidate]:
    """Blocks that may hold the story, best first.

    Args:
        root: the page tree.
        hinted: elements the source's body selectors match (extra evidence, not the decision).
    """
    scores: dict[Element, float] = {}
    paragraphs: dict[Element, int] = {}
    for owner, (chars, link_chars, commas, breaks) in _collect(root).items():
        text_chars = chars - link_chars
        if text_chars < _MIN_RUN:
            continue
        pieces = max(1, min(breaks + 1, text_chars // 40))
        points = pieces + commas + min(text_chars / 100, 3 * pieces)
        container = owner.getparent() if owner.tag in _PARAGRAPH_LIKE else owner
        if container is None:
            continue
        scores[container] = scores.get(container, 0.0) + points
        paragraphs[container] = paragraphs.get(container, 0) + pieces
        parent = container.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + points / 2
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:8]
    link_lengths: dict[Element, int] = {}  # nested candidates share their links
    candidates = [
        _judge(element, raw, paragraphs.get(element, 0), hinted, link_lengths)
        for element, raw in ranked
    ]
    return sorted(candidates, key=lambda c: c.score, reverse=True)


def _judge(
    element: Element,
    raw: float,
    paragraphs: int,
    hinted: set[Element],
    link_lengths: dict[Element, int],
) -> Candidate:
    """A block's final score: its paragraphs' points, less its links, weighed by name evidence.

    Names multiply rather than add, so that a container called "article" that holds no
    paragraph of its own cannot outscore the block that holds the story's paragraphs.
    """
    text = element.text_content()
    length = len(text.strip()) or 1
    links = 0
    for anchor in element.iter("a"):
        link = link_lengths.get(anchor)
        if link is None:
            link = link_lengths[anchor] = len(string_value(anchor).strip())
        links += link
    density = min(1.0, links / length)
    reasons = [f"{paragraphs} paragraphs", f"{length} chars"]
    score = raw * (1 - density)
    if density > 0.2:
        reasons.append(f"link density {density:.0%}")
    hint = class_hint(element)
    if hint:
        score *= max(0.2, 1 + hint / 50)
        reasons.append(f"names {hint:+d}")
    if element.tag in ("article", "main") or element.get("itemprop") == "articleBody":
        score *= 1.2
        reasons.append(f"<{element.tag}>")
    if element in hinted:
        score *= 1.6
        reasons.append("source selector")
    return Candidate(element, score, paragraphs, length, density, tuple(reasons), text)


def release_links(element: Element, is_release: object, own: set[str]) -> set[str]:
    """Distinct release URLs linked from inside a block with headline-like text (teasers)."""
    found: set[str] = set()
    for anchor in element.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href in own or len(string_value(anchor).strip()) < 15:
            continue
        if any(is_boilerplate(p) for p in anchor.iterancestors()):
            continue
        if is_release(href):  # type: ignore[operator]
            found.add(href)
    return found
