"""A parsed query made ready for the evaluator: fields given their meaning, expansions capped.

Run on Whoosh's parse (see :mod:`indexer.query`) with an open snapshot:

- name fields (author, photographer, translator) match the exact normalised form of a word,
  never its stem; keyword fields (language, year, status, key) ignore case;
- ``word*`` matches indexed words starting with the normalised prefix, Arabic words also after
  the clitics the analyzer strips from plain words (و ال وال بال كال فال لل); ``word~1``/``~2``
  matches words within that many edits; ``[a TO b]``/``{a TO b}`` the words in the range. Each
  expansion keeps at most :data:`MAX_EXPANSION` words (the most common, found in the field's
  sorted vocabulary), and a query at most :data:`MAX_TERMS` in all;
- a query reads at most :data:`MAX_POSTINGS` postings: its plain words and phrases first (the
  commonest left out beyond that, :mod:`indexer.cost`), its expansions within what is left; a
  posting from a decoded-postings file counts :data:`indexer.cost.DECODED_SHARE` of one;
- ``date:{a TO b}`` excludes its ends, which Whoosh's date field ignores.

Anything cut or not supported adds a note naming it.
"""

from __future__ import annotations

import heapq

from whoosh import query as wq
from whoosh.util.times import datetime_to_long

from indexer import analysis, arabic, cost
from indexer.names import name_forms
from indexer.query import StemTerm
from indexer.schema import KEYWORD_FIELDS, NAME_FIELDS, TEXT_FIELDS
from indexer.vocab import near, vocabulary

MAX_EXPANSION = 50  # words one wildcard, fuzzy term or range expands to, per field
MAX_TERMS = 200  # expanded words in a whole query
# Postings one query reads: its plain words and phrases first (the commonest left out beyond
# it, see indexer.cost), then its expansions in what is left (each keeps its commonest word).
MAX_POSTINGS = 120_000
MAX_FUZZY_CHARS = 30  # longer words are searched as they are
_CLITICS = ("", *arabic._PREFIXES)


