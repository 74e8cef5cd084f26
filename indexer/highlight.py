"""HTML-safe snippets: the best window of a text, escaped, with matched words in ``<mark>``."""

from __future__ import annotations

from functools import lru_cache
from html import escape
from itertools import compress, islice

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
        spans = [match.span() for match in matches[:window]]
        return _marked(text, spans, (), 0, len(text) if len(matches) <= window else None)
    words = TOKEN_RE.findall(text)
    if not words:
        return escape(text[:300])
    hits = _hit_positions(words, forms)
    first = _best_start(hits, len(words), window)
    last = min(len(words), first + window) - 1
    spans = _spans(text, words, first, last)
    return _marked(text, spans, hits, first, len(text) if last == len(words) - 1 else None)


class Forms(set):
    """A query's forms to mark (see :func:`snippet`), with what each word seen so far in the
    search's snippets resolved to: a page's bodies share most of their words."""

    __slots__ = ("marks",)

    def __init__(self, forms=()) -> None:
        super().__init__(forms)
        self.marks: dict[str, bool] = {}


def _hit_positions(words: list[str], forms: set) -> list[int]:
    """The positions of the words to mark, in order: each distinct word's form is looked up
    once, then the words are marked by a dict lookup each."""
    marks = forms.marks if isinstance(forms, Forms) else {}
    marked = list(map(marks.get, words))
    if None in marked:
        for word in {w for w, m in zip(words, marked, strict=True) if m is None}:
            marks[word] = _form(word) in forms
        marked = list(map(marks.__getitem__, words))
    hits = list(compress(range(len(words)), marked))
    phrases = [p for p in forms if isinstance(p, tuple)]
    if not phrases:
        return hits
    hit_set = set(hits)
    form_of = {word: _form(word) for word in set(words)}
    for phrase in phrases:
        n = len(phrase)
        starts = {word for word, form in form_of.items() if form == phrase[0]}
        for i, word in enumerate(words):
            if word in starts and tuple(form_of[w] for w in words[i : i + n]) == phrase:
                hit_set.update(range(i, i + n))
    return sorted(hit_set)


def _spans(text: str, words: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """Character offsets of words ``first`` to ``last``. Every word character belongs to a
    word, so each word's first occurrence after the previous word's end is where it stands."""
    cursor = 0
    find = text.find
    for word in words[:first]:
        cursor = find(word, cursor) + len(word)
    spans = []
    for word in words[first : last + 1]:
        start = find(word, cursor)
        cursor = start + len(word)
        spans.append((start, cursor))
    return spans


def _marked(text: str, spans: list, hits, first: int, end: int | None) -> str:
    """The window's text escaped, hits in ``<mark>``; ``spans`` are the window's words'
    offsets from word ``first`` on, ``end`` None when the window stops before the end."""
    hit_set = set(hits)
    start = 0 if first == 0 else spans[0][0]
    stop = spans[-1][1] if end is None else end
    out = ["…"] if start > 0 else []
    cursor = start
    for i, (s, e) in enumerate(spans, first):
        if i in hit_set:
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
        return Forms()
    forms = Forms()
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
