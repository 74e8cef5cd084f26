"""What a query costs to read, and the commonest words left out when it costs too much.

Reading a word's postings the first time is what a query spends its time on: Whoosh's blocks
decode at a few microseconds a posting, so a word in most of 100,000 releases costs ~100 ms or
more before anything else happens. The cost of a query is therefore counted in postings: each
plain word's document frequencies summed over the fields and stem forms it is searched in, and
each phrase's words (weighed :data:`PHRASE_FACTOR` times, for their positions). When the sum is
over the budget, whole words (or phrases) are left out, the commonest first (they narrow the
results least and weigh least in the ranking), until it fits; the rarest always stays, and the
notice names what was left out. A phrase that alone is over the budget is searched as its words
in any order (no positions read), the rarest of them that fit. Wildcards, fuzzy words and ranges are capped where they are
expanded (:mod:`indexer.resolve`), within what the plain words leave of the same budget.

The budget is in postings read from Whoosh's blocks. A segment's decoded-postings file
(:mod:`indexer.decoded`) holds every word in at least ``MIN_DOCS`` of its documents, read as
numpy views ~20x faster (measured at 100,000 releases: 22 vs 482 ns a posting for scoring, 131
vs 2,366 with positions), so a :class:`Pricing` counts the postings beyond what the blocks can
hold of a word at :data:`DECODED_SHARE` of a block posting (the rest of a search, BM25, unions
and facets, also grows with them: hence not 1/20). A phrase's decoded postings count
:data:`DECODED_PHRASE_SHARE` (times :data:`PHRASE_FACTOR`): reading their positions is fast, but
intersecting them is not, and a phrase of common words measured ~0.8 us a posting in all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from math import ceil

from whoosh import query as wq

from indexer import analysis
from indexer.decoded import MIN_DOCS
from indexer.query import StemTerm
from indexer.schema import KEYWORD_FIELDS, TEXT_FIELDS

PHRASE_FACTOR = 4  # a phrase decodes whole blocks (positions): ~4x a scoring read
DECODED_SHARE = 1 / 8  # what a posting read from a decoded file counts, in block postings
DECODED_PHRASE_SHARE = 1 / 2  # the same for a phrase's word (times PHRASE_FACTOR)


@dataclass(frozen=True)
class Pricing:
    """A word's reading cost, in block postings, from the releases holding it.

    ``block_cap`` bounds how many of any word's postings are read from Whoosh's blocks (a word
    under ``MIN_DOCS`` in every segment with a decoded file, plus all of the segments without
    one); the rest are decoded. ``None``: every posting is read from the blocks.
    """

    block_cap: int | None = None

    def __call__(self, releases: int, share: float | None = None) -> int:
        if self.block_cap is None or releases <= self.block_cap:
            return releases
        return self.block_cap + ceil((releases - self.block_cap) * (share or DECODED_SHARE))

    def positions(self, releases: int) -> int:
        """The cost of reading and matching a phrase word's positions."""
        return PHRASE_FACTOR * self(releases, DECODED_PHRASE_SHARE)

    @classmethod
    def of(cls, decoded_segments: list | None, doc_counts: list[int]) -> Pricing:
        """The pricing of a reader whose segments (in leaf order) hold ``doc_counts`` documents
        and have these decoded-postings files (None where a segment has none)."""
        if not decoded_segments or all(seg is None for seg in decoded_segments):
            return cls(None)
        return cls(
            sum(
                MIN_DOCS - 1 if seg is not None else count
                for seg, count in zip(decoded_segments, doc_counts, strict=True)
            )
        )


@dataclass
class Unit:
    """One word or phrase of the query, with every leaf that searches it (one per field)."""

    label: str
    cost: int = 0
    leaves: list[wq.Query] = field(default_factory=list)


