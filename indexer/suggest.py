"""'Did you mean': respell query words that the index barely knows, from its own vocabulary."""

from __future__ import annotations

from indexer import analysis


def suggest(snap, words: tuple[str, ...], original: str) -> str | None:
    """A respelled query when some of its words are rare or unknown, else None.

    Each word found in fewer than two documents is replaced by the closest indexed body word
    (edit distance up to 2) that is more common.
    """
    reader = snap.reader
    changed = False
    replacement: dict[str, str] = {}
    with snap.lock:
        for word in words:
            form = analysis.exact_term(word)
            if len(form) < 3 or form in replacement:
                continue
            freq = sum(reader.doc_frequency("body", f) for f in snap.stems.forms(word))
            if freq >= 2:
                continue
            options = snap.searcher.suggest("body", form, limit=5, maxdist=2)
            options = [o for o in options if reader.doc_frequency("body", o) > freq]
            if options:
                best = max(options, key=lambda o: reader.doc_frequency("body", o))
                replacement[form] = best
                changed = True
    if not changed:
        return None
    out = []
    for token in original.split():
        bare = token.strip('"()')
        form = analysis.exact_term(bare) if bare else bare
        out.append(token.replace(bare, replacement[form]) if form in replacement else token)
    return " ".join(out)
