"""The bulk segment writer writes what Whoosh's own writer writes; a two-process build indexes
what a one-process build indexes."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from index_fixtures import demo_releases, en, hand_releases, make_store
from ku_tk_fixtures import RELEASES as KU_TK_RELEASES
from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser
from whoosh.writing import SegmentWriter

from indexer import build_writer, update_index
from indexer.analysis import InaText
from indexer.build_writer import BulkSegmentWriter
from indexer.decoded import MIN_DOCS, SUFFIX, DecodedSegment, sidecar_path
from indexer.decoded_write import write_decoded
from indexer.generations import current_name, index_root
from indexer.merging import merge_small_segments
from indexer.posting_table import PostingTable
from indexer.postings import _fetch
from indexer.schema import ReleaseSchema, to_document

# A body long enough for positions past the 4,096 precomputed ones and a term in 300 releases.
LONG = en(
    9001, "The long one", " ".join(f"word{i % 700} Baghdad" for i in range(2500)), "2024-05-01"
)


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    releases = demo_releases(150) + hand_releases() + KU_TK_RELEASES + [LONG]
    docs = [to_document(f"k{n:05d}", r, "live") for n, r in enumerate(releases)]
    docs[3] = to_document("k00003", releases[3], "gone", versions=2)
    return docs


# The bulk writer then writes Whoosh's very bytes (its own: ISA-L and protocol-3 block bodies).
WHOOSH_ZLIB = {"compress": zlib.compress, "protocol": 2}


def _write(
    path: Path, writer_class: type, docs: list[dict], options: dict | None = None, **commit
) -> dict[str, bytes]:
    """Index ``docs`` in one new segment; the segment's files by name, its id left out."""
    ix = whoosh_index.open_dir(str(path)) if path.exists() else _create(path)
    writer = writer_class(ix, **{"compound": False, **(options or {})})
    for doc in docs:
        if commit:
            writer.update_document(**doc)
        else:
            writer.add_document(**doc)
    writer.commit(**(commit or {"merge": False}))
    segid = whoosh_index.open_dir(str(path))._segments()[-1].segment_id()  # the newest
    return _files(path, segid)


def test_a_bulk_segment_compressed_by_isal_reads_as_whooshs(tmp_path, documents) -> None:
    """The build's own compressor (ISA-L) and protocol-3 block bodies write other bytes, which
    Whoosh reads as its own: the same postings, stored records, columns and search results."""
    ours = _write(tmp_path / "bulk", BulkSegmentWriter, documents)
    theirs = _write(tmp_path / "whoosh", SegmentWriter, documents)
    assert ours["SEG.pst"] != theirs["SEG.pst"]
    assert ours["SEG._stored.col"] != theirs["SEG._stored.col"]
    assert _block_protocols(tmp_path / "bulk") == {3}
    assert _block_protocols(tmp_path / "whoosh") == {2}
    assert _segment_content(tmp_path / "bulk") == _segment_content(tmp_path / "whoosh")
    assert _search_results(tmp_path / "bulk") == _search_results(tmp_path / "whoosh")


def _block_protocols(path: Path) -> set[int]:
    """The pickle protocols of the blocks of a body term in many documents."""
    ix = whoosh_index.open_dir(str(path))
    with ix.reader() as reader:
        protocols = set()
        for segment in _fetch(reader, "body", "baghdad", False, None):
            for compression, raw in segment.blocks:
                protocols.add((zlib.decompress(raw) if compression else raw)[1])
    return protocols


def _search_results(path: Path) -> list:
    """Whoosh's scored hits of a few queries (terms, a phrase, a conjunction)."""
    ix = whoosh_index.open_dir(str(path))
    results = []
    with ix.searcher() as searcher:
        for text in ("baghdad", '"security forces"', "word7 baghdad", "iraq OR basra"):
            query = QueryParser("body", ix.schema).parse(text)
            hits = searcher.search(query, limit=None)
            results.append([(hit.docnum, round(hit.score, 5)) for hit in hits])
    assert sum(map(len, results)) > 50
    return results


