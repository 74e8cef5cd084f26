"""Finding a listing's next page by evidence, not by one class name.

Every same-site link on a listing page that leads to another page of the same listing is a
candidate. Evidence for "this is the next page" is collected per candidate, each piece with a
weight: ``rel=next`` (``<link>`` in the head or ``<a>``), a page number in its URL equal to the
current page + 1 (``/page/<n>/``, ``?page=n``, ``&cstart=n``), link text or symbols meaning next
in English or Arabic (``Next``, ``»``, ``›``, ``التالي``, "Load more", "Older posts"), a numbered
pager link (text ``n`` = current + 1), a class containing "next", and the source's
``next_page`` selectors. Text meaning "previous" counts against. A candidate whose page number is
not above the current page, or that belongs to another listing (another section or category,
another site), is never a next page. The current page is the number in the URL, else the pager's
marked item (``aria-current``, ``.current``/``.active``, a number that is not a link), else 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bs4 import BeautifulSoup, Tag
from soupsieve import SelectorSyntaxError

from crawler.urls import normalize

# /page/<n>/ anywhere in the path (DLE: /page/2/, /<category>/page/2/, /lastnews/page/2/).
_PATH_PAGE = re.compile(r"/page/(\d+)/?$")
# Query parameters that carry a page number (DLE's cstart, WordPress's paged, the usual page).
_PAGE_PARAMS = ("cstart", "page", "paged", "pagenum")
_NEXT_WORDS = {
    "next",
    "next page",
    "next »",
    "next ›",
    "next >",
    "next >>",
    "»",
    "›",
    ">",
    ">>",
    "→",
    "older",
    "older posts",
    "older entries",
    "older news",
    "load more",
    "more news",
    "show more",
    "التالي",
    "التالية",
    "الصفحة التالية",
    "التالي »",
    "المزيد",
    "الأقدم",
}
_PREV_WORDS = {"prev", "previous", "«", "‹", "<", "<<", "←", "newer", "السابق", "السابقة"}
_SYMBOLS = "»«›‹<>→←"
_SYMBOL_RUN = re.compile(f"[{_SYMBOLS}]+")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Weights: strong signals alone are enough; a lone weak one (a class name) is not.
_WEIGHTS = {
    "rel=next": 3,
    "selector": 3,
    "url page = current + 1": 3,
    "numbered pager link": 2,
    "text means next": 2,
    "class says next": 1,
    "text means previous": -2,
}
_ENOUGH = 2


@dataclass(frozen=True, slots=True)
class Candidate:
    """A link to a later page of the same listing, with the evidence that it is the next one."""

    url: str
    page: int
    reasons: tuple[str, ...]

    @property
    def score(self) -> int:
        kinds = {r.split(":", 1)[0] for r in self.reasons}
        return sum(_WEIGHTS.get(kind, 0) for kind in kinds)


@dataclass(frozen=True, slots=True)
class PagerResult:
    """The current page number (and why), and the next-page candidates, best first."""

    current: int
    current_why: str
    candidates: tuple[Candidate, ...] = field(default_factory=tuple)

    @property
    def next_url(self) -> str | None:
        """The URL of the next page, or None on the last page (or a page without a pager)."""
        return self.candidates[0].url if self.candidates else None

    def explain(self) -> str:
        lines = [f"current page {self.current} ({self.current_why})"]
        lines += [f"  {c.score:+d} {c.url}: {', '.join(c.reasons)}" for c in self.candidates]
        return "\n".join(lines)


def page_number(url: str) -> int | None:
    """The page number a listing URL carries (``/page/3/``, ``?cstart=3``), else None."""
    parts = urlsplit(url)
    match = _PATH_PAGE.search(parts.path)
    if match:
        return int(match.group(1))
    for key, value in parse_qsl(parts.query):
        if key.lower() in _PAGE_PARAMS and value.isdigit():
            return int(value)
    return None


def listing_base(url: str) -> str:
    """The URL of a listing's first page: the page part (and ``index.php``) removed."""
    parts = urlsplit(url)
    path = _PATH_PAGE.sub("/", parts.path)
    path = re.sub(r"/index\.php$", "/", path)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() not in _PAGE_PARAMS])
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def same_listing(url: str, current_url: str) -> bool:
    """True if ``url`` is a page (any page) of the listing ``current_url`` is a page of."""
    return listing_base(url) == listing_base(current_url)


