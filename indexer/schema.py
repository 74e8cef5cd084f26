"""The Whoosh schema, declared once, and the mapping from a stored release to a document.

Whoosh does the matching and scoring only. Display data is one stored JSON field (``record``);
facet values and the timestamp are two columns read once per searcher into numpy arrays
(:mod:`indexer.columns`), which is where facet counts and date filters come from.
"""

from __future__ import annotations

import json
from dataclasses import fields as dataclass_fields
from datetime import datetime
from operator import attrgetter
from typing import Any
from zoneinfo import ZoneInfo

from whoosh import columns, fields

from crawler.release import Release
from indexer.analysis import InaText
from indexer.tokenizer import count_tokens

# Facets, in the order their values are packed into the ``facets`` column.
FACETS = ("author", "photographer", "category", "location", "language", "year", "status", "history")
FACET_SEP = "\x1f"
MULTI_VALUE_SEP = ", "  # several photographers are joined by ", " in the record
MULTI_VALUED = frozenset({"photographer"})
HISTORY_VALUES = ("edited", "removed")  # edited after publication (>1 version); removed from INA
NO_DATE = -(2**62)  # the timestamp column's value for a release without a date
# Plain query words search these; names and titles weigh more than body text (query.py).
DEFAULT_FIELDS = ("title", "body", "author", "photographer", "translator", "location", "category")
NAME_FIELDS = ("author", "photographer", "translator")  # matched as names: exact, not stemmed
LENGTH_FIELDS = ("title", "body")  # fields with a token-count column
TEXT_FIELDS = (
    "title",
    "body",
    "author",
    "photographer",
    "translator",
    "location",
    "category",
)
KEYWORD_FIELDS = ("language", "year", "status", "key")  # one lower-case value each
BAGHDAD = ZoneInfo("Asia/Baghdad")


class ReleaseSchema(fields.SchemaClass):
    """The index schema: exact-form text fields (stemmed at query time), ids and two columns."""

    key = fields.ID(unique=True)
    record = fields.STORED()
    title = InaText(field_boost=2.0)
    body = InaText()
    author = InaText()
    photographer = InaText()
    translator = InaText()
    location = InaText()
    category = InaText()
    language = fields.ID()
    year = fields.ID()
    status = fields.ID()
    date = (
        fields.DATETIME()
    )  # for the query syntax only: date:[a TO b] runs on the timestamp column
    facets = fields.COLUMN(columns.VarBytesColumn())
    timestamp = fields.COLUMN(columns.NumericColumn("q", default=NO_DATE))
    changed = fields.COLUMN(columns.NumericColumn("q", default=NO_DATE))  # last change, for sorting
    title_len = fields.COLUMN(columns.NumericColumn("I", default=0))  # tokens, for BM25
    body_len = fields.COLUMN(columns.NumericColumn("I", default=0))


def language_of(release: Release) -> str:
    """The release's language code, falling back to its site section."""
    return release.language or release.section


def facet_values(release: Release, status: str, versions: int = 1) -> dict[str, str]:
    """The facet values of one release (empty string when unknown)."""
    # One value each: a removed release counts as removed even if it was edited first, so the
    # facet's counts match the results (removed releases are shown only when asked for).
    edited, removed = HISTORY_VALUES
    history = removed if status == "gone" else edited if versions > 1 else ""
    return {
        "author": release.author or "",
        "photographer": release.photographer or "",
        "category": release.category or "",
        "location": release.location or "",
        "language": language_of(release),
        "year": str(baghdad_time(release.date).year) if release.date else "",
        "status": status,
        "history": history,
    }


def to_document(
    key: str,
    release: Release,
    status: str,
    versions: int = 1,
    changed_at: datetime | None = None,
) -> dict[str, Any]:
    """The Whoosh document for a stored release (``versions`` and ``changed_at``: its history)."""
    values = facet_values(release, status, versions)
    record = _record_json({"status": status, "release": _record(release)})
    doc: dict[str, Any] = {
        "key": key,
        "record": record,
        "title": release.title or "",
        "body": release.body or "",
        "language": values["language"],
        "status": status,
        "facets": FACET_SEP.join(values[name] for name in FACETS).encode("utf-8"),
        "timestamp": int(release.date.timestamp()) if release.date else NO_DATE,
        "changed": int(changed_at.timestamp()) if changed_at else NO_DATE,
        # Counted here, remembered for the writer: each text is tokenized once.
        "title_len": count_tokens(release.title or ""),
        "body_len": count_tokens(release.body or ""),
    }
    for name in ("author", "photographer", "location", "category"):
        if values[name]:
            doc[name] = values[name]
    if release.translator:
        doc["translator"] = release.translator
    if release.date:
        doc["year"] = values["year"]
    return doc


_RELEASE_FIELDS = tuple(f.name for f in dataclass_fields(Release))
_release_values = attrgetter(*_RELEASE_FIELDS)
# json.dumps(..., ensure_ascii=False, separators=(",", ":")) without a new encoder per record;
# a record is never circular, so the encoder does not look for cycles (same text).
_record_json = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False
).encode


def _record(release: Release) -> dict[str, Any]:
    """``release.to_dict()`` without dataclasses.asdict's deep copies (same result, faster)."""
    data = dict(zip(_RELEASE_FIELDS, _release_values(release), strict=True))
    data["date"] = release.date.isoformat() if release.date else None
    data["images"] = [{"url": i.url, "caption": i.caption} for i in release.images]
    return data


def baghdad_time(moment: datetime) -> datetime:
    """A datetime as Baghdad wall-clock time (naive datetimes are taken to be Baghdad time)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=BAGHDAD)
    return moment.astimezone(BAGHDAD)


def decode_record(stored: str) -> tuple[str, Release]:
    """The (status, Release) of a stored ``record`` field."""
    data = json.loads(stored)
    return data["status"], Release.from_dict(data["release"])
