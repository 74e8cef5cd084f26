"""A release's Whoosh document and its record: the fast paths give what the plain code gave.

``to_document`` encodes the record with one shared JSON encoder, builds it from the fields with
one ``attrgetter`` and counts tokens through the chunk memo; ``Release.from_dict`` copies a
record whose keys are all known instead of filtering it. Each is checked here against the
plain formula it replaced, on generated releases (any text, any missing field).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.release import Image, Release
from indexer import tokenizer
from indexer.schema import FACET_SEP, FACETS, NO_DATE, decode_record, facet_values, to_document
from indexer.tokenizer import TOKEN_RE

OPTIONAL_TEXT = st.none() | st.text(max_size=40)
DATES = st.none() | st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2030, 1, 1)
).flatmap(
    lambda moment: st.sampled_from(
        [moment, moment.replace(tzinfo=UTC), moment.replace(tzinfo=timezone(timedelta(hours=3)))]
    )
)
RELEASES = st.builds(
    Release,
    url=st.text(max_size=30),
    title=st.text(max_size=60),
    body=st.text(max_size=300),
    release_id=st.none() | st.integers(0, 10**9),
    date=DATES,
    author=OPTIONAL_TEXT,
    photographer=OPTIONAL_TEXT,
    location=OPTIONAL_TEXT,
    language=OPTIONAL_TEXT,
    category=OPTIONAL_TEXT,
    translator=OPTIONAL_TEXT,
    images=st.lists(
        st.builds(Image, url=st.text(max_size=20), caption=OPTIONAL_TEXT), max_size=3
    ).map(tuple),
)
HISTORY = st.tuples(
    st.sampled_from(["live", "gone"]),
    st.integers(1, 4),
    st.none() | st.datetimes(timezones=st.just(UTC)),
)


def plain_document(key: str, release: Release, status: str, versions: int, changed_at) -> dict:
    """The document as to_document built it before its fast paths (to_dict, json.dumps, regex)."""
    values = facet_values(release, status, versions)
    doc = {
        "key": key,
        "record": json.dumps(
            {"status": status, "release": release.to_dict()},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        "title": release.title or "",
        "body": release.body or "",
        "language": values["language"],
        "status": status,
        "facets": FACET_SEP.join(values[name] for name in FACETS).encode("utf-8"),
        "timestamp": int(release.date.timestamp()) if release.date else NO_DATE,
        "changed": int(changed_at.timestamp()) if changed_at else NO_DATE,
        "title_len": len(TOKEN_RE.findall(release.title or "")),
        "body_len": len(TOKEN_RE.findall(release.body or "")),
    }
    for name in ("author", "photographer", "location", "category"):
        if values[name]:
            doc[name] = values[name]
    if release.translator:
        doc["translator"] = release.translator
    if release.date:
        doc["year"] = values["year"]
    return doc


@settings(max_examples=300, deadline=None)
@given(RELEASES, HISTORY)
def test_documents_equal_the_plain_formula(release: Release, history: tuple) -> None:
    status, versions, changed_at = history
    doc = to_document("ar/1", release, status, versions, changed_at)
    expected = plain_document("ar/1", release, status, versions, changed_at)
    assert doc == expected
    assert list(doc) == list(expected)  # the same fields in the same order
    assert decode_record(doc["record"]) == (status, release)


@settings(max_examples=300, deadline=None)
@given(
    RELEASES, st.dictionaries(st.sampled_from(["key", "seq", "extra"]), st.integers(), max_size=2)
)
def test_records_round_trip_and_unknown_keys_are_ignored(release: Release, extra: dict) -> None:
    data = release.to_dict()
    assert Release.from_dict(data) == release
    with_extra = {**data, **extra}
    copy = dict(with_extra)
    assert Release.from_dict(with_extra) == release
    assert with_extra == copy  # the caller's dict is left as it was


def test_an_old_record_without_newer_fields_reads() -> None:
    release = Release.from_dict({"url": "https://ina.iq/1--.html", "title": "t", "body": "b"})
    assert release.images == () and release.date is None and release.translator is None


def test_title_and_body_are_each_tokenized_once() -> None:
    title, body = "Oil ministry: exports rose", "The ministry said exports rose. " * 10
    assert tokenizer.count_tokens(title) == 4 and tokenizer.count_tokens(body) == 50
    remembered = tokenizer.tokens_read_only(body)
    tokenizer.tokens("Baghdad")  # a short field between them keeps both remembered
    assert tokenizer.tokens_read_only(body) is remembered
    assert tokenizer.tokens_read_only(title) == TOKEN_RE.findall(title)
    assert tokenizer.tokens_read_only(title) is tokenizer.tokens_read_only(title)
    assert tokenizer.tokens(body) == remembered and tokenizer.tokens(body) is not remembered


def test_the_chunk_memo_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(tokenizer, "_CHUNK_LIMIT", 5)
    monkeypatch.setattr(tokenizer, "_chunk_tokens", {})
    for n in range(40):
        text = f"word{n}. «ق{n}» مُولَّد U.S{n} x"
        assert tokenizer.count_tokens(text) == len(TOKEN_RE.findall(text))
        assert len(tokenizer._chunk_tokens) <= 5 + len(text.split(" "))
