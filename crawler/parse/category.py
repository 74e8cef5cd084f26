"""The section a release is filed under, voted from the page's evidence.

Precedence (tested in tests/test_parse_evidence.py): the source's category selector > a
"Category:" line > the section link or label in the article's info line > the label just above
the headline > a category-named label in the article > the last breadcrumb that is neither home
nor the headline > ``article:section`` / ``articleSection``. Chrome words ("Print", "Share"),
dates, home links and author links are never a category.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from crawler.parse.dates import looks_like_date_line
from crawler.parse.extract import NAME_ATTRIBUTES, text_of
from crawler.parse.linekinds import Line, breadcrumb_parts, classify, is_breadcrumb, is_home
from crawler.parse.metadata import Metadata
from crawler.parse.story import class_tokens, in_boilerplate

Element = lxml.html.HtmlElement

_BREADCRUMB_NAMES = {
    "breadcrumb",
    "breadcrumbs",
    "speedbar",
    "crumbs",
    "crumb",
    "path",
    "trail",
    "bc",
    "crumbtrail",
}
_HOME_PATHS = {"", "eng", "kurd", "turkmen", "index.php", "index.html"}
_LABEL_NAMES = {"category", "cat", "section", "kicker", "label", "badge", "chip", "rubric", "topic"}
_BREADCRUMBS = lxml.etree.XPath(
    "//*[@itemtype and contains(@itemtype, 'BreadcrumbList')] | "
    "//nav[contains(translate(@aria-label, 'B', 'b'), 'breadcrumb')]"
)
# Parts of a class or id that may name a trail (checked word by word after this cheap filter).
_TRAIL_HINTS = ("rumb", "speedbar", "path", "trail", "bc")
# Short blocks whose children or grandchildren are links and that hold a trail separator: the
# only ones worth reading as an unnamed trail.
_TRAIL_TAGS = ("div", "p", "ol", "ul", "nav", "span")
_TRAIL_SEPARATORS = ("»", "›", "/", "|", ">")
_XML_SPACE = re.compile(r"[ \t\n\r]+")  # XPath's normalize-space() whitespace
_NOT_SECTION = re.compile(
    r"(?:^|/)(?:tags?|users?|author|authors|profile|print|search|login)(?:/|$)"
)


def _short_label(text: str, title: str | None) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 4
        and len(text) <= 40
        and not is_home(text)
        and not looks_like_date_line(text)
        and not (title and text.casefold() == title.casefold())
        and not any(ch.isdigit() for ch in text)
        and not re.search(r"[»›|/>:]", text)
        and classify(Line(text), None) is None  # "Print", "Share", a date: chrome, no category
    )


def vote_category(
    crumb: Callable[[], str | None],
    above: Element | None,
    selected: Iterable[Element],
    line_category: str | None,
    zone: list[Element],
    article: list[Element],
    title: str | None,
    meta: Metadata,
    is_release: Callable[[str], bool],
) -> tuple[str | None, str]:
    """The section the release is filed under, and where it came from."""
    for element in selected:
        text = text_of(element)
        if _short_label(text, title):
            return text, "category selector"
    if line_category:
        return line_category, "'Category:' line"
    for element in zone:
        link = element.tag == "a"
        if not link and _LABEL_NAMES.isdisjoint(class_tokens(element)):
            continue
        text = text_of(element)
        if not _short_label(text, title) or in_boilerplate(element):
            continue
        if not link:
            return text, "label by the headline"
        if _section_link(element.get("href") or "", is_release):
            return text, "section link in the article's info line"
    if (
        above is not None
        and _short_label(text := text_of(above), title)
        and len(list(above.iter("a"))) <= 1
        and classify(Line(text), title) is None
    ):
        marked = above.tag in ("a", "b", "strong") or class_tokens(above) & _LABEL_NAMES
        if marked or any(e.tag in ("a", "b", "strong", "font") for e in above.iterdescendants()):
            return text, "label above the headline"
    for element in article:
        if element.tag in ("span", "div", "td", "p", "a") and not _LABEL_NAMES.isdisjoint(
            class_tokens(element)
        ):
            if _short_label(text := text_of(element), title) and not in_boilerplate(element):
                return text, "category label in the article"
    if last := crumb():
        return last, "last breadcrumb"
    if meta.section:
        return meta.section, "article:section / articleSection"
    return None, "no category link, label, breadcrumb or metadata"


def _section_link(href: str, is_release: Callable[[str], bool]) -> bool:
    """A link to a section page: same site, not a release, not home, not a share or tag link."""
    parts = urlsplit(href.strip())
    if parts.scheme not in ("", "http", "https") or is_release(href):
        return False
    path = parts.path.strip("/")
    if not path or path in ("eng", "kurd", "turkmen") or _NOT_SECTION.search(path):
        return False
    return len(path.split("/")) <= 3 and "." not in path.rsplit("/", 1)[-1] or "cat" in href


def last_breadcrumb(
    root: Element,
    title: str | None,
    names: list | None = None,
    pruned: Iterable[Element] = (),
) -> str | None:
    """The last item of the page's breadcrumb trail that is not home nor the headline.

    ``names`` is ``NAME_ATTRIBUTES(root)`` when the caller has read it already, before the blocks
    in ``pruned`` were cut from the tree (a trail named as one is still read from those).
    """
    names = NAME_ATTRIBUTES(root) if names is None else names
    for trail in _trails(root, names, frozenset(pruned)):
        anchors = list(trail.iter("a"))
        items = [text_of(a) for a in anchors]
        home = {text_of(a) for a in anchors if _home_path(a.get("href") or "")}
        text = text_of(trail)
        if is_breadcrumb(text) or not items:
            items = breadcrumb_parts(text)
        items = [
            i for i in items if i and i not in home and _short_label(i, title) and not is_home(i)
        ]
        folded = title.casefold() if title else None
        items = [i for i in items if i.casefold() != folded]
        if items:
            return items[-1]
    return None


def _trails(root: Element, names: list, pruned: frozenset[Element]) -> Iterator[Element]:
    """Breadcrumb trails, the surest first: marked up as one, named as one, then unnamed ones.

    A generator, so that the costlier searches run only when the surer ones found nothing usable.
    """
    yield from _BREADCRUMBS(root)
    yield from (
        e for e in _named_trails(root, names, pruned) if class_tokens(e) & _BREADCRUMB_NAMES
    )
    yield from (e for e in _short_trails(root) if _home_trail(e))


def _short_trails(root: Element) -> list[Element]:
    """Blocks (``_TRAIL_TAGS``) holding a link as a child or grandchild, with under 300
    characters of text and a trail separator, in document order.

    The same as the XPath ``//div[a or */a][string-length(normalize-space(.)) < 300]
    [contains(., '»') or ...]``, which computed the text of every linked block seven times.
    """
    linked = set()
    for anchor in root.iter("a"):
        parent = anchor.getparent()
        if parent is not None:
            linked.add(parent)
            if (grand := parent.getparent()) is not None:
                linked.add(grand)
    found = []
    for element in root.iter(*_TRAIL_TAGS):
        if element in linked:
            text = element.text_content()
            if not any(map(text.__contains__, _TRAIL_SEPARATORS)):
                continue
            # collapsing spaces only shortens a text: one under 300 characters needs no regex
            if len(text) < 300 or len(_XML_SPACE.sub(" ", text).strip(" \t\n\r")) < 300:
                found.append(element)
    return found


def _named_trails(root: Element, names: list, pruned: frozenset[Element]) -> Iterator[Element]:
    """Elements whose class or id may name a trail, in document order (a cheap substring filter
    in Python: XPath's contains() on every attribute costs more).

    The names were read before the story was pruned: elements pruned since are left out, but for
    those in the blocks of ``pruned`` (a trail inside the story block, cut with the chrome).
    """
    last = None
    for value in names:
        if value.attrname != "itemprop" and any(hint in value for hint in _TRAIL_HINTS):
            element = value.getparent()
            if element is not last:  # class and id of one element come one after the other
                last = element
                if element is root or element in pruned:
                    yield element
                    continue
                ancestors = set(element.iterancestors())
                if root in ancestors or ancestors & pruned:
                    yield element


def _home_trail(element: Element) -> bool:
    """An unnamed trail that starts at the home page or the site's name: "INA / Local",
    "Iraqi News Agency » Health"."""
    anchors = list(element.iter("a"))
    if not 1 <= len(anchors) <= 6:
        return False
    text = text_of(element)
    if not is_breadcrumb(text):
        return False
    return _home_path(anchors[0].get("href") or "") or is_home(breadcrumb_parts(text)[0])


def _home_path(href: str) -> bool:
    """A link to the site's or a section's home page ("/", "/eng/")."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    return urlsplit(href).path.strip("/") in _HOME_PATHS
