"""What the load run measured: requests and their answers, the writers' runs, the server's memory."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class LoadReport:
    """What the load run measured."""

    seconds: float = 0.0
    clients: int = 0
    requests: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    latency_ms_p50: float = 0.0
    latency_ms_p99: float = 0.0
    latency_ms_max: float = 0.0
    crawl_runs: int = 0
    index_runs: int = 0
    rebuilds: int = 0
    generations_seen: list[str] = field(default_factory=list)
    releases_at_start: int = 0
    releases_at_end: int = 0
    served_total_at_end: int = 0
    pickup_lag_s: float | None = None
    deleted_index_files_open: int = 0
    deleted_files_released_after_s: float | None = None
    server_log_errors: list[str] = field(default_factory=list)
    rss_mb_samples: list[float] = field(default_factory=list)
    rss_mb_start: float = 0.0
    rss_mb_end: float = 0.0
    rss_mb_max: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output (the RSS series thinned to at most 120 points)."""
        data = asdict(self)
        step = max(1, len(self.rss_mb_samples) // 120)
        data["rss_mb_samples"] = self.rss_mb_samples[::step]
        return data
