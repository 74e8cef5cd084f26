"""The document columns written as files beside a generation's segments, memory-mapped at open.

Deriving the columns from Whoosh's own columns took most of the time to open an index (about
0.7 s of CPU per 100,000 releases, all of it in Python over the facet values). The build writes
them instead, after each commit (a sidecar writer, see :mod:`indexer.sidecars`), in two layers:

* ``cols-<segment id>.bin``: one segment's columns, derived from Whoosh once, when the segment
  is new (Whoosh never changes a segment's documents; deletions live in the table of contents);
* ``cols-all-<digest>.bin``: the generation's segments in the reader's order, combined from the
  segment files (facet values numbered across segments), so that a web process maps one file
  and copies nothing. The digest names the segments it was made from.

A file is one JSON header and aligned arrays (:func:`write_arrays`, :func:`read_arrays`). An
index written by an older version, or opened between a commit and its sidecars, has no
matching file: the reader then derives the columns from Whoosh as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index

from indexer.columns import Columns, FacetColumn, calendar, dense_ordinals
from indexer.mapped import MappedStorage
from indexer.schema import FACETS, LENGTH_FIELDS

log = logging.getLogger(__name__)

FORMAT = "ina-columns-2"
_MAGIC = b"INACOLS1"
_ALIGN = 64
SEGMENT_PREFIX = "cols-"
COMBINED_PREFIX = "cols-all-"
SUFFIX = ".bin"


# -- one file of arrays ----------------------------------------------------------------------


def write_arrays(path: Path, arrays: dict[str, np.ndarray], meta: dict) -> None:
    """Write named 1-d arrays and a JSON-ready ``meta`` to ``path`` atomically (tmp + rename)."""
    layout = {}
    offset = 0
    for name, array in arrays.items():
        layout[name] = [array.dtype.str, int(array.size), offset]
        offset += -(-array.nbytes // _ALIGN) * _ALIGN
    header = json.dumps({"format": FORMAT, "meta": meta, "arrays": layout}).encode("utf-8")
    start = -(-(len(_MAGIC) + 8 + len(header)) // _ALIGN) * _ALIGN
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as out:
        out.write(_MAGIC + len(header).to_bytes(8, "little") + header)
        out.write(b"\0" * (start - out.tell()))
        for name, array in arrays.items():
            out.seek(start + layout[name][2])
            out.write(np.ascontiguousarray(array).tobytes())
        out.truncate(start + offset)
    os.replace(tmp, path)


def read_arrays(path: Path) -> tuple[dict[str, np.ndarray], dict] | None:
    """The arrays (read-only views of one memory map) and meta of a file, or None if unreadable."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size < len(_MAGIC) + 8:
                return None
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    if mapped[: len(_MAGIC)] != _MAGIC:
        return None
    length = int.from_bytes(mapped[len(_MAGIC) : len(_MAGIC) + 8], "little")
    try:
        header = json.loads(mapped[len(_MAGIC) + 8 : len(_MAGIC) + 8 + length])
    except ValueError:
        return None
    if header.get("format") != FORMAT:
        return None
    start = -(-(len(_MAGIC) + 8 + length) // _ALIGN) * _ALIGN
    arrays = {}
    for name, (dtype, count, offset) in header["arrays"].items():
        if start + offset + count * np.dtype(dtype).itemsize > size:
            return None  # a truncated file
        arrays[name] = np.frombuffer(mapped, dtype=dtype, count=count, offset=start + offset)
    return arrays, header["meta"]


# -- columns as arrays -----------------------------------------------------------------------


def _to_arrays(columns: Columns) -> tuple[dict[str, np.ndarray], dict]:
    """A Columns' arrays and meta (the alive mask stays out: deletions change without a new file)."""
    months, days = calendar(columns.timestamp)
    arrays = {"timestamp": columns.timestamp, "changed": columns.changed}
    arrays.update(months=months, days=days)
    for name in LENGTH_FIELDS:
        arrays[f"len:{name}"] = columns.lengths[name]
    for name, facet in columns.facets.items():
        arrays[f"docs:{name}"] = facet.docs
        arrays[f"ords:{name}"] = facet.ords
    meta = {"size": columns.size, "values": {n: f.values for n, f in columns.facets.items()}}
    return arrays, meta


def _from_arrays(arrays: dict[str, np.ndarray], meta: dict, alive: np.ndarray) -> Columns:
    """Columns over mapped arrays, with the live mask read from the table of contents."""
    facets = {}
    for name in FACETS:
        values = meta["values"][name]
        facets[name] = FacetColumn(
            values=values,
            ordinal={v: i for i, v in enumerate(values)},
            docs=arrays[f"docs:{name}"],
            ords=arrays[f"ords:{name}"],
            dense=arrays.get(f"dense:{name}"),
        )
    lengths = {name: arrays[f"len:{name}"] for name in LENGTH_FIELDS}
    avg = {name: float(arr[alive].mean()) if alive.any() else 1.0 for name, arr in lengths.items()}
    return Columns(
        size=meta["size"],
        alive=alive,
        timestamp=arrays["timestamp"],
        facets=facets,
        lengths=lengths,
        avg_length=avg,
        changed=arrays["changed"],
        months=arrays["months"],
        days=arrays["days"],
    )


def _combine(parts: list[tuple[dict[str, np.ndarray], dict]]) -> tuple[dict[str, np.ndarray], dict]:
    """Segments' arrays end to end, facet values numbered by first appearance across them."""
    sizes = [meta["size"] for _, meta in parts]
    offsets = np.cumsum([0, *sizes])
    arrays = {
        name: np.concatenate([a[name] for a, _ in parts])
        for name in ("timestamp", "changed", "months", "days", *(f"len:{n}" for n in LENGTH_FIELDS))
    }
    values: dict[str, list[str]] = {}
    for name in FACETS:
        ordinal: dict[str, int] = {}
        docs, ords = [], []
        for (part, meta), offset in zip(parts, offsets, strict=False):
            local = meta["values"][name]
            remap = np.fromiter(
                (ordinal.setdefault(v, len(ordinal)) for v in local), np.int32, len(local)
            )
            docs.append(part[f"docs:{name}"].astype(np.int64) + offset)
            ords.append(remap[part[f"ords:{name}"]] if local else part[f"ords:{name}"])
        arrays[f"docs:{name}"] = np.concatenate(docs) if docs else np.zeros(0, np.int64)
        arrays[f"ords:{name}"] = (np.concatenate(ords) if ords else np.zeros(0)).astype(np.int32)
        values[name] = list(ordinal)
        dense = dense_ordinals(
            arrays[f"docs:{name}"], arrays[f"ords:{name}"], int(offsets[-1]), len(ordinal)
        )
        if dense is not None:  # single-valued: counted by one bincount over the matches
            arrays[f"dense:{name}"] = dense
    return arrays, {"size": int(offsets[-1]), "values": values}


# -- naming ----------------------------------------------------------------------------------


def segments(reader) -> list[tuple[object, str]]:
    """A reader's segment readers and their ids, in its document order (none when it is empty)."""
    found = []
    for leaf, _ in reader.leaf_readers():
        segment = getattr(leaf, "segment", lambda: None)()  # an empty index has no segment
        if segment is not None:
            found.append((leaf, segment.segment_id()))
    return found


def segment_ids(reader) -> list[str]:
    """The ids of a reader's segments, in its document order."""
    return [seg_id for _, seg_id in segments(reader)]


def combined_name(ids: list[str], prefix: str = COMBINED_PREFIX) -> str:
    """The combined file's name for these segments in this order."""
    digest = hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}{digest}{SUFFIX}"


