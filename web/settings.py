"""The web app's settings, declared once, each with a default and a help line.

``create_app(config)`` layers them: these defaults < ``INA_ARCHIVE_*`` environment variables < the
``config`` mapping passed in (the ``serve`` command passes its flags there).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# The same prefix as the crawler's settings (crawler/settings.py), so one environment configures both.
ENV_PREFIX = "INA_ARCHIVE_"


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its name, default value and a line of help."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DATA_DIR", "data", "Data directory holding the release store, the index and the WARCs."
    ),
    Setting("MAX_QUERY_LENGTH", 500, "Longest accepted search query, in characters."),
    Setting("MAX_PAGE", 500, "Highest result page that can be requested."),
    Setting("MAX_PER_PAGE", 100, "Largest page size (results per page)."),
    Setting("DEFAULT_PER_PAGE", 20, "Results per page when the request does not say."),
    Setting(
        "EXPORT_CAP", 10_000, "Most rows a CSV or JSON Lines export returns (?limit= lowers it)."
    ),
    Setting("FEED_SIZE", 50, "Entries in an Atom feed."),
    Setting("FACET_SIZE", 12, "Facet values shown before a facet is marked truncated."),
    Setting("REFRESH_INTERVAL", 2.0, "Seconds between checks for a new index generation."),
    Setting("MORE_LIKE_THIS", 5, "Similar releases shown on a release page."),
    Setting("SITE_NAME", "INA Archive", "Name shown in page titles, feeds and OpenSearch."),
    Setting(
        "BASE_URL",
        "",
        "Public address of the site (e.g. https://archive.example.org, or with a path prefix "
        "behind a proxy): absolute links in feeds, OpenSearch and the OpenAPI document start "
        "with it, never with the request's Host header. Empty: http://127.0.0.1:8080, or the "
        "address `serve` listens on.",
    ),
    Setting(
        "TRUSTED_HOSTS",
        "",
        "Comma-separated host names the site answers to (e.g. archive.example.org); a request "
        "for another Host gets a 400 naming BASE_URL. Empty: any host.",
    ),
)

DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}


def resolve(config: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None):
    """Layer defaults < ``INA_ARCHIVE_<NAME>`` environment variables < ``config``.

    Returns:
        A dict of every setting, converted to the type of its default.

    Raises:
        ValueError: an environment variable cannot be converted to the setting's type.
    """
    environ = os.environ if environ is None else environ
    values = dict(DEFAULTS)
    for setting in SETTINGS:
        raw = environ.get(f"{ENV_PREFIX}{setting.name}")
        if raw is not None:
            values[setting.name] = _convert(setting, raw)
    for name, value in (config or {}).items():
        values[name] = value
    return values


def _convert(setting: Setting, raw: str) -> Any:
    """Convert an environment string to the type of the setting's default."""
    kind = type(setting.default)
    try:
        return kind(raw)
    except ValueError as error:
        raise ValueError(
            f"{ENV_PREFIX}{setting.name}={raw!r} is not a valid {kind.__name__}; {setting.help}"
        ) from error
