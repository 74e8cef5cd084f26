"""Query parsing: Whoosh's syntax, query-time stemming, and a plain-words fallback with a notice.

Words are parsed into :class:`StemTerm` leaves and then expanded, per searcher, into every
indexed exact form sharing the word's stem (:class:`StemMap`). Quoted phrases stay exact. A
query that is malformed (unbalanced quotes or parentheses, an unknown field, a lone operator)
or too long is searched as plain words, and the parse says why in ``notice``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser, SingleQuotePlugin

from indexer import analysis
from indexer.schema import DEFAULT_FIELDS, TEXT_FIELDS
from indexer.syntax import prepare

MAX_QUERY_CHARS = 500
MAX_WORDS = 24  # each word is read in seven fields: more would pass 500 ms at 100k
QUERY_FIELDS = frozenset({*TEXT_FIELDS, "language", "year", "date", "key", "status", "place"})
# Plain words weigh more in names and titles than in the body (title postings already count
# twice: the field is indexed with field_boost 2), so a name finds the releases it credits first.
FIELD_BOOSTS = {"author": 4.0, "photographer": 4.0, "translator": 4.0, "title": 1.5}
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
_FIELD_RE = re.compile(r"(?<![\w\"])([A-Za-z_]\w*):")
_QUOTED_RE = re.compile(r'"[^"]*"')
_DATE_VALUE = re.compile(r'(?<![\w:])date:([^\s\[{()"]+)')


class StemTerm(wq.Term):
    """A word from the query, to be expanded into the indexed forms sharing its stem."""


class StemMap:
    """stem → indexed exact forms, from the build's words file (``files``, see
    :mod:`indexer.colfiles_words`) or else built from the text fields' term lists of a reader."""

    def __init__(self, reader, files=None) -> None:
        if files is not None:
            self._lookup = files.forms_of
            return
        forms: dict[str, set[str]] = defaultdict(set)
        seen: set[str] = set()
        for fieldname in TEXT_FIELDS:
            if fieldname not in reader.schema:
                continue
            for raw in reader.lexicon(fieldname):
                form = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                if form in seen:
                    continue
                seen.add(form)
                for stem in analysis.stem_terms(form):
                    forms[stem].add(form)
        table = dict(forms)
        self._lookup = lambda stem: table.get(stem, ())

    def forms(self, word: str) -> list[str]:
        """The indexed forms a query word should match (its own form always included)."""
        stem = analysis.query_term(word)
        found = set(self._lookup(stem)) if stem else set()
        found.add(analysis.exact_term(word))
        return sorted(found)

    def is_stop_word(self, word: str) -> bool:
        """Whether a word is ignored by stemmed matching."""
        return analysis.query_term(word) is None


@dataclass(frozen=True)
class Parsed:
    """A parsed query, ready to run."""

    query: wq.Query | None  # None: match everything; words are StemTerm leaves
    notice: str | None
    words: tuple[str, ...]  # the plain words, for suggestions


def problem_of(text: str) -> str | None:
    """Why a query string is malformed, as a sentence fragment, or None when it looks fine."""
    if text.count('"') % 2:
        return "had an unbalanced quote"
    depth = 0
    for ch in _QUOTED_RE.sub(" ", text):
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            break
    if depth:
        return "had unbalanced parentheses"
    unquoted = _QUOTED_RE.sub(" ", text)
    for name in _FIELD_RE.findall(unquoted):
        if name not in QUERY_FIELDS:
            return f"used an unknown field ({name}:)"
    words = unquoted.replace("(", " ").replace(")", " ").split()
    ops = [w in _OPERATORS for w in words]
    if ops and (ops[0] and words[0] != "NOT" or ops[-1]):
        return "had an operator with nothing on one side"
    for i in range(1, len(words)):
        if ops[i] and ops[i - 1] and words[i] != "NOT":
            return "had two operators in a row"
    return None