def _segment_content(path: Path) -> tuple:
    """What Whoosh reads of an index: every term's postings (ids, weights and values as the
    blocks hold them, positions decoded), its term info, the stored records, the column values."""
    ix = whoosh_index.open_dir(str(path))
    with ix.reader() as reader:
        postings = {}
        for field, term in reader.all_terms():
            kind = "positions" if field in ("title", "body", "author") else "weight"
            matcher = reader.postings(field, term)
            info = reader.term_info(field, term)
            decoded = list(matcher.items_as(kind))
            matcher = reader.postings(field, term)
            raw = []  # each posting's id, weight and value as the block holds them
            while matcher.is_active():
                raw.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            postings[field, term] = (decoded, raw, info.max_weight(), info.weight())
        stored = list(reader.all_stored_fields())
        columns = {name: list(reader.column_reader(name)) for name in ("facets", "timestamp")}
    assert len(postings) > 2_000 and len(stored) > 150
    return postings, stored, columns


def _create(path: Path):
    path.mkdir()
    return whoosh_index.create_in(str(path), ReleaseSchema())


def _files(path: Path, segid: str) -> dict[str, bytes]:
    """Whoosh's files of the segment (the bulk writer's decoded postings are compared below)."""
    return {
        p.name.replace(segid, "SEG"): p.read_bytes()
        for p in path.glob(f"{segid}*")
        if not p.name.endswith(SUFFIX)
    }


def _decoded_both_ways(path: Path, min_docs: int = MIN_DOCS) -> tuple[bytes, bytes]:
    """The newest segment's decoded postings as the bulk writer wrote them, and as the sidecar
    writer writes them by reading the segment back."""
    segid = whoosh_index.open_dir(str(path))._segments()[-1].segment_id()
    written = sidecar_path(path, segid)
    ours = written.read_bytes()
    written.unlink()
    write_decoded(path, min_docs=min_docs)
    return ours, written.read_bytes()


def test_a_bulk_segment_is_byte_for_byte_whooshs(tmp_path, documents) -> None:
    ours = _write(tmp_path / "bulk", BulkSegmentWriter, documents, WHOOSH_ZLIB)
    theirs = _write(tmp_path / "whoosh", SegmentWriter, documents)
    assert {".pst", ".trm", "._stored.col", ".facets.col", ".body_len.col"} <= {
        name[len("SEG") :] for name in theirs
    }
    assert len(theirs["SEG.pst"]) > 100_000  # multi-block terms, long position lists
    assert ours.keys() == theirs.keys()
    for name, data in theirs.items():
        assert ours[name] == data, name
    assert not list((tmp_path / "whoosh").glob(f"*{SUFFIX}"))  # Whoosh's writer leaves it


def test_the_bulk_writers_decoded_postings_are_the_read_back_ones(tmp_path, documents) -> None:
    path = tmp_path / "bulk"
    # Terms in 3 of the ~170 documents are written decoded too: Arabic, Kurdish and Turkmen ones.
    # A compound segment: its file must stay out of the .seg that takes in the segment's files.
    _write(path, BulkSegmentWriter, documents, {"decoded_min_docs": 3, "compound": True})
    ours, read_back = _decoded_both_ways(path, min_docs=3)
    assert ours == read_back
    segment = whoosh_index.open_dir(str(path))._segments()[-1]
    decoded = DecodedSegment(
        sidecar_path(path, segment.segment_id()), segment.segment_id(), len(documents)
    )
    # Common terms of several blocks with positions, and rarer terms, in more than one script.
    assert int(decoded.counts.max()) > 128 and decoded.positions.size > 10_000
    assert decoded.rare_hashes.size > 1000
    keys = decoded.key_blob.tobytes()
    assert b"body\x00baghdad" in keys and any(byte > 0x7F for byte in keys)
    decoded.close()


