"""The one record type of the archive: a press release as parsed from an INA page.

The parser produces it, the release store keeps it (as JSON, versioned), the indexer indexes it
and the web app returns it. Nothing else describes a release.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

# INA's sections each have their own id sequence, so a release is keyed by (section, id).
SECTION_PREFIXES = {"eng": "en", "kurd": "ku", "turkmen": "tk"}
ARABIC_SECTION = "ar"

_RELEASE_ID_IN_PATH = re.compile(
    r"(?:/|,)(\d+)-[^/]*\.html$"  # /eng/9948--.html, /print:page,1,220736--65-.html
    r"|^/(?:(?:eng|kurd|turkmen)/)?(\d+)/?$"  # the older bare form, /eng/5055
)


@dataclass(frozen=True, slots=True)
class Image:
    """A picture attached to a release."""

    url: str
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class Release:
    """One INA press release, cleaned into fields.

    ``date`` is timezone-aware (Asia/Baghdad); several photographers are joined by ", ".
    """

    url: str
    title: str
    body: str
    release_id: int | None = None
    date: datetime | None = None
    author: str | None = None
    photographer: str | None = None
    location: str | None = None
    language: str | None = None
    category: str | None = None
    translator: str | None = None
    images: tuple[Image, ...] = field(default_factory=tuple)

    @property
    def section(self) -> str:
        """INA's site section of the URL: "en", "ar", "ku" or "tk"."""
        return section_of(self.url)

    @property
    def key(self) -> str:
        """Stable identity across URL variants: ``<section>/<id>``, or the URL when there is no id."""
        if self.release_id is None:
            return self.url
        return f"{self.section}/{self.release_id}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict; ``date`` as ISO 8601 with offset, images as dicts."""
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        data["images"] = [asdict(image) for image in self.images]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Release:
        """Inverse of :meth:`to_dict`; unknown keys are ignored so old stores stay readable."""
        known = _FIELD_NAMES
        # A record of this code's fields only (every stored one) is copied whole, not filtered.
        if data.keys() <= known:
            values = dict(data)
        else:
            values = {k: v for k, v in data.items() if k in known}
        if values.get("date"):
            values["date"] = datetime.fromisoformat(values["date"])
        values["images"] = tuple(
            [
                Image(**image) if isinstance(image, dict) else image
                for image in values.get("images") or ()
            ]
        )
        return cls(**values)


_FIELD_NAMES = frozenset(f.name for f in fields(Release))


def section_of(url: str) -> str:
    """The INA section a URL belongs to, from its first path segment (Arabic is the root)."""
    path = urlsplit(url).path.lstrip("/")
    first = path.split("/", 1)[0]
    return SECTION_PREFIXES.get(first, ARABIC_SECTION)


def release_id_from_url(url: str) -> int | None:
    """INA's numeric id from a release URL (``/eng/9948--.html``, ``/print:page,1,220736--65-.html``,
    ``/eng/5055``), or None."""
    path = urlsplit(url).path
    match = _RELEASE_ID_IN_PATH.search(path)
    if match is None:
        return None
    return int(match.group(1) or match.group(2))
