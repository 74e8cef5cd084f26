"""The parsed and resolved queries of each open snapshot, remembered by their text.

Parsing a query (Whoosh's QueryParser) and resolving it against the snapshot (fields, stems,
expansions, the postings budget) took ~15% of a search at 100,000 releases, and the same text
comes back: the next page, another sort or filter, the suggestion's own counts. A parse depends
only on the text, the snapshot and the caps of :mod:`indexer.resolve` (part of the key, so that a
changed cap is never answered from before), and nothing mutates a :class:`indexer.query.Parsed`
or its query tree afterwards, so one parse serves every later search of the same snapshot.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict

from indexer import cost, resolve
from indexer.query import Parsed, parse

PER_SNAPSHOT = 512  # query texts remembered per snapshot (each a small Whoosh query tree)

_lock = threading.Lock()
_by_snapshot: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # gone with the snapshot


def parsed(snap, text: str) -> Parsed:
    """:func:`indexer.query.parse` of ``text`` against ``snap``, remembered."""
    key = (
        text,
        resolve.MAX_POSTINGS,
        resolve.MAX_EXPANSION,
        resolve.MAX_TERMS,
        cost.DECODED_SHARE,
        cost.DECODED_PHRASE_SHARE,
        cost.MIN_DOCS,
    )
    with _lock:
        found = _by_snapshot.setdefault(snap, OrderedDict())
        result = found.get(key)
        if result is not None:
            found.move_to_end(key)
            return result
    result = parse(text, snap.schema, snap.stems, snap)
    with _lock:
        found[key] = result
        if len(found) > PER_SNAPSHOT:
            found.popitem(last=False)
    return result
