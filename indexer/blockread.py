"""Decoding W3 posting blocks: ids and weights without the positions, positions in bulk.

A block of whoosh3's W3 codec is one (compressed) pickle of ``(ids, weights, values)``; in a
text field the values are the positions, and they are most of the block. A query that only
scores documents needs the ids and weights, so this inflates only the start of the block
(``zlib`` stops at ``max_length``), cuts the pickle where the values tuple begins, closes it with
an empty tuple, and unpickles that: the positions are neither inflated nor decoded. Whoosh's
own writer pickles with protocol 2, where each value is a ``_codecs.encode`` call; the bulk
writer uses protocol 3, where each is a ``C`` (or ``B``) bytes opcode followed by the value's
count and its own protocol-2 pickle. Anything unexpected (no values found, another shape)
falls back to decoding the whole block, so the answer is always the codec's own.
"""

from __future__ import annotations

import zlib
from itertools import chain
from pickle import loads

import numpy as np

# Protocol 2: the first value of a positions tuple is MARK, then the global that decodes bytes.
_VALUES_START = b"(c_codecs\nencode\n"
_PROTO_3 = b"\x80\x03"
_SHORT_BINBYTES, _BINBYTES, _MARK, _STOP, _BINPUT = b"CB(.q"
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
    found = _before_values(head)
    if found is not None:
        return found
    if inflater is not None and not inflater.eof:
        head += inflater.decompress(inflater.unconsumed_tail)
        if inflater.eof:
            return ids_and_weights(0, head)  # the values may start in the rest
    return whole_block(head if inflater is None or inflater.eof else zlib.decompress(raw))


def whole_block(data: bytes) -> tuple:
    """``(ids, weights)`` of a block by unpickling all of it (positions included)."""
    block = loads(data)
    return block[0], block[1]


def _before_values(head: bytes) -> tuple | None:
    """``(ids, weights)`` unpickled from the bytes before the values tuple, or None when that
    place is not found for certain."""
    if head.startswith(_PROTO_3):
        cut = _values_cut_3(head)
    else:
        cut = head.find(_VALUES_START)
    if cut <= 0:
        return None
    try:
        ids, weights, _ = loads(head[:cut] + _CLOSE)
    except Exception:  # noqa: BLE001 - an unexpected layout: decode the whole block
        return None
    if isinstance(ids, tuple | list) and (
        weights is None or isinstance(weights, int | float) or len(weights) == len(ids)
    ):
        return ids, weights
    return None


def _values_cut_3(head: bytes) -> int:
    """Where a protocol-3 block's values tuple starts (-1 when not found for certain): its MARK
    (four values or more) or its first value, a ``C``/``B`` bytes opcode, the value's length (1
    or 4 bytes), then the value: a 4-byte count and the gaps' pickle, which ends with STOP, and
    the block's pickle memoizes the value right after it (``BINPUT``).

    ``\\x80\\x02]`` cannot occur in the ids before: a delta's opcode follows every 1- or 2-byte
    argument, and a 4-byte one would have to be over 6 million; in the weights it would take
    a weight of 2**20 or more (or a fraction no count times boost makes), and the length and
    closing checks would have to hold by chance too. Not found, or not closed within ``head``:
    -1, and the caller decodes more."""
    at = head.find(b"\x80")  # memchr: quicker than any search for the three bytes
    while at >= 0 and not head.startswith(b"\x02]", at + 1):
        at = head.find(b"\x80", at + 1)
    if at >= 8 and head[at - 6] == _SHORT_BINBYTES:
        start, end = at - 6, at - 4 + head[at - 5]
    elif at >= 11 and head[at - 9] == _BINBYTES:
        start, end = at - 9, at - 4 + int.from_bytes(head[at - 8 : at - 4], "little")
    else:
        return -1
    if end >= len(head) or head[end - 1] != _STOP or head[end] != _BINPUT:
        return -1
    return start - 1 if head[start - 1] == _MARK else start


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


def position_deltas(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """(positions per value, flat position deltas) of many Positions-format values.

    A value is a big-endian count, then a protocol-2 pickle of the delta list. Most deltas are
    under 256 and pickle as ``K`` plus one byte, so a value whose length is exactly that of an
    all-``K`` list of its count (and whose opcode bytes say so) is read with numpy; any other
    value is unpickled (:func:`decode_many`).
    """
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    buf = np.frombuffer(b"".join(values), dtype=np.uint8)
    starts = np.cumsum(lengths) - lengths
    ok = lengths >= 13  # the shortest all-K value: one position
    if not ok.any():
        lists = decode_many(values) if values else []
        counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
        return counts, np.fromiter(chain.from_iterable(lists), dtype=np.int64)
    at = np.where(ok, starts, 0)
    n = np.zeros(len(values), dtype=np.int64)
    for k in range(_INT_SIZE):
        n = (n << 8) | buf[at + k]
    single = n == 1
    ok &= np.where(single, lengths == 13, lengths == 12 + 2 * n) & (n > 0)
    ok &= (buf[at + 4] == 0x80) & (buf[at + 5] == 2) & (buf[at + 6] == ord("]"))
    ok &= np.where(single, buf[at + 11] == ord("a"), buf[at + 9] == ord("("))
    fast_n = np.where(ok, n, 0)
    first = at + np.where(single, 10, 11)  # the byte after the first K
    within, where = _spread(first, fast_n)
    good = buf[where - 1] == ord("K")
    if not good.all():  # values whose bytes merely have the right length: unpickle them
        ok[np.repeat(np.arange(len(values)), fast_n)[~good]] = False
        fast_n = np.where(ok, n, 0)
        within, where = _spread(first, fast_n)
    slow = np.flatnonzero(~ok)
    lists = decode_many([values[i] for i in slow.tolist()]) if slow.size else []
    counts = fast_n.copy()
    if slow.size:
        counts[slow] = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    out = np.empty(int(counts.sum()), dtype=np.int64)
    out_starts = np.cumsum(counts) - counts
    out[np.repeat(out_starts, fast_n) + within] = buf[where]
    if slow.size:
        slow_n = counts[slow]
        slow_within, _ = _spread(out_starts[slow], slow_n)
        out[np.repeat(out_starts[slow], slow_n) + slow_within] = np.fromiter(
            chain.from_iterable(lists), dtype=np.int64, count=int(slow_n.sum())
        )
    return counts, out


def _spread(first: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For runs of ``counts`` tokens starting at ``first``: each token's index within its run,
    and its byte offset (tokens two bytes apart)."""
    within = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return within, np.repeat(first, counts) + 2 * within