def units(
    q: wq.Query, frequency: Callable[[str, str], int], stems, pricing: Pricing | None = None
) -> list[Unit]:
    """The words and phrases of a parsed query with their reading cost, in query order.

    Args:
        q: Whoosh's parse of the query (StemTerm and Phrase leaves).
        frequency: (field, indexed word) → releases holding it.
        stems: the snapshot's stem map (a word is read in every indexed form of its stem).
        pricing: the reader's :class:`Pricing` (default: every posting from the blocks).
    """
    pricing = pricing or Pricing()
    found: dict[tuple, Unit] = {}
    for leaf in _leaves(q):
        if isinstance(leaf, StemTerm):
            key: tuple = ("word", analysis.exact_term(leaf.text))
            label = leaf.text
            cost = _word_cost(leaf, lambda f, t: pricing(frequency(f, t)), stems)
        else:
            words = tuple(analysis.exact_term(w) for w in leaf.words)
            key = ("phrase", words)
            label = '"' + " ".join(leaf.words) + '"'
            cost = sum(pricing.positions(frequency(leaf.fieldname, w)) for w in set(words))
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
    q: wq.Query,
    budget: int,
    frequency: Callable[[str, str], int],
    stems,
    pricing: Pricing | None = None,
) -> tuple[wq.Query, int, list[str], list[str]]:
    """The query with its commonest words or phrases left out until it reads at most ``budget``.

    Returns:
        (the query, the postings it reads, the labels of what was left out (commonest first),
        the labels of phrases searched as words in any order).
    """
    pricing = pricing or Pricing()
    found = units(q, frequency, stems, pricing)
    total = sum(u.cost for u in found)
    dropped: list[Unit] = []
    for unit in sorted(found, key=lambda u: u.cost, reverse=True):
        if total <= budget or len(dropped) == len(found) - 1:
            break
        dropped.append(unit)
        total -= unit.cost
    replace: dict[int, wq.Query] = {id(leaf): wq.NullQuery for u in dropped for leaf in u.leaves}
    loosened = []
    for unit in found:
        if unit not in dropped and unit.label.startswith('"') and unit.cost > budget:
            loosened.append(unit.label)
            total -= unit.cost
            for leaf in unit.leaves:
                replace[id(leaf)], spent = _words_of(leaf, budget, frequency, pricing)
                total += spent
    if not replace:
        return q, total, [], []
    return _replaced(q, replace), total, [u.label for u in dropped], loosened


def _words_of(
    phrase: wq.Phrase, budget: int, frequency: Callable[[str, str], int], pricing: Pricing
):
    """A phrase's rarest words that fit in the budget, in any order: (query, postings read)."""
    counts = sorted(
        (pricing(frequency(phrase.fieldname, w)), w)
        for w in {analysis.exact_term(w) for w in phrase.words}
    )
    kept: list[str] = []
    spent = 0
    for count, word in counts:
        if kept and spent + count > budget:
            break
        kept.append(word)
        spent += count
    terms = [wq.Term(phrase.fieldname, w, boost=phrase.boost) for w in kept]
    return (terms[0] if len(terms) == 1 else wq.And(terms)), spent


def _replaced(q: wq.Query, replace: dict[int, wq.Query]) -> wq.Query:
    """The query with some leaves (by identity) replaced."""
    if id(q) in replace:
        return replace[id(q)]
    if q.is_leaf():
        return q
    return q.apply(lambda child: _replaced(child, replace)).normalize()


def notice(labels: list[str]) -> str:
    """The sentence naming what was left out."""
    named = ", ".join(labels[:5]) + (f" and {len(labels) - 5} more" if len(labels) > 5 else "")
    return (
        "Your query would read too many releases to answer quickly, so its commonest "
        f"{'terms were' if len(labels) > 1 else 'term was'} left out: {named}. "
        "Rarer words or a phrase narrow the search."
    )


def loosened_notice(label: str) -> str:
    """The sentence naming a phrase searched as words."""
    return (
        f"The phrase {label} is made of words too common to check their order quickly; its "
        "rarest words were searched in any order."
    )
