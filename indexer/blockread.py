"""Decoding W3 posting blocks: ids and weights without the positions, positions in bulk.

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

import numpy as np

# The first value of a positions tuple: MARK, then the global that decodes a bytes value.
_VALUES_START = b"(c_codecs\nencode\n"
_CLOSE = b")\x87."  # EMPTY_TUPLE for the values, TUPLE3, STOP
_INT_SIZE = 4  # a Positions value starts with the packed frequency
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


def decode_many(values: list[bytes]) -> list[list[int]]:
    """The position deltas of many Positions-format values with one unpickling.

    Each value is a packed count then a protocol-2 pickle of the delta list; their bodies
    (between the PROTO and STOP opcodes) are cut out with numpy and spliced into one pickled
    outer list.
    """
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    if lengths.size and lengths.min() > _INT_SIZE + 2:
        buf = np.frombuffer(b"".join(values), dtype=np.uint8)
        ends = np.cumsum(lengths)
        starts = ends - lengths
        if (
            np.all(buf[starts + _INT_SIZE] == 0x80)
            and np.all(buf[starts + _INT_SIZE + 1] == 2)
            and np.all(buf[ends - 1] == ord("."))
        ):
            keep = np.ones(buf.size, dtype=bool)
            for k in range(_INT_SIZE + 2):
                keep[starts + k] = False
            keep[ends - 1] = False
            spliced = b"\x80\x02](" + buf[keep].tobytes() + b"e."
            try:
                decoded = loads(spliced)
            except Exception:  # noqa: BLE001 - an unexpected layout: decode one by one below
                decoded = None
            if (
                isinstance(decoded, list)
                and len(decoded) == len(values)
                and set(map(type, decoded)) <= {list}
            ):
                return decoded
    return [loads(v[_INT_SIZE:] + b".") for v in values]
