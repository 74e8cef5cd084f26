"""Fast CSS selection over one soup: an index of the tree built in one pass, plus soupsieve matching.

soupsieve's ``select`` tests every element against the selector. Here the rightmost compound of a
selector (its class, id or tag) picks a few candidates from the index, and soupsieve's ``match``
checks only those, so the result is exactly soupsieve's, in document order, at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import soupsieve
from bs4 import BeautifulSoup, Tag

_LAST_COMPOUND = re.compile(r"(?:^|[\s>+~])([^\s>+~]+)\s*$")
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_CLASS = re.compile(r"\.([\w-]+)")
_ID = re.compile(r"#([\w-]+)")
_TAG = re.compile(r"^([a-zA-Z][\w-]*)")


class TreeIndex:
    """Every element of a soup, by tag name, by class and by id, in document order."""

    __slots__ = ("by_tag", "by_class", "by_id", "all")

    def __init__(self, soup: BeautifulSoup | Tag) -> None:
        self.by_tag: defaultdict[str, list[Tag]] = defaultdict(list)
        self.by_class: defaultdict[str, list[Tag]] = defaultdict(list)
        self.by_id: defaultdict[str, list[Tag]] = defaultdict(list)
        self.all: list[Tag] = []
        for element in soup.descendants:
            if type(element) is not Tag:
                continue
            self.all.append(element)
            self.by_tag[element.name].append(element)
            attrs = element.attrs
            if "class" in attrs:
                classes = attrs["class"]
                for name in classes if isinstance(classes, list) else str(classes).split():
                    self.by_class[name].append(element)
            if "id" in attrs:
                self.by_id[str(attrs["id"])].append(element)


_SIMPLE_COMPOUND = re.compile(
    r"^(?P<tag>[a-zA-Z][\w-]*|\*)?(?P<rest>(?:\.[\w-]+|#[\w-]+|\[[\w-]+(?:=(?:'[^']*'|\"[^\"]*\"|[\w-]+))?\])*)"
    r"(?::(?P<pseudo>last-of-type|first-of-type|first-child|last-child))?$"
)
_ATTR = re.compile(r"\[([\w-]+)(?:=(?:'([^']*)'|\"([^\"]*)\"|([\w-]+)))?\]")


@dataclass(frozen=True, slots=True)
class Compound:
    """One simple compound selector: ``tag.class#id[attr='v']:last-of-type``."""

    tag: str | None
    classes: frozenset[str]
    id: str | None
    attrs: tuple[tuple[str, str | None], ...]
    pseudo: str | None

    def matches(self, element: Tag) -> bool:
        """Whether the element itself satisfies this compound."""
        if self.tag is not None and element.name != self.tag:
            return False
        attrs = element.attrs
        if self.classes:
            classes = attrs.get("class")
            if not classes or not self.classes.issubset(
                classes if isinstance(classes, list) else str(classes).split()
            ):
                return False
        if self.id is not None and attrs.get("id") != self.id:
            return False
        for name, expected in self.attrs:
            value = attrs.get(name)
            if value is None:
                return False
            if expected is not None:
                if isinstance(value, list):
                    value = " ".join(value)
                if value != expected:
                    return False
        if self.pseudo is not None:
            return _pseudo(element, self.pseudo)
        return True


def _pseudo(element: Tag, pseudo: str) -> bool:
    """The structural pseudo-classes the simple matcher supports."""
    siblings = element.next_siblings if pseudo.startswith("last") else element.previous_siblings
    same_type = pseudo.endswith("of-type")
    for sibling in siblings:
        if type(sibling) is Tag and (not same_type or sibling.name == element.name):
            return False
    return True


