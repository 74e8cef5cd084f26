"""HTML-safe snippets: the best window of a text, escaped, with matched words in ``<mark>``."""

from __future__ import annotations

from functools import lru_cache
from html import escape
from itertools import islice

from whoosh import query as wq

from indexer.analysis import TOKEN_RE, exact_term
from indexer.query import StemTerm

WINDOW_WORDS = 32
# A word's exact form, remembered: a page's snippets tokenize whole bodies (~2 ms each with the
# Arabic, Kurdish and Turkic folding), and the same words recur across releases.
_form = lru_cache(maxsize=200_000)(exact_term)


def snippet(text: str, forms: set, *, window: int = WINDOW_WORDS) -> str:
    """The window of ``window`` words with the most matches, escaped, matches marked.

    Args:
        text: the plain text (a release body); any markup in it is escaped, never interpreted.
        forms: exact-form terms to mark (see :func:`indexer.analysis.exact_term`), and tuples of
            them: phrases, marked only where their words follow each other.
        window: words per snippet.

    Returns:
        An HTML-safe string; "…" marks text cut at either end.
    """
    if not text:
        return ""
    if not forms:  # nothing to mark: the first window, without tokenizing the rest of the text
        matches = list(islice(TOKEN_RE.finditer(text), window + 1))
        if not matches:
            return escape(text[:300])
        cut = len(matches) > window
        return _marked(text, matches[:window], set(), 0, len(text) if not cut else None)
    words = TOKEN_RE.findall(text)
    if not words:
        return escape(text[:300])
    hits = _hit_positions(words, forms)
    first = _best_start(hits, len(words), window)
    last = min(len(words), first + window) - 1
    # Match objects (character offsets) only for the chosen window.
    matches = list(islice(TOKEN_RE.finditer(text), first, last + 1))
    return _marked(text, matches, hits, first, len(text) if last == len(words) - 1 else None)


def _hit_positions(words: list[str], forms: set) -> list[int]:
    """The positions of the words to mark, in order: each distinct word's form is looked up
    once (a body repeats its words), then one pass finds where the matching words stand."""
    form_of = {word: _form(word) for word in set(words)}
    marking = {word for word, form in form_of.items() if form in forms}
    hits = {i for i, word in enumerate(words) if word in marking} if marking else set()
    for phrase in (p for p in forms if isinstance(p, tuple)):
        n = len(phrase)
        starts = {word for word, form in form_of.items() if form == phrase[0]}
        for i, word in enumerate(words):
            if word in starts and tuple(form_of[w] for w in words[i : i + n]) == phrase:
                hits.update(range(i, i + n))
    return sorted(hits)


def _marked(text: str, matches: list, hits, first: int, end: int | None) -> str:
    """The window's text escaped, hits in ``<mark>``; ``matches`` are the window's words from
    word ``first`` on, ``end`` None when the window stops before the end of the text."""
    hit_set = set(hits)
    start = 0 if first == 0 else matches[0].start()
    stop = matches[-1].end() if end is None else end
    out = ["…"] if start > 0 else []
    cursor = start
    for i, match in enumerate(matches, first):
        if i in hit_set:
            s, e = match.span()
            out.append(escape(text[cursor:s]))
            out.append(f"<mark>{escape(text[s:e])}</mark>")
            cursor = e
    out.append(escape(text[cursor:stop]))
    if stop < len(text):
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


def query_forms(snap, q: wq.Query | None) -> set:
    """What a query matches in the body, for snippets: exact-form terms, and phrases as tuples.

    Only body-field clauses count (``author:"Amna Al-Salami"`` marks nothing in the body), and
    nothing under NOT.
    """
    if q is None or q is wq.NullQuery:
        return set()
    forms: set[str] = set()
    odd: list[wq.Query] = []

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, StemTerm):
            if node.fieldname == "body":
                forms.update(snap.stems.forms(node.text))
        elif type(node) is wq.Term:
            if node.fieldname == "body":
                forms.add(node.text)
        elif isinstance(node, wq.Phrase):
            if node.fieldname != "body":
                return
            words = tuple(exact_term(w) for w in node.words)
            if node.slop > 1 or len(words) == 1:
                forms.update(words)
            else:
                forms.add(words)
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
            if field == "body"
        )
    return forms
