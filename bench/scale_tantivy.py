"""tantivy (tantivy-py, the ``bench`` extra only) as the scale benchmark's fast reference.

Stemmed title and body, facets as raw fast fields counted with a terms aggregation, the timestamp
as a fast integer for range filters and sorting; query functions as in :mod:`bench.scale_engines`.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from bench.scale_corpus import Queries
from bench.scale_engines import FACETS, Fn, _facet_values
from crawler.store import ReleaseStore


def _tantivy_schema():
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name="raw")
    builder.add_bytes_field("record", stored=True, indexed=False)
    builder.add_text_field("title", stored=True, tokenizer_name="en_stem")
    builder.add_text_field("body", stored=True, tokenizer_name="en_stem")
    for name in FACETS:
        builder.add_text_field(name, fast=True, tokenizer_name="raw")
    builder.add_integer_field("ts", indexed=True, fast=True)
    return builder.build()


def build_tantivy(data_dir: Path, threads: int = 2) -> tuple[float, int, int]:
    """Build the tantivy index from the store; (seconds, documents, bytes)."""
    import tantivy

    path = data_dir / "tantivy-scale"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()
    started = time.perf_counter()
    index = tantivy.Index(_tantivy_schema(), path=str(path))
    writer = index.writer(heap_size=256_000_000, num_threads=threads)
    count = 0
    with ReleaseStore(data_dir) as store:
        for item in store.iter_releases():
            r = item.release
            count += 1
            fields = {k: v for k, v in _facet_values(r).items() if v}
            record = json.dumps(r.to_dict(), ensure_ascii=False).encode("utf-8")
            doc = tantivy.Document(
                key=item.key, record=[record], title=r.title, body=r.body, **fields
            )
            if r.date:
                doc.add_integer("ts", int(r.date.timestamp()))
            writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    size = sum(p.stat().st_size for p in path.iterdir() if p.is_file())
    return time.perf_counter() - started, count, size


def open_tantivy(data_dir: Path):
    """The tantivy index of the benchmark."""
    import tantivy

    return tantivy.Index.open(str(data_dir / "tantivy-scale"))


def tantivy_queries(index, queries: Queries) -> dict[str, Fn]:
    """The tantivy side of each query type."""
    import tantivy

    schema = index.schema
    searcher = index.searcher()
    aggs = {name: {"terms": {"field": name, "size": 50}} for name in FACETS}

    def parse(item, phrase: bool = False):
        words = [item] if isinstance(item, str) else list(item)
        words = [w.replace('"', "") for w in words]
        text = '"' + " ".join(words) + '"' if phrase else " ".join(f'+"{w}"' for w in words)
        return index.parse_query(text, ["title", "body"])

    def page(q, offset: int = 0, order_by: str | None = None, snippets: bool = False) -> list:
        options = {"order_by_field": order_by} if order_by else {}
        result = searcher.search(q, 20, count=True, offset=offset, **options)
        docs = [searcher.doc(address) for _, address in result.hits]
        if snippets:
            generator = tantivy.SnippetGenerator.create(searcher, q, schema, "body")
            for doc in docs:
                generator.snippet_from_doc(doc).to_html()
        return [doc["key"][0] for doc in docs]

    def dated(term: str) -> list:
        low, high = queries.unix_range(term)
        window = tantivy.Query.range_query(schema, "ts", tantivy.FieldType.Integer, low, high)
        both = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, parse(term)), (tantivy.Occur.Must, window)]
        )
        return page(both)

    def facets(term: str) -> list:
        q = parse(term)
        keys = page(q)
        searcher.aggregate(q, aggs)
        return keys

    return {
        "term": lambda t: page(parse(t)),
        "two-term AND": lambda p: page(parse(p)),
        "phrase": lambda p: page(parse(p, phrase=True)),
        "phrase, cold common words": lambda p: page(parse(p, phrase=True)),
        "term + all facets": facets,
        "term + date filter": dated,
        "term sorted by date": lambda t: page(parse(t), order_by="ts"),
        "page 5 + snippets": lambda t: page(parse(t), offset=80, snippets=True),
    }
