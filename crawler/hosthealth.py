"""Which hosts this run has given up on: too many failures in a row, or a host that asked us to
stop. Their URLs stay queued for the next run."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class HostHealth:
    """Failures in a row per host, and the hosts paused for the rest of the run (with why)."""

    pause_after: int
    failures: dict[str, int] = field(default_factory=dict)
    paused: dict[str, str] = field(default_factory=dict)

    def failed(self, host: str, error: str) -> None:
        """Count a failure; the ``pause_after``-th in a row pauses the host."""
        count = self.failures[host] = self.failures.get(host, 0) + 1
        if count >= self.pause_after:
            self.pause(host, f"{count} failures in a row, the last: {error}")

    def succeeded(self, host: str) -> None:
        """A good answer ends a host's run of failures."""
        self.failures.pop(host, None)

    def pause(self, host: str, why: str) -> None:
        """Skip a host's URLs for the rest of the run."""
        if host in self.paused:
            return
        self.paused[host] = why
        log.warning(
            "pausing %s for the rest of this run (%s); its URLs stay queued for the next run",
            host,
            why,
        )
