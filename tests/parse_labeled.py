"""The labeled page set in tests/pages: loading it and scoring the parser against it.

Each page ``<name>.html`` (or the file named by ``"file"``) has ``<name>.json`` with the URL,
Content-Type and fetch time to parse it with, and either ``expected`` (every output field) or
``not_a_release`` (a word the reason must contain).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.parse import parse_release
from crawler.release import Release

PAGES_DIR = Path(__file__).resolve().parent / "pages"
FIELDS = (
    "url",
    "release_id",
    "title",
    "date",
    "author",
    "photographer",
    "body",
    "location",
    "language",
    "category",
    "images",
    "translator",
)


@dataclass(frozen=True)
class LabeledPage:
    """One page of the labeled set and what the parser must make of it."""

    name: str
    path: Path
    url: str
    content_type: str | None
    fetched_at: datetime | None
    expected: dict[str, Any] | None
    not_a_release: str | None

    def parse(self) -> Release:
        """Run the parser on the page as the labels say it was fetched."""
        return parse_release(
            self.path.read_bytes(),
            self.url,
            content_type=self.content_type,
            fetched_at=self.fetched_at,
        )


def load_pages() -> list[LabeledPage]:
    """Every labeled page, sorted by name."""
    pages = []
    for label in sorted(PAGES_DIR.glob("*.json")):
        data = json.loads(label.read_text(encoding="utf-8"))
        path = (PAGES_DIR / data["file"]) if data.get("file") else label.with_suffix(".html")
        fetched = data.get("fetched_at")
        pages.append(
            LabeledPage(
                name=label.stem,
                path=path.resolve(),
                url=data["url"],
                content_type=data.get("content_type"),
                fetched_at=datetime.fromisoformat(fetched) if fetched else None,
                expected=data.get("expected"),
                not_a_release=data.get("not_a_release"),
            )
        )
    return pages


def field_values(release: Release) -> dict[str, Any]:
    """The release as the labels write it (JSON-ready values)."""
    data = release.to_dict()
    return {name: data[name] for name in FIELDS}


def mismatches(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """The fields whose value differs from the label."""
    return [name for name in FIELDS if expected.get(name) != got.get(name)]
