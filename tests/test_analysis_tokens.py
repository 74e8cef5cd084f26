"""The tokenizer's fast paths give exactly ``TOKEN_RE.findall`` on every text.

``tokens()`` splits a text at spaces and only runs the regular expression on the chunks that are
not plain letters and digits; the index's ``count_tokens()`` also memoises chunks. Both must
return what the regular expression alone returns, for any string: generated text over the
scripts and characters INA's pages hold (and any character at all), and the labeled pages.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer import tokenizer
from indexer.tokenizer import TOKEN_RE
from tests.parse_labeled import load_pages

ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B)] + ["\u0640"]  # and the tatweel
HARAKAT = [
    chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), *range(0x0610, 0x061B)]
]
KURDISH_LETTERS = list("ڕڵۆێەھچژڤگپکیۊۋ")
JOINERS = ["\u200c", "\u200d"]
SEPARATORS = [".", "'", "\u2019"]
DIGITS = list("0123456789") + [chr(c) for c in [*range(0x0660, 0x066A), *range(0x06F0, 0x06FA)]]
OTHER_NUMBERS = ["\u0966", "\u00b2", "\u00bd", "\u2167"]  # Devanagari 0, ², ½, Roman VIII
LATIN = list("aZéÇüßñøĞğŞşİıIi") + ["\u0301"]  # and a combining acute accent
PUNCTUATION = list(',;:!?()[]{}"«»،؛؟۔-–—…٪٫٬/\\*&%$#@+=<>|~^`_')
WHITESPACE = list(
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
)
FORMAT = ["\u200b", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u061c"]
ALPHABET = (
    ARABIC_LETTERS
    + HARAKAT
    + KURDISH_LETTERS
    + JOINERS
    + SEPARATORS
    + DIGITS
    + OTHER_NUMBERS
    + LATIN
    + PUNCTUATION
    + WHITESPACE
    + FORMAT
)
CHARACTERS = st.one_of(st.sampled_from(ALPHABET), st.characters())
# Word-shaped chunks (letters with marks and punctuation around them) joined by any space, so
# that the plain-chunk and stripped-chunk paths are taken as often as the regular expression's.
WORDS = st.lists(
    st.tuples(
        st.text(st.sampled_from(PUNCTUATION + SEPARATORS + JOINERS), max_size=2),
        st.text(st.sampled_from(ARABIC_LETTERS + KURDISH_LETTERS + DIGITS + LATIN), max_size=6),
        st.text(st.sampled_from(HARAKAT + SEPARATORS + JOINERS + ["_"]), max_size=1),
        st.text(st.sampled_from(ARABIC_LETTERS + LATIN + DIGITS), max_size=3),
        st.text(st.sampled_from(PUNCTUATION + SEPARATORS + FORMAT), max_size=2),
        st.sampled_from(WHITESPACE),
    ).map("".join),
    max_size=12,
).map("".join)


def _tokenizers() -> list:
    return [tokenizer._split_tokens, tokenizer.tokens, _counted]


def _counted(text: str) -> list[str]:
    """The tokens count_tokens() found (its remembered list), checked against its count."""
    count = tokenizer.count_tokens(text)
    found = tokenizer.tokens_read_only(text)
    assert len(found) == count
    return found


@settings(max_examples=1500, deadline=None)
@given(st.text(CHARACTERS, max_size=60))
def test_any_text_gives_the_regular_expressions_tokens(text: str) -> None:
    for tokenize in _tokenizers():
        assert tokenize(text) == TOKEN_RE.findall(text), tokenize.__name__


@settings(max_examples=500, deadline=None)
@given(WORDS)
def test_word_shaped_text_gives_the_regular_expressions_tokens(text: str) -> None:
    for tokenize in _tokenizers():
        assert tokenize(text) == TOKEN_RE.findall(text), tokenize.__name__


def test_the_labeled_pages_texts_give_the_regular_expressions_tokens() -> None:
    texts = [
        value
        for page in load_pages()
        if page.expected
        for value in page.expected.values()
        if isinstance(value, str)
    ]
    assert len(texts) > 300
    for text in texts:
        for tokenize in _tokenizers():
            assert tokenize(text) == TOKEN_RE.findall(text), (tokenize.__name__, text[:80])


def test_stripped_edge_characters_are_never_word_characters() -> None:
    # A word character stripped from a chunk's end would be lost from its token.
    word = re.compile(f"[{tokenizer._WORD_CHARS}]")
    assert not [ch for ch in tokenizer._EDGE_CHARS if word.match(ch) or ch.isalnum()]
    assert "_" not in tokenizer._EDGE_CHARS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('البيان. (واع) "الفرق', ["البيان", "واع", "الفرق"]),
        ("مؤكداً U.S. 3.4 ministry's", ["مؤكداً", "U.S", "3.4", "ministry's"]),
        ("a\u00a0b\u3000c\nd", ["a", "b", "c", "d"]),
        ("به\u200cغدا هەولێر\u200c.", ["به\u200cغدا", "هەولێر"]),
        ("snake_case __ _", ["snake_case", "__", "_"]),
    ],
)
def test_known_texts(text: str, expected: list[str]) -> None:
    assert TOKEN_RE.findall(text) == expected  # the reference itself, on the cases named
    for tokenize in _tokenizers():
        assert tokenize(text) == expected
