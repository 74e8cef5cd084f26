"""'Did you mean': respell the words of a query that its fields do not have, from the index.

The rules: only a word that none of its fields has is replaced (``ISIS`` stays ``ISIS``); a word
in ``field:word`` is checked against, and respelled from, that field alone; the replacement is
the nearest word of those fields (one edit for words up to four letters, two for longer ones
that keep the first letter or have eight letters or more; then the commonest), never a stop word or a number; and the respelled query is offered only when
it is not the query itself and finds clearly more releases (at least twice as many, and at
least one) — which also means a respelled phrase has hits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer import analysis
from indexer.schema import NAME_FIELDS, TEXT_FIELDS
from indexer.vocab import near, vocabulary

MAX_WORD_CHARS = 30  # longer "words" are not respelled
MAX_CHECKED = 8  # unknown words respelled in one query
_PIECE = re.compile(r'(?:(?P<field>[A-Za-z_]\w*):)?(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s()"]+))')
_SYNTAX = re.compile(r"[*?~^\[\]{}:]")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
_ALIASES = {"place": "location"}


def suggest(snap, query: str, total: int, count: Callable[[str], int]) -> str | None:
    """A respelled query that finds clearly more than ``query`` did, or None.

    Args:
        snap: the open snapshot.
        query: the query as typed.
        total: how many releases the query found (with the filters in force).
        count: how many releases a query finds with the same filters.

    Returns:
        The respelled query, or None when no word needs respelling or the respelling does not
        find at least twice as many releases (and at least one).
    """
    default = [
        f for f in ("title", "body", *NAME_FIELDS, "location", "category") if f in snap.schema
    ]
    edits: list[tuple[int, int, str]] = []
    checked = 0
    for piece in _PIECE.finditer(query or ""):
        field = piece.group("field")
        field = _ALIASES.get(field, field)
        if field and (field not in TEXT_FIELDS or field not in snap.schema):
            continue  # keyword and date fields are not respelled; unknown fields were refused
        fields = [field] if field else default
        group = "phrase" if piece.group("phrase") is not None else "word"
        text = piece.group(group)
        if group == "word" and (
            text in _OPERATORS
            or _SYNTAX.search(text)
            or piece.start() > 0
            and query[piece.start() - 1] == "-"
        ):
            continue
        if group == "word" and text.startswith("-"):
            continue
        offset = piece.start(group)
        for m in analysis.TOKEN_RE.finditer(text):
            if checked >= MAX_CHECKED:
                break
            better = _respell(snap, m.group(), fields)
            if better is not None:
                checked += 1
                edits.append((offset + m.start(), offset + m.end(), better))
    if not edits:
        return None
    out = query
    for start, end, word in sorted(edits, reverse=True):
        out = out[:start] + word + out[end:]
    if out.strip().lower() == query.strip().lower():
        return None
    found = count(out)
    if found < max(1, 2 * total):
        return None
    return out


def _respell(snap, token: str, fields: list[str]) -> str | None:
    """The nearest common indexed word for a token its fields lack, or None to keep it."""
    form = analysis.exact_term(token)
    if len(form) < 3 or len(form) > MAX_WORD_CHARS or form.isdigit():
        return None
    if analysis.query_term(token) is None:  # a stop word: never respelled
        return None
    for field in fields:
        counts = vocabulary(snap, field).counts
        forms = [form] if field in NAME_FIELDS else snap.stems.forms(token)
        if any(counts.get(f, 0) for f in forms):
            return None
    maxdist = 1 if len(form) <= 4 else 2
    best: dict[str, tuple[int, int]] = {}
    for field in fields:
        for word, dist, df in near(snap, field, form, maxdist):
            if word == form or word.isdigit() or analysis.query_term(word) is None:
                continue
            if dist == 2 and word[0] != form[0] and len(form) < 8:
                continue  # two edits, one of them the first letter of a short word: too far
            d, total = best.get(word, (dist, 0))
            best[word] = (min(d, dist), total + df)
    if not best:
        return None
    word = min(best, key=lambda w: (best[w][0], -best[w][1], w))
    return _like(token, word)


def _like(token: str, word: str) -> str:
    """The replacement in the token's case (Title case stays Title case)."""
    if token.isupper() and len(token) > 1:
        return word.upper()
    if token[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
