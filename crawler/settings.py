"""Crawler settings, each declared once with its default and a help line.

Layers, lowest first: the defaults below < a TOML config file (top level or a ``[crawl]`` table)
< environment variables ``INA_ARCHIVE_<NAME>`` < explicit overrides (the CLI flags). The resulting
frozen :class:`CrawlSettings` is passed to every part of the crawler; nothing reads globals.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from crawler import __version__
from crawler.errors import CrawlConfigError

ENV_PREFIX = "INA_ARCHIVE_"
IMAGE_MODES = ("lead", "all", "none")
DEFAULT_USER_AGENT = f"ina-archive/{__version__} (+https://github.com/ina-archive/ina-archive)"


def _setting(default: Any, help: str) -> Any:
    """A dataclass field carrying its help line."""
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """Everything the crawler can be told; see :func:`describe_settings` for the help lines."""

    data_dir: Path = _setting(
        Path("data"), "Data directory (crawl.sqlite, releases.sqlite, warc/)."
    )
    start_urls: tuple[str, ...] = _setting(
        (), "Start URLs; their hosts replace the source's hosts (a mirror, the demo site)."
    )
    languages: tuple[str, ...] = _setting(
        ("ar", "en", "ku", "tk"),
        "Sections to crawl, by language code (ar, en, ku = /kurd/, tk = /turkmen/); the others'"
        " start URLs, feeds, sitemaps and pages are left out.",
    )
    delay: float = _setting(2.0, "Minimum seconds between two requests to one host.")
    max_delay: float = _setting(60.0, "Ceiling of the adaptive delay, in seconds.")
    jitter: float = _setting(0.25, "Random extra delay, as a fraction of the delay (0 = none).")
    autothrottle: bool = _setting(True, "Grow the delay with the server's response time.")
    user_agent: str = _setting(DEFAULT_USER_AGENT, "User-Agent header sent with every request.")
    robots_token: str = _setting("ina-archive", "Product token matched against robots.txt groups.")
    robots_ttl: float = _setting(
        86400.0, "Seconds a fetched robots.txt is trusted before refetching."
    )
    connect_timeout: float = _setting(10.0, "Seconds to wait for a connection.")
    read_timeout: float = _setting(30.0, "Seconds to wait for each read from the server.")
    fetch_deadline: float = _setting(
        120.0, "Seconds a whole response body may take before it is cut."
    )
    retries: int = _setting(3, "Retries of a request after a timeout, a 5xx, a 429 or a 503.")
    backoff_base: float = _setting(1.0, "First backoff in seconds when no Retry-After is given.")
    backoff_cap: float = _setting(60.0, "Largest backoff in seconds.")
    max_retry_after: float = _setting(
        900.0, "A Retry-After longer than this many seconds pauses the host for the run."
    )
    pause_after_failures: int = _setting(
        5, "Consecutive failed pages after which a host is paused."
    )
    max_body_bytes: int = _setting(5 * 1024 * 1024, "Response bodies are cut at this many bytes.")
    max_redirects: int = _setting(5, "Longest redirect chain followed.")
    allow_private_addresses: bool = _setting(
        False, "Allow hosts resolving to private/loopback/link-local addresses (tests, demo)."
    )
    max_pages: int = _setting(0, "Stop after this many fetched pages (0 = no limit).")
    backfill: bool = _setting(False, "Walk back through the listing pages to collect old releases.")
    backfill_pages: int = _setting(50, "With backfill, how many listing pages to walk per listing.")
    backfill_until: str = _setting(
        "", "With backfill, stop paging a listing once its dates are older than YYYY-MM-DD."
    )
    listing_pages: int = _setting(1, "Without backfill, how many pages of each listing to read.")
    max_depth: int = _setting(3, "Most link hops from a start URL (pagination not counted).")
    per_pattern_cap: int = _setting(
        10000, "Most non-release URLs of one shape (digits masked) queued; stops link traps."
    )
    recrawl_after: float = _setting(
        30 * 86400.0, "Seconds before a fetched release is fetched again (conditional GET)."
    )
    warc_max_bytes: int = _setting(100 * 1024 * 1024, "WARC files are rotated at this size.")
    images: str = _setting(
        "lead",
        "Images of each release to archive from INA's own hosts: lead (the first), all or none.",
    )
    progress: bool = _setting(True, "Show a progress bar.")

    @classmethod
    def load(
        cls,
        config_file: Path | str | None = None,
        *,
        env: Mapping[str, str] | None = None,
        overrides: Mapping[str, Any] | None = None,
    ) -> CrawlSettings:
        """Build settings from the layers: defaults < config file < environment < overrides.

        Args:
            config_file: a TOML file; keys at top level or in a ``[crawl]`` table.
            env: the environment to read ``INA_ARCHIVE_*`` from (default ``os.environ``).
            overrides: explicit values (CLI flags); None values are ignored.

        Returns:
            The frozen settings.

        Raises:
            CrawlConfigError: an unknown key, a value of the wrong type or out of range.
        """
        values: dict[str, Any] = {}
        if config_file is not None:
            values.update(_read_config(Path(config_file)))
        environ = os.environ if env is None else env
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _coerce(
                    f.name, raw, f.default, f"environment {ENV_PREFIX}{f.name.upper()}"
                )
        for name, value in (overrides or {}).items():
            if value is not None:
                values[name] = value
        return cls().with_values(values)

    def with_values(self, values: Mapping[str, Any]) -> CrawlSettings:
        """A copy with some settings changed, checked and converted to the declared types."""
        defaults = {f.name: f.default for f in fields(self)}
        converted = {}
        for name, value in values.items():
            if name not in defaults:
                raise CrawlConfigError(
                    f"unknown crawl setting {name!r}; known: {', '.join(defaults)}"
                )
            converted[name] = _coerce(name, value, defaults[name], "setting")
        settings = replace(self, **converted)
        settings._check()
        return settings

    def _check(self) -> None:
        for name in (
            "delay",
            "max_delay",
            "jitter",
            "connect_timeout",
            "read_timeout",
            "backoff_base",
        ):
            if getattr(self, name) < 0:
                raise CrawlConfigError(
                    f"setting {name} must not be negative (got {getattr(self, name)})"
                )
        for name in ("retries", "max_pages", "max_body_bytes", "max_redirects", "warc_max_bytes"):
            if getattr(self, name) < 0:
                raise CrawlConfigError(
                    f"setting {name} must not be negative (got {getattr(self, name)})"
                )
        if self.images not in IMAGE_MODES:
            raise CrawlConfigError(
                f"setting images must be one of {', '.join(IMAGE_MODES)} (got {self.images!r})"
            )
        if self.pause_after_failures < 1:
            raise CrawlConfigError("setting pause_after_failures must be at least 1")
        if self.backfill_until:
            from datetime import date

            try:
                date.fromisoformat(self.backfill_until)
            except ValueError as error:
                raise CrawlConfigError(
                    f"backfill_until must be a date like 2024-01-31 (got {self.backfill_until!r})"
                ) from error


def describe_settings() -> list[tuple[str, Any, str]]:
    """Every setting as (name, default, help), for docs and ``--help`` texts."""
    return [(f.name, f.default, f.metadata.get("help", "")) for f in fields(CrawlSettings)]


def _read_config(path: Path) -> dict[str, Any]:
    """The crawl settings of a TOML config file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise CrawlConfigError(f"config file not found: {path}") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CrawlConfigError(f"config file {path} is not valid TOML: {error}") from error
    table = data.get("crawl", data)
    if not isinstance(table, dict):
        raise CrawlConfigError(f"config file {path}: [crawl] must be a table")
    return {
        key.replace("-", "_"): value for key, value in table.items() if not isinstance(value, dict)
    }


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _coerce(name: str, value: Any, default: Any, where: str) -> Any:
    """``value`` converted to the type of ``default``, or a CrawlConfigError naming where it came from."""
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise ValueError(value)
        if isinstance(default, int):
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(value)
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, Path):
            return Path(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(part for part in value.replace(",", " ").split() if part)
            return tuple(str(item) for item in value)
        return str(value)
    except (TypeError, ValueError) as error:
        kind = type(default).__name__
        raise CrawlConfigError(
            f"{where} {name} must be a {kind} (got {value!r}); fix it or leave it out"
        ) from error
