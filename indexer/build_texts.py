"""A new segment's text fields analysed all at once, with numpy, instead of a document at a time.

Indexing a text field one document at a time costs a Python loop per token (grouping positions
by term) and a Python tuple per posting. Here each document only has its tokens mapped to term
numbers as it is added (one C-level ``map`` over a per-segment cache); when the segment is
written, a stable sort of every token of the field by term number puts each term's tokens in
document and position order, and the postings (document, weight, encoded positions) come out of
whole-array operations. The values are byte for byte those of :meth:`InaText.postings`: a term
seen once is the precomputed ``Positions`` value, any other is encoded as Whoosh encodes it.
"""

from __future__ import annotations

from array import array
from pickle import dumps
from typing import Any

import numpy as np
from whoosh.system import pack_uint

from indexer.analysis import _ONE_LIMIT, _ONE_POSITION, exact_term, tokens

Posting = tuple[int, float, Any]


class FieldTokens:
    """The tokens of one text field across a segment's documents, as term numbers."""

    def __init__(self, field_boost: float) -> None:
        self.field_boost = field_boost
        self.docnums: list[int] = []
        self.counts: list[int] = []
        self.ids = array("q")
        self.words: dict[str, int] = {}  # token → term number (this segment's)
        self.terms: list[bytes] = []  # term number → UTF-8 exact-form term
        self.numbers: dict[bytes, int] = {}  # UTF-8 term → term number

    def add(self, docnum: int, value: str) -> None:
        """One document's value of the field (its tokens, mapped to term numbers)."""
        words = tokens(value)
        ids = list(map(self.words.get, words))
        if None in ids:
            ids = [self._number(word) for word in words]
        self.docnums.append(docnum)
        self.counts.append(len(ids))
        self.ids.extend(ids)

    def _number(self, word: str) -> int:
        number = self.words.get(word)
        if number is None:
            term = exact_term(word).encode("utf-8")
            number = self.numbers.get(term)
            if number is None:
                number = self.numbers[term] = len(self.terms)
                self.terms.append(term)
            self.words[word] = number
        return number

    def postings(self) -> dict[bytes, list[Posting]]:
        """Every term's postings, in document order, as ``PostingTable.add_field`` makes them."""
        total = len(self.ids)
        if total == 0:
            return {}
        ids = np.frombuffer(self.ids, dtype=np.int64)
        counts = np.array(self.counts, dtype=np.int64)
        docs = np.repeat(np.array(self.docnums, dtype=np.int64), counts)
        firsts = np.repeat(np.cumsum(counts) - counts, counts)
        positions = np.arange(total, dtype=np.int64) - firsts
        # Tokens are in document and position order already: a stable sort by term keeps it.
        order = np.argsort(ids, kind="stable")
        ids, docs, positions = ids[order], docs[order], positions[order]
        starts_new = np.empty(total, dtype=bool)
        starts_new[0] = True
        np.not_equal(ids[1:], ids[:-1], out=starts_new[1:])
        new_term = starts_new.copy()
        starts_new[1:] |= docs[1:] != docs[:-1]
        starts = np.flatnonzero(starts_new)  # each posting's first token
        freqs = np.diff(np.append(starts, total))
        # Positions' encoding: the first position, then the gaps.
        gaps = positions.copy()
        gaps[1:] -= positions[:-1]
        gaps[starts] = positions[starts]
        first = positions[starts]
        simple = (freqs == 1) & (first < _ONE_LIMIT)
        values = list(map(_ONE_POSITION.__getitem__, np.where(simple, first, 0).tolist()))
        gap_list = gaps.tolist()
        others = np.flatnonzero(~simple)
        for index, start, freq in zip(
            others.tolist(), starts[others].tolist(), freqs[others].tolist(), strict=True
        ):
            values[index] = pack_uint(freq) + dumps(gap_list[start : start + freq], 2)
        weights = (freqs.astype(np.float64) * self.field_boost).tolist()
        postings = list(zip(docs[starts].tolist(), weights, values, strict=True))
        term_starts = np.flatnonzero(new_term[starts]).tolist()
        term_ids = ids[starts[term_starts]].tolist()
        ends = [*term_starts[1:], len(postings)]
        terms = self.terms
        return {
            terms[number]: postings[start:end]
            for number, start, end in zip(term_ids, term_starts, ends, strict=True)
        }
