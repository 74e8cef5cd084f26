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

from pickle import dumps
from typing import Any

import numpy as np
from whoosh.system import pack_uint

from indexer.analysis import (
    SINGLE_POSITION_LIMIT,
    SINGLE_POSITION_VALUES,
    exact_term,
    tokens_read_only,
)
from indexer.postings import SHIFT

Posting = tuple[int, float, Any]
Decoded = tuple[np.ndarray, np.ndarray, np.ndarray]  # docnums, 32-bit weights, position keys


class FieldTokens:
    """The tokens of one text field across a segment's documents, as term numbers."""

    def __init__(self, field_boost: float) -> None:
        self.field_boost = field_boost
        self.docnums: list[int] = []
        self.counts: list[int] = []
        # A list, not an array('q'): extending it by dict.__getitem__ stops at a word new to the
        # segment with the words before it kept, and it is converted once per segment.
        self.ids: list[int] = []
        self.words: dict[str, int] = {}  # token → term number (this segment's)
        self.terms: list[bytes] = []  # term number → UTF-8 exact-form term
        self.numbers: dict[bytes, int] = {}  # UTF-8 term → term number

    def add(self, docnum: int, value: str) -> None:
        """One document's value of the field (its tokens, mapped to term numbers)."""
        words = tokens_read_only(value)  # a body's, counted by to_document just before
        ids = self.ids
        size = len(ids)
        try:
            ids.extend(map(self.words.__getitem__, words))
        except KeyError:  # a word new to this segment: the rest word by word
            self._add_from(words, size)
        self.docnums.append(docnum)
        self.counts.append(len(ids) - size)

    def _add_from(self, words: list[str], size: int) -> None:
        """The rest of a document's words, from the first one not yet numbered (one pass:
        going back to the C-level map after each new word would skip the words before it
        again, quadratic in a document of many new words)."""
        number = self._number
        self.ids.extend([number(word) for word in words[len(self.ids) - size :]])

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

    def postings(self, min_docs: int | None = None) -> tuple[TextPostings, dict[bytes, Decoded]]:
        """Every term's postings, in document order, as arrays; and the decoded-postings arrays
        (:mod:`indexer.decoded_write`) of every term in at least ``min_docs`` documents (none
        when None), from the arrays at hand."""
        total = len(self.ids)
        if total == 0:
            return TextPostings(_NO_INTS, np.zeros(0), [], {}), {}
        ids = np.fromiter(self.ids, dtype=np.int64, count=total)
        counts = np.array(self.counts, dtype=np.int64)
        docs = np.repeat(np.array(self.docnums, dtype=np.int64), counts)
        firsts = np.repeat(np.cumsum(counts) - counts, counts)
        positions = np.arange(total, dtype=np.int64) - firsts
        # Tokens are in document and position order already: a stable sort by term keeps it.
        # numpy sorts 16-bit keys stably by radix (3-4x quicker than 64-bit ones), same order.
        keys = ids.astype(np.uint16) if len(self.terms) <= 1 << 16 else ids
        order = np.argsort(keys, kind="stable")
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
        simple = (freqs == 1) & (first < SINGLE_POSITION_LIMIT)
        values = list(map(SINGLE_POSITION_VALUES.__getitem__, np.where(simple, first, 0).tolist()))
        others = np.flatnonzero(~simple)
        for index, value in zip(
            others.tolist(), positions_values(freqs[others], starts[others], gaps), strict=True
        ):
            values[index] = value
        weights = freqs.astype(np.float64) * self.field_boost
        term_starts = np.flatnonzero(new_term[starts]).tolist()
        term_ids = ids[starts[term_starts]].tolist()
        ends = [*term_starts[1:], len(values)]
        terms = self.terms
        spans = {
            terms[number]: (start, end)
            for number, start, end in zip(term_ids, term_starts, ends, strict=True)
        }
        found = TextPostings(docs[starts], weights, values, spans)
        decoded: dict[bytes, Decoded] = {}
        if min_docs is not None:
            posting_docs = docs[starts]
            posting_weights = (freqs * self.field_boost).astype(np.float32)
            keys = (docs << SHIFT) | positions
            token_ends = [*starts[term_starts[1:]].tolist(), total]
            for number, start, end, token_end in zip(
                term_ids, term_starts, ends, token_ends, strict=True
            ):
                if end - start >= min_docs:
                    first_token = int(starts[start])
                    decoded[terms[number]] = (
                        posting_docs[start:end],
                        posting_weights[start:end],
                        keys[first_token:token_end],
                    )
        return found, decoded


