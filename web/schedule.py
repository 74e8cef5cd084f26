"""The ``schedule`` command: crawl then index on a cron schedule (APScheduler 3.x).

Runs never overlap: the scheduler keeps one instance of the job (``max_instances=1``), and the
data directory's crawl lock makes any other crawl (another scheduler, a manual ``crawl``) wait
its turn by skipping with a clear message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_SCHEDULER_STARTED,
)
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from crawler.crawl_commands import crawl_options, load_source_or_fail, settings_from_options
from crawler.errors import CrawlerError, CrawlLocked
from crawler.runlog import write_schedule
from crawler.settings import CrawlSettings
from crawler.source import Source

log = logging.getLogger(__name__)


def crawl_then_index(
    settings: CrawlSettings, source: Source, *, echo: Callable[[str], Any] = log.info
) -> bool:
    """One scheduled run: crawl, then bring the index up to date; ``echo`` gets the summary lines.

    Returns:
        True if the crawl ran, False if another crawl held the lock (the run is skipped).
    """
    from crawler.crawl import run_crawl

    try:
        summary = run_crawl(settings, source, progress=False)
    except CrawlLocked as error:
        log.warning("skipping this scheduled run: %s", error)
        return False
    except CrawlerError as error:
        log.error("scheduled crawl failed: %s", error)
        return False
    for line in summary.lines():
        echo(f"crawl: {line}")
    if summary.failure:  # recorded in runs.jsonl; `ina-archive status` shows it
        log.error("scheduled crawl failed: %s", summary.failure)
    try:
        from indexer import update_index
    except ImportError:
        log.warning("indexer.update_index is not available; the index step is skipped")
        return True
    try:
        report = update_index(settings.data_dir)
        counts = report.to_dict() if hasattr(report, "to_dict") else {}
        echo(
            "index: " + ", ".join(f"{k} {v}" for k, v in counts.items() if not isinstance(v, dict))
        )
    except Exception as error:  # noqa: BLE001 - a failed index step must not stop the schedule
        log.error("index update after the crawl failed: %s", error)
    return True


JOB_ID = "crawl-then-index"


def record_next_run(scheduler: BaseScheduler, data_dir: Path, cron: str) -> None:
    """Keep ``<data_dir>/schedule.json`` at the job's next fire time (read by ``status``)."""

    def update(_event: Any = None) -> None:
        job = scheduler.get_job(JOB_ID)
        if job is None:
            write_schedule(data_dir, cron=cron, next_run=None)
            return
        # Events can come before the scheduler moves the job's time on: ask the trigger too.
        now = datetime.now(job.trigger.timezone)
        times = [job.trigger.get_next_fire_time(None, now)]
        if job.next_run_time and job.next_run_time > now:
            times.append(job.next_run_time)
        write_schedule(data_dir, cron=cron, next_run=min((t for t in times if t), default=None))

    events = EVENT_SCHEDULER_STARTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED
    scheduler.add_listener(update, events)


def build_scheduler(
    job: Callable[[], Any],
    trigger: BaseTrigger,
    *,
    run_now: bool = False,
    scheduler: BaseScheduler | None = None,
) -> BaseScheduler:
    """A scheduler running ``job`` on ``trigger``, one instance at a time, missed runs coalesced.

    Args:
        job: what to run.
        trigger: when (a CronTrigger for the command; tests pass an IntervalTrigger).
        run_now: also run once immediately.
        scheduler: the scheduler to add the job to (default: a new BlockingScheduler).

    Returns:
        The scheduler, not yet started.
    """
    scheduler = scheduler or BlockingScheduler()
    extra = {"next_run_time": datetime.now(trigger.timezone)} if run_now else {}
    scheduler.add_job(
        job,
        trigger,
        id=JOB_ID,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=3600,
        **extra,
    )
    return scheduler


@click.command("schedule")
@click.option(
    "--cron",
    required=True,
    metavar="EXPR",
    help='Crontab expression, e.g. "0 */6 * * *" (every 6 hours).',
)
@click.option("--run-now", is_flag=True, help="Also run once right away, then keep the schedule.")
@crawl_options
def schedule(cron: str, run_now: bool, **options: Any) -> None:
    """Crawl, then update the index, on a cron schedule (runs never overlap; Ctrl-C stops)."""
    try:
        trigger = CronTrigger.from_crontab(cron)
    except ValueError as error:
        raise click.ClickException(
            f'--cron {cron!r} is not a crontab expression ({error}); use five fields like "0 */6 * * *"'
        ) from error
    settings = settings_from_options(options)
    source = load_source_or_fail(options.get("source"))
    scheduler = build_scheduler(
        lambda: crawl_then_index(settings, source, echo=click.echo), trigger, run_now=run_now
    )
    record_next_run(scheduler, settings.data_dir, cron)
    click.echo(f"crawling {settings.data_dir} on schedule {cron!r}; Ctrl-C to stop")
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        click.echo("schedule stopped")
