"""The evaluator's masks and scores equal a plain whole-archive evaluation, bit for bit.

The reference below is the evaluator as it was before sets were kept sparse: every node a mask
and float32 scores over every document, combined with ``|``, ``&`` and ``+=`` in query order,
phrases matched by Whoosh itself. Scores are compared whole, outside the matches too, because
an Or adds the partial scores of its And clauses.
"""

from __future__ import annotations

import numpy as np
import pytest
from index_fixtures import demo_releases, hand_releases, make_store
from whoosh import query as wq

from indexer import Archive, parsecache, update_index
from indexer.evaluate import K1, B, Evaluator
from indexer.query import StemTerm, expand
from indexer.schema import TEXT_FIELDS

QUERIES = [
    "oil",
    "ministry oil",
    "oil OR spokesman",
    "ministry -oil",
    "ministry AND NOT oil",
    '"oil ministry"',
    "title:oil body:ministry",
    "الوزارة",
    "وزارة النفط",
    "minist*",
    "the",
    "nothingatallhere",
    "year:2021 oil",
]


@pytest.fixture(scope="module")
def snap(tmp_path_factory):
    releases = hand_releases() + demo_releases(400)
    data_dir = make_store(tmp_path_factory.mktemp("dense"), releases)
    update_index(data_dir)
    archive = Archive(data_dir)
    yield archive._snap()
    archive.close()


def _reference(snap, q, scoring: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(mask, float32 scores) of a node over every document, the whole-array way."""
    size, alive = snap.columns.size, snap.columns.alive
    zeros = np.zeros(size, dtype=np.float32)
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return np.zeros(size, dtype=bool), zeros
    if isinstance(q, StemTerm | wq.Term) and type(q) in (StemTerm, wq.Term):
        text_field = q.fieldname in TEXT_FIELDS
        forms = snap.stems.forms(q.text) if isinstance(q, StemTerm) and text_field else [q.text]
        return _terms(snap, q.fieldname, forms, q.boost, scoring)
    if isinstance(q, wq.Phrase):
        words = wq.And([wq.Term(q.fieldname, w, boost=q.boost) for w in q.words])
        _, score = _reference(snap, words, scoring)
        with snap.lock:
            docs = list(snap.searcher.docs_for_query(q))
        keep = np.zeros(size, dtype=bool)
        keep[docs] = True
        keep &= alive
        return keep, np.where(keep, score, 0.0).astype(np.float32)
    if isinstance(q, wq.AndNot):
        mask, score = _reference(snap, q.a, scoring)
        return mask & ~_reference(snap, q.b, scoring)[0], score
    if isinstance(q, wq.Not):
        return alive & ~_reference(snap, q.query, scoring)[0], zeros
    if isinstance(q, wq.And):
        mask, score, positive = np.ones(size, dtype=bool), zeros, False
        for sub in q.subqueries:
            m, s = _reference(snap, sub, scoring)
            mask &= m
            if not isinstance(sub, wq.Not):
                positive, score = True, score + s
        return (mask if positive else mask & alive), score
    if isinstance(q, wq.Or):
        mask, score = np.zeros(size, dtype=bool), zeros
        for sub in q.subqueries:
            m, s = _reference(snap, sub, scoring)
            mask, score = mask | m, score + s
        return mask, score * q.boost
    with snap.lock:
        docs = list(snap.searcher.docs_for_query(expand(q, snap.stems)))
    mask = np.zeros(size, dtype=bool)
    mask[docs] = True
    return mask, mask.astype(np.float32) * q.boost


def _terms(snap, field, forms, boost, scoring):
    size, alive = snap.columns.size, snap.columns.alive
    mask, tf = np.zeros(size, dtype=bool), np.zeros(size, dtype=np.float64)
    for form in forms:
        ids, weights = snap.postings.get(field, form)
        mask[ids] = True
        tf[ids] += weights
    if not scoring or field not in TEXT_FIELDS or not mask.any():
        return mask, np.zeros(size, dtype=np.float32)
    ids = np.flatnonzero(mask)
    tf = tf[ids].astype(np.float32)
    df, n_docs = int(alive[ids].sum()), max(1, int(alive.sum()))
    idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
    lengths = snap.columns.lengths.get(field)
    if lengths is None:
        norm = np.float32(K1)
    else:
        norm = K1 * ((1.0 - B) + B * lengths[ids] / (snap.columns.avg_length[field] or 1.0))
    score = np.zeros(size, dtype=np.float32)
    score[ids] = (idf * tf * (K1 + 1.0) / (tf + norm)).astype(np.float32)
    return mask, score * boost


@pytest.mark.parametrize("text", QUERIES)
def test_masks_and_scores_equal_the_whole_array_evaluation(snap, text) -> None:
    q = parsecache.parsed(snap, text).query
    for scoring in (True, False):
        mask, score = Evaluator(snap, scoring=scoring).run(q)
        expected_mask, expected_score = _reference(snap, q, scoring)
        assert np.array_equal(mask, expected_mask & snap.columns.alive), (text, scoring)
        assert score.dtype == np.float32
        assert np.array_equal(score, expected_score), (text, scoring)


def test_the_queries_are_not_trivial(snap) -> None:
    """Most queries match something and score it; an Or of partial phrase matches exists."""
    scored = 0
    for text in QUERIES:
        mask, score = Evaluator(snap).run(parsecache.parsed(snap, text).query)
        scored += bool(mask.any() and score[mask].all())
    assert scored >= len(QUERIES) // 2