class TextPostings:
    """A text field's postings in a new segment, as arrays, term after term (each term's in
    document order): what the block writer (:mod:`indexer.writer_blocks`) reads directly."""

    __slots__ = ("docs", "weights", "values", "spans")

    def __init__(
        self,
        docs: np.ndarray,
        weights: np.ndarray,
        values: list[bytes],
        spans: dict[bytes, tuple[int, int]],
    ) -> None:
        self.docs = docs  # each posting's docnum (int64)
        self.weights = weights  # each posting's weight as given: frequency times boost (float64)
        self.values = values  # each posting's encoded positions
        self.spans = spans  # term → its postings' (start, end)

    def tuples(self, start: int, end: int) -> list[Posting]:
        """Postings ``start:end`` as (docnum, weight, value) tuples, as Whoosh's pool has them."""
        docs = self.docs[start:end].tolist()
        return list(
            zip(docs, self.weights[start:end].tolist(), self.values[start:end], strict=True)
        )


class TermSpan:
    """One term's postings in a :class:`TextPostings`: what a posting table keeps for the term
    instead of a list of tuples."""

    __slots__ = ("texts", "start", "end")

    def __init__(self, texts: TextPostings, start: int, end: int) -> None:
        self.texts, self.start, self.end = texts, start, end

    def __len__(self) -> int:
        return self.end - self.start


_NO_INTS = np.zeros(0, dtype=np.int64)
_LIST_START = b"\x80\x02]q\x00"  # PROTO 2, EMPTY_LIST, BINPUT 0: pickle.dumps(list, 2)
_BATCH = 1000  # the pickler's APPENDS batch: longer lists are left to pickle.dumps


def positions_values(freqs: np.ndarray, starts: np.ndarray, gaps: np.ndarray) -> list[bytes]:
    """``pack_uint(freq) + pickle.dumps(gaps[start:start + freq], 2)`` of many postings, the
    common ones (gaps below 65,536, at most 1,000 positions) assembled in one numpy buffer:
    the count, the list's opening, ``(`` when several, ``K``/``M`` and the gap's bytes each,
    ``e`` (or ``a`` for one) and the pickle's stop."""
    count = freqs.size
    if count == 0:
        return []
    firsts = np.cumsum(freqs) - freqs  # each posting's first token among these postings'
    tokens_of = np.repeat(starts - firsts, freqs) + np.arange(int(freqs.sum()))
    found = gaps[tokens_of]
    sizes = np.where(found < 256, 2, 3)
    fits = (freqs <= _BATCH) & (np.maximum.reduceat(found, firsts) < 65536)
    several = (freqs > 1).astype(np.int64)
    lengths = 4 + len(_LIST_START) + several + np.add.reduceat(sizes, firsts) + 2
    offsets = np.cumsum(lengths) - lengths
    out = np.zeros(int(lengths.sum()), dtype=np.uint8)
    for shift, at in ((24, 0), (16, 1), (8, 2), (0, 3)):
        out[offsets + at] = (freqs >> shift) & 255
    for at, byte in enumerate(_LIST_START, 4):
        out[offsets + at] = byte
    out[(offsets + 9)[several == 1]] = ord("(")
    item_offsets = np.cumsum(sizes) - sizes
    at = np.repeat(offsets + 9 + several - item_offsets[firsts], freqs) + item_offsets
    wide = found >= 256
    out[at] = np.where(wide, ord("M"), ord("K"))
    out[at + 1] = found & 255
    out[(at + 2)[wide]] = (found[wide] >> 8) & 255
    ends = offsets + lengths
    out[ends - 2] = np.where(several == 1, ord("e"), ord("a"))
    out[ends - 1] = ord(".")
    blob = out.tobytes()
    values = [blob[a:b] for a, b in zip(offsets.tolist(), ends.tolist(), strict=True)]
    if not fits.all():
        gap_list = gaps.tolist()
        for index in np.flatnonzero(~fits).tolist():
            start, freq = int(starts[index]), int(freqs[index])
            values[index] = pack_uint(freq) + dumps(gap_list[start : start + freq], 2)
    return values
