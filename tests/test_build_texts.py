"""The segment-wide text analysis encodes positions exactly as Whoosh's Positions format does."""

from __future__ import annotations

import pickle
import random

import numpy as np
from whoosh.system import pack_uint

from indexer.analysis import InaText
from indexer.build_texts import FieldTokens, positions_values

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
        "",
        "Hewlêr û Silêmanî: وەزارەتی نەوت",
        " ".join(["word"] * 5000 + ["oil"]),  # positions past 4,096; "oil" seen once there
    ]
    tokens = FieldTokens(field.format.field_boost)
    for docnum, text in enumerate(texts):
        tokens.add(docnum, text)
    expected: dict[bytes, list] = {}
    for docnum, text in enumerate(texts):
        for term, freq, value in field.postings(text):
            expected.setdefault(term, []).append((docnum, float(freq), value))
    assert tokens.postings() == expected
    assert any(len(postings) > 1 for postings in expected.values())
