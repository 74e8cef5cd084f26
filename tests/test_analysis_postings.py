"""InaText's postings (terms from a per-token bytes cache, positions grouped in one pass) are
what the plain definition gives: each token's exact term, every position, Positions' encoding."""

from __future__ import annotations

from pickle import dumps

from index_fixtures import hand_releases
from ku_tk_fixtures import RELEASES as KU_TK_RELEASES
from whoosh.system import pack_uint

from indexer.analysis import InaText, exact_term, tokens


def _plain_postings(text: str, boost: float) -> dict[bytes, tuple[int, float, bytes]]:
    """The reference: term → (frequency, weight, Whoosh's Positions value), one token at a time."""
    positions: dict[str, list[int]] = {}
    for pos, token in enumerate(tokens(text)):
        positions.setdefault(exact_term(token), []).append(pos)
    found = {}
    for term, where in positions.items():
        gaps = [where[0]] + [b - a for a, b in zip(where, where[1:], strict=False)]
        found[term.encode("utf-8")] = (
            len(where),
            len(where) * boost,
            pack_uint(len(where)) + dumps(gaps, 2),
        )
    return found


def test_postings_equal_the_plain_definition_in_four_languages() -> None:
    texts = [r.title for r in KU_TK_RELEASES + hand_releases()]
    texts += [r.body for r in KU_TK_RELEASES + hand_releases()]
    texts.append(" ".join(f"Kerkük'te word{i % 900} بغداد هەولێر" for i in range(1500)))  # >4,096
    texts.append("")
    for boost in (1.0, 2.0):
        field = InaText(field_boost=boost)
        for text in texts:
            ours = {term: (freq, weight, value) for term, freq, weight, value in field.index(text)}
            assert len(ours) == len(field.index(text))  # each term once
            assert ours == _plain_postings(text, boost), text[:40]
    assert sum(len(_plain_postings(t, 1.0)) for t in texts) > 500
