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

from crawler.parse import NotARelease, ParseError, parse_release
from crawler.release import Release
from crawler.source import Source

PAGES_DIR = Path(__file__).resolve().parent / "pages"
FAMILIES_DIR = PAGES_DIR / "families"
TOP_FAMILY = "v0.1-set"
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
    family: str = TOP_FAMILY

    def parse(self, source: Source | None = None) -> Release:
        """Run the parser on the page as the labels say it was fetched."""
        return parse_release(
            self.path.read_bytes(),
            self.url,
            content_type=self.content_type,
            fetched_at=self.fetched_at,
            source=source,
        )


def load_pages() -> list[LabeledPage]:
    """The labeled pages of the top folder (v0.1's set), sorted by name."""
    return _load(sorted(PAGES_DIR.glob("*.json")), TOP_FAMILY)


def load_families() -> dict[str, list[LabeledPage]]:
    """Every layout family: v0.1's set and each folder of ``pages/families/``."""
    families = {TOP_FAMILY: load_pages()}
    for folder in sorted(p for p in FAMILIES_DIR.iterdir() if p.is_dir()):
        families[folder.name] = _load(sorted(folder.glob("*.json")), folder.name)
    return families


def _load(labels: list[Path], family: str) -> list[LabeledPage]:
    pages = []
    for label in labels:
        data = json.loads(label.read_text(encoding="utf-8"))
        path = (label.parent / data["file"]) if data.get("file") else label.with_suffix(".html")
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
                family=family,
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


@dataclass
class Score:
    """Exact fields of one family: per field, and the release/not-release decisions."""

    pages: int = 0
    releases: int = 0
    right: dict[str, int] | None = None
    decisions_right: int = 0
    failures: list[str] | None = None

    def __post_init__(self) -> None:
        self.right = self.right or dict.fromkeys(FIELDS, 0)
        self.failures = self.failures or []

    @property
    def exact_share(self) -> float:
        """Right fields over all fields, a non-release page counting as one field."""
        total = self.releases * len(FIELDS) + (self.pages - self.releases)
        right = sum(self.right.values()) + self.decisions_right
        return right / total if total else 1.0


def score_family(pages: list[LabeledPage], source: Source | None = None) -> Score:
    """Parse every page of a family and count exact fields against the labels."""
    score = Score(pages=len(pages))
    for page in pages:
        if page.expected is None:
            try:
                page.parse(source)
                score.failures.append(f"{page.name}: parsed as a release")
            except NotARelease as error:
                if page.not_a_release in error.reason:
                    score.decisions_right += 1
                else:
                    score.failures.append(f"{page.name}: reason {error.reason!r}")
            except ParseError as error:
                score.failures.append(f"{page.name}: {error}")
            continue
        score.releases += 1
        try:
            got = field_values(page.parse(source))
        except ParseError as error:
            score.failures.append(f"{page.name}: {error}")
            continue
        wrong = mismatches(page.expected, got)
        score.failures += [f"{page.name}: {name} = {got[name]!r}" for name in wrong]
        for name in FIELDS:
            score.right[name] += name not in wrong
    return score


def accuracy_table(scores: dict[str, Score]) -> str:
    """Per family and per field, the share of exact values (the figures the issue asks for)."""
    abbreviations = {"release_id": "id", "photographer": "photo", "translator": "trans"}
    short = [abbreviations.get(name, name[:5]) for name in FIELDS if name != "url"]
    lines = [f"{'family':<16}{'pages':>6} " + " ".join(f"{s:>5}" for s in short) + "  exact"]
    for family, score in scores.items():
        cells = [
            f"{score.right[name] / score.releases:>5.0%}" if score.releases else "    -"
            for name in FIELDS
            if name != "url"
        ]
        lines.append(
            f"{family:<16}{score.pages:>6} " + " ".join(cells) + f" {score.exact_share:>6.1%}"
        )
    return "\n".join(lines)
