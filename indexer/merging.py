"""The merge policy of incremental index runs: only small segments are merged.

Whoosh's default policy (``MERGE_SMALL``) compares the running total of documents with a
Fibonacci number of the segment's rank, so on an index of 30 build segments of ~10,000
releases it merges two dozen of them: an incremental run of 500 releases at 300,000 would
rewrite most of the index. A full build writes segments of ``memory_mb * 20`` releases; the
runs after it add one small segment each, and this policy folds those small segments together
(and any segment that updates have mostly emptied), so a run's merge stays proportional to what
the recent runs added, not to the archive.
"""

from __future__ import annotations

from whoosh.reading import SegmentReader

SMALL_SEGMENT = 4_000  # releases: well under a build segment, well over one run's additions
MOSTLY_DELETED = 0.5  # a segment with more than this share of deleted documents is rewritten


def merge_small_segments(writer, segments: list, small: int | None = None) -> list:
    """Whoosh merge policy: merge the small (or mostly deleted) segments into the new one.

    Args:
        writer: the committing ``SegmentWriter``.
        segments: the index's existing segments.
        small: segments with fewer documents than this are merged (default ``SMALL_SEGMENT``).

    Returns:
        The segments kept as they are.
    """
    small = SMALL_SEGMENT if small is None else small
    keep, merge = [], []
    for segment in segments:
        total = segment.doc_count_all()
        deleted = total - segment.doc_count()
        if total < small or deleted > MOSTLY_DELETED * total:
            merge.append(segment)
        else:
            keep.append(segment)
    if len(merge) < 2 and not any(s.doc_count() < s.doc_count_all() for s in merge):
        return segments  # one small clean segment: merging it alone would only copy it
    for segment in merge:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return keep
