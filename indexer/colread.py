"""Reading Whoosh's per-document columns whole, with numpy, instead of one document at a time.

Opening a searcher used to walk every column through Whoosh's readers, a few Python calls per
document and column: most of the open time at 100k and more. A numeric column is one
big-endian array in the segment's file, so it is read with one ``np.frombuffer``; the facets
column's values are contiguous bytes whose lengths Whoosh keeps as an array, so they are read
with one slice per segment and split with one ``str.split``. Anything unexpected (another
column type, a document whose facets lack a field) falls back to Whoosh's own iteration.
"""

from __future__ import annotations

import numpy as np
from whoosh.columns import NumericColumn, VarBytesColumn


def alive_mask(reader, size: int) -> np.ndarray:
    """Documents not deleted, per segment from its set of deleted documents."""
    alive = np.ones(size, dtype=bool)
    for segment, offset in reader.leaf_readers():
        if segment.has_deletions():
            deleted = np.fromiter(segment.deleted_docs_set, dtype=np.int64)
            alive[deleted + offset] = False
    return alive


def numeric(reader, name: str, dtype, default: int, size: int) -> np.ndarray:
    """A numeric column as one array (``default`` where a segment lacks it)."""
    out = np.full(size, default, dtype=dtype)
    if name not in reader.schema:  # an index from before the column was added
        return out
    for segment, offset in reader.leaf_readers():
        count = segment.doc_count_all()
        if not segment.has_column(name):
            continue
        column = segment.column_reader(name, translate=False)
        values = _numeric_view(column, count)
        if values is None:
            values = np.fromiter(column, dtype=dtype, count=count)
        out[offset : offset + count] = values
    return out


def _numeric_view(column, count: int) -> np.ndarray | None:
    """The values of a NumericColumn reader straight from its file's buffer, or None."""
    buffer = getattr(column._dbfile, "_buf", None) if hasattr(column, "_dbfile") else None
    if type(column) is not NumericColumn.Reader or buffer is None:
        return None
    typecode = column._typecode
    dtype = np.dtype(typecode).newbyteorder(">")
    stored = min(column._count, count)
    values = np.frombuffer(buffer, dtype=dtype, count=stored, offset=column._basepos)
    values = values.astype(dtype.newbyteorder("="))
    if stored < count:  # documents past the written ones hold the default
        values = np.concatenate([values, np.full(count - stored, column._default, values.dtype)])
    return values


def facet_fields(reader, name: str, fields: int) -> list[list[str]] | None:
    """The facets column split into ``fields`` lists of one value per document (field-major),
    or None when it cannot be read whole (then iterate it with Whoosh)."""
    columns: list[list[str]] = [[] for _ in range(fields)]
    for segment, _ in reader.leaf_readers():
        count = segment.doc_count_all()
        if not segment.has_column(name):
            return None
        column = segment.column_reader(name, translate=False)
        if type(column) is not VarBytesColumn.Reader or not count:
            return None
        lengths = np.asarray(column._lengths, dtype=np.int64)
        offsets = np.asarray(column._offsets, dtype=np.int64)
        if lengths.size != count or (lengths.size and (lengths == 0).any()):
            return None  # an empty blob has no separators: read it the slow way
        ends = offsets + lengths
        if lengths.size > 1 and (offsets[1:] != ends[:-1]).any():
            return None  # not one contiguous run of values
        data = column._dbfile.get(column._basepos + int(offsets[0]), int(ends[-1] - offsets[0]))
        starts = offsets - offsets[0]
        separators = (np.frombuffer(data, dtype=np.uint8) == 0x1F).astype(np.int64)
        if (np.add.reduceat(separators, starts) != fields - 1).any():
            return None  # a document with more or fewer fields (an older index)
        bounds = starts.tolist()
        blobs = [data[a:b] for a, b in zip(bounds, [*bounds[1:], len(data)], strict=True)]
        values = b"\x1f".join(blobs).decode("utf-8").split("\x1f")
        for f in range(fields):
            columns[f].extend(values[f::fields])
    return columns


def ordinals(values: list[str], multi: str | None) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """(docs, ordinals, value → ordinal) of one facet's per-document values; empty values are
    left out, ``multi`` splits a value into several, ordinals number values by first appearance.
    """
    if multi is not None:
        docs: list[int] = []
        ords: list[int] = []
        ordinal: dict[str, int] = {}
        for docnum, value in enumerate(values):
            for part in value.split(multi) if value else ():
                part = part.strip()
                if part:
                    docs.append(docnum)
                    ords.append(ordinal.setdefault(part, len(ordinal)))
        return np.asarray(docs, dtype=np.int64), np.asarray(ords, dtype=np.int32), ordinal
    stripped = list(map(str.strip, values))
    ordinal = {value: i for i, value in enumerate(dict.fromkeys(stripped))}  # first appearance
    found = np.fromiter(map(ordinal.__getitem__, stripped), dtype=np.int32, count=len(values))
    empty = ordinal.pop("", None)
    if empty is None:
        return np.arange(len(values), dtype=np.int64), found, ordinal
    keep = found != empty
    found = found[keep]
    found[found > empty] -= 1
    return np.flatnonzero(keep).astype(np.int64), found, {v: i for i, v in enumerate(ordinal)}
