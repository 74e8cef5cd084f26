"""The query text before Whoosh reads it: the syntax Whoosh would misread, rewritten or refused.

Whoosh's parser silently changes the meaning of some input (``oil^abc`` becomes ``oil abc``,
``title:`` searches for the word "title", ``-word`` is a plain word). :func:`prepare` rewrites
what has a documented meaning into the form Whoosh reads (``-word`` → ``NOT word``, ``place:``
→ ``location:``) and takes out what is not supported, with a note naming each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_FUZZY = 2
_QUOTED = re.compile(r'"[^"]*"(?:~\d+)?')
# +word / -word at the start of a term (not inside Al-Salami); also before " and (.
_PLUS_MINUS = re.compile(r'(?:^|(?<=[\s(]))([+-])(?=[\w"(\u0600-\u06ff])')
_EMPTY_FIELD = re.compile(r"(?:^|(?<=[\s(]))([A-Za-z_]\w*):(?=\s|\)|$)")
_BAD_BOOST = re.compile(r"\^(?![0-9]*\.?[0-9]+(?![\w.]))\S*")
_FUZZY = re.compile(r"(?<=[^\s\"~])~(\S*)")
_DATE_RANGE = re.compile(r"\bdate:([\[{])\s*([^\]}]*?)\s*\bTO\b\s*([^\]}]*?)\s*([\]}])")
_ALIASES = {"place": "location"}


@dataclass
class Prepared:
    """The text to give Whoosh, the notes on what was changed, and the date ranges' brackets."""

    text: str
    notes: list[str] = field(default_factory=list)
    # Each date range in order: (start excluded, end excluded, start text, end text).
    date_ranges: list[tuple[bool, bool, str, str]] = field(default_factory=list)


def prepare(text: str) -> Prepared:
    """Rewrite a query for Whoosh's parser (quoted phrases are left as they are).

    Args:
        text: the query as typed (already cut to the length limit).

    Returns:
        A :class:`Prepared`; ``notes`` are sentences for the user's notice.
    """
    out = Prepared(text)
    parts = _split_quoted(text)
    rewritten = []
    for i, (quoted, part) in enumerate(parts):
        if quoted:
            rewritten.append(_phrase_slop(part, out.notes))
        elif i + 1 < len(parts):  # a phrase follows: "author:" before it is not empty
            rewritten.append(_outside_quotes(part + "\x01", out.notes).replace("\x01", ""))
        else:
            rewritten.append(_outside_quotes(part, out.notes))
    out.text = "".join(rewritten)
    out.date_ranges = [
        (a == "{", b == "}", start, end) for a, start, end, b in _DATE_RANGE.findall(out.text)
    ]
    return out


def _split_quoted(text: str) -> list[tuple[bool, str]]:
    """The text as (is a quoted phrase, piece) pairs, in order."""
    parts, cursor = [], 0
    for m in _QUOTED.finditer(text):
        parts.append((False, text[cursor : m.start()]))
        parts.append((True, m.group()))
        cursor = m.end()
    parts.append((False, text[cursor:]))
    return [(q, p) for q, p in parts if p]


def _phrase_slop(phrase: str, notes: list[str]) -> str:
    """A quoted phrase, with a slop over 20 lowered to 20."""
    body, _, slop = (
        phrase.rpartition("~")
        if phrase.endswith(tuple("0123456789"))
        else (
            phrase,
            "",
            "",
        )
    )
    if slop and int(slop) > 20:
        notes.append(f"A phrase's slop is at most 20; {phrase} was searched with ~20.")
        return f"{body}~20"
    return phrase


def _outside_quotes(part: str, notes: list[str]) -> str:
    """Rewrite one unquoted stretch of the query."""
    for alias, name in _ALIASES.items():
        part = re.sub(rf"(?<![\w:]){alias}:", f"{name}:", part)
    part = _PLUS_MINUS.sub(lambda m: "NOT " if m.group(1) == "-" else "", part)

    def empty_field(m: re.Match) -> str:
        notes.append(f"{m.group(1)}: had nothing after it and was left out.")
        return ""

    part = _EMPTY_FIELD.sub(empty_field, part)

    def bad_boost(m: re.Match) -> str:
        notes.append(f"A boost must be a number (like ^2); {m.group()} was left out.")
        return ""

    part = _BAD_BOOST.sub(bad_boost, part)

    def fuzzy(m: re.Match) -> str:
        value = m.group(1)
        if value in ("", "1", "2"):
            return m.group()
        if value.isdigit():
            notes.append(
                f"Fuzzy matching allows at most {MAX_FUZZY} typing errors; ~{value} was "
                f"searched as ~{MAX_FUZZY}."
            )
            return f"~{MAX_FUZZY}"
        notes.append(f"~{value} is not supported (use word~1 or word~2); it was left out.")
        return " "

    part = _FUZZY.sub(fuzzy, part)
    if "?" in part:
        notes.append(
            "The ? wildcard is not supported (use * at the end of a word); ? was left out."
        )
        part = part.replace("?", " ")
    if "'" in part:  # Whoosh reads 'x y' as one term; an apostrophe is part of a word here
        part = re.sub(r"(?<!\w)'|'(?!\w)", " ", part)
    return part