def test_an_incremental_merge_writes_whooshs_segment(tmp_path, documents) -> None:
    """Updates (deletions) plus the merge of small segments (postings from Whoosh readers)."""
    segments = {}
    for name, writer_class in (("bulk", BulkSegmentWriter), ("whoosh", SegmentWriter)):
        path = tmp_path / name
        options = WHOOSH_ZLIB if writer_class is BulkSegmentWriter else None
        _write(path, writer_class, documents[:100], options)
        _write(path, writer_class, documents[100:], options)
        changed = documents[90:110:2]  # in both segments: deletions before the merge
        segments[name] = _write(
            path, writer_class, changed, options, mergetype=merge_small_segments
        )
        merged = whoosh_index.open_dir(str(path))._segments()
        assert [s.doc_count() for s in merged] == [len(documents)]
    assert segments["bulk"].keys() == segments["whoosh"].keys()
    for name, data in segments["whoosh"].items():
        assert segments["bulk"][name] == data, name
    ours, read_back = _decoded_both_ways(tmp_path / "bulk")  # merged postings, deletions
    assert ours == read_back


def _content(data_dir: Path) -> tuple:
    """Every term's postings, every stored record and column value of an index, in doc order."""
    ix = whoosh_index.open_dir(str(index_root(data_dir) / current_name(index_root(data_dir))))
    with ix.reader() as reader:
        postings = {
            (field, term): list(reader.postings(field, term).items_as("positions"))
            if field in ("title", "body")
            else list(reader.postings(field, term).all_ids())
            for field, term in reader.all_terms()
        }
        stored = list(reader.all_stored_fields())
        columns = {
            name: list(reader.column_reader(name)) for name in ("facets", "timestamp", "body_len")
        }
        segments = len(reader.leaf_readers())
    return postings, stored, columns, segments


def test_two_processes_build_the_index_one_process_builds(tmp_path) -> None:
    releases = demo_releases(100) + KU_TK_RELEASES
    one, two = tmp_path / "one", tmp_path / "two"
    make_store(one, releases, gone=(releases[5].key,))
    make_store(two, releases, gone=(releases[5].key,))
    update_index(one, rebuild=True, procs=1, memory_mb=1)
    report = update_index(two, rebuild=True, procs=2, memory_mb=1)
    assert report.added == len(releases) - 1 and report.flagged_gone == 1
    postings, stored, columns, segments = _content(two)
    assert segments == 2  # one per process
    assert (postings, stored, columns) == _content(one)[:3]
    assert len(stored) == len(releases)
    gen_dir = index_root(two) / current_name(index_root(two))
    assert not list(gen_dir.glob("part-*"))  # every part's files moved into the generation
    assert len(list(gen_dir.glob("*.seg"))) == 2


def test_fractional_boosts_write_whooshs_bytes(tmp_path, documents) -> None:
    """Text weights that are not whole numbers (summed block by block in Python, not by numpy)
    give Whoosh's own term infos and blocks too."""
    schema = ReleaseSchema()
    for name, boost in (("title", 0.3), ("body", 1.7)):
        schema.remove(name)
        schema.add(name, InaText(field_boost=boost))
    segments = {}
    for name, writer_class in (("bulk", BulkSegmentWriter), ("whoosh", SegmentWriter)):
        (tmp_path / name).mkdir()
        whoosh_index.create_in(str(tmp_path / name), schema)
        options = WHOOSH_ZLIB if writer_class is BulkSegmentWriter else None
        segments[name] = _write(tmp_path / name, writer_class, documents, options)
    assert segments["bulk"].keys() == segments["whoosh"].keys()
    for name, data in segments["whoosh"].items():
        assert segments["bulk"][name] == data, name


def test_text_blocks_kept_when_their_arrays_are_not(tmp_path, documents, monkeypatch) -> None:
    """A text term without decoded arrays at hand has its written blocks kept for the
    decoded-postings file, which is then the read-back one as ever."""
    finish_texts = PostingTable.finish_texts

    def without_arrays(table: PostingTable, min_docs: int | None = None) -> None:
        finish_texts(table, min_docs)
        assert table.decoded
        table.decoded.clear()

    monkeypatch.setattr(PostingTable, "finish_texts", without_arrays)
    kept = []
    write_postings = build_writer.write_postings

    def keeping(*args):
        kept.append(write_postings(*args))
        return kept[-1]

    monkeypatch.setattr(build_writer, "write_postings", keeping)
    path = tmp_path / "bulk"
    _write(path, BulkSegmentWriter, documents, {"decoded_min_docs": 3})
    assert len(kept[0]["body"]) > 500  # text terms' blocks, kept from the arrays
    ours, read_back = _decoded_both_ways(path, min_docs=3)
    assert ours == read_back