def parse(text: str, schema, stems: StemMap, snap=None) -> Parsed:
    """Parse a user query; never raises on bad syntax.

    Args:
        text: the query as typed.
        schema: the index schema.
        stems: the searcher's stem map.
        snap: the open snapshot; with it, fields get their meaning and wildcards, fuzzy terms
            and ranges are expanded within caps (:mod:`indexer.resolve`).

    Returns:
        A :class:`Parsed` with the query (None for an empty one) and a notice when the query was
        changed before searching.
    """
    text = (text or "").strip()
    notice = None
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notice = (
            f"Your query was longer than {MAX_QUERY_CHARS} characters; only the start was searched."
        )
    words = tuple(analysis.tokens(text))
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
        text = " ".join(words)
        notice = f"Your query had more than {MAX_WORDS} words; the first {MAX_WORDS} were searched as plain words."
    if not text:
        return Parsed(None, notice, ())
    prepared = prepare(text)
    notes = list(prepared.notes)
    if "date" in schema:
        prepared.text = _DATE_VALUE.sub(
            lambda m: _check_date(m, schema["date"], notes), prepared.text
        )
    if not prepared.text.strip():  # everything typed was left out: search nothing
        return Parsed(wq.NullQuery, " ".join(notes), words)
    problem = problem_of(prepared.text)
    parsed = None
    if problem is None and notice is None:
        parsed = _parse_syntax(prepared.text, schema)
        if parsed is None:
            problem = "could not be read as query syntax"
    if parsed is None:
        if problem:
            notice = f"Your query {problem}; searched as plain words."
        notes = []
        parsed = _plain_words(words, schema)
    if parsed is not None and snap is not None:
        from indexer.resolve import Resolver  # imports this module

        resolver = Resolver(snap, prepared.date_ranges)
        parsed = resolver.run(parsed)
        notes += [n for n in resolver.notes if n not in notes]
    if notes:
        notice = " ".join(filter(None, [notice, *notes]))
    if parsed is None:
        return Parsed(wq.NullQuery, notice, words)
    if parsed is wq.NullQuery:
        return Parsed(wq.NullQuery, notice, words)
    kept = _drop_stop_words(parsed, stems)
    if kept is wq.NullQuery:
        # Only stop words: match them as exact words rather than finding nothing.
        kept = _exact(parsed).normalize()
    return Parsed(kept, notice, words)


def _check_date(match: re.Match, field, notes: list[str]) -> str:
    """``date:value`` as it is when Whoosh can read the date, else nothing and a note."""
    try:
        field._parse_datestring(match.group(1))
    except Exception:  # noqa: BLE001 - Whoosh raises a bare Exception for a bad date
        notes.append(
            f"{match.group()} is not a date (use date:2021, date:2021-03-15 or "
            "date:[2020 TO 2021]); it was left out."
        )
        return " "
    return match.group()


def default_fields(schema) -> list[str]:
    """The default fields this index has (an index from before a field was added lacks it)."""
    return [f for f in DEFAULT_FIELDS if f in schema]


def _parser(schema) -> MultifieldParser:
    """Whoosh's parser over the default fields, with words as StemTerm leaves."""
    parser = MultifieldParser(
        default_fields(schema), schema, fieldboosts=FIELD_BOOSTS, termclass=StemTerm
    )
    parser.remove_plugin_class(SingleQuotePlugin)  # an apostrophe is part of a word
    parser.add_plugin(FuzzyTermPlugin())
    return parser


def _parse_syntax(text: str, schema) -> wq.Query | None:
    """Whoosh's parse of the text, or None when it fails or yields an error query."""
    try:
        q = _parser(schema).parse(text)
    except Exception:  # noqa: BLE001 - any parser failure means "search as plain words"
        return None
    if _has_error(q):
        return None
    return q


def _plain_words(words: tuple[str, ...], schema) -> wq.Query | None:
    """All the words, each searched in the default fields, ANDed."""
    words = tuple(w for w in words if w not in _OPERATORS)
    if not words:
        return None
    fields = default_fields(schema)
    clauses = [
        wq.Or([StemTerm(f, w, boost=FIELD_BOOSTS.get(f, 1.0)) for f in fields]) for w in words
    ]
    return wq.And(clauses) if len(clauses) > 1 else clauses[0]


def _has_error(q: wq.Query) -> bool:
    """Whether the tree holds one of Whoosh's error placeholders."""
    if isinstance(q, wq.error_query("").__class__):
        return True
    return any(_has_error(child) for child in q.children())


def expand(q: wq.Query, stems: StemMap) -> wq.Query:
    """Replace each StemTerm by an Or of the indexed forms sharing its stem."""
    if isinstance(q, StemTerm):
        if q.fieldname not in TEXT_FIELDS:
            return wq.Term(q.fieldname, q.text, boost=q.boost)
        if stems.is_stop_word(q.text):
            return wq.NullQuery
        forms = stems.forms(q.text)
        terms = [wq.Term(q.fieldname, form, boost=q.boost) for form in forms]
        return terms[0] if len(terms) == 1 else wq.Or(terms, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda child: expand(child, stems)).normalize()


def _drop_stop_words(q: wq.Query, stems: StemMap) -> wq.Query:
    """The query without StemTerm leaves that are stop words."""
    if isinstance(q, StemTerm):
        return wq.NullQuery if q.fieldname in TEXT_FIELDS and stems.is_stop_word(q.text) else q
    if q.is_leaf():
        return q
    return q.apply(lambda child: _drop_stop_words(child, stems)).normalize()


def _exact(q: wq.Query) -> wq.Query:
    """The query with every StemTerm searched as its exact form."""
    if isinstance(q, StemTerm):
        return wq.Term(q.fieldname, analysis.exact_term(q.text), boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(_exact)
