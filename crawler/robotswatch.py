"""robots.txt changes between runs: what changed, and whether release URLs are now disallowed.

The crawl reports every robots.txt it reads (``observe``); at the end of the run ``changes``
compares each with the copy kept from earlier runs in ``<data_dir>/robots-seen.json``, then
keeps the new copies. A change is reported with the old and new SHA-256, the lines added and
removed (a few), and ``disallows_releases``: whether our token may no longer fetch release URLs,
tested on release URLs of that host seen in the run plus INA's two release URL shapes. A
robots.txt seen for the first time is reported only when it disallows releases.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from crawler.robots import rules_from_response

log = logging.getLogger(__name__)

SEEN_FILENAME = "robots-seen.json"
_MAX_TEXT = 64 * 1024  # robots.txt kept for the line diff (longer ones are cut)
_MAX_LINES = 5  # changed lines reported per side
# INA's release URL shapes (docs: INA-SITE.md), tested when the run parsed no release of a host.
_RELEASE_SHAPES = ("/eng/1-release.html", "/1--.html")


class RobotsWatch:
    """Collects the robots.txt files one run read and reports what changed since the last run."""

    def __init__(
        self,
        data_dir: Path | str,
        token: str,
        *,
        is_release: Callable[[str], bool] = lambda url: True,
    ) -> None:
        self.path = Path(data_dir) / SEEN_FILENAME
        self.token = token
        self.is_release = is_release
        self._seen: dict[str, tuple[int, bytes]] = {}

    def observe(self, origin: str, status: int, body: bytes) -> None:
        """Note the robots.txt of ``origin`` as read in this run (the last read counts)."""
        self._seen[origin] = (status, body[:_MAX_TEXT])

    def changes(self, release_urls: Iterable[str] = ()) -> list[dict[str, Any]]:
        """The changes since the last run (see the module docstring); saves the new copies."""
        if not self._seen:
            return []
        before = self._load()
        urls = list(release_urls)
        out = []
        for origin, (status, body) in sorted(self._seen.items()):
            if not 200 <= status < 500:
                continue  # a server error is not a new policy (the crawl counts it as one)
            digest = hashlib.sha256(body).hexdigest()
            text = body.decode("utf-8", errors="replace")
            old = before.get(origin)
            disallows = self._disallows(origin, status, body, urls)
            if old is not None and old.get("sha256") == digest and old.get("status") == status:
                continue
            if old is None and not disallows:
                before[origin] = {"sha256": digest, "status": status, "text": text}
                continue
            added, removed = _line_diff(old.get("text", "") if old else "", text)
            out.append(
                {
                    "host": origin,
                    "old_sha256": old.get("sha256") if old else None,
                    "new_sha256": digest,
                    "old_status": old.get("status") if old else None,
                    "new_status": status,
                    "added": added,
                    "removed": removed,
                    "disallows_releases": disallows,
                }
            )
            before[origin] = {"sha256": digest, "status": status, "text": text}
        self._save(before)
        return out

    def _disallows(self, origin: str, status: int, body: bytes, urls: list[str]) -> bool:
        """Whether the rules refuse our token a release URL of ``origin``."""
        if not 200 <= status < 300:
            return False  # 4xx allows all; 5xx/unreachable is an error, not a policy
        rules = rules_from_response(origin, status, body)
        own = [url for url in urls if url.startswith(origin + "/")][:_MAX_LINES]
        shapes = [origin + path for path in _RELEASE_SHAPES]
        candidates = own + [url for url in shapes if self.is_release(url)]
        return any(not rules.allowed(url, self.token) for url in candidates)

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, Any]) -> None:
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(temp, self.path)
        except OSError as error:
            log.warning("could not keep the robots.txt copies in %s: %s", self.path, error)


def _line_diff(old: str, new: str) -> tuple[list[str], list[str]]:
    """A few lines added and removed (blank lines and comments ignored)."""

    def lines(text: str) -> list[str]:
        return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]

    old_lines, new_lines = lines(old), lines(new)
    added = [line for line in new_lines if line not in set(old_lines)]
    removed = [line for line in old_lines if line not in set(new_lines)]
    return added[:_MAX_LINES], removed[:_MAX_LINES]


def describe_change(change: dict[str, Any]) -> str:
    """One readable sentence for a robots.txt change."""
    host = change.get("host", "?")
    if change.get("old_sha256") is None:
        head = f"robots.txt of {host} (first seen)"
    else:
        head = f"robots.txt of {host} changed"
    parts = []
    if change.get("old_status") not in (None, change.get("new_status")):
        parts.append(f"HTTP {change.get('old_status')} -> {change.get('new_status')}")
    parts += [f"+{line}" for line in change.get("added") or []]
    parts += [f"-{line}" for line in change.get("removed") or []]
    detail = f" ({'; '.join(parts)})" if parts else ""
    verdict = ": it now disallows release URLs for us" if change.get("disallows_releases") else ""
    return head + detail + verdict
