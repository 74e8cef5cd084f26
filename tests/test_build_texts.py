"""The segment-wide text analysis encodes positions exactly as Whoosh's Positions format does."""

from __future__ import annotations

import pickle
import random

import numpy as np
from whoosh.system import pack_uint

from indexer.analysis import InaText, exact_term, tokens
from indexer.build_texts import FieldTokens, TextPostings, positions_values

EDGES = [
    [5000],  # one position past the precomputed ones
    [1, 2],
    [0, 255, 256, 65535],  # one-byte and two-byte ints
    [3, 65536],  # a four-byte int: left to pickle
    list(range(1, 1001)),  # one full APPENDS batch
    list(range(1, 1002)),  # two batches: left to pickle
    [2**31],
]


def test_positions_values_are_whooshs_encoding() -> None:
    rng = random.Random(14)
    lists = EDGES + [
        [rng.choice([0, 1, 255, 256, 65535, 65536, rng.randint(0, 300)]) for _ in range(n)]
        for n in rng.choices([1, 2, 3, 7, 40], k=2000)
    ]
    gaps = np.array([gap for gaps in lists for gap in gaps], dtype=np.int64)
    freqs = np.array([len(gaps) for gaps in lists], dtype=np.int64)
    starts = np.cumsum(freqs) - freqs
    expected = [pack_uint(len(gaps)) + pickle.dumps(gaps, 2) for gaps in lists]
    assert positions_values(freqs, starts, gaps) == expected
    some = np.array([1, 3, 5, 900])  # postings scattered through the token array
    assert positions_values(freqs[some], starts[some], gaps) == [expected[i] for i in some]


def test_field_tokens_give_each_documents_postings() -> None:
    field = InaText()
    texts = [
        "The Ministry of Oil: the ministry said the oil. " * 3,
        "بغداد - أعلنت وزارة النفط في بغداد",
        "the oil ministry of Basra and Mosul",  # known words, then words new to the segment
        "oil Najaf ministry Najaf Karbala the Kirkuk",  # new words between known ones, a new
        # word seen again in its own document, a new word last
        "",
        "Hewlêr û Silêmanî: وەزارەتی نەوت",
        " ".join(["word"] * 5000 + ["oil"]),  # positions past 4,096; "oil" seen once there
    ]
    batch = FieldTokens(field.format.field_boost)
    for docnum, text in enumerate(texts):
        counted = tokens(text)  # as to_document counts a body just before it is added
        batch.add(docnum, text)
        assert tokens(text) == counted  # the remembered tokens were read, not changed
    expected: dict[bytes, list] = {}
    for docnum, text in enumerate(texts):
        for term, freq, value in field.postings(text):
            expected.setdefault(term, []).append((docnum, float(freq), value))
    found, decoded = batch.postings(min_docs=2)
    assert _as_lists(found) == expected
    common = {term for term, postings in expected.items() if len(postings) >= 2}
    assert common and decoded.keys() == common
    for term in common:
        docnums, weights, keys = decoded[term]
        assert docnums.tolist() == [docnum for docnum, _, _ in expected[term]]
        assert weights.tolist() == [weight for _, weight, _ in expected[term]]
        assert keys.tolist() == [(d << 32) | pos for d, pos in _positions(texts, term)]


def _as_lists(found: TextPostings) -> dict[bytes, list]:
    """Each term's postings as the (docnum, weight, value) tuples Whoosh's pool holds."""
    return {term: found.tuples(start, end) for term, (start, end) in found.spans.items()}


def _words(text: str) -> list[bytes]:
    return [exact_term(word).encode("utf-8") for word in tokens(text)]


def _positions(texts: list[str], term: bytes) -> list[tuple[int, int]]:
    """Every (document, position) of a term, in order."""
    return [
        (docnum, pos)
        for docnum, text in enumerate(texts)
        for pos, word in enumerate(_words(text))
        if word == term
    ]


def test_more_terms_than_16_bit_sort_keys_hold() -> None:
    """Past 65,536 terms in a segment the tokens are sorted by their 64-bit term numbers."""
    field = InaText()
    texts = [" ".join(f"w{i}" for i in range(70_000)), "w69999 w5 w69999"]
    batch = FieldTokens(field.format.field_boost)
    for docnum, text in enumerate(texts):
        batch.add(docnum, text)
    assert len(batch.terms) > 1 << 16
    expected: dict[bytes, list] = {}
    for docnum, text in enumerate(texts):
        for term, freq, value in field.postings(text):
            expected.setdefault(term, []).append((docnum, float(freq), value))
    assert _as_lists(batch.postings()[0]) == expected
