"""Vectorised query evaluation: masks and BM25 scores as numpy arrays over all documents.

Term leaves (and the stem groups of :class:`indexer.query.StemTerm`) come from cached posting
arrays; And/Or/Not combine masks and add scores; phrases check token positions of the candidate
documents only. Anything else (wildcards, ranges, fuzzy terms...) is matched by Whoosh and
scores a constant. Scores follow BM25 per field (k1 1.2, b 0.75), summed over fields and words
like Whoosh's BM25F; a stem group counts as one term (its forms' frequencies added up).
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.util.times import long_to_datetime

from indexer.analysis import exact_term
from indexer.postings import SHIFT
from indexer.query import StemTerm, expand
from indexer.schema import BAGHDAD, NO_DATE, TEXT_FIELDS
from indexer.termcache import WHOLE_FACTOR

K1 = 1.2
B = 0.75


class Evaluator:
    """Evaluate a parsed query against one snapshot (see :class:`indexer.snapshot.Snapshot`)."""

    def __init__(self, snap, *, scoring: bool = True) -> None:
        self.snap = snap
        self.scoring = scoring  # False: matches only (results sorted by date), scores all 0
        self.size = snap.columns.size
        self.alive = snap.columns.alive
        self.n_docs = max(1, int(self.alive.sum()))

    def run(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """(mask of matching live documents, float32 scores) of a query."""
        mask, score = self._eval(q)
        mask &= self.alive
        return mask, score

    # -- nodes ------------------------------------------------------------------------------

    def _eval(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """Dispatch on the node type."""
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return self._empty()
        if isinstance(q, StemTerm):
            forms = self.snap.stems.forms(q.text) if q.fieldname in TEXT_FIELDS else [q.text]
            return self._terms(q.fieldname, forms, q.boost)
        if type(q) is wq.Term:
            return self._terms(q.fieldname, [q.text], q.boost)
        if isinstance(q, wq.Phrase):
            return self._phrase(q)
        if isinstance(q, wq.AndNot):
            mask, score = self._eval(q.a)
            notmask, _ = self._eval(q.b)
            return mask & ~notmask, score
        if isinstance(q, wq.AndMaybe):
            mask, score = self._eval(q.a)
            _, extra = self._eval(q.b)
            return mask, score + extra * mask
        if isinstance(q, wq.Not):
            inner, _ = self._eval(q.query)
            return self.alive & ~inner, np.zeros(self.size, dtype=np.float32)
        if isinstance(q, wq.And):
            return self._and(q.subqueries)
        if isinstance(q, wq.Or | wq.DisjunctionMax):
            mask, score = self._empty()
            for sub in q.subqueries:
                m, s = self._eval(sub)
                mask |= m
                score += s
            return mask, score * q.boost
        if isinstance(q, wq.NumericRange) and q.fieldname == "date":
            return self._date_range(q)
        if isinstance(q, wq.Every):
            return self.alive.copy(), np.zeros(self.size, dtype=np.float32)
        return self._by_whoosh(q)

    def _and(self, subqueries) -> tuple[np.ndarray, np.ndarray]:
        """All positive clauses, none of the Not clauses."""
        mask = np.ones(self.size, dtype=bool)
        score = np.zeros(self.size, dtype=np.float32)
        positive = False
        for sub in subqueries:
            m, s = self._eval(sub)
            if isinstance(sub, wq.Not):
                mask &= m
                continue
            positive = True
            mask &= m
            score += s
        if not positive:
            mask &= self.alive
        return mask, score

    def _empty(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(self.size, dtype=bool), np.zeros(self.size, dtype=np.float32)

    def _terms(
        self, fieldname: str, forms: list[str], boost: float
    ) -> tuple[np.ndarray, np.ndarray]:
        """One term, or a stem group counted as one term, in one field, scored by BM25."""
        cache = self.snap.postings
        if fieldname not in self.snap.schema:
            return self._empty()
        parts = [cache.get(fieldname, form) for form in forms]
        parts = [p for p in parts if p[0].size]
        if not parts:
            return self._empty()
        # BM25 on the matching documents only, then scattered over the archive: the same
        # element-wise arithmetic as over whole arrays, without passes over every document.
        if not self.scoring:
            mask = np.zeros(self.size, dtype=bool)
            for ids, _ in parts:
                mask[ids] = True
            return mask, np.zeros(self.size, dtype=np.float32)
        if len(parts) == 1:
            ids, weights = parts[0]  # one term: each document once
            tf = np.asarray(weights, dtype=np.float32)
        else:  # a stem group: the forms' frequencies added up per document
            ids, where = np.unique(np.concatenate([p[0] for p in parts]), return_inverse=True)
            tf = np.bincount(where, weights=np.concatenate([p[1] for p in parts]))
            tf = tf.astype(np.float32)
        mask = np.zeros(self.size, dtype=bool)
        mask[ids] = True
        if fieldname not in TEXT_FIELDS:  # an ID/keyword field: matches, no score
            return mask, np.zeros(self.size, dtype=np.float32)
        df = int(self.alive[ids].sum())
        idf = np.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))
        lengths = self.snap.columns.lengths.get(fieldname)
        if lengths is None:  # short fields (author, place...): no length normalisation
            norm = np.float32(K1)
        else:
            avg = self.snap.columns.avg_length[fieldname] or 1.0
            norm = K1 * ((1.0 - B) + B * lengths[ids] / avg)
        score = np.zeros(self.size, dtype=np.float32)
        score[ids] = (idf * tf * (K1 + 1.0) / (tf + norm)).astype(np.float32)
        return mask, score * boost

    def _phrase(self, q: wq.Phrase) -> tuple[np.ndarray, np.ndarray]:
        """Documents with the words at consecutive positions (within ``slop``)."""
        words = [exact_term(w) for w in q.words]
        if not words:
            return self._empty()
        if len(words) == 1:
            return self._terms(q.fieldname, words, q.boost)
        cache = self.snap.postings
        unique = list(dict.fromkeys(words))
        if q.fieldname not in self.snap.schema:
            return self._empty()
        dfs = {w: cache.doc_frequency(q.fieldname, w) for w in unique}
        rarest = min(dfs.values())
        if rarest == 0:
            return self._empty()
        # Words not much commoner than the rarest are read whole, postings and positions in
        # one pass (and cached); the others only where the rarer words all occur.
        for word in unique:
            if dfs[word] <= WHOLE_FACTOR * rarest:
                cache.prepare(q.fieldname, word)
        mask, score = np.ones(self.size, dtype=bool), np.zeros(self.size, dtype=np.float32)
        for word in words:
            m, s = self._terms(q.fieldname, [word], q.boost)
            mask &= m
            score += s
        mask &= self.alive
        candidates = np.flatnonzero(mask)
        if candidates.size == 0:
            return mask, score
        found = {w: cache.keys(q.fieldname, w, candidates) for w in unique}
        slop = max(1, q.slop)
        keep = np.zeros(self.size, dtype=bool)
        if slop == 1:
            # Keys shifted back by each word's offset meet where a phrase starts; intersect
            # the smallest arrays first.
            shifted = sorted((found[word] - offset for offset, word in enumerate(words)), key=len)
            starts = shifted[0]
            for other in shifted[1:]:
                starts = _intersect_sorted(starts, other)
                if starts.size == 0:
                    break
            keep[starts >> SHIFT] = True
        else:
            # Each word's positions within ``slop`` after a match of the word before it, as
            # sorted keys: one intersection per distance, no loop over documents.
            current = found[words[0]]
            for word in words[1:]:
                keys = found[word]
                near = [_intersect_sorted(keys - d, current) + d for d in range(1, slop + 1)]
                current = np.unique(np.concatenate(near))
                if current.size == 0:
                    break
            keep[current >> SHIFT] = True
        keep &= mask
        return keep, np.where(keep, score, 0.0).astype(np.float32)

    def _date_range(self, q: wq.NumericRange) -> tuple[np.ndarray, np.ndarray]:
        """``date:[a TO b]`` from the timestamp column (the date field has no postings)."""
        stamps = self.snap.columns.timestamp
        mask = stamps != NO_DATE
        if q.start is not None:
            low = _unix(q.start)
            mask &= stamps > low if q.startexcl else stamps >= low
        if q.end is not None:
            high = _unix(q.end)
            mask &= stamps < high if q.endexcl else stamps <= high
        return mask, np.zeros(self.size, dtype=np.float32)

    def _by_whoosh(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """Match an unusual node with Whoosh itself; every match scores 1."""
        mask = np.zeros(self.size, dtype=bool)
        with self.snap.lock:
            docs = np.fromiter(
                self.snap.searcher.docs_for_query(expand(q, self.snap.stems)), dtype=np.int64
            )
        mask[docs] = True
        return mask, mask.astype(np.float32) * q.boost


def _intersect_sorted(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The values of sorted ``a`` that are in sorted ``b`` (binary search, no hashing)."""
    if a.size == 0 or b.size == 0:
        return a[:0]
    at = np.searchsorted(b, a)
    at[at == b.size] = b.size - 1
    return a[b[at] == a]


def _unix(value: int) -> int:
    """Whoosh's DATETIME number (microseconds, naive Baghdad wall-clock) as Unix seconds."""
    return int(long_to_datetime(value).replace(tzinfo=BAGHDAD).timestamp())
