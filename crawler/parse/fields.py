"""Votes on the date, the category, the images and the author from all the page's evidence.

Precedence, written down and tested (tests/test_parse_evidence.py):
- date: metadata with a time (JSON-LD ``datePublished``, ``article:published_time``) > a
  ``<time datetime>`` in the article header > a date line in the header or the story's edges >
  the source's date selectors > a day-only metadata date. Sidebars, comments, related items and
  embeds are never read. A day-only winner takes the time of a same-day later vote.
- category: the source's category selector > a "Category:" line > the section link or label in
  the article's info line or above the headline > the last breadcrumb that is neither home nor the
  headline > ``article:section`` / ``articleSection``.
- author: a person named by the visible byline > a metadata Person that is not the agency.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from crawler.parse.bylines import is_name, parse_photo_credit
from crawler.parse.dates import looks_like_date_line, parse_date_text, parse_iso
from crawler.parse.extract import RawImage, image_of, text_of
from crawler.parse.lines import Line, breadcrumb_parts, classify, is_breadcrumb, is_home
from crawler.parse.metadata import Metadata
from crawler.parse.story import class_tokens, is_unlikely

Element = lxml.html.HtmlElement
Vote = tuple[datetime | None, str]

_ORGANISATION = re.compile(
    r"\b(?:INA|agency|news|newsroom|editorial|staff|desk)\b|واع|وكالة|الأنباء|الانباء|التحرير",
    re.IGNORECASE,
)
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
_NOT_IMAGE = re.compile(
    r"logo|icon|avatar|sprite|emoji|pixel|spacer|blank\.|/ads?/|banner|button|share|social"
    r"|/templates?/|/themes?/|/skins?/|dleimages|clock|calendar|/date\.|/eye\.|/views?\.|/print\."
    r"|/rss\.|/comments?\.",
    re.I,
)
_IMAGE_LINK = (".jpg", ".jpeg", ".png", ".gif", ".webp")
_NOT_SECTION = re.compile(
    r"(?:^|/)(?:tags?|users?|author|authors|profile|print|search|login)(?:/|$)"
)
_AUTHOR_NAMES = {"author", "byline", "vcard", "writer", "reporter"}
_BY = re.compile(r"^(?:by|written by|posted by|بواسطة|بقلم|كتب|كتبت)\s*[:：]?\s*", re.IGNORECASE)


def _guarded(element: Element) -> bool:
    """Whether an element sits in boilerplate: sidebars, comments, related items."""
    return is_unlikely(element) or any(is_unlikely(a) for a in element.iterancestors())


def vote_date(
    meta: Metadata,
    times: Iterable[Element],
    header_lines: Iterable[str],
    selected: Callable[[], Iterable[Element]],
    fetched_at: datetime | None,
    zone: tzinfo,
) -> Vote:
    """The publication time and where it came from (see the module's precedence)."""
    votes: list[tuple[datetime, str, bool]] = []
    if meta.published and (found := parse_iso(meta.published, zone)):
        exact = "T" in meta.published or ":" in meta.published
        votes.append((found, "metadata (JSON-LD datePublished / article:published_time)", exact))
    for element in times:
        value = element.get("datetime") or ""
        found = parse_iso(value, zone) if value else None
        found = found or parse_date_text(text_of(element), fetched_at, zone)
        if found is not None:
            exact = ":" in value or (not value and found.hour + found.minute > 0)
            votes.append((found, "<time> in the article header", exact))
    for line in header_lines:
        if len(line) <= 160 and (found := parse_date_text(line, fetched_at, zone)):
            votes.append((found, f"date line {line[:60]!r}", ":" in line))
    if any(exact for _found, _source, exact in votes):
        return _ranked(votes)  # the selectors come after: no need to run them
    for element in selected():
        if _guarded(element):
            continue
        text = text_of(element)
        found = parse_date_text(text, fetched_at, zone)
        if found is None and element.get("datetime"):
            found = parse_iso(element.get("datetime"), zone)
        if found is not None:
            votes.append((found, "date selector", ":" in text))
    return _ranked(votes)


def _ranked(votes: list[tuple[datetime, str, bool]]) -> Vote:
    """The first vote; a day-only first vote takes the time of a later vote for the same day."""
    if not votes:
        return None, "no date in the metadata, the article header or the story"
    first, source, exact = votes[0]
    if not exact:
        for other, other_source, other_exact in votes[1:]:
            if other_exact and other.date() == first.date():
                return other, f"{source}, time from {other_source}"
    return first, source


def vote_author(
    visible: str | None, zone: Iterable[Element], meta: Metadata
) -> tuple[str | None, str]:
    """The author: a visible byline's person, else the article header's author element
    (``span.author``, ``rel=author``, ``itemprop=author``), else a metadata person; never the
    agency."""
    if visible and not _ORGANISATION.search(visible):
        return visible, "byline"
    for element in zone:
        marked = class_tokens(element) & _AUTHOR_NAMES or element.get("rel") == "author"
        if not marked and element.get("itemprop") != "author":
            continue
        name = _BY.sub("", text_of(element)).strip()
        if name and is_name(name) and not _ORGANISATION.search(name) and not _guarded(element):
            return name, f"author element <{element.tag} class={element.get('class')!r}>"
    for raw in meta.authors:
        name = _plain(raw)
        if name and not _ORGANISATION.search(name) and len(name.split()) <= 5:
            return name, "metadata author (a Person)"
    return None, "no person named in the byline or the metadata"


def _plain(value: str) -> str:
    """Text of a metadata value that may hold markup (``<a href=...>Name</a>``)."""
    if "<" in value and ">" in value:
        try:
            value = lxml.html.fragment_fromstring(value, create_parent="span").text_content()
        except (lxml.etree.ParserError, ValueError):
            value = re.sub(r"<[^>]*>", " ", value)
    return " ".join(value.split())


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
    crumb: str | None,
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
        if not link and not class_tokens(element) & _LABEL_NAMES:
            continue
        text = text_of(element)
        if not _short_label(text, title) or _guarded(element):
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
        if element.tag in ("span", "div", "td", "p", "a") and class_tokens(element) & _LABEL_NAMES:
            if _short_label(text := text_of(element), title) and not _guarded(element):
                return text, "category label in the article"
    if crumb:
        return crumb, "last breadcrumb"
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


def last_breadcrumb(root: Element, title: str | None) -> str | None:
    """The last item of the page's breadcrumb trail that is not home nor the headline."""
    trails = list(_BREADCRUMBS(root))
    trails += [
        e for e in root.iter() if isinstance(e.tag, str) and class_tokens(e) & _BREADCRUMB_NAMES
    ]
    trails += [e for e in root.iter("div", "p", "ol", "ul", "nav", "span") if _home_trail(e)]
    for trail in trails:
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


def find_images(zone: Iterable[Element], meta: Metadata) -> tuple[list[RawImage], str]:
    """The release's pictures from the article zone, else the metadata's; one per URL."""
    found: list[RawImage] = []
    for element in zone:
        if element.tag not in ("img", "amp-img") or _guarded(element):
            continue
        src = element.get("data-src") or element.get("src") or ""
        if _NOT_IMAGE.search(src) or _tiny(element):
            continue
        link = next((a for a in element.iterancestors("a")), None)
        if link is not None and not (link.get("href") or "").lower().split("?")[0].endswith(
            _IMAGE_LINK
        ):
            continue  # a teaser's thumbnail links to another page
        if (image := image_of(element)) is not None:
            found.append(image)
    source = "images in the article"
    if not found:
        found, source = [RawImage(url, None) for url in meta.images], "og:image / JSON-LD image"
    unique: dict[str, RawImage] = {}
    for image in found:
        if image.src not in unique or (image.caption and not unique[image.src].caption):
            unique[image.src] = image
    return list(unique.values()), source if unique else "no image"


_CREDIT_SPLIT = re.compile(r"\s*[|•·()\[\]]\s*|(?<=[.!])\s+")
_CREDIT_START = re.compile(r"(?:^|\s)(?=(?:photos?|pictures?|تصوير|عدسة)\b)", re.IGNORECASE)


def caption_credit(caption: str) -> list[str]:
    """The photographers a picture's caption credits ("... (Photo: X)", "... تصوير/ X/")."""
    pieces = [caption, *_CREDIT_SPLIT.split(caption)]
    pieces += [caption[m.end() :] for m in _CREDIT_START.finditer(caption)]
    for piece in pieces:
        if piece and (names := parse_photo_credit(piece.strip())):
            return names
    return []


def _tiny(element: Element) -> bool:
    for attribute in ("width", "height"):
        value = (element.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < 60:
            return True
    return False
