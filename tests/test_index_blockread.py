"""Reading a posting block's ids and weights without its positions gives exactly what decoding
the whole block gives, for every word of every field of a real index (compressed blocks and
not, single and per-posting weights), and the scoring path uses it."""

from __future__ import annotations

import zlib
from pickle import loads

import numpy as np
import pytest
from index_fixtures import demo_releases, en, make_store
from whoosh import index as whoosh_index

from indexer import Archive, blockread, update_index
from indexer.blockread import ids_and_weights, whole_block
from indexer.build_writer import BulkSegmentWriter
from indexer.postings import _fetch, read_term
from indexer.schema import ReleaseSchema, to_document


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


def _shaped_releases() -> list:
    """Releases whose body and title words make blocks of 1, 2, 3, 4 and 128+ postings, with
    weights all 1.0, all equal and mixed, and position values of 256 bytes or more."""
    releases = []
    for n in range(140):
        rare = " ".join(word for word, docs in (("solo", 1), ("duo", 2), ("trio", 3)) if n < docs)
        quad = "quad quad" if n < 4 else ""  # four postings of one equal weight (2.0)
        mixed = "mixed " * (1 + n % 3)  # every weight a different one by turns
        long = "lengthy " * 300 if n % 50 == 0 else ("lengthy" if n % 7 == 0 else "")
        wordy = {1: "wordy", 2: "wordy " * 300}.get(n, "")  # a long value after a short one
        body = f"common {rare} {quad} {mixed} {long} {wordy} word{n}"
        releases.append(en(5000 + n, f"Common title {n}", body, "2024-05-01"))
    return releases


@pytest.mark.parametrize("protocol", [2, 3])
def test_ids_and_weights_of_every_block_shape(tmp_path, monkeypatch, protocol):
    """The cut before the values gives the whole block's ids and weights on protocol-3 blocks
    of every shape without once decoding a whole block (protocol 2: Whoosh's own bytes)."""
    path = tmp_path / "index"
    path.mkdir()
    ix = whoosh_index.create_in(str(path), ReleaseSchema())
    writer = BulkSegmentWriter(ix, protocol=protocol)
    for n, release in enumerate(_shaped_releases()):
        writer.add_document(**to_document(f"k{n:05d}", release, "live"))
    writer.commit(merge=False)
    whole_reads = []
    monkeypatch.setattr(
        blockread, "whole_block", lambda data: whole_reads.append(1) or whole_block(data)
    )
    sizes, weight_kinds, long_first, long_later, blocks = set(), set(), 0, 0, 0
    with ix.reader() as reader:
        for fieldname in ("title", "body"):
            for raw_term in reader.lexicon(fieldname):
                for segment in _fetch(reader, fieldname, raw_term.decode(), False, None):
                    for compression, raw in segment.blocks:
                        data = zlib.decompress(raw) if compression else raw
                        assert data.startswith(b"\x80" + bytes([protocol]))
                        whole = loads(data)
                        ids, weights = ids_and_weights(compression, raw)
                        assert ids == whole[0] and weights == whole[1], (fieldname, raw_term)
                        blocks += 1
                        sizes.add(min(len(ids), 128))
                        weight_kinds.add(type(weights).__name__)
                        long_first += len(whole[2][0]) >= 256  # a B opcode where it cuts
                        long_later += max(map(len, whole[2][1:]), default=0) >= 256
    assert {1, 2, 3, 4, 128} <= sizes and weight_kinds == {"NoneType", "float", "tuple"}
    assert long_first >= 1 and long_later >= 2 and blocks > 250
    if protocol == 3:
        assert whole_reads == []  # the fast path, every time
    else:  # Whoosh's bytes: blocks of 1 to 3 values have no MARK before the first
        assert 0 < len(whole_reads) < blocks
