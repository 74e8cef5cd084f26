"""The search's parts after the match, made cheaper, against plain reference implementations:
snippets, facet counts and filter masks, the first pages by date, and the API's release dict."""

from __future__ import annotations

import random
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from crawler.release import Image, Release
from indexer.analysis import TOKEN_RE, exact_term
from indexer.columns import FacetColumn, dense_ordinals
from indexer.dateorder import date_order, first_by_date
from indexer.highlight import Forms, snippet
from indexer.ranking import by_date
from indexer.schema import NO_DATE
from web.api import record_dict

WORDS = (
    "Oil oil OIL ministry Ministry's Basra power station Erbil the of a "
    "النفط النفطية وزارة البصرة محطة كهرباء "
    "Kerkük KERKÜK هەولێر ههولير 2021 U.S. n't"
).split()
PUNCTUATION = (" ", " ", " ", ", ", ". ", " — ", " (", ") ", "\n", " <b>&</b> ", " '")


def reference_snippet(text: str, forms: set, window: int = 32) -> str:
    """The snippet as first written: every word's form, every word's offsets."""
    if not text:
        return ""
    forms_of = [exact_term(word) for word in TOKEN_RE.findall(text)]
    if not forms_of:
        return escape(text[:300])
    marked = [form in forms for form in forms_of]
    for phrase in (p for p in forms if isinstance(p, tuple)):
        n = len(phrase)
        for i in range(len(forms_of) - n + 1):
            if tuple(forms_of[i : i + n]) == phrase:
                marked[i : i + n] = [True] * n
    spans = [m.span() for m in TOKEN_RE.finditer(text)]
    best, best_count = 0, 0
    for first in range(len(spans)):  # the first window holding the most marked words
        count = sum(marked[first : first + window])
        if count > best_count:
            best, best_count = first, count
    if best_count:
        while not marked[best]:
            best += 1
        best = max(0, min(best - min(4, best), len(spans) - window))
    last = min(len(spans), best + window) - 1
    start = 0 if best == 0 else spans[best][0]
    end = len(text) if last == len(spans) - 1 else spans[last][1]
    out, cursor = (["…"] if start else []), start
    for i in range(best, last + 1):
        if marked[i]:
            s, e = spans[i]
            out += [escape(text[cursor:s]), f"<mark>{escape(text[s:e])}</mark>"]
            cursor = e
    out.append(escape(text[cursor:end]))
    return ("".join(out) + ("…" if end < len(text) else "")).strip()


def random_text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(PUNCTUATION) for _ in range(words)).strip()


@pytest.mark.parametrize("seed", range(4))
def test_snippets_equal_the_reference(seed):
    rng = random.Random(seed)
    checked = 0
    for _ in range(150):
        text = random_text(rng, rng.choice((0, 1, 5, 31, 32, 33, 80, 300)))
        tokens = TOKEN_RE.findall(text)
        forms: set = set()
        if tokens and rng.random() < 0.8:
            forms = {exact_term(t) for t in rng.sample(tokens, min(len(tokens), rng.randint(1, 3)))}
        if len(tokens) > 2 and rng.random() < 0.4:
            i = rng.randrange(len(tokens) - 1)
            forms.add(tuple(exact_term(t) for t in tokens[i : i + 2]))
        if rng.random() < 0.2:
            forms = {"absent", ("not", "here")}
        shared = Forms(forms)
        for window in (32, 5, 1):
            expected = reference_snippet(text, forms, window)
            assert snippet(text, forms, window=window) == expected, (text, forms, window)
            assert snippet(text, shared, window=window) == expected, (text, forms, window)
            checked += 1
    assert checked == 450


def test_snippet_marks_folded_forms_and_escapes():
    text = "Before <b>KERKÜK</b> & the Oil ministry; " + "filler " * 40 + "oil again"
    out = snippet(text, Forms({exact_term("oil"), exact_term("Kerkük")}))
    assert out.startswith(
        "Before &lt;b&gt;<mark>KERKÜK</mark>&lt;/b&gt; &amp; the <mark>Oil</mark>"
    )
    assert out.endswith("…")
    assert snippet("no words here? ...", set()) == "no words here? ..."
    assert snippet("... ---", {"oil"}) == escape("... ---")


def facet_pairs(rng: np.random.Generator, size: int, values: int, multi: bool):
    docs, ords = [], []
    for doc in range(size):
        for ordinal in sorted(
            rng.choice(values, size=rng.integers(0, 3 if multi else 2), replace=False)
        ):
            docs.append(doc)
            ords.append(int(ordinal))
    docs, ords = np.array(docs, dtype=np.int64), np.array(ords, dtype=np.int32)
    names = [f"v{i}" for i in range(values)]
    return FacetColumn(
        values=names,
        ordinal={v: i for i, v in enumerate(names)},
        docs=docs,
        ords=ords,
        dense=dense_ordinals(docs, ords, size, values),
    )


@pytest.mark.parametrize("multi", (False, True))
def test_facet_counts_by_hits_misses_or_mask_equal_a_pass_over_the_pairs(multi):
    rng = np.random.default_rng(3)
    size = 3000
    column = facet_pairs(rng, size, 12, multi)
    assert (column.dense is None) == multi
    for share in (0.0, 0.001, 0.01, 0.2, 0.6, 0.99, 1.0):
        mask = rng.random(size) < share
        expected = np.bincount(column.ords[mask[column.docs]], minlength=12)
        hits, misses = np.flatnonzero(mask), np.flatnonzero(~mask)
        assert column.counts(mask).tolist() == expected.tolist(), share
        assert column.counts(mask, hits).tolist() == expected.tolist(), share
        assert column.counts(mask, None, misses).tolist() == expected.tolist(), share
        wanted = ["v1", "v5", "absent"] if share < 0.5 else ["v7"]
        by_pairs = np.zeros(size, dtype=bool)
        by_pairs[column.docs[np.isin(column.ords, [column.ordinal[v] for v in wanted[:2]])]] = True
        assert column.mask_for(wanted, size).tolist() == by_pairs.tolist(), share
    assert not column.mask_for(["absent"], size).any()


def test_api_record_dict_equals_to_dict():
    baghdad = ZoneInfo("Asia/Baghdad")
    full = Release(
        url="https://ina.iq/eng/9948--.html",
        title="Oil exports",
        body="Text.",
        release_id=9948,
        date=datetime(2021, 5, 1, 10, 30, tzinfo=baghdad),
        author="Amna Al-Salami",
        language="en",
        images=(Image("https://ina.iq/a.jpg", "A caption"), Image("https://ina.iq/b.jpg")),
    )
    bare = Release(url="https://ina.iq/x", title="", body="")
    for release in (full, bare):
        assert record_dict(release) == release.to_dict()
        assert list(record_dict(release)) == list(release.to_dict())


def test_first_by_date_equals_ranking_by_date():
    rng = np.random.default_rng(5)
    size = 20_000
    stamps = rng.integers(1_500_000_000, 1_500_000_000 + 400, size)  # many ties
    stamps[rng.random(size) < 0.05] = NO_DATE
    for newest in (True, False):
        order = date_order(stamps, newest)
        for share in (0.0, 0.0005, 0.01, 0.3, 1.0):
            mask = rng.random(size) < share
            for limit in (1, 20, 100, 5000):
                expected = by_date(stamps, mask, newest, limit)
                got = first_by_date(order, mask, limit)
                assert got.tolist() == expected.tolist(), (newest, share, limit)