def _parse_simple(css: str) -> tuple[tuple[Compound, ...], tuple[str, ...]] | None:
    """A descendant/child chain of simple compounds, rightmost first, or None if not that simple."""
    tokens = re.sub(r"\s*>\s*", " > ", css.strip()).split()
    compounds: list[Compound] = []
    combinators: list[str] = []
    pending = " "
    for token in tokens:
        if token == ">":
            pending = ">"
            continue
        match = _SIMPLE_COMPOUND.match(token)
        if match is None or not token:
            return None
        rest = match.group("rest") or ""
        attrs = tuple(
            (m.group(1).lower(), next((g for g in m.groups()[1:] if g is not None), None))
            for m in _ATTR.finditer(rest)
        )
        tag = match.group("tag")
        compounds.append(
            Compound(
                tag=None if tag in (None, "*") else tag.lower(),
                classes=frozenset(_CLASS.findall(_ATTR.sub("", rest))),
                id=next(iter(_ID.findall(_ATTR.sub("", rest))), None),
                attrs=attrs,
                pseudo=match.group("pseudo"),
            )
        )
        if len(compounds) > 1:
            combinators.append(pending)
        pending = " "
    if not compounds or pending == ">":
        return None
    return tuple(reversed(compounds)), tuple(reversed(combinators))


@dataclass(frozen=True, slots=True)
class FastSelector:
    """A compiled CSS selector with the index key of its rightmost compound.

    Simple chains (tags, classes, ids, attributes, descendant and child combinators, a few
    structural pseudo-classes) are matched here; anything else by soupsieve.
    """

    css: str
    compiled: soupsieve.SoupSieve
    kind: str  # "class", "id", "tag" or "all"
    key: str
    chain: tuple[Compound, ...] | None = None  # rightmost first
    combinators: tuple[str, ...] = ()

    def _candidates(self, index: TreeIndex) -> list[Tag]:
        """Elements that could match: those carrying the rightmost compound's key."""
        if self.kind == "class":
            return index.by_class.get(self.key, [])
        if self.kind == "id":
            return index.by_id.get(self.key, [])
        if self.kind == "tag":
            return index.by_tag.get(self.key, [])
        return index.all

    def match(self, element: Tag) -> bool:
        """Whether the element matches the whole selector."""
        if self.chain is None:
            return self.compiled.match(element)
        return self._match_from(element, 0)

    def _match_from(self, element: Tag, position: int) -> bool:
        """Match compound ``position`` on the element and the rest of the chain on its ancestors."""
        if not self.chain[position].matches(element):
            return False
        if position + 1 == len(self.chain):
            return True
        parent = element.parent
        if self.combinators[position] == ">":
            return isinstance(parent, Tag) and self._match_from(parent, position + 1)
        while isinstance(parent, Tag):
            if self._match_from(parent, position + 1):
                return True
            parent = parent.parent
        return False

    def select(self, index: TreeIndex, limit: int = 0) -> list[Tag]:
        """Matching elements in document order (at most ``limit`` when it is above 0)."""
        found = []
        match = self.match
        for element in self._candidates(index):
            if match(element):
                found.append(element)
                if len(found) == limit:
                    break
        return found

    def select_one(self, index: TreeIndex) -> Tag | None:
        """The first matching element, or None."""
        found = self.select(index, limit=1)
        return found[0] if found else None


def compile_fast(css: str) -> FastSelector:
    """Compile a selector and find its index key (a selector list falls back to all elements).

    Raises:
        soupsieve.SelectorSyntaxError: the selector is not valid CSS.
    """
    compiled = soupsieve.compile(css)
    if "," in _BRACKETS.sub("", css):
        return FastSelector(css, compiled, "all", "")
    simple = _parse_simple(css)
    chain, combinators = simple if simple else (None, ())
    match = _LAST_COMPOUND.search(_BRACKETS.sub("", css).strip())
    compound = match.group(1) if match else ""
    if m := _CLASS.search(compound):
        return FastSelector(css, compiled, "class", m.group(1), chain, combinators)
    if m := _ID.search(compound):
        return FastSelector(css, compiled, "id", m.group(1), chain, combinators)
    if m := _TAG.match(compound):
        return FastSelector(css, compiled, "tag", m.group(1).lower(), chain, combinators)
    return FastSelector(css, compiled, "all", "", chain, combinators)
