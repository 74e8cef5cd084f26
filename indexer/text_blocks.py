"""Writing a text field's posting blocks straight from the segment's arrays.

:mod:`indexer.build_texts` leaves a new segment's text field as arrays (docnums, weights,
encoded positions, each term's span). Instead of a tuple per posting that the block writer
unzips again per block, everything Whoosh's ``W3PostingsWriter._write_block`` computes per
block is computed here once per field with numpy: the block boundaries (``limit`` postings
each), the delta-encoded ids, the 32-bit weights, each block's highest weight and whether its
weights are all 1.0 or all equal. What is left per block is its pickles, the compression and
the writes. The bytes are those of :func:`indexer.writer_blocks.write_postings`' tuple path.
"""

from __future__ import annotations

from collections.abc import Callable
from pickle import dumps
from typing import Any

import numpy as np
from whoosh.codec import whoosh3
from whoosh.system import pack_int
from whoosh.util.numeric import length_to_byte

from indexer.build_texts import TextPostings

Blocks = list[tuple[tuple[int, ...], tuple[float, ...], tuple[Any, ...]]]

_ALL_ONES, _ALL_EQUAL, _MIXED = 0, 1, 2  # how a block's weights are minified
_NO_LENGTH = length_to_byte(None)  # text fields kept as arrays are not scored by length
_ZERO_LENGTH = length_to_byte(0)


class TextBlocks:
    """The block layout of one text field's postings, for :meth:`write_term`."""

    def __init__(self, texts: TextPostings, limit: int) -> None:
        self.texts = texts
        spans = np.array(list(texts.spans.values()), dtype=np.int64).reshape(-1, 2)
        term_starts, term_ends = spans[:, 0], spans[:, 1]
        per_term = (term_ends - term_starts + limit - 1) // limit
        first_blocks = np.cumsum(per_term) - per_term
        within = np.arange(int(per_term.sum())) - np.repeat(first_blocks, per_term)
        starts = np.repeat(term_starts, per_term) + within * limit
        ends = np.minimum(starts + limit, np.repeat(term_ends, per_term))
        self.first_block = dict(zip(term_starts.tolist(), first_blocks.tolist(), strict=True))
        self.starts, self.ends = starts.tolist(), ends.tolist()
        if not starts.size:
            self.deltas = self.weights = self.tops = self.kinds = self.last_ids = []
            self.sums = None
            return
        docs = texts.docs
        deltas = docs.copy()  # Whoosh's delta_encode, restarted at each block
        deltas[1:] -= docs[:-1]
        deltas[starts] = docs[starts]
        self.deltas = deltas.tolist()
        self.last_ids = docs[ends - 1].tolist()
        # Whoosh compares the weights as given, and keeps them as 32-bit floats.
        tops = np.maximum.reduceat(texts.weights, starts).tolist()
        self.tops = [top if top > 0 else 0 for top in tops]
        weights = texts.weights.astype(np.float32).astype(np.float64)
        self.weights = weights.tolist()
        ones = np.logical_and.reduceat(weights == 1.0, starts)
        equal = np.logical_and.reduceat(
            weights == np.repeat(weights[starts], ends - starts), starts
        )
        self.kinds = np.where(ones, _ALL_ONES, np.where(equal, _ALL_EQUAL, _MIXED)).tolist()
        # A term's total weight is Whoosh's sum, block by block, left to right: whole numbers
        # add up exactly in any order, so numpy may sum those; other weights are summed below.
        whole = bool(np.all(weights == np.floor(weights))) and weights.size < 1 << 29
        self.sums = np.add.reduceat(weights, starts).tolist() if whole else None

    def write_term(
        self,
        postfile: Any,
        codec: Any,
        start: int,
        end: int,
        compress: Callable[[bytes, int], bytes],
        protocol: int,
        kept: Blocks | None,
    ) -> whoosh3.W3TermInfo:
        """Write the blocks of the term whose postings are ``start:end`` (each added to
        ``kept`` unless None); returns its term info."""
        deltas, weights, values = self.deltas, self.weights, self.texts.values
        starts, ends, kinds, tops, sums = self.starts, self.ends, self.kinds, self.tops, self.sums
        compression, min_size = codec._compression, whoosh3.COMPRESSION_MIN_SIZE
        parts = [whoosh3.WHOOSH3_HEADER_MAGIC]  # written at once: one file call per term
        total = maxweight = 0
        block = self.first_block[start]
        while True:
            first, last = starts[block], ends[block]
            kind = kinds[block]
            if kind == _ALL_ONES:
                mini = None
            else:
                mini = weights[first] if kind == _ALL_EQUAL else tuple(weights[first:last])
            data = dumps((tuple(deltas[first:last]), mini, tuple(values[first:last])), protocol)
            comp = compression if len(data) >= min_size else 0
            if comp:
                data = compress(data, comp)
            top = tops[block]
            header = dumps(
                (last - first, self.last_ids[block], top, comp, _NO_LENGTH, _ZERO_LENGTH), 2
            )
            size = len(header) + len(data)
            parts += (pack_int(-size if last >= end else size), header, data)
            total += sums[block] if sums is not None else sum(weights[first:last])
            maxweight = max(maxweight, top)
            if kept is not None:
                docs = self.texts.docs[first:last].tolist()
                kept.append((tuple(docs), tuple(weights[first:last]), values[first:last]))
            if last >= end:
                break
            block += 1
        first_id, last_id = deltas[start], self.last_ids[block]  # a first delta is its id
        # Whoosh's own term info from the sums: no length (None, 0), as a block has none.
        info = whoosh3.W3TermInfo(total, end - start, None, 0, maxweight, first_id, last_id)
        written = b"".join(parts)
        info.set_extent(postfile.tell(), len(written))
        postfile.write(written)
        return info
