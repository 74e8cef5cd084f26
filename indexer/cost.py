"""What a query costs to read, and the commonest words left out when it costs too much.

Reading a word's postings the first time is what a query spends its time on: Whoosh's blocks
decode at a few microseconds a posting, so a word in most of 100,000 releases costs ~100 ms or
more before anything else happens. The cost of a query is therefore counted in postings: each
plain word's document frequencies summed over the fields and stem forms it is searched in, and
each phrase's words (weighed :data:`PHRASE_FACTOR` times, for their positions). When the sum is
over the budget, whole words (or phrases) are left out, the commonest first (they narrow the
results least and weigh least in the ranking), until it fits; the rarest always stays, and the
notice names what was left out. Wildcards, fuzzy words and ranges are capped where they are
expanded (:mod:`indexer.resolve`), within what the plain words leave of the same budget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from whoosh import query as wq

from indexer import analysis
from indexer.query import StemTerm
from indexer.schema import KEYWORD_FIELDS, TEXT_FIELDS

PHRASE_FACTOR = 2  # a phrase also decodes its words' positions


@dataclass
class Unit:
    """One word or phrase of the query, with every leaf that searches it (one per field)."""

    label: str
    cost: int = 0
    leaves: list[wq.Query] = field(default_factory=list)


def units(q: wq.Query, frequency: Callable[[str, str], int], stems) -> list[Unit]:
    """The words and phrases of a parsed query with their reading cost, in query order.

    Args:
        q: Whoosh's parse of the query (StemTerm and Phrase leaves).
        frequency: (field, indexed word) → releases holding it.
        stems: the snapshot's stem map (a word is read in every indexed form of its stem).
    """
    found: dict[tuple, Unit] = {}
    for leaf in _leaves(q):
        if isinstance(leaf, StemTerm):
            key: tuple = ("word", analysis.exact_term(leaf.text))
            label = leaf.text
            cost = _word_cost(leaf, frequency, stems)
        else:
            words = tuple(analysis.exact_term(w) for w in leaf.words)
            key = ("phrase", words)
            label = '"' + " ".join(leaf.words) + '"'
            cost = PHRASE_FACTOR * sum(frequency(leaf.fieldname, w) for w in set(words))
        unit = found.setdefault(key, Unit(label))
        unit.cost += cost
        unit.leaves.append(leaf)
    return list(found.values())


def _leaves(q: wq.Query):
    """The StemTerm and Phrase leaves of a query tree."""
    if isinstance(q, StemTerm | wq.Phrase):
        yield q
    elif not q.is_leaf():
        for child in q.children():
            yield from _leaves(child)


def _word_cost(leaf: StemTerm, frequency: Callable[[str, str], int], stems) -> int:
    """Postings read for one plain word in one field (0 for a stop word, which is dropped)."""
    if leaf.fieldname in KEYWORD_FIELDS:
        return frequency(leaf.fieldname, leaf.text.lower())
    if leaf.fieldname not in TEXT_FIELDS:
        return frequency(leaf.fieldname, leaf.text)
    if stems.is_stop_word(leaf.text):
        return 0
    return sum(frequency(leaf.fieldname, form) for form in stems.forms(leaf.text))


def within(
    q: wq.Query, budget: int, frequency: Callable[[str, str], int], stems
) -> tuple[wq.Query, int, list[str]]:
    """The query with its commonest words or phrases left out until it reads at most ``budget``.

    Returns:
        (the query, the postings it reads, the labels of what was left out, commonest first).
    """
    found = units(q, frequency, stems)
    total = sum(u.cost for u in found)
    dropped: list[Unit] = []
    for unit in sorted(found, key=lambda u: u.cost, reverse=True):
        if total <= budget or len(dropped) == len(found) - 1:
            break
        dropped.append(unit)
        total -= unit.cost
    if not dropped:
        return q, total, []
    gone = {id(leaf) for unit in dropped for leaf in unit.leaves}
    return _without(q, gone), total, [u.label for u in dropped]


def _without(q: wq.Query, gone: set[int]) -> wq.Query:
    """The query with the given leaves replaced by nothing."""
    if id(q) in gone:
        return wq.NullQuery
    if q.is_leaf():
        return q
    return q.apply(lambda child: _without(child, gone)).normalize()


def notice(labels: list[str]) -> str:
    """The sentence naming what was left out."""
    named = ", ".join(labels[:5]) + (f" and {len(labels) - 5} more" if len(labels) > 5 else "")
    return (
        "Your query would read too many releases to answer quickly, so its commonest "
        f"{'terms were' if len(labels) > 1 else 'term was'} left out: {named}. "
        "Rarer words or a phrase narrow the search."
    )
