"""A Whoosh segment writer that writes the same W3 segment with far fewer Python calls per posting.

Whoosh's ``SegmentWriter`` sends every posting through a sorting pool as a 5-tuple, sorts the
whole pool at commit and hands the postings one by one to the W3 postings writer (three method
calls and a dozen checks each): at ~150 postings a release that was most of an index build.
:class:`BulkSegmentWriter` keeps the postings of the segment being written grouped by field and
term as they arrive (documents are added in docnum order, so each term's list is already
sorted), then writes each term's 128-posting blocks itself. With zlib and protocol-2 block
pickles every byte it writes is what Whoosh's own writer writes for the same documents
(``tests/test_index_build_writer.py`` compares the segment files); by default it compresses
with ISA-L and pickles block bodies with protocol 3 (quicker to write and to read), which
Whoosh's reader and matcher read unchanged. Stored fields,
columns and merges go through Whoosh's own per-document writer and ``add_reader``. Having every
posting at hand, it also writes the segment's decoded-postings file (:mod:`indexer.decoded`)
before the commit lists the segment, so the sidecar writer need not read the segment back.
"""

from __future__ import annotations

import gc
import zlib
from collections.abc import Callable
from typing import Any

from isal import isal_zlib
from whoosh import columns
from whoosh.codec import whoosh3
from whoosh.writing import SegmentWriter

from indexer.decoded import MIN_DOCS, sidecar_path
from indexer.decoded_write import arrays_from_postings, write_arrays
from indexer.posting_table import PostingTable
from indexer.writer_blocks import write_postings


def fast_compress(data: bytes, level: int) -> bytes:
    """zlib-format data compressed by ISA-L's level 1, whatever ``level`` Whoosh asks for: 3-5×
    quicker than zlib's level 3 on posting blocks and stored records, 1-8% bigger; Whoosh's
    reader decompresses it with ``zlib.decompress`` as ever."""
    return isal_zlib.compress(data, 1)


class BulkSegmentWriter(SegmentWriter):
    """Whoosh's ``SegmentWriter`` with the posting pool replaced by a :class:`PostingTable`.

    Only for W3-codec indexes without term vectors or separate spelling fields (the
    release schema); ``ix.writer()`` remains the way for anything else.
    """

    def __init__(
        self,
        ix: Any,
        decoded_min_docs: int = MIN_DOCS,
        compress: Callable[[bytes, int], bytes] = fast_compress,
        protocol: int = 3,
        **kwargs: Any,
    ) -> None:
        super().__init__(ix, **kwargs)
        self.protocol = protocol  # of the posting blocks' pickles: 2 writes Whoosh's own bytes
        self.decoded_min_docs = decoded_min_docs  # as the sidecar writer's min_docs
        # Posting blocks and stored records; ``zlib.compress`` writes Whoosh's own bytes.
        self.compress = compress
        stored = getattr(self.perdocwriter._colwriters.get("_stored"), "_child", None)
        if compress is not zlib.compress and isinstance(
            stored, columns.CompressedBytesColumn.Writer
        ):
            stored._compress = compress
        self._decoded: dict | None = None  # the new segment's decoded arrays, until written
        if not isinstance(self.codec, whoosh3.W3Codec):
            raise TypeError("BulkSegmentWriter writes the W3 codec only")
        if self.codec._inlinelimit > 1:  # Whoosh's own inlining path is broken (set_inline)
            raise TypeError("BulkSegmentWriter writes no inlined postings")
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():
                raise TypeError(f"BulkSegmentWriter cannot write field {name!r}")
        self.pool = PostingTable()
        self._plans: dict[str, tuple[Any, bool, bool, Any]] = {}

    def add_document(self, **fields: Any) -> None:
        """Add a document (what Whoosh's ``add_document`` writes, without its calls that write
        nothing: a field neither stored nor scored has no per-document entry)."""
        self._check_state()
        perdocwriter = self.perdocwriter
        docnum = self.docnum
        add_field = self.pool.add_field
        plain = not any(name[0] == "_" for name in fields)  # no boosts, no separate stored values
        docboost = 1.0 if plain else self._doc_boost(fields)
        fieldnames = sorted([name for name in fields if name[0] != "_"])
        plans = self._plans
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                plan = plans.get(fieldname) or self._plan(fieldname)
                field, indexed, stored, column = plan
                length = 0
                if indexed:
                    boost = docboost if plain else self._field_boost(fields, fieldname, docboost)
                    length = add_field(fieldname, field, value, docnum, boost)
                stored_value = value if plain else fields.get(f"_stored_{fieldname}", value)
                if stored or length:
                    perdocwriter.add_field(
                        fieldname, field, stored_value if stored else None, length
                    )
                if column and stored_value is not None:
                    perdocwriter.add_column_value(
                        fieldname, column, field.to_column_value(stored_value)
                    )
        except ValueError:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _plan(self, fieldname: str) -> tuple[Any, bool, bool, Any]:
        """A field's object and what it writes (indexed, stored, column), looked up once."""
        self._check_fields(self.schema, [fieldname])
        field = self.schema[fieldname]
        plan = (field, field.indexed, field.stored, field.column_type)
        self._plans[fieldname] = plan
        return plan

    def _flush_segment(self) -> None:
        # Writing creates millions of short-lived tuples and no cycles; the collector would
        # rescan the whole table (and the blocks kept for the decoded file) again and again.
        paused = gc.isenabled()
        gc.disable()
        try:
            self._write_segment_files()
        finally:
            if paused:
                gc.enable()

    def _write_segment_files(self) -> None:
        on_disk = getattr(self.storage, "folder", None) is not None  # not an in-memory index
        min_docs = self.decoded_min_docs if on_disk else None
        self.pool.finish_texts(min_docs)
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        blocks = write_postings(
            self.fieldwriter,
            self.codec,
            self.schema,
            lengths,
            self.pool,
            min_docs,
            self.compress,
            self.protocol,
        )
        self.fieldwriter.close()
        if lengths is not None:
            lengths.close()
        if on_disk:
            self._decoded = arrays_from_postings(
                self.schema, self.pool.fields, blocks, min_docs, self.pool.decoded
            )

    def _assemble_segment(self) -> None:
        super()._assemble_segment()
        if self._decoded is None:
            return
        # Written once the segment's own files are complete (a compound file takes in every
        # file named after the segment) and before the commit lists the segment: a crash in
        # between leaves a file of no live segment, which the sidecar writer removes.
        segment = self.get_segment()
        write_arrays(
            sidecar_path(self.storage.folder, segment.segment_id()),
            segment.doc_count_all(),
            segment.segment_id(),
            self._decoded,
        )
        self._decoded = None