# -- the writer and the reader ---------------------------------------------------------------


def write_column_files(gen_dir: Path) -> None:
    """Write the columns of a generation's new segments and of the whole, remove stale ones."""
    write_segment_files(
        gen_dir,
        SEGMENT_PREFIX,
        COMBINED_PREFIX,
        lambda leaf: _to_arrays(Columns.load(leaf)),
        _combine,
    )


def write_segment_files(
    gen_dir: Path,
    prefix: str,
    combined_prefix: str,
    per_segment: Callable[[Any], tuple[dict[str, np.ndarray], dict]],
    combine: Callable[[list], tuple[dict[str, np.ndarray], dict]],
) -> None:
    """Write one file per segment that lacks one (``per_segment`` of its reader) and one for
    the whole generation (``combine`` of the segments' files), then remove this kind's files of
    segments that no longer exist."""
    gen_dir = Path(gen_dir)
    try:
        index = MappedStorage(str(gen_dir)).open_index()
    except (whoosh_index.EmptyIndexError, OSError):
        return
    with index.reader() as reader:
        ids = segment_ids(reader)
        parts = []
        for leaf, seg_id in segments(reader):
            path = gen_dir / f"{prefix}{seg_id}{SUFFIX}"
            found = read_arrays(path)
            if found is None or found[1]["size"] != leaf.doc_count_all():
                write_arrays(path, *per_segment(leaf))
                found = read_arrays(path)
            parts.append(found)
        combined = gen_dir / combined_name(ids, combined_prefix)
        if parts and read_arrays(combined) is None:  # missing, or of an older format
            write_arrays(combined, *combine(parts))
    keep = {f"{prefix}{seg_id}{SUFFIX}" for seg_id in ids} | {combined.name}
    for path in gen_dir.glob(f"{prefix}*"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def load_columns(reader, gen_dir: Path, alive: np.ndarray) -> Columns | None:
    """The columns from a generation's combined file for this reader's segments, or None when
    there is none (an older index, or sidecars not written yet) or it does not fit them."""
    found = read_arrays(Path(gen_dir) / combined_name(segment_ids(reader)))
    if found is None or found[1]["size"] != reader.doc_count_all():
        return None
    return _from_arrays(*found, alive)


# Registered here, imported last: indexer.sidecars imports this module to register it.
from indexer import sidecars  # noqa: E402

if write_column_files not in sidecars.WRITERS:
    sidecars.WRITERS.append(write_column_files)
