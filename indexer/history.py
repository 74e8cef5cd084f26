"""Release history: every version INA served, what changed between them, and word-level diffs.

Versions come from the release store (read-only; the index keeps only the current version).
Each version is compared with the one before it field by field; a diff between any two versions
splits the changed fields into words (whitespace kept), so it reads the same in Arabic and
English: the words are the same tokens either way, only the page's direction differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Literal

from crawler.release import Release
from crawler.store import STORE_FILENAME, Capture, ReleaseStore
from indexer.errors import QueryError

# The fields a version can change, in the order they are shown.
FIELDS = (
    "title",
    "date",
    "author",
    "location",
    "translator",
    "photographer",
    "category",
    "body",
    "images",
)
# Words (letters and digits with their Arabic marks, which ``\w`` alone would split off), single
# punctuation marks, and the spaces between, so "خطة." and "خطة" share the word.
_TOKENS = re.compile(r"\s+|[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+|\S")
Op = Literal["same", "added", "removed"]


@dataclass(frozen=True, slots=True)
class Version:
    """One version of a release: when it was fetched, what it said, and what it changed."""

    number: int
    fetched_at: datetime
    release: Release
    changed: tuple[str, ...]  # fields that differ from the version before (() for the first)
    capture: Capture | None  # where the response it was parsed from is archived

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: number, fetched_at, changed fields, whether it has a capture, release."""
        return {
            "version": self.number,
            "fetched_at": self.fetched_at.isoformat(),
            "changed": list(self.changed),
            "archived": self.capture is not None,
            "release": self.release.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class ReleaseHistory:
    """A release's versions (oldest first) and whether INA still serves it."""

    key: str
    status: str  # "live" or "gone"
    last_seen: datetime | None  # the last fetch that found the page
    changed_at: datetime | None  # the last change: the newest version, or the removal
    versions: tuple[Version, ...]
    removed_at: datetime | None = None  # when the removal was noticed (unknown for old stores)

    @property
    def edited(self) -> bool:
        """Whether INA changed the release after it was first archived."""
        return len(self.versions) > 1

    @property
    def removed(self) -> bool:
        """Whether INA no longer serves the release."""
        return self.status == "gone"

    def version(self, number: int) -> Version | None:
        """One version by its number, or None."""
        return next((v for v in self.versions if v.number == number), None)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of a diff: text the two versions share, or text only one of them has."""

    op: Op
    text: str


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One changed field: its old and new text and the word-level diff between them."""

    field: str
    old: str
    new: str
    segments: tuple[Segment, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "segments": [{"op": s.op, "text": s.text} for s in self.segments],
        }


@dataclass(frozen=True, slots=True)
class VersionDiff:
    """What changed from one version of a release to another (only the changed fields)."""

    key: str
    old: Version
    new: Version
    fields: tuple[FieldDiff, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "from": self.old.number,
            "to": self.new.number,
            "from_fetched_at": self.old.fetched_at.isoformat(),
            "to_fetched_at": self.new.fetched_at.isoformat(),
            "changed": [f.field for f in self.fields],
            "fields": [f.to_dict() for f in self.fields],
        }


def field_text(release: Release, name: str) -> str:
    """A field as text for comparing and showing (dates in ISO form, images one per line)."""
    value = getattr(release, name)
    if name == "date":
        return value.isoformat() if value else ""
    if name == "images":
        return "\n".join(f"{i.url} {i.caption or ''}".strip() for i in value)
    return value or ""


def changed_fields(old: Release, new: Release) -> tuple[str, ...]:
    """The fields whose text differs between two versions, in display order."""
    return tuple(name for name in FIELDS if field_text(old, name) != field_text(new, name))


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """A word-level diff: runs of shared, removed and added text (whitespace kept as it was).

    Arabic words keep their diacritics; punctuation is its own token, so a changed full stop
    does not mark the word before it as changed.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    segments: list[Segment] = []

    def emit(op: Op, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if segments and segments[-1].op == op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            emit("same", a[i1:i2])
        else:
            emit("removed", a[i1:i2])
            emit("added", b[j1:j2])
    return tuple(segments)


def read_history(data_dir: Path | str, key: str) -> ReleaseHistory | None:
    """The history of one release from the data directory's store (read-only), or None."""
    if not (Path(data_dir) / STORE_FILENAME).is_file():
        return None
    with ReleaseStore(data_dir, read_only=True) as store:
        current = store.get(key)
        if current is None:
            return None
        rows = store.version_records(key)
    versions: list[Version] = []
    for row in rows:
        before = versions[-1].release if versions else None
        changed = changed_fields(before, row.release) if before else ()
        versions.append(Version(row.version, row.fetched_at, row.release, changed, row.capture))
    return ReleaseHistory(
        key,
        current.status,
        current.last_seen,
        current.changed_at,
        tuple(versions),
        current.gone_at,
    )


def diff_versions(history: ReleaseHistory, old: int, new: int) -> VersionDiff:
    """The changed fields between two versions of a release, each with its word diff.

    Raises:
        QueryError: a version number the release does not have.
    """
    picked = []
    for number in (old, new):
        version = history.version(number) if isinstance(number, int) else None
        if version is None:
            raise QueryError(
                f"{history.key} has versions 1 to {len(history.versions)}; "
                f"ask for a diff between two of them, not {number!r}."
            )
        picked.append(version)
    first, second = picked
    fields = tuple(
        FieldDiff(
            name,
            field_text(first.release, name),
            field_text(second.release, name),
            word_diff(field_text(first.release, name), field_text(second.release, name)),
        )
        for name in changed_fields(first.release, second.release)
    )
    return VersionDiff(history.key, first, second, fields)


class HistoryMixin:
    """``Archive.history`` / ``versions`` / ``diff``: a release's versions from the store."""

    data_dir: Path

    def history(self, key: str) -> ReleaseHistory | None:
        """A release's versions, status and last sighting, or None for an unknown key."""
        return read_history(self.data_dir, key)

    def edited_keys(self, keys: list[str]) -> set[str]:
        """Which of these releases INA edited after publication (more than one version)."""
        if not keys or not (self.data_dir / STORE_FILENAME).is_file():
            return set()
        with ReleaseStore(self.data_dir, read_only=True) as store:
            return {key for key, count in store.version_counts(keys).items() if count > 1}

    def versions(self, key: str) -> list[Version]:
        """Every version INA served of a release, oldest first, each with what it changed.

        Returns:
            The versions (empty for a key the store does not have).
        """
        found = read_history(self.data_dir, key)
        return list(found.versions) if found else []

    def diff(self, key: str, a: int, b: int) -> VersionDiff:
        """What changed from version ``a`` to version ``b`` of a release, word by word.

        Raises:
            QueryError: the release or one of the versions is not in the archive.
        """
        found = read_history(self.data_dir, key)
        if found is None:
            raise QueryError(f"The archive has no release {key!r}; check the key (like en/9948).")
        return diff_versions(found, a, b)
