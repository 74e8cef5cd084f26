"""The script-aware analyzer: one tokenizer, Arabic, Kurdish or Latin handling per token, cached.

Every text field goes through :func:`stem_terms` (stemmed fields) or :func:`exact_term` (the
exact-form field), at index time and at query time alike. Arabic-script tokens are normalised
(:mod:`indexer.arabic`, then :mod:`indexer.kurdish`); Arabic words are light-stemmed, Kurdish
words (those with a letter only Kurdish uses) get a light Sorani stem plus their Arabic-keyboard
keys, so a query typed on an Arabic keyboard finds them. Latin tokens are case-folded the way
Turkish and English both allow (:mod:`indexer.turkic`), accent-folded, lose a Turkish case suffix
after an apostrophe and are stemmed with Snowball English (PyStemmer). Results are memoised per
token, which is what makes indexing fast: news text reuses a small vocabulary.

A change to what these functions return changes what an index holds: bump
:data:`ANALYSIS_VERSION`, and the next index run rebuilds an index built with an older one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pickle import dumps
from typing import Any

import Stemmer
from whoosh import fields
from whoosh.analysis import Analyzer, Token
from whoosh.system import pack_uint

from indexer import arabic, kurdish, turkic
from indexer.tokenizer import TOKEN_RE, tokens
from indexer.tokenizer import tokens_read_only as tokens_read_only  # re-exported for build_texts

# 2: Kurdish normalisation and keys, Turkish dotted/dotless i, joiners inside words.
ANALYSIS_VERSION = 2
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

ENGLISH_STOP_WORDS = frozenset(
    "a an and are as at be by can for from have if in is it may not of on or tbd that the "
    "this to us we when will with yet you your".split()
)
# Normalised forms (ة→ه, أ→ا, ى→ي).
ARABIC_STOP_WORDS = frozenset(
    "في من علي الي عن ان او مع هذا هذه ذلك تلك التي الذي الذين كما قد لا ما ثم بين عند".split()
)
_CACHE_LIMIT = 400_000
_english = Stemmer.Stemmer("english")
_stem_cache: dict[str, tuple[str, ...]] = {}
_query_cache: dict[str, str | None] = {}
_exact_cache: dict[str, str] = {}
_exact_bytes: dict[str, bytes] = {}


def _fold_latin(token: str) -> str:
    """Lower-case (İ, I, ı → i) and strip accents (é → e); letters without a base stay."""
    token = token.lower() if token.isascii() else turkic.fold_case(token)
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def exact_term(token: str) -> str:
    """The exact-form term of a token: normalised (case, accents, Arabic spelling), not stemmed."""
    term = _exact_cache.get(token)
    if term is None:
        if _ARABIC_RE.search(token):
            term = kurdish.normalize(arabic.normalize(unicodedata.normalize("NFKC", token)))
        else:
            term = _fold_latin(token)
        if len(_exact_cache) > _CACHE_LIMIT:
            _exact_cache.clear()
        _exact_cache[token] = term
    return term


def stem_terms(token: str) -> tuple[str, ...]:
    """The stemmed terms indexed for a token (none for a stop word, two for an ambiguous و)."""
    terms = _stem_cache.get(token)
    if terms is None:
        norm = exact_term(token)
        if _ARABIC_RE.search(norm):
            if kurdish.is_kurdish(norm):
                terms = _kurdish_terms(norm)
            else:
                terms = () if norm in ARABIC_STOP_WORDS else arabic.index_stems(norm)
        elif norm in ENGLISH_STOP_WORDS:
            terms = ()
        else:
            terms = (_english.stemWord(turkic.strip_suffix(norm)),)
        if len(_stem_cache) > _CACHE_LIMIT:
            _stem_cache.clear()
        _stem_cache[token] = terms
    return terms


def query_term(token: str) -> str | None:
    """The one stemmed term a query token searches for, or None for a stop word."""
    if token in _query_cache:
        return _query_cache[token]
    norm = exact_term(token)
    if _ARABIC_RE.search(norm):
        if kurdish.is_kurdish(norm):  # typed with Kurdish letters: they mean what they say
            term = kurdish.stem(norm)
        else:
            term = None if norm in ARABIC_STOP_WORDS else arabic.stem(norm)
    elif norm in ENGLISH_STOP_WORDS:
        term = None
    else:
        term = _english.stemWord(turkic.strip_suffix(norm))
    if len(_query_cache) > _CACHE_LIMIT:
        _query_cache.clear()
    _query_cache[token] = term
    return term


def _kurdish_terms(norm: str) -> tuple[str, ...]:
    """A Kurdish word's index keys: its Sorani stem (what a Kurdish-keyboard query uses), and
    the keys an Arabic-keyboard query reaches it by (the Arabic stems of its Arabic-keyboard
    spelling, and that spelling of its Sorani stem)."""
    stem = kurdish.stem(norm)
    typed = kurdish.arabic_keyboard(norm)
    keys = [stem]
    if typed not in ARABIC_STOP_WORDS:
        keys += arabic.index_stems(typed)
    keys.append(kurdish.arabic_keyboard(stem))
    return tuple(dict.fromkeys(keys))


class InaAnalyzer(Analyzer):
    """Whoosh analyzer over the functions above (query parsing, highlighting, more-like-this)."""

    def __init__(self, stemmed: bool = True) -> None:
        self.stemmed = stemmed
        self.version = ANALYSIS_VERSION  # pickled with the index's schema

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InaAnalyzer) and other.stemmed == self.stemmed

    def __hash__(self) -> int:
        return hash(("InaAnalyzer", self.stemmed))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        boosts: bool = False,
        removestops: bool = True,
        mode: str = "",
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        matches = (
            [(value, 0, len(value))]
            if not tokenize
            else ((m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(value))
        )
        for pos, (word, start, end) in enumerate(matches, start_pos):
            if not self.stemmed:
                terms: tuple[str, ...] = (exact_term(word),)
            elif mode == "index":
                terms = stem_terms(word)
            else:
                one = query_term(word)
                terms = () if one is None else (one,)
            for term in terms:
                token.text = term
                token.original = word
                token.stopped = False
                token.boost = 1.0
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + start
                    token.endchar = start_char + end
                yield token


def built_with_older_analysis(schema: Any) -> bool:
    """Whether an index's schema was written by an older analysis than this code's (its terms
    would not meet this code's query terms, so the index must be rebuilt)."""
    for _name, field in schema.items():
        analyzer = getattr(field, "analyzer", None)
        # Analyzers pickled before versions existed have no ``version``: they are version 1.
        if (
            isinstance(analyzer, InaAnalyzer)
            and getattr(analyzer, "version", 1) != ANALYSIS_VERSION
        ):
            return True
    return False


class InaText(fields.TEXT):
    """A text field indexed in exact form (normalised, not stemmed), with positions.

    Stemming happens at query time: :mod:`indexer.query` expands a word into every indexed form
    that shares its stem. Indexing each word once, rather than once stemmed and once exact,
    halves the postings and roughly doubles indexing speed. ``index()`` is one pass over the
    cached :func:`exact_term` (no Token objects).
    """

    def __init__(self, *, phrase: bool = True, field_boost: float = 1.0) -> None:
        super().__init__(
            analyzer=InaAnalyzer(stemmed=False),
            phrase=phrase,
            field_boost=field_boost,
            stored=False,
        )
        # Scoring is ours (indexer.evaluate, with the title_len/body_len columns): not asking
        # Whoosh to keep field lengths saves a column lookup per posting while indexing.
        self.scorable = False

    def index(self, value: Any, **kwargs: Any) -> list[tuple[bytes, int, float, bytes]]:
        boost = self.format.field_boost
        return [(term, n, n * boost, data) for term, n, data in self.postings(value)]

    def postings(self, value: str) -> list[tuple[bytes, int, bytes]]:
        """(term, frequency, encoded positions or frequency) of each distinct term of a value.

        Terms are UTF-8 bytes from a per-token cache, so nothing is encoded per posting.
        """
        words = tokens(value)
        terms = list(map(_exact_bytes.get, words))  # C-level lookups; misses are None
        if None in terms:
            terms = [_exact_bytes_of(word) for word in words]
        if not self.format.supports("positions"):
            return [(term, n, pack_uint(n)) for term, n in Counter(terms).items()]
        # term → [last position, first position, gap, gap...]: Positions' encoding in one pass
        found: dict[bytes, list[int]] = {}
        get = found.get
        for pos, term in enumerate(terms):
            entry = get(term)
            if entry is None:
                found[term] = [pos, pos]
            else:
                entry.append(pos - entry[0])
                entry[0] = pos
        return [
            (term, 1, SINGLE_POSITION_VALUES[entry[1]])
            if len(entry) == 2 and entry[1] < SINGLE_POSITION_LIMIT
            else (term, len(entry) - 1, pack_uint(len(entry) - 1) + dumps(entry[1:], 2))
            for term, entry in found.items()
        ]


def _exact_bytes_of(token: str) -> bytes:
    """The UTF-8 exact-form term of a token (cached; UTF-8 sorts as the strings do)."""
    term = _exact_bytes.get(token)
    if term is None:
        term = exact_term(token).encode("utf-8")
        if len(_exact_bytes) > _CACHE_LIMIT:
            _exact_bytes.clear()
        _exact_bytes[token] = term
    return term


SINGLE_POSITION_LIMIT = 4096
# The Positions value of a term seen once, at positions 0..4095 (byte-identical to encoding it).
SINGLE_POSITION_VALUES = [pack_uint(1) + dumps([pos], 2) for pos in range(SINGLE_POSITION_LIMIT)]
