"""The status of unattended runs: the last runs, the next scheduled run, and warnings.

Read from the run log (``runs.jsonl``) and ``schedule.json`` of a data directory; shared by
``ina-archive status`` and the web app's ``/status`` page, so both say the same thing.

Warnings (``StatusRules`` holds the thresholds):

- the last crawl failed (with its sentence); ``failing_runs`` (3) failed crawls in a row say the
  host may be down or blocking us;
- the last crawl's error rate: at least ``error_share`` (50%) of its answered-or-failed pages
  were errors, with at least ``min_attempts`` (10) of them;
- a host whose latest robots.txt change disallows release URLs;
- field coverage dropping: the drift warnings of the latest crawl that parsed enough releases
  to judge (``crawler.coverage.DriftRule``);
- a scheduler that recorded a next run but is no longer running.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.coverage import DriftRule
from crawler.coveragecache import archive_coverage
from crawler.crawl_summary import coverage_lines
from crawler.robotswatch import describe_change
from crawler.runlog import RunLog, RunRecord, read_schedule


@dataclass(frozen=True)
class StatusRules:
    """Thresholds of the status warnings (see the module docstring)."""

    failing_runs: int = 3
    error_share: float = 0.5
    min_attempts: int = 10
    drift: DriftRule = field(default_factory=DriftRule)


@dataclass
class Status:
    """What ``status`` shows."""

    runs: list[RunRecord]
    schedule: dict[str, Any] | None
    archive_coverage: dict[str, Any] | None
    warnings: list[str]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the shape of ``/api/status``)."""
        return {
            "ok": True,
            "runs": [{**run.to_dict(), "line": run.line()} for run in reversed(self.runs)],
            "next_run": (self.schedule or {}).get("next_run") if self.scheduler_running else None,
            "schedule": self.schedule,
            "archive_coverage": self.archive_coverage,
            "warnings": self.warnings,
        }

    @property
    def scheduler_running(self) -> bool:
        return bool(self.schedule and self.schedule.get("running"))

    def lines(self) -> list[str]:
        """The status as readable lines."""
        out = ["last runs (newest first):" if self.runs else "no runs recorded yet"]
        out += [f"  {run.line()}" for run in reversed(self.runs)]
        out.append(schedule_line(self.schedule))
        out += coverage_lines(None, self.archive_coverage)
        if self.warnings:
            out.append("warnings:")
            out += [f"  - {warning}" for warning in self.warnings]
        else:
            out.append("no warnings")
        return out


def schedule_line(schedule: dict[str, Any] | None) -> str:
    """One line about the next scheduled run."""
    if not schedule:
        return "next scheduled run: none recorded (`ina-archive schedule` records it)"
    cron, pid = schedule.get("cron"), schedule.get("pid")
    if not schedule.get("running"):
        return f"next scheduled run: none (the scheduler, pid {pid}, cron {cron!r}, is not running)"
    when = schedule.get("next_run") or "not planned"
    return f"next scheduled run: {when} (cron {cron!r}, scheduler pid {pid})"


def read_status(
    data_dir: Path | str, *, limit: int = 10, rules: StatusRules | None = None
) -> Status:
    """The status of ``data_dir``: its last ``limit`` runs, the schedule, the warnings.

    Args:
        data_dir: the data directory.
        limit: how many of the newest runs to list.
        rules: the warning thresholds (defaults: ``StatusRules()``).

    Returns:
        A ``Status``; an empty one for a directory with no runs recorded.
    """
    rules = rules or StatusRules()
    records = RunLog(data_dir).records()
    crawls = [r for r in records if r.kind == "crawl"]
    schedule = read_schedule(data_dir)
    archive = next((r.archive_coverage for r in reversed(crawls) if r.archive_coverage), None)
    warnings = crawl_warnings(crawls, rules)
    if schedule and not schedule.get("running"):
        warnings.append(
            f"the scheduler (pid {schedule.get('pid')}) is not running; start"
            " `ina-archive schedule` again if runs should go on"
        )
    return Status(records[-limit:] if limit else records, schedule, archive, warnings)


def crawl_warnings(crawls: list[RunRecord], rules: StatusRules) -> list[str]:
    """The warnings about crawl runs, oldest record first in ``crawls``."""
    out: list[str] = []
    if not crawls:
        return out
    last = crawls[-1]
    streak = 0
    for record in reversed(crawls):
        if record.status != "failed":
            break
        streak += 1
    if streak >= rules.failing_runs:
        out.append(
            f"the last {streak} crawls failed: the host may be down or blocking us;"
            f" the last: {last.message}"
        )
    elif streak:
        out.append(f"the last crawl failed: {last.message}")
    attempts = last.pages_fetched + last.errors
    if last.status != "failed" and attempts >= rules.min_attempts:
        if last.errors / attempts >= rules.error_share:
            out.append(
                f"{last.errors} of {attempts} pages in the last crawl were errors"
                f" (first: {(last.error_messages or ['?'])[0]})"
            )
    latest_robots: dict[str, dict[str, Any]] = {}
    for record in crawls:
        for change in record.robots:
            latest_robots[change.get("host", "?")] = change
    out += [describe_change(c) for c in latest_robots.values() if c.get("disallows_releases")]
    judged = [r for r in crawls if (r.coverage or {}).get("total", 0) >= rules.drift.min_releases]
    if judged:
        out += [w for w in judged[-1].warnings if "coverage fell" in w]
    return out


def coverage_report(data_dir: Path | str, rules: StatusRules | None = None) -> dict[str, Any]:
    """Field coverage for ``stats``: the whole archive (read from the store), the last crawl
    that parsed releases, and the drift warnings of the latest crawl that parsed enough."""
    rules = rules or StatusRules()
    crawls = RunLog(data_dir).records(kind="crawl")
    try:
        archive = archive_coverage(data_dir)
    except (OSError, sqlite3.DatabaseError):
        archive = None  # a damaged store is reported by the commands that need it
    last = next((r for r in reversed(crawls) if (r.coverage or {}).get("total")), None)
    judged = [r for r in crawls if (r.coverage or {}).get("total", 0) >= rules.drift.min_releases]
    return {
        "archive": archive.to_dict() if archive else None,
        "last_crawl": last.coverage if last else None,
        "last_crawl_started": last.started if last else None,
        "warnings": [w for w in judged[-1].warnings if "coverage fell" in w] if judged else [],
    }