def find_next_pages(
    soup: BeautifulSoup,
    url: str,
    is_listing: Callable[[str], bool],
    selectors: Iterable[str] = (),
) -> PagerResult:
    """The next page(s) of the listing page ``soup`` fetched from ``url``, with the evidence.

    Args:
        soup: the parsed listing page.
        url: its (final, normalised) URL.
        is_listing: True for a URL the crawl scope accepts as a listing (same site).
        selectors: the source's ``next_page`` CSS selectors: extra evidence, never required.

    Returns:
        The current page and the candidates with enough evidence, best first (empty on the
        last page).
    """
    links = []  # (tag, URL) of every link to another page of this listing
    for tag in soup.find_all(["a", "link"], href=True):
        target = normalize(tag["href"], url)
        if target and target != url and same_listing(target, url) and is_listing(target):
            links.append((tag, target))
    current, current_why = _current_page(soup, url, {page_number(t) or 1 for _, t in links})
    hinted = {id(tag) for css in selectors for tag in _select(soup, css)}
    found: dict[str, list[str]] = {}
    for tag, target in links:
        page = page_number(target) or 1  # no number: the listing's first page
        reasons = found.setdefault(target, [])
        reasons += [r for r in _evidence(tag, page, current, id(tag) in hinted) if r not in reasons]
    candidates = [
        Candidate(target, page_number(target) or 1, tuple(reasons))
        for target, reasons in found.items()
        if (page_number(target) or 1) > current
    ]
    strong = [c for c in candidates if c.score >= _ENOUGH]
    if not strong:  # only higher page numbers: the nearest one is the next page we can reach
        later = sorted((c for c in candidates if c.page), key=lambda c: c.page)
        strong = [Candidate(c.url, c.page, (*c.reasons, "lowest later page")) for c in later[:1]]
    strong.sort(key=lambda c: (-c.score, c.page))
    return PagerResult(current, current_why, tuple(strong))


def _evidence(tag: Tag, page: int, current: int, hinted: bool) -> list[str]:
    reasons = []
    rel = [r.lower() for r in tag.get("rel") or []]
    if "next" in rel:
        reasons.append(f"rel=next: <{tag.name}>")
    if hinted:
        reasons.append("selector: a next_page selector matches")
    if page == current + 1:
        reasons.append(f"url page = current + 1: {page}")
    if tag.name != "a":
        return reasons
    text = _words(tag.get_text(" ", strip=True))
    labels = [_words(tag.get(name) or "") for name in ("aria-label", "title")]
    if text.isdigit() and int(text) == current + 1:
        reasons.append(f"numbered pager link: {text}")
    said = [t for t in (text, *labels) if t]
    said += [_SYMBOL_RUN.sub(" ", t).strip() for t in said]
    if any(t in _NEXT_WORDS for t in said):
        reasons.append(f"text means next: {text or labels}")
    elif any(t in _PREV_WORDS for t in said):
        reasons.append(f"text means previous: {text or labels}")
    classes = " ".join(tag.get("class") or []).lower()
    parent = tag.parent if isinstance(tag.parent, Tag) else None
    parent_classes = " ".join(parent.get("class") or []).lower() if parent is not None else ""
    if "next" in classes or re.search(r"\bnext\b", parent_classes):
        reasons.append("class says next")
    return reasons


def _current_page(soup: BeautifulSoup, url: str, linked: set[int]) -> tuple[int, str]:
    """The current page: the URL's number, else a marked pager item next to a linked page
    number (so an "active" year in a menu is not taken for a page), else 1."""
    number = page_number(url)
    if number is not None:
        return number, "number in the URL"

    def fits(value: int | None) -> bool:
        return bool(value) and (value - 1 in linked or value + 1 in linked)

    for css, why in (("[aria-current]", "aria-current item"), (".current, .active", "marked")):
        for tag in soup.select(css):
            value = _number(tag.get_text(" ", strip=True))
            if fits(value):
                return value, why
    for anchor in soup.find_all("a", href=True):  # a numbered pager: the number that is no link
        if _number(anchor.get_text(" ", strip=True)) is None:
            continue
        for box in list(anchor.parents)[:3]:
            for text in box.find_all(string=True):
                value = _number(text)
                if fits(value) and text.find_parent("a") is None:
                    return value, "number in the pager that is not a link"
    return 1, "first page (no number in the URL or the pager)"


def _words(text: str) -> str:
    """Lower-case text with spacing collapsed and symbols spaced apart ("Next»" -> "next »")."""
    text = text.translate(_ARABIC_DIGITS).lower()
    text = re.sub(f"([{_SYMBOLS}]+)", r" \1 ", text)
    return " ".join(text.split())


def _number(text: str) -> int | None:
    text = _words(text)
    return int(text) if text.isdigit() else None


def _select(soup: BeautifulSoup, css: str) -> list[Tag]:
    try:
        return soup.select(css)
    except (
        ValueError,
        NotImplementedError,
        SelectorSyntaxError,
    ):  # a bad selector in the source file is no evidence
        return []
