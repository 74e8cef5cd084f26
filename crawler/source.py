"""The source definition: hosts, URL patterns, feeds and selectors of a news site, loaded from seeds/.

The crawler reads what it may fetch from it, the parser reads where the fields are. It is data
(``seeds/ina-source.toml``) so that a layout change at INA is an edit, not a release.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_SOURCE_PATH = SEEDS_DIR / "ina-source.toml"


class SourceError(ValueError):
    """The source definition file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class Source:
    """A site to archive, as the source definition file describes it."""

    name: str
    hosts: tuple[str, ...]
    start_urls: tuple[str, ...]
    feeds: tuple[str, ...]
    sitemaps: tuple[str, ...]
    timezone: str
    sections: dict[str, str]
    release_patterns: tuple[re.Pattern[str], ...]
    listing_patterns: tuple[re.Pattern[str], ...]
    feed_patterns: tuple[re.Pattern[str], ...]
    sitemap_patterns: tuple[re.Pattern[str], ...]
    exclude_patterns: tuple[re.Pattern[str], ...]
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def selector_list(self, name: str) -> tuple[str, ...]:
        """The CSS selectors for one field, in the order to try them (empty when none)."""
        return self.selectors.get(name, ())

    def classify(self, url: str) -> str | None:
        """What a URL is for this source: "release", "listing", "feed", "sitemap", or None.

        Only the path and query are looked at; host scope is the crawler's business.
        """
        parts = urlsplit(url)
        target = parts.path + ("?" + parts.query if parts.query else "")
        if any(p.search(target) for p in self.exclude_patterns):
            return None
        path = parts.path or "/"
        for kind, patterns in (
            ("release", self.release_patterns),
            ("feed", self.feed_patterns),
            ("sitemap", self.sitemap_patterns),
            ("listing", self.listing_patterns),
        ):
            if any(p.search(path) for p in patterns):
                return kind
        return None

    def release_id(self, url: str) -> int | None:
        """The numeric release id of a release URL, from the pattern's ``id`` group."""
        path = urlsplit(url).path
        for pattern in self.release_patterns:
            match = pattern.search(path)
            if match and match.groupdict().get("id"):
                return int(match.group("id"))
        return None

    def language_of(self, url: str) -> str | None:
        """The language of the section a URL is in (longest matching path prefix)."""
        path = urlsplit(url).path or "/"
        best = max((p for p in self.sections if path.startswith(p)), key=len, default=None)
        return self.sections.get(best) if best else None

    def with_hosts(self, hosts: tuple[str, ...]) -> Source:
        """The same source served from other hosts (a mirror, the local demo site)."""
        return replace(self, hosts=hosts)


def _compile_all(patterns: Any, where: str) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p) for p in patterns or ())
    except (re.error, TypeError) as error:
        raise SourceError(f"bad regular expression in [{where}]: {error}") from error


def load_source(path: Path | str | None = None) -> Source:
    """Read a source definition file (default: ``seeds/ina-source.toml``).

    Raises:
        SourceError: the file is missing, is not TOML, or lacks a required entry.
    """
    path = Path(path) if path else DEFAULT_SOURCE_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise SourceError(f"source definition not found: {path}") from error
    except tomllib.TOMLDecodeError as error:
        raise SourceError(f"source definition {path} is not valid TOML: {error}") from error
    try:
        urls = data["urls"]
        return Source(
            name=data["name"],
            hosts=tuple(data["hosts"]),
            start_urls=tuple(data.get("start_urls", ())),
            feeds=tuple(data.get("feeds", ())),
            sitemaps=tuple(data.get("sitemaps", ())),
            timezone=data.get("timezone", "Asia/Baghdad"),
            sections=dict(data.get("sections", {})),
            release_patterns=_compile_all(urls["release"], "urls.release"),
            listing_patterns=_compile_all(urls.get("listing"), "urls.listing"),
            feed_patterns=_compile_all(urls.get("feed"), "urls.feed"),
            sitemap_patterns=_compile_all(urls.get("sitemap"), "urls.sitemap"),
            exclude_patterns=_compile_all(urls.get("exclude"), "urls.exclude"),
            selectors={k: tuple(v) for k, v in data.get("selectors", {}).items()},
        )
    except KeyError as error:
        raise SourceError(f"source definition {path} lacks the entry {error}") from error
