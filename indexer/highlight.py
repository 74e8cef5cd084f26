"""HTML-safe snippets: the best window of a text, escaped, with matched words in ``<mark>``."""

from __future__ import annotations

from html import escape

from whoosh import query as wq

from indexer.analysis import TOKEN_RE, exact_term
from indexer.query import StemTerm

WINDOW_WORDS = 32


def snippet(text: str, forms: set[str], *, window: int = WINDOW_WORDS) -> str:
    """The window of ``window`` words with the most matches, escaped, matches marked.

    Args:
        text: the plain text (a release body); any markup in it is escaped, never interpreted.
        forms: exact-form terms to mark (see :func:`indexer.analysis.exact_term`).
        window: words per snippet.

    Returns:
        An HTML-safe string; "…" marks text cut at either end.
    """
    if not text:
        return ""
    spans = [(m.start(), m.end(), exact_term(m.group()) in forms) for m in TOKEN_RE.finditer(text)]
    if not spans:
        return escape(text[:300])
    hits = [i for i, (_, _, hit) in enumerate(spans) if hit]
    first = _best_start(hits, len(spans), window)
    last = min(len(spans), first + window) - 1
    start = 0 if first == 0 else spans[first][0]
    end = len(text) if last == len(spans) - 1 else spans[last][1]
    out = ["…"] if start > 0 else []
    cursor = start
    for i in range(first, last + 1):
        s, e, hit = spans[i]
        if hit:
            out.append(escape(text[cursor:s]))
            out.append(f"<mark>{escape(text[s:e])}</mark>")
            cursor = e
    out.append(escape(text[cursor:end]))
    if end < len(text):
        out.append("…")
    return "".join(out).strip()


def _best_start(hits: list[int], n: int, window: int) -> int:
    """The first word of the window holding the most hits (a little context before the first)."""
    if not hits:
        return 0
    best, best_count, j = hits[0], 0, 0
    for i, h in enumerate(hits):
        while hits[j] < h - window + 1:
            j += 1
        count = i - j + 1
        if count > best_count:
            best, best_count = hits[j], count
    lead = min(4, best)
    return max(0, min(best - lead, n - window))


def query_forms(snap, q: wq.Query | None) -> set[str]:
    """The exact-form terms a query matches in the title or body, for snippets."""
    if q is None or q is wq.NullQuery:
        return set()
    forms: set[str] = set()
    odd: list[wq.Query] = []

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, StemTerm):
            if node.fieldname in ("title", "body"):
                forms.update(snap.stems.forms(node.text))
        elif type(node) is wq.Term:
            if node.fieldname in ("title", "body"):
                forms.add(node.text)
        elif isinstance(node, wq.Phrase):
            forms.update(exact_term(w) for w in node.words)
        elif isinstance(node, wq.AndNot):
            walk(node.a)
        elif node.is_leaf():
            odd.append(node)
        else:
            for child in node.children():
                walk(child)

    walk(q)
    for node in odd:  # wildcards, ranges...: the terms Whoosh expands them to
        with snap.lock:
            terms = node.existing_terms(snap.reader, phrases=True, expand=True)
        forms.update(
            (text.decode("utf-8") if isinstance(text, bytes) else text)
            for field, text in terms
            if field in ("title", "body")
        )
    return forms
