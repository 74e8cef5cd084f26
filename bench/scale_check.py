"""Correctness beside speed: ina-archive's numpy matching against Whoosh's own, on sampled queries.

For each query the parsed tree is evaluated twice on the same snapshot: by
:class:`indexer.evaluate.Evaluator` (what ``Archive.search`` uses) and by Whoosh's searcher over
the same tree with its stem groups expanded. The two sets of live documents must be equal.
"""

from __future__ import annotations

import numpy as np

from indexer.evaluate import Evaluator
from indexer.query import expand, parse


def same_matches(archive, texts: list[str]) -> dict[str, object]:
    """How many of ``texts`` match the same documents both ways, and the first that does not."""
    snap = archive._snap()
    alive = snap.columns.alive
    agree, mismatches = 0, []
    for text in texts:
        parsed = parse(text, snap.schema, snap.stems, snap)
        if parsed.query is None:
            continue
        mask, _ = Evaluator(snap).run(parsed.query)
        with snap.lock:
            docs = np.fromiter(
                snap.searcher.docs_for_query(expand(parsed.query, snap.stems)), dtype=np.int64
            )
        theirs = np.zeros(snap.columns.size, dtype=bool)
        theirs[docs] = True
        theirs &= alive
        if np.array_equal(mask, theirs):
            agree += 1
        else:
            mismatches.append({"query": text, "ours": int(mask.sum()), "whoosh": int(theirs.sum())})
    return {"checked": len(texts), "agree": agree, "mismatches": mismatches[:5]}


def sample_texts(queries, k: int) -> list[str]:
    """``k`` terms, ``k`` two-word ANDs and ``k`` phrases (half of them common words)."""
    texts = list(queries.terms[:k])
    texts += [" ".join(p) for p in queries.pairs[:k]]
    texts += ['"' + " ".join(p) + '"' for p in queries.phrases[: k - k // 2]]
    texts += ['"' + " ".join(p) + '"' for p in queries.common_phrases[: k // 2]]
    return texts
