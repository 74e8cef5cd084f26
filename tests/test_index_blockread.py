"""Reading a posting block's ids and weights without its positions gives exactly what decoding
the whole block gives, for every word of every field of a real index (compressed blocks and
not, single and per-posting weights), and the scoring path uses it."""

from __future__ import annotations

import zlib
from pickle import loads

import numpy as np
from index_fixtures import demo_releases, make_store

from indexer import Archive, update_index
from indexer.blockread import ids_and_weights
from indexer.postings import _fetch, read_term


def test_ids_and_weights_match_the_whole_block(tmp_path):
    data_dir = make_store(tmp_path, demo_releases(120))
    update_index(data_dir)
    archive = Archive(data_dir)
    reader = archive._snap().reader
    kinds = {"compressed": 0, "plain": 0, "one weight": 0, "weights": 0}
    for fieldname in ("title", "body", "author"):
        for raw_term in reader.lexicon(fieldname):
            text = raw_term.decode() if isinstance(raw_term, bytes) else raw_term
            for segment in _fetch(reader, fieldname, text, False, None):
                for compression, raw in segment.blocks or ():
                    whole = loads(zlib.decompress(raw) if compression else raw)
                    ids, weights = ids_and_weights(compression, raw)
                    assert list(ids) == list(whole[0]), (fieldname, text)
                    assert weights == whole[1] or list(weights) == list(whole[1])
                    kinds["compressed" if compression else "plain"] += 1
                    kinds["one weight" if isinstance(weights, int | float) else "weights"] += 1
            if fieldname not in ("title", "body"):  # no positions to read
                continue
            # The scoring read and the read with positions agree on documents and weights.
            ids, weights, _ = read_term(reader, fieldname, text)
            ids_p, weights_p, _ = read_term(reader, fieldname, text, positions=True)
            assert np.array_equal(ids, ids_p) and np.array_equal(weights, weights_p)
    assert all(kinds.values()), kinds
    archive.close()
