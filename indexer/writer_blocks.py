"""Writing a segment's terms and postings in Whoosh's W3 format, a block at a time.

Whoosh's ``W3PostingsWriter`` is fed one posting per call; here each term's whole posting list
is at hand, so a 128-posting block costs a few C-level calls (a delta map, two pickles, a zlib
pass). The bytes are those of ``W3PostingsWriter._write_block`` and ``W3FieldWriter.finish_term``
(the same block header, minified ids, weights and values, compression threshold and term info),
which is what lets Whoosh's own reader read the segment.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Callable
from operator import sub
from pickle import dumps
from typing import Any

from whoosh.codec import whoosh3
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte

from indexer.build_texts import TermSpan
from indexer.text_blocks import Blocks, TextBlocks


class _Block:
    """The statistics of one written block, in the shape ``W3TermInfo.add_block`` reads."""

    __slots__ = ("_weights", "_ids", "_minlength", "_maxlength", "_maxweight")

    def __init__(self, ids, weights, minlength, maxlength, maxweight) -> None:
        self._ids = ids
        self._weights = weights
        self._minlength = minlength
        self._maxlength = maxlength
        self._maxweight = maxweight

    def __len__(self) -> int:
        return len(self._ids)

    def min_id(self) -> int:
        return self._ids[0]

    def max_id(self) -> int:
        return self._ids[-1]

    def min_length(self) -> int | None:
        return self._minlength

    def max_length(self) -> int:
        return self._maxlength

    def max_weight(self) -> float:
        return self._maxweight


def write_postings(
    fieldwriter: Any,
    codec: Any,
    schema: Any,
    lengths: Any,
    table: Any,
    keep_from: int | None = None,
    compress: Callable[[bytes, int], bytes] = zlib.compress,
    protocol: int = 3,
) -> dict[str, dict[bytes, Blocks]]:
    """Write every field's terms and postings of ``table`` (a ``PostingTable``) through the
    segment's ``W3FieldWriter`` files, in Whoosh's field and term order.

    Returns the blocks written (docnums, 32-bit weights, values) of every term with at least
    ``keep_from`` postings (none when None) whose decoded arrays the table does not hold, for
    the decoded-postings file: those tuples are small and contiguous, quicker to read again
    than the table's postings. A text field's terms kept as spans of its arrays
    (:class:`indexer.build_texts.TermSpan`) are written from the arrays (:mod:`indexer.text_blocks`).

    ``compress(data, level)`` compresses a block: any zlib-format compressor reads back the same
    (Whoosh's reader calls ``zlib.decompress``); ``zlib.compress`` gives Whoosh's very bytes.

    ``protocol`` pickles the block bodies: Whoosh's reader unpickles any, and protocol 3 writes
    the position values as plain bytes (2 makes each a ``_codecs.encode`` call of a latin-1
    string, ~8x slower to write and slower to read); 2 gives Whoosh's very bytes."""
    kept: dict[str, dict[bytes, Blocks]] = {}
    postfile = fieldwriter._postfile
    limit = codec._blocklimit
    for fieldname in sorted(table.fields):
        field = schema[fieldname]
        fieldwriter.start_field(fieldname, field)  # assigns the field's number, as Whoosh does
        fieldkey = pack_ushort(fieldwriter._fieldid)
        length_of = None
        if lengths is not None and field.scorable:
            length_of = lengths.doc_field_length_reader(fieldname)
        fixedsize = field.format.fixed_value_size()
        add_term = fieldwriter._tindex.add
        kept_terms = kept[fieldname] = {}
        terms = table.fields[fieldname]
        layouts: dict[int, TextBlocks] = {}  # a text field's arrays: their block layout
        for btext in sorted(terms):
            postings = terms[btext]
            blocks = None
            if keep_from is not None and len(postings) >= keep_from:
                if (fieldname, btext) not in table.decoded:  # else its arrays are at hand
                    blocks = kept_terms[btext] = []
            if isinstance(postings, TermSpan):
                layout = layouts.get(id(postings.texts))
                if layout is None:
                    layout = layouts[id(postings.texts)] = TextBlocks(postings.texts, limit)
                info = layout.write_term(
                    postfile, codec, postings.start, postings.end, compress, protocol, blocks
                )
            else:
                postings = table.sorted_postings(fieldname, btext)
                info = _write_term(
                    postfile, codec, postings, fixedsize, length_of, blocks, compress, protocol
                )
            add_term(fieldkey + btext, info.to_bytes())
        fieldwriter.finish_field()
    return kept


def _write_term(
    postfile, codec, postings, fixedsize, length_of, kept, compress, protocol
) -> whoosh3.W3TermInfo:
    """Write one term's posting blocks (each added to ``kept`` unless None); returns its term
    info."""
    info = whoosh3.W3TermInfo()
    limit = codec._blocklimit
    start = postfile.tell()
    postfile.write(whoosh3.WHOOSH3_HEADER_MAGIC)
    count = len(postings)
    for first in range(0, count, limit):
        ids, given, values = zip(*postings[first : first + limit], strict=True)
        minlength, maxlength = _length_range(ids, length_of)
        maxweight = _max_weight(given)  # Whoosh compares the weights as given...
        weights = tuple(array("f", given))  # ...and keeps them as 32-bit floats
        info.add_block(_Block(ids, weights, minlength, maxlength, maxweight))
        if kept is not None:
            kept.append((ids, weights, values))
        body = (_deltas(ids), _mini_weights(weights), _mini_values(values, fixedsize))
        data = dumps(body, protocol)
        comp = codec._compression if len(data) >= whoosh3.COMPRESSION_MIN_SIZE else 0
        if comp:
            data = compress(data, comp)
        header = dumps(
            (
                len(ids),
                ids[-1],
                maxweight,
                comp,
                length_to_byte(minlength),
                length_to_byte(maxlength),
            ),
            2,
        )
        size = len(header) + len(data)
        postfile.write_int(-size if first + limit >= count else size)
        postfile.write(header)
        postfile.write(data)
    info.set_extent(start, postfile.tell() - start)
    return info


def _deltas(ids: tuple[int, ...]) -> tuple[int, ...]:
    """Whoosh's ``delta_encode`` of a block's document numbers."""
    return (ids[0],) + tuple(map(sub, ids[1:], ids[:-1]))


def _max_weight(weights: tuple[float, ...]) -> float:
    """The block's highest weight, starting from Whoosh's 0."""
    top = max(weights)
    return top if top > 0 else 0


def _mini_weights(weights: tuple[float, ...]) -> Any:
    """``W3PostingsWriter._mini_weights``: None when all are 1.0, one number when all agree."""
    first = weights[0]
    if first == 1.0 and weights.count(1.0) == len(weights):
        return None
    if weights.count(first) == len(weights):
        return first
    return weights


def _mini_values(values: tuple[Any, ...], fixedsize: int | None) -> Any:
    """``W3PostingsWriter._mini_values`` (empty values are not kept, as Whoosh skips them)."""
    kept = tuple(v for v in values if v) if not all(values) else values
    if fixedsize is None or fixedsize < 0:
        return kept
    if fixedsize == 0:
        return None
    return b"".join(kept)


def _length_range(ids: tuple[int, ...], length_of: Any) -> tuple[int | None, int]:
    """The shortest and longest field length in a block (None and 0 when not scored)."""
    if length_of is None:
        return None, 0
    found = [n for n in map(length_of, ids) if n]
    return (min(found), max(found)) if found else (None, 0)
