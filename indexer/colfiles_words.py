"""Each field's words and the stem map, written as files beside the segments, read at open.

The first query used to read every field's term list through Whoosh (vocabularies for query
costs, suggestions and wildcards) and the snapshot's opening every text field's term list again
(the stem map): a Python pass over all the words of all the segments, per process. The build
writes them instead, after each commit, like the column files (:mod:`indexer.colfiles`):
``words-<segment id>.bin`` per new segment, and ``words-all-<digest>.bin`` merged for the
generation's segments (words sorted by code point, as Whoosh orders them, with summed document
counts; stems sorted, each with its sorted forms). Readers split one blob per field with
``str.split``; a missing or stale file means Whoosh's term lists, as before.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from pathlib import Path

import numpy as np

from indexer import analysis
from indexer.colfiles import combined_name as columns_combined_name
from indexer.colfiles import read_arrays, segment_ids, write_segment_files
from indexer.schema import KEYWORD_FIELDS, TEXT_FIELDS

# Fields whose terms are text; not ``key``: one word per release, merged again on every commit
# for the rare key wildcard (which reads Whoosh's term list instead).
WORD_FIELDS = (*TEXT_FIELDS, *(name for name in KEYWORD_FIELDS if name != "key"))
SEGMENT_PREFIX = "words-"
COMBINED_PREFIX = "words-all-"
SUFFIX = ".bin"
_SEP = "\0"  # never inside an indexed word


def _blob(words: list[str]) -> np.ndarray:
    return np.frombuffer(_SEP.join(words).encode("utf-8"), dtype=np.uint8)


def _unblob(array: np.ndarray) -> list[str]:
    return array.tobytes().decode("utf-8").split(_SEP) if array.size else []


def combined_name(ids: list[str]) -> str:
    """The merged file's name for these segments in this order."""
    return columns_combined_name(ids, COMBINED_PREFIX)


def _segment_arrays(segment) -> tuple[dict[str, np.ndarray], dict]:
    """One segment's words and document counts per field, and (stem, form) pairs of its text."""
    arrays: dict[str, np.ndarray] = {}
    fields = [name for name in WORD_FIELDS if name in segment.schema]
    forms: set[str] = set()
    for name in fields:
        words, counts = [], []
        for raw, info in segment.iter_field(name):
            words.append(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
            counts.append(info.doc_frequency())
        arrays[f"words:{name}"] = _blob(words)
        arrays[f"counts:{name}"] = np.asarray(counts, dtype=np.int64)
        if name in TEXT_FIELDS:
            forms.update(words)
    pairs = sorted((stem, form) for form in forms for stem in analysis.stem_terms(form))
    arrays["stems"] = _blob([stem for stem, _ in pairs])
    arrays["stem_forms"] = _blob([form for _, form in pairs])
    return arrays, {"fields": fields, "size": segment.doc_count_all()}


def _merge(parts: list[tuple[dict[str, np.ndarray], dict]]) -> tuple[dict[str, np.ndarray], dict]:
    """The segments' words with summed counts per field, and their stem map."""
    arrays: dict[str, np.ndarray] = {}
    fields = [name for name in WORD_FIELDS if any(name in meta["fields"] for _, meta in parts)]
    for name in fields:
        counts: dict[str, int] = defaultdict(int)
        for part, meta in parts:
            if name in meta["fields"]:
                for word, n in zip(
                    _unblob(part[f"words:{name}"]), part[f"counts:{name}"].tolist(), strict=True
                ):
                    counts[word] += n
        words = sorted(counts)
        arrays[f"words:{name}"] = _blob(words)
        arrays[f"counts:{name}"] = np.fromiter(map(counts.__getitem__, words), np.int64, len(words))
    forms: dict[str, set[str]] = defaultdict(set)
    for part, _ in parts:
        for stem, form in zip(_unblob(part["stems"]), _unblob(part["stem_forms"]), strict=True):
            forms[stem].add(form)
    stems = sorted(forms)
    arrays["stems"] = _blob(stems)
    grouped = [sorted(forms[stem]) for stem in stems]
    arrays["stem_forms"] = _blob([form for group in grouped for form in group])
    arrays["stem_starts"] = np.cumsum([0, *map(len, grouped)], dtype=np.int64)
    return arrays, {"fields": fields, "size": sum(meta["size"] for _, meta in parts)}


def write_word_files(gen_dir: Path) -> None:
    """Write the words of a generation's new segments and of the whole, remove stale ones."""
    write_segment_files(gen_dir, SEGMENT_PREFIX, COMBINED_PREFIX, _segment_arrays, _merge)


class WordFiles:
    """A generation's merged words file: per field (words, counts) and the stem map."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict) -> None:
        self._arrays = arrays
        self.fields = frozenset(meta["fields"])
        self._stems: list[str] | None = None
        self._forms: list[str] = []

    @classmethod
    def open(cls, reader, gen_dir: Path) -> WordFiles | None:
        """The merged file for this reader's segments, or None when there is none that fits."""
        found = read_arrays(Path(gen_dir) / combined_name(segment_ids(reader)))
        if found is None or found[1]["size"] != reader.doc_count_all():
            return None
        return cls(*found)

    def words(self, fieldname: str) -> tuple[list[str], np.ndarray]:
        """A field's words, sorted, and their document counts."""
        return _unblob(self._arrays[f"words:{fieldname}"]), self._arrays[f"counts:{fieldname}"]

    def forms_of(self, stem: str) -> tuple[str, ...]:
        """The indexed forms of a stem (read on first use)."""
        if self._stems is None:
            self._forms = _unblob(self._arrays["stem_forms"])
            self._stems = _unblob(self._arrays["stems"])
        i = bisect_left(self._stems, stem)
        if i == len(self._stems) or self._stems[i] != stem:
            return ()
        starts = self._arrays["stem_starts"]
        return tuple(self._forms[int(starts[i]) : int(starts[i + 1])])


# Registered here, imported last: indexer.sidecars imports this module to register it.
from indexer import sidecars  # noqa: E402

if write_word_files not in sidecars.WRITERS:
    sidecars.WRITERS.append(write_word_files)