class Resolver:
    """Resolve one query against one snapshot; collects notes for the notice."""

    def __init__(self, snap, date_ranges: list[tuple[bool, bool, str, str]] | None = None) -> None:
        self.snap = snap
        self.reader = snap.reader
        self.notes: list[str] = []
        self.budget = MAX_TERMS
        self.postings = MAX_POSTINGS
        self._dates = list(date_ranges or [])
        self._searched: set[str] = set()  # expansions that kept a word in some field
        self._left_out: set[str] = set()  # expansions that had no room in some field
        decoded = snap.postings.decoded
        self.pricing = cost.Pricing.of(
            decoded.segments if decoded is not None else None,
            [segment.doc_count_all() for segment, _ in self.reader.leaf_readers()],
        )

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def run(self, q: wq.Query) -> wq.Query:
        """The resolved query (NullQuery leaves where nothing can match)."""
        q, spent, dropped, loosened = cost.within(
            q, MAX_POSTINGS, self._frequency, self.snap.stems, self.pricing
        )
        if dropped:
            self.note(cost.notice(dropped))
        for label in loosened:
            self.note(cost.loosened_notice(label))
        self.postings = max(0, MAX_POSTINGS - spent)
        walked = self._walk(q).normalize()
        left = sorted(self._left_out - self._searched)  # no field had room for any of its words
        if left:
            named = ", ".join(left[:5]) + (f" and {len(left) - 5} more" if len(left) > 5 else "")
            self.note(
                f"{named} {'was' if len(left) == 1 else 'were'} left out: the rest of the query "
                "already reads as many releases as one search may."
            )
        return walked

    def _frequency(self, fieldname: str, text: str) -> int:
        """Releases holding a word in a field (no postings read): from the field's vocabulary
        for the text fields (one dictionary look-up; a multi-segment term look-up costs ~1 ms),
        from the term dictionary for the others (whose vocabularies can be as long as the
        archive: ``key``)."""
        if fieldname not in self.snap.schema:
            return 0
        if fieldname in TEXT_FIELDS:
            return vocabulary(self.snap, fieldname).counts.get(text, 0)
        return self.snap.postings.doc_frequency(fieldname, text)

    def _walk(self, q: wq.Query) -> wq.Query:
        if isinstance(q, StemTerm):
            return self._word(q)
        if isinstance(q, wq.FuzzyTerm):
            return self._fuzzy(q)
        if isinstance(q, wq.Prefix):
            return self._prefix(q)
        if isinstance(q, wq.Wildcard):
            self.note(
                f"Wildcards work only at the end of a word (like minist*); {q.text} was left out."
            )
            return wq.NullQuery
        if isinstance(q, wq.TermRange):
            return self._range(q)
        if isinstance(q, wq.NumericRange):
            return self._date(q)
        if isinstance(q, wq.Phrase | wq.Term | wq.Every) or q is wq.NullQuery:
            return q
        if q.is_leaf():
            self.note(f"{type(q).__name__} queries are not supported; that part was left out.")
            return wq.NullQuery
        return q.apply(self._walk)

    def _word(self, q: StemTerm) -> wq.Query:
        if q.fieldname in KEYWORD_FIELDS:
            return wq.Term(q.fieldname, q.text.lower(), boost=q.boost)
        if q.fieldname in NAME_FIELDS and analysis.query_term(q.text) is not None:
            forms = name_forms(self.snap, q.fieldname, analysis.exact_term(q.text))
            return self._or(q.fieldname, forms, q.boost)
        return q

    def _take(self, found: list[tuple[int, str]], what: str) -> list[str]:
        """The most common of the expanded words, within the per-term and per-query caps
        (words, and postings: reading a word costs time in proportion to its releases)."""
        limit = min(MAX_EXPANSION, self.budget)
        if len(found) > limit:
            self.note(f"{what} matches too many words; only its most common were searched.")
            found = heapq.nlargest(limit, found)
        kept = []
        for df, text in sorted(found, reverse=True):
            # The commonest word is kept while the query has postings left to read at all
            # (so a query reads at most the budget and one word more).
            price = self.pricing(df)
            if price > self.postings and (kept or self.postings <= 0):
                if kept:
                    self.note(f"{what} matches too many words; only its most common were searched.")
                else:
                    self._left_out.add(what)
                break
            self.postings -= price
            kept.append(text)
        if kept:
            self._searched.add(what)
        self.budget -= len(kept)
        return kept

    def _or(self, fieldname: str, words: list[str], boost: float) -> wq.Query:
        if not words:
            return wq.NullQuery
        terms = [wq.Term(fieldname, w, boost=boost) for w in words]
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    def _prefix(self, q: wq.Prefix) -> wq.Query:
        if q.fieldname not in self.snap.schema:
            return wq.NullQuery
        if q.fieldname in KEYWORD_FIELDS:
            starts = [q.text.lower()]
            base = starts[0]
        else:
            norm = analysis.exact_term(q.text)
            base = arabic._strip_prefix(norm, keep_waw=True) if _is_arabic(norm) else norm
            starts = [c + base for c in _CLITICS] if _is_arabic(norm) else [norm]
        if not base:
            self.note(f"{q.text}* has no letters before the *; it was left out.")
            return wq.NullQuery
        vocab = vocabulary(self.snap, q.fieldname)
        spans = [vocab.prefixed(start) for start in dict.fromkeys(starts)]
        found = [hit for start, end in spans for hit in vocab.commonest(start, end, MAX_EXPANSION)]
        if sum(end - start for start, end in spans) > len(found):
            self.note(f"{q.text}* matches too many words; only its most common were searched.")
        words = self._take(found, f"{q.text}*")
        return self._or(q.fieldname, words, q.boost)

    def _fuzzy(self, q: wq.FuzzyTerm) -> wq.Query:
        if q.fieldname not in self.snap.schema:
            return wq.NullQuery
        form = analysis.exact_term(q.text)
        if q.fieldname in KEYWORD_FIELDS or len(form) > MAX_FUZZY_CHARS:
            if len(form) > MAX_FUZZY_CHARS:
                self.note(f"Words over {MAX_FUZZY_CHARS} letters are not matched fuzzily.")
            return wq.Term(q.fieldname, form, boost=q.boost)
        maxdist = min(q.maxdist, 2)
        start = form[: q.prefixlength]
        found = [
            (count, word)
            for word, _, count in near(self.snap, q.fieldname, form, maxdist)
            if word.startswith(start) and analysis.query_term(word) is not None  # no stop words
        ]
        words = self._take(found, f"{q.text}~{maxdist}")
        return self._or(q.fieldname, words, q.boost)

    def _range(self, q: wq.TermRange) -> wq.Query:
        if q.fieldname not in self.snap.schema:
            return wq.NullQuery
        fold = str.lower if q.fieldname in KEYWORD_FIELDS else analysis.exact_term
        low = fold(q.start) if q.start else ""
        high = fold(q.end) if q.end else None
        vocab = vocabulary(self.snap, q.fieldname)
        start, end = vocab.span(low, high, not q.startexcl, not q.endexcl)
        found = vocab.commonest(start, end, MAX_EXPANSION)
        if end - start > len(found):
            what = f"The range {q.start} TO {q.end}"
            self.note(f"{what} matches too many words; only its most common were searched.")
        words = self._take(found, f"The range {q.start} TO {q.end}")
        return self._or(q.fieldname, words, q.boost)

    def _date(self, q: wq.NumericRange) -> wq.Query:
        """Apply the brackets typed for this date range (Whoosh reads both as inclusive)."""
        if q.fieldname != "date" or not self._dates:
            return q
        start_excl, end_excl, start_text, end_text = self._dates.pop(0)
        field = self.snap.schema["date"]
        start, end = q.start, q.end
        try:
            if start_excl and start_text:  # after the whole start period
                start = datetime_to_long(field._parse_datestring(start_text).ceil()) + 1
            if end_excl and end_text:  # before the whole end period
                end = datetime_to_long(field._parse_datestring(end_text).floor()) - 1
        except Exception:  # noqa: BLE001 - Whoosh parsed it; keep its reading
            return q
        return wq.NumericRange("date", start, end, boost=q.boost, constantscore=True)


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)
