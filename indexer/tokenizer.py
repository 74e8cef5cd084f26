"""The raw word tokens of a text: ``TOKEN_RE.findall``, found faster, and remembered for the writer.

Every analysed field is cut into tokens here (:mod:`indexer.analysis` turns them into terms).
:func:`tokens` splits a text at spaces and runs the regular expression only on the chunks that
are not plain letters and digits; at index time :func:`count_tokens` also memoises each chunk's
tokens and remembers a release's title and body for the writer, which reads them back with
:func:`tokens_read_only` instead of tokenizing them again. All return exactly what
``TOKEN_RE.findall`` returns (``tests/test_analysis_tokens.py``).
"""

from __future__ import annotations

import re
import string
from itertools import chain

_WORD_CHARS = "\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# A zero-width (non-)joiner inside a word is part of it (Kurdish and Persian typing); the
# normaliser removes it.
TOKEN_RE = re.compile(f"[{_WORD_CHARS}]+(?:(?:[.'\u2019]|[\u200c\u200d]+)[{_WORD_CHARS}]+)*")

_REMEMBER_FROM = 200
# The texts tokenized last (at most two: to_document counts a release's title and body, then the
# writer indexes both), with their tokens; one tuple, swapped atomically between threads.
_remembered: list[tuple[tuple[str, list[str]], ...]] = [()]
# Characters no token holds (ASCII and Arabic punctuation, quotes, the joiners; never "_"):
# stripped from a chunk's ends, they cannot change its tokens (see _split_tokens).
_EDGE_CHARS = "".join(
    [
        string.punctuation.replace("_", ""),
        "\xa0\xab\xbb\u060c\u061b\u061f\u06d4\u200c\u200d\u2026",  # NBSP, «», Arabic ،؛؟۔, joiners, …
        *map(chr, range(0x066A, 0x066E)),  # Arabic percent sign, decimal and thousands separators
        *map(chr, range(0x2010, 0x2016)),  # dashes
        *map(chr, range(0x2018, 0x2020)),  # quotation marks
    ]
)
_findall = TOKEN_RE.findall


def _remember(text: str, found: list[str]) -> None:
    last = _remembered[0]
    _remembered[0] = (*last[-1:], (text, found))


def _recalled(text: str) -> list[str] | None:
    """The tokens of a text tokenized last (the same object), or None."""
    for last_text, found in _remembered[0]:
        if text is last_text:
            return found
    return None


def _split_tokens(text: str) -> list[str]:
    """``TOKEN_RE.findall(text)``, chunk by chunk between spaces (a token never holds one).

    ``\\w`` is exactly ``str.isalnum()`` or "_" (the ``re`` docs), so a chunk of letters and
    digits is one whole token, and so is one with only punctuation at its ends (no token
    starts on it, and a separator needs a word character after it); the regular expression,
    ~60 ns a character, sees the rest: words with harakat, dots inside, newlines.
    """
    found: list[str] = []
    append = found.append
    for chunk in text.split(" "):
        if chunk.isalnum():
            append(chunk)
        else:
            core = chunk.strip(_EDGE_CHARS)
            if core.isalnum():
                append(core)
            elif core:
                found += _findall(core)
    return found


def tokens(text: str) -> list[str]:
    """The raw word tokens of a text, in order: ``TOKEN_RE.findall(text)`` (the last long text's
    are remembered: indexing counts a body's tokens and then indexes the same string)."""
    found = _recalled(text)
    if found is not None:
        return list(found)
    found = _split_tokens(text)
    if len(text) > _REMEMBER_FROM:  # short fields between a body's two uses keep it
        _remember(text, found)
        return list(found)
    return found


def count_tokens(text: str) -> int:
    """How many tokens a text has; its tokens are remembered for indexing it right after
    (:func:`indexer.schema.to_document` counts a release's title and body, the writer then
    indexes both: each is tokenized once)."""
    found = _recalled(text)
    if found is None:
        found = _memo_tokens(text)
        _remember(text, found)
    return len(found)


_CHUNK_LIMIT = 200_000
# A chunk between spaces → its tokens, at index time only (a query-time process never fills it).
_chunk_tokens: dict[str, tuple[str, ...]] = {}


def _memo_tokens(text: str) -> list[str]:
    """:func:`_split_tokens`, with each chunk's tokens memoised: news text reuses its words,
    so most chunks are one C-level lookup (and the tokens come with their hashes computed,
    for the writer's lookups)."""
    chunks = text.split(" ")
    try:
        return list(chain.from_iterable(map(_chunk_tokens.__getitem__, chunks)))
    except KeyError:  # a chunk not seen yet: the chunks not seen are tokenized and memoised
        if len(_chunk_tokens) > _CHUNK_LIMIT:
            _chunk_tokens.clear()
        memo = _chunk_tokens
        found = [memo.get(chunk) for chunk in chunks]
        for at, chunk in enumerate(chunks):
            if found[at] is None:
                found[at] = memo[chunk] = tuple(_split_tokens(chunk))
        return list(chain.from_iterable(found))


def tokens_read_only(text: str) -> list[str]:
    """:func:`tokens`, without the copy of a remembered list (the caller must not change it)."""
    found = _recalled(text)
    return tokens(text) if found is None else found
