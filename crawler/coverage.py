"""Field coverage of release records, and the layout-drift rule that compares a run with the archive.

Coverage is counted over ``Release`` records (what the parser produced), never over pages: the
share of releases with a date, an author, a photographer, a location and a category. When INA
changes its page layout, the parser still finds a title and a body but silently loses fields;
a run whose coverage falls far below the archive's is the first sign of it.

The drift rule (``DriftRule``): a field is flagged when the run parsed at least
``min_releases`` releases (20 by default, so a handful of odd pages is not a trend), the archive
has at least as many, and the run's share is below the archive's share minus ``margin`` (0.25,
i.e. 25 percentage points). Fields the archive itself rarely has (a photographer credit on a
third of releases) can only be flagged when they fall by that much, so noise stays quiet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from crawler.release import Release

# The fields whose presence is counted, in the order they are printed.
FIELDS: tuple[str, ...] = ("date", "author", "photographer", "location", "category")


def has_field(release: Release, name: str) -> bool:
    """Whether the release has the field (a blank string counts as missing)."""
    value = getattr(release, name)
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


@dataclass
class FieldCoverage:
    """How many releases had each field, out of ``total``."""

    total: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, release: Release) -> None:
        """Count one release."""
        self.total += 1
        for name in FIELDS:
            if has_field(release, name):
                self.counts[name] = self.counts.get(name, 0) + 1

    def share(self, name: str) -> float | None:
        """The share (0..1) of releases with the field, or None when nothing was counted."""
        if not self.total:
            return None
        return self.counts.get(name, 0) / self.total

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: total, counts and shares (rounded to 4 places)."""
        return {
            "total": self.total,
            "counts": {name: self.counts.get(name, 0) for name in FIELDS},
            "shares": {
                name: (round(share, 4) if (share := self.share(name)) is not None else None)
                for name in FIELDS
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> FieldCoverage:
        """Inverse of :meth:`to_dict` (shares are recomputed from the counts)."""
        if not data:
            return cls()
        counts = {name: int((data.get("counts") or {}).get(name, 0)) for name in FIELDS}
        return cls(total=int(data.get("total", 0)), counts=counts)

    def minus(self, other: FieldCoverage) -> FieldCoverage:
        """These counts without ``other``'s (the archive without this run's releases)."""
        counts = {
            name: max(0, self.counts.get(name, 0) - other.counts.get(name, 0)) for name in FIELDS
        }
        return FieldCoverage(total=max(0, self.total - other.total), counts=counts)

    def describe(self) -> str:
        """One line: ``date 98%, author 61%, ...`` (or ``no releases``)."""
        if not self.total:
            return "no releases"
        return ", ".join(f"{name} {percent(self.share(name))}" for name in FIELDS)


def coverage_of(releases: Iterable[Release]) -> FieldCoverage:
    """The field coverage of some releases (a run's, or the whole archive's)."""
    coverage = FieldCoverage()
    for release in releases:
        coverage.add(release)
    return coverage


def percent(share: float | None) -> str:
    """``0.983`` -> ``98%``; None -> ``n/a``."""
    return "n/a" if share is None else f"{share * 100:.0f}%"


@dataclass(frozen=True)
class DriftRule:
    """When a run's coverage counts as "well below" the archive's (see the module docstring)."""

    min_releases: int = 20
    margin: float = 0.25


@dataclass(frozen=True)
class CoverageDrop:
    """One field whose coverage in a run fell well below the archive's."""

    name: str
    run_share: float
    archive_share: float

    def sentence(self) -> str:
        """The warning as printed by the crawl summary, ``stats`` and ``status``."""
        return (
            f"{self.name} coverage fell from {percent(self.archive_share)} to"
            f" {percent(self.run_share)} in this run: INA may have changed its layout;"
            " run `ina-archive parse --explain` on a recent page"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "field": self.name,
            "run_share": round(self.run_share, 4),
            "archive_share": round(self.archive_share, 4),
            "message": self.sentence(),
        }


def coverage_drops(
    run: FieldCoverage, archive: FieldCoverage, rule: DriftRule | None = None
) -> list[CoverageDrop]:
    """The fields whose run share fell well below the archive share, per ``rule``."""
    rule = rule or DriftRule()
    if run.total < rule.min_releases or archive.total < rule.min_releases:
        return []
    drops = []
    for name in FIELDS:
        run_share, archive_share = run.share(name), archive.share(name)
        if run_share is None or archive_share is None:
            continue
        if run_share < archive_share - rule.margin:
            drops.append(CoverageDrop(name, run_share, archive_share))
    return drops
