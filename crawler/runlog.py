"""The run log: one JSON line per crawl or index run in ``<data_dir>/runs.jsonl``, append-only.

Each record is written with one ``write`` under an exclusive ``flock`` and fsynced, so two
processes never interleave lines and a kill leaves at most one torn last line, which readers
skip. The scheduler's next fire time lives beside it in ``schedule.json`` (replaced
atomically). ``ina-archive status`` and the web app's ``/status`` page read both.
"""

from __future__ import annotations

import fcntl
import functools
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RUNS_FILENAME = "runs.jsonl"
SCHEDULE_FILENAME = "schedule.json"
MAX_MESSAGES = 5  # error messages kept per run (the count is exact)
_READ_TAIL = 4 * 1024 * 1024  # the newest runs are at the end: read at most this much of it


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class RunRecord:
    """The outcome of one crawl or index run."""

    kind: str  # "crawl" or "index"
    started: str
    ended: str = ""
    status: str = "ok"  # "ok", "failed" or "interrupted"
    message: str | None = None  # the sentence saying why a run failed
    pages_fetched: int = 0
    new: int = 0
    changed: int = 0
    gone: int = 0
    errors: int = 0
    error_messages: list[str] = field(default_factory=list)
    robots: list[dict[str, Any]] = field(default_factory=list)  # robots.txt changes
    coverage: dict[str, Any] | None = None  # the releases parsed in this run
    archive_coverage: dict[str, Any] | None = None  # the whole archive after the run
    warnings: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)  # kind-specific counts

    def note_error(self, message: str) -> None:
        """Count an error, keeping the first few messages."""
        self.errors += 1
        if len(self.error_messages) < MAX_MESSAGES:
            self.error_messages.append(shorten(message, 240))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunRecord:
        """Inverse of :meth:`to_dict`; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def line(self) -> str:
        """One readable line: when, what, outcome, counts."""
        when = self.started.replace("T", " ").removesuffix("+00:00")
        took = _duration(self.started, self.ended)
        head = f"{when} UTC  {self.kind:<5} {self.status:<11} {took:>7}"
        if self.kind == "crawl":
            counts = (
                f"{self.pages_fetched} pages, {self.new} new, {self.changed} changed,"
                f" {self.gone} gone, errors: {self.errors}"
            )
        else:
            counts = ", ".join(f"{k} {v}" for k, v in self.details.items()) or "-"
        tail = f"  ({shorten(self.message, 160)})" if self.message else ""
        return f"{head}  {counts}{tail}"


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _duration(started: str, ended: str) -> str:
    try:
        seconds = (datetime.fromisoformat(ended) - datetime.fromisoformat(started)).total_seconds()
    except ValueError:
        return "?"
    return f"{seconds:.0f} s" if seconds < 600 else f"{seconds / 60:.0f} min"


class RunLog:
    """``runs.jsonl`` of one data directory."""

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / RUNS_FILENAME

    def append(self, record: RunRecord) -> None:
        """Append one record (one locked write, fsynced)."""
        line = json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
        with open(self.path, "a", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def records(self, limit: int | None = None, kind: str | None = None) -> list[RunRecord]:
        """The newest ``limit`` records (of ``kind``), oldest first; torn lines are skipped."""
        try:
            with open(self.path, "rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(0, size - _READ_TAIL))
                data = handle.read()
        except FileNotFoundError:
            return []
        lines = data.split(b"\n")
        if size > _READ_TAIL:
            lines = lines[1:]  # the first line may start mid-record
        out = []
        for raw in lines:
            try:
                record = RunRecord.from_dict(json.loads(raw))
            except (ValueError, TypeError, AttributeError):
                continue
            if kind is None or record.kind == kind:
                out.append(record)
        return out[-limit:] if limit else out


def record_quietly(data_dir: Path | str, record: RunRecord) -> None:
    """Append a record; a data directory that cannot take it only gets a log warning."""
    if not Path(data_dir).is_dir():
        return  # nothing ran there (the command said why)
    try:
        RunLog(data_dir).append(record)
    except OSError as error:
        log.warning("could not record the %s run in %s: %s", record.kind, data_dir, error)


@contextmanager
def recorded_run(data_dir: Path | str, kind: str) -> Iterator[RunRecord]:
    """Record the run of the ``with`` block: failed (with the error's sentence) if it raises.

    The block fills in the record's counts; Ctrl-C records the run as interrupted.
    """
    record = RunRecord(kind=kind, started=now_iso())
    try:
        yield record
    except KeyboardInterrupt:
        record.status, record.message = "interrupted", "interrupted (Ctrl-C)"
        raise
    except Exception as error:
        record.status, record.message = "failed", str(error) or type(error).__name__
        raise
    finally:
        record.ended = now_iso()
        record_quietly(data_dir, record)


def index_run_recorded(update: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate ``update_index(data_dir, ...)`` so each run is recorded as an index run."""

    @functools.wraps(update)
    def recorded(data_dir: Path | str, *args: Any, **kwargs: Any) -> Any:
        with recorded_run(data_dir, "index") as record:
            report = update(data_dir, *args, **kwargs)
            record.new, record.changed = report.added, report.updated
            record.gone = report.flagged_gone
            record.details = {
                "added": report.added,
                "updated": report.updated,
                "gone": report.flagged_gone,
                "documents": report.total,
                "rebuilt": report.rebuilt,
            }
        return report

    return recorded


def write_schedule(data_dir: Path | str, *, cron: str, next_run: datetime | None) -> None:
    """Record the scheduler's next fire time in ``schedule.json`` (atomically replaced)."""
    path = Path(data_dir) / SCHEDULE_FILENAME
    data = {
        "cron": cron,
        "next_run": next_run.isoformat() if next_run else None,
        "pid": os.getpid(),
        "updated": now_iso(),
    }
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temp, path)
    except OSError as error:
        log.warning("could not record the next scheduled run in %s: %s", path, error)


def read_schedule(data_dir: Path | str) -> dict[str, Any] | None:
    """What the scheduler last wrote, with ``running`` (is its pid alive?), or None."""
    try:
        data = json.loads((Path(data_dir) / SCHEDULE_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    data["running"] = _alive(data.get("pid"))
    return data


def _alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
