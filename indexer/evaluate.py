"""Vectorised query evaluation: matching documents and BM25 scores with numpy.

Term leaves (and the stem groups of :class:`indexer.query.StemTerm`) come from cached posting
arrays; And/Or/Not combine the sets and add the scores (:mod:`indexer.matchsets`: sparse while
small, whole-archive arrays once combined); phrases check token positions of the candidate
documents only. Anything else (wildcards, ranges, fuzzy terms...) is matched by Whoosh and
scores a constant. Scores follow BM25 per field (k1 1.2, b 0.75), summed over fields and words
like Whoosh's BM25F; a stem group counts as one term (its forms' frequencies added up).
"""

from __future__ import annotations

import threading
import weakref

import numpy as np
from whoosh import query as wq
from whoosh.util.times import long_to_datetime

from indexer import matchsets as ms
from indexer.analysis import exact_term
from indexer.postings import SHIFT
from indexer.query import StemTerm, expand
from indexer.schema import BAGHDAD, NO_DATE, TEXT_FIELDS
from indexer.termcache import WHOLE_FACTOR
from indexer.vocab import vocabulary

K1 = 1.2
B = 0.75

_norms: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # snapshot → field → norms
_norms_lock = threading.Lock()


class Evaluator:
    """Evaluate a parsed query against one snapshot (see :class:`indexer.snapshot.Snapshot`)."""

    def __init__(self, snap, *, scoring: bool = True) -> None:
        self.snap = snap
        self.scoring = scoring  # False: matches only (results sorted by date), scores all 0
        self.size = snap.columns.size
        self.alive = snap.columns.alive
        self.n_docs = max(1, int(self.alive.sum()))
        self.all_alive = self.n_docs == self.size  # then a term's df is its postings' count

    def run(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """(mask of matching live documents, float32 scores) of a query."""
        mask, score = self._eval(q)
        mask = ms.dense_mask(mask, self.size)  # every dense mask here is the evaluator's own
        mask &= self.alive
        return mask, ms.dense_score(score, self.size)

    # -- nodes ------------------------------------------------------------------------------

    def _eval(self, q: wq.Query) -> tuple[ms.Mask, ms.Score]:
        """Dispatch on the node type."""
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return ms.NOTHING, None
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
            return ms.difference(mask, notmask, self.size), score
        if isinstance(q, wq.AndMaybe):
            mask, score = self._eval(q.a)
            _, extra = self._eval(q.b)
            mask = ms.dense_mask(mask, self.size)
            size = self.size
            return mask, ms.dense_score(score, size) + ms.dense_score(extra, size) * mask
        if isinstance(q, wq.Not):
            inner, _ = self._eval(q.query)
            return self.alive & ~ms.dense_mask(inner, self.size), None
        if isinstance(q, wq.And):
            return self._and(q.subqueries)
        if isinstance(q, wq.Or | wq.DisjunctionMax):
            found = [self._eval(sub) for sub in q.subqueries]
            mask = ms.union([m for m, _ in found], self.size)
            score = ms.add_scores([s for _, s in found], self.size)
            return mask, ms.boosted(score, q.boost)
        if isinstance(q, wq.NumericRange) and q.fieldname == "date":
            return self._date_range(q), None
        if isinstance(q, wq.Every):
            return self.alive.copy(), None
        return self._by_whoosh(q)

    def _and(self, subqueries) -> tuple[ms.Mask, ms.Score]:
        """All positive clauses, none of the Not clauses; the scores of every positive clause
        are added over all its documents (a partial match adds to an enclosing Or)."""
        masks, scores = [], []
        positive = False
        for sub in subqueries:
            m, s = self._eval(sub)
            masks.append(m)
            if not isinstance(sub, wq.Not):
                positive = True
                scores.append(s)
        mask = ms.intersection(masks, self.size)
        if not positive:
            mask = ms.intersection([mask, self.alive], self.size)
        return mask, ms.add_scores(scores, self.size)

    def _present(self, fieldname: str, form: str) -> bool:
        """Whether a text field's vocabulary holds a word (one look-up instead of a read)."""
        if fieldname not in TEXT_FIELDS:
            return True
        return form in vocabulary(self.snap, fieldname).counts

    def _terms(self, fieldname: str, forms: list[str], boost: float) -> tuple[ms.Mask, ms.Score]:
        """One term, or a stem group counted as one term, in one field, scored by BM25."""
        cache = self.snap.postings
        if fieldname not in self.snap.schema:
            return ms.NOTHING, None
        parts = [cache.get(fieldname, f) for f in forms if self._present(fieldname, f)]
        parts = [p for p in parts if p[0].size]
        if not parts:
            return ms.NOTHING, None
        if len(parts) == 1:
            ids, weights = parts[0]  # one term: each document once, ascending
            tf = np.asarray(weights, dtype=np.float32) if self.scoring else None
        else:
            ids, tf = self._group(parts)
        if tf is None or fieldname not in TEXT_FIELDS:  # unscored, or an ID/keyword field
            return ids, None
        df = ids.size if self.all_alive else int(self.alive[ids].sum())
        idf = np.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))
        norms = self._norms(fieldname)
        norm = np.float32(K1) if norms is None else norms[ids]
        # idf * tf * (K1 + 1) / (tf + norm), in the same order and types, in place
        values = idf * tf
        values *= K1 + 1.0
        values /= tf + norm
        values = values.astype(np.float32)
        if boost != 1.0:
            values *= boost
        return ids, (ids, values)

    def _group(
        self, parts: list[tuple[np.ndarray, np.ndarray]]
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """A stem group's documents (any form) and the forms' frequencies added up per document
        in float64, form by form (float32; None unscored): sorted together while few, else
        gathered over the whole archive (a sort of common forms' postings cost far more)."""
        if sum(p[0].size for p in parts) * ms.SPARSE_SHARE < self.size:
            ids, where = np.unique(np.concatenate([p[0] for p in parts]), return_inverse=True)
            if not self.scoring:
                return ids, None
            tf = np.bincount(where, weights=np.concatenate([p[1] for p in parts]))
            return ids, tf.astype(np.float32)
        seen = np.zeros(self.size, dtype=bool)
        for p in parts:
            seen[p[0]] = True
        ids = np.flatnonzero(seen)
        if not self.scoring:
            return ids, None
        sums = np.zeros(self.size, dtype=np.float64)
        for p in parts:
            sums[p[0]] += p[1]
        return ids, sums[ids].astype(np.float32)

    def _norms(self, fieldname: str) -> np.ndarray | None:
        """BM25's length normalisation of every document in a field (float32), computed once
        per snapshot; None for the short fields (author, place...), which have none."""
        with _norms_lock:
            per_field = _norms.setdefault(self.snap, {})
            if fieldname not in per_field:
                lengths = self.snap.columns.lengths.get(fieldname)
                if lengths is not None:
                    avg = self.snap.columns.avg_length[fieldname] or 1.0
                    lengths = K1 * ((1.0 - B) + B * lengths / avg)
                per_field[fieldname] = lengths
            return per_field[fieldname]

    def _phrase(self, q: wq.Phrase) -> tuple[ms.Mask, ms.Score]:
        """Documents with the words at consecutive positions (within ``slop``)."""
        words = [exact_term(w) for w in q.words]
        if not words:
            return ms.NOTHING, None
        if len(words) == 1:
            return self._terms(q.fieldname, words, q.boost)
        cache = self.snap.postings
        unique = list(dict.fromkeys(words))
        if q.fieldname not in self.snap.schema:
            return ms.NOTHING, None
        dfs = {w: cache.doc_frequency(q.fieldname, w) for w in unique}
        rarest = min(dfs.values())
        if rarest == 0:
            return ms.NOTHING, None
        # Words not much commoner than the rarest are read whole, postings and positions in
        # one pass (and cached); the others only where the rarer words all occur.
        for word in unique:
            if dfs[word] <= WHOLE_FACTOR * rarest:
                cache.prepare(q.fieldname, word)
        found = [self._terms(q.fieldname, [word], q.boost) for word in words]
        score = ms.add_scores([s for _, s in found], self.size)
        candidates = ms.restrict(ms.intersection([m for m, _ in found], self.size), self.alive)
        if candidates.size == 0:
            return candidates, score
        keys = {w: cache.keys(q.fieldname, w, candidates) for w in unique}
        slop = max(1, q.slop)
        if slop == 1:
            # Keys shifted back by each word's offset meet where a phrase starts; intersect
            # the smallest arrays first.
            shifted = sorted((keys[word] - offset for offset, word in enumerate(words)), key=len)
            current = shifted[0]
            for other in shifted[1:]:
                current = ms.intersect_sorted(current, other)
                if current.size == 0:
                    break
        else:
            # Each word's positions within ``slop`` after a match of the word before it, as
            # sorted keys: one intersection per distance, no loop over documents.
            current = keys[words[0]]
            for word in words[1:]:
                later = keys[word]
                near = [ms.intersect_sorted(later - d, current) + d for d in range(1, slop + 1)]
                current = np.unique(np.concatenate(near))
                if current.size == 0:
                    break
        keep = ms.intersect_sorted(np.unique(current >> SHIFT), candidates, self.size)
        return keep, (None if score is None else (keep, ms.scores_at(score, keep)))

    def _date_range(self, q: wq.NumericRange) -> np.ndarray:
        """``date:[a TO b]`` from the timestamp column (the date field has no postings)."""
        stamps = self.snap.columns.timestamp
        mask = stamps != NO_DATE
        if q.start is not None:
            low = _unix(q.start)
            mask &= stamps > low if q.startexcl else stamps >= low
        if q.end is not None:
            high = _unix(q.end)
            mask &= stamps < high if q.endexcl else stamps <= high
        return mask

    def _by_whoosh(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """Match an unusual node with Whoosh itself; every match scores 1."""
        mask = np.zeros(self.size, dtype=bool)
        with self.snap.lock:
            docs = np.fromiter(
                self.snap.searcher.docs_for_query(expand(q, self.snap.stems)), dtype=np.int64
            )
        mask[docs] = True
        return mask, mask.astype(np.float32) * q.boost


def _unix(value: int) -> int:
    """Whoosh's DATETIME number (microseconds, naive Baghdad wall-clock) as Unix seconds."""
    return int(long_to_datetime(value).replace(tzinfo=BAGHDAD).timestamp())
