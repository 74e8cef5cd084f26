"""Search filters: validated once, applied as boolean masks over the numpy columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np

from indexer.columns import Columns
from indexer.errors import QueryError

FILTER_FACETS = ("author", "photographer", "category", "language", "location", "year", "history")


@dataclass(frozen=True)
class Filters:
    """Facet values to keep (OR within a facet, AND across), a date range, and gone handling."""

    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: date | None = None
    date_to: date | None = None
    include_gone: bool = False

    @property
    def active(self) -> bool:
        """Whether any filter narrows the results."""
        return bool(self.values) or self.date_from is not None or self.date_to is not None

    def as_lists(self) -> dict[str, list[str]]:
        """The active filters as JSON-ready lists (dates as ISO days)."""
        out = {name: list(vals) for name, vals in self.values.items()}
        if self.date_from:
            out["date_from"] = [self.date_from.isoformat()]
        if self.date_to:
            out["date_to"] = [self.date_to.isoformat()]
        return out

    def apply(
        self, columns: Columns, matched: np.ndarray
    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """The final mask, and per filtered facet the mask without that facet's own filter."""
        dates = columns.date_mask(self.date_from, self.date_to)
        with_gone = matched if dates is None else matched & dates
        base = with_gone
        status = columns.facets["status"]
        # Asking for removed releases shows them; otherwise INA's removals stay out of results.
        keep_gone = self.include_gone or "removed" in self.values.get("history", ())
        removals = "gone" in status.ordinal  # none in the index: base is with_gone
        if removals and not keep_gone:
            base = with_gone & ~status.mask_for(["gone"], columns.size)
        masks = {
            name: columns.facets[name].mask_for(list(wanted), columns.size)
            for name, wanted in self.values.items()
        }
        final = base.copy()
        for mask in masks.values():
            final &= mask
        without = {}
        for name in masks:
            other = base.copy()
            for other_name, mask in masks.items():
                if other_name != name:
                    other &= mask
            without[name] = other
        # The history facet counts removed releases even while they are kept out of the results.
        if base is with_gone:  # the same mask as the results' (or its own filter's): reused
            without.setdefault("history", final)
            return final, without
        history = with_gone.copy()
        for name, mask in masks.items():
            if name != "history":
                history &= mask
        without["history"] = history
        return final, without


def make_filters(
    *,
    author=None,
    photographer=None,
    category=None,
    language=None,
    location=None,
    year=None,
    history=None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    include_gone: bool = False,
) -> Filters:
    """Validate and normalise filter arguments.

    Raises:
        QueryError: for a value of the wrong type or a date that is not YYYY-MM-DD.
    """
    raw = {
        "author": author,
        "photographer": photographer,
        "category": category,
        "language": language,
        "location": location,
        "year": year,
        "history": history,
    }
    values = {}
    for name, value in raw.items():
        cleaned = _values(name, value)
        if cleaned:
            values[name] = cleaned
    start = _day("date_from", date_from)
    end = _day("date_to", date_to)
    if start and end and start > end:
        raise QueryError(f"The start date {start} is after the end date {end}; swap them.")
    return Filters(values, start, end, bool(include_gone))


def _values(name: str, value) -> tuple[str, ...]:
    """A filter value as a tuple of non-empty strings."""
    if value is None:
        return ()
    if isinstance(value, str | int):
        value = [value]
    if not isinstance(value, list | tuple | set | frozenset):
        raise QueryError(f"The {name} filter must be a text or a list of texts, not {value!r}.")
    out = []
    for item in value:
        if not isinstance(item, str | int) or isinstance(item, bool):
            raise QueryError(f"The {name} filter must be a text or a list of texts, not {item!r}.")
        text = str(item).strip()
        if text and text not in out:
            out.append(text)
    return tuple(out)


def _day(name: str, value: date | str | None) -> date | None:
    """A date argument as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise QueryError(f"{name} must be a date written YYYY-MM-DD, like 2021-03-15; got {value!r}.")
