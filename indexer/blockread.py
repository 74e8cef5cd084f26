"""A posting block's document ids and weights without decoding its positions.

A block of whoosh3's W3 codec is one (compressed) pickle of ``(ids, weights, values)``; in a
text field the values are the positions, pickled as one ``_codecs.encode`` call each, and they
are most of the block. A query that only scores documents needs the ids and weights, so this
inflates only the start of the block (``zlib`` stops at ``max_length``), cuts the pickle where
the values tuple begins, closes it with an empty tuple, and unpickles that: the positions are
neither inflated nor decoded. Anything unexpected (no values marker, another shape) falls back
to decoding the whole block, so the answer is always the codec's own.
"""

from __future__ import annotations

import zlib
from pickle import loads

# The first value of a positions tuple: MARK, then the global that decodes a bytes value.
_VALUES_START = b"(c_codecs\nencode\n"
_CLOSE = b")\x87."  # EMPTY_TUPLE for the values, TUPLE3, STOP
PREFIX = 2048  # bytes inflated first; the ids and weights of 128 postings take ~0.3-1.5 KB


def ids_and_weights(compression: int, raw: bytes) -> tuple:
    """``(ids, weights)`` of one W3 block, as the codec pickled them (deltas; the weights may
    be one number for the whole block, or None)."""
    if compression:
        inflater = zlib.decompressobj()
        head = inflater.decompress(raw, PREFIX)
    else:
        inflater, head = None, raw
    cut = head.find(_VALUES_START)
    if cut > 0:
        try:
            ids, weights, _ = loads(head[:cut] + _CLOSE)
        except Exception:  # noqa: BLE001 - an unexpected layout: decode the whole block
            pass
        else:
            if isinstance(ids, tuple | list) and (
                weights is None or isinstance(weights, int | float) or len(weights) == len(ids)
            ):
                return ids, weights
    if inflater is not None and not inflater.eof:
        head += inflater.decompress(inflater.unconsumed_tail)
        if inflater.eof:
            return ids_and_weights(0, head)  # the marker may be in the rest
    block = loads(head if inflater is None or inflater.eof else zlib.decompress(raw))
    return block[0], block[1]
