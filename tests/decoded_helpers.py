"""Decoded-postings files written straight from arrays, for the tests of reading them."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from indexer.decoded import term_hash
from indexer.decoded_write import write_arrays


def write_every_doc_file(
    path: Path,
    keys: list[bytes],
    docs: int,
    positions: np.ndarray | None = None,
    rare_hashes: np.ndarray | None = None,
) -> None:
    """A decoded-postings file in which every term of ``keys`` is in each of ``docs`` documents,
    at one position each (``positions``, one per posting; 0 when None)."""
    hashes = np.array([term_hash(k) for k in keys], dtype=np.uint64)
    order = np.argsort(hashes, kind="stable")
    counts = np.full(len(keys), docs, dtype=np.uint64)
    lengths = np.array([len(k) for k in keys], dtype=np.uint64)
    ids = np.tile(np.arange(docs, dtype=np.uint32), len(keys))
    if positions is None:
        positions = np.zeros(ids.size, dtype=np.uint16)
    write_arrays(
        path,
        docs,
        "seg",
        {
            "hashes": hashes[order],
            "starts": (np.cumsum(counts) - counts)[order],
            "counts": counts[order],
            "key_ends": np.cumsum(lengths)[order],
            "key_lengths": lengths[order],
            "ids": ids,
            "weights": np.ones(ids.size, dtype=np.float32),
            "pos_ends": np.arange(1, ids.size + 1, dtype=np.uint32),
            "positions": positions,
            "key_blob": np.frombuffer(b"".join(keys), dtype=np.uint8),
            "rare_hashes": np.zeros(0, dtype=np.uint64) if rare_hashes is None else rare_hashes,
        },
    )
