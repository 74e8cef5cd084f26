"""The postings of a segment being written by :class:`indexer.build_writer.BulkSegmentWriter`.

Whoosh's ``PostingPool`` takes every posting as a 5-tuple and sorts them all at commit. The
table keeps them grouped by field and term as they arrive instead: documents come in docnum
order, so each term's list is already sorted. The bulk of them, the text fields' postings,
are not tuples at all: each field is analysed when the segment is written
(:mod:`indexer.build_texts`), and the table keeps each term's span of the field's arrays.
"""

from __future__ import annotations

from typing import Any

from indexer.analysis import InaText
from indexer.build_texts import Decoded, FieldTokens, TermSpan

Posting = tuple[int, float, Any]  # docnum, weight, encoded value


class PostingTable:
    """The postings of one new segment, by field and term, each term's in docnum order.

    It stands in for Whoosh's ``PostingPool``: merges (``add_reader``) still call :meth:`add`
    per posting; new documents go through :meth:`add_field`.
    """

    def __init__(self) -> None:
        # A term's postings: a list of tuples, or its span of the text field's arrays.
        self.fields: dict[str, dict[bytes, list[Posting] | TermSpan]] = {}
        self.fieldnames: set[str] = set()  # read by Whoosh's multi-process writer
        self._unsorted: set[tuple[str, bytes]] = set()
        self._memo: dict[tuple[str, str], tuple[tuple[bytes, float, Any], ...]] = {}
        self._texts: dict[str, FieldTokens] = {}  # text fields analysed when the segment is written
        self.decoded: dict[tuple[str, bytes], Decoded] = {}  # their common terms' decoded arrays

    def add(self, item: tuple[str, bytes, int, float, Any]) -> None:
        """One posting, as Whoosh's pool receives it (from a merged segment's reader)."""
        fieldname, btext, docnum, weight, value = item
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        postings = terms.get(btext)
        if postings is None:
            terms[btext] = [(docnum, weight, value)]
            return
        if postings[-1][0] > docnum:
            self._unsorted.add((fieldname, btext))
        postings.append((docnum, weight, value))

    def add_field(self, fieldname: str, field: Any, value: Any, docnum: int, boost: float) -> int:
        """Index one field of a new document; returns its length (the sum of its term
        frequencies when the field is scorable, else 0)."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        length = 0
        get = terms.get
        if isinstance(field, InaText) and boost == 1.0 and not field.scorable:
            # The bulk of the postings: analysed a whole segment at once (build_texts).
            texts = self._texts.get(fieldname)
            if texts is None:
                texts = self._texts[fieldname] = FieldTokens(field.format.field_boost)
            texts.add(docnum, value)
            return 0
        if isinstance(field, InaText):  # no 4-tuples, no generator
            field_boost = field.format.field_boost
            for btext, freq, data in field.postings(value):
                posting = (docnum, freq * field_boost * boost, data)
                postings = get(btext)
                if postings is None:
                    terms[btext] = [posting]
                else:
                    postings.append(posting)
                length += freq
            return length if field.scorable else 0
        if not getattr(field, "unique", False) and len(value) < 64:
            # A short value of a facet-like field (language, year, status) repeats across
            # releases: its terms are computed once.
            memo_key = (fieldname, value)
            items = self._memo.get(memo_key)
            if items is None:
                items = tuple(field.index(value))
                if len(self._memo) < 10_000:
                    self._memo[memo_key] = items
        else:
            items = field.index(value)
        for btext, freq, weight, data in items:
            posting = (docnum, weight * boost, data)
            postings = get(btext)
            if postings is None:
                terms[btext] = [posting]
            else:
                postings.append(posting)
            length += freq
        return length if field.scorable else 0

    def finish_texts(self, min_docs: int | None = None) -> None:
        """Add the postings of the text fields kept for the segment-wide analysis (and keep
        the decoded arrays of their terms in at least ``min_docs`` documents)."""
        for fieldname, texts in self._texts.items():
            terms = self.fields.setdefault(fieldname, {})
            self.fieldnames.add(fieldname)
            found, decoded = texts.postings(min_docs)
            for btext, (start, end) in found.spans.items():
                earlier = terms.get(btext)
                if earlier is None:
                    terms[btext] = TermSpan(found, start, end)
                    if btext in decoded:
                        self.decoded[fieldname, btext] = decoded[btext]
                else:  # e.g. a merged segment's postings came first
                    earlier.extend(found.tuples(start, end))
                    self._unsorted.add((fieldname, btext))
        self._texts.clear()

    def sorted_postings(self, fieldname: str, btext: bytes) -> list[Posting]:
        """A term's postings in docnum order, as tuples."""
        postings = self.fields[fieldname][btext]
        if isinstance(postings, TermSpan):
            return postings.texts.tuples(postings.start, postings.end)
        if (fieldname, btext) in self._unsorted:
            postings.sort(key=lambda posting: posting[0])
        return postings

    def iter_postings(self):
        """Every posting as Whoosh's pool yields them (sorted 5-tuples), for Whoosh's writers."""
        self.finish_texts()
        for fieldname in sorted(self.fields):
            for btext in sorted(self.fields[fieldname]):
                for docnum, weight, value in self.sorted_postings(fieldname, btext):
                    yield fieldname, btext, docnum, weight, value

    def cleanup(self) -> None:
        """Drop the postings (nothing on disk)."""
        self.fields.clear()
        self._texts.clear()
        self.decoded.clear()
