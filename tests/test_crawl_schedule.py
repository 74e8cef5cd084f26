"""Scheduled crawls never overlap; a second crawl on a locked data dir exits with a sentence."""

from __future__ import annotations

import threading
import time

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from click.testing import CliRunner

from crawler.demo_site import DemoSiteServer, Site, SiteConfig
from crawler.lock import CrawlLock
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import ReleaseStore
from web.cli import main
from web.schedule import build_scheduler, crawl_then_index


def test_scheduled_runs_never_overlap():
    runs: list[tuple[float, float]] = []
    active = threading.Lock()
    overlaps = []

    def job():
        if not active.acquire(blocking=False):
            overlaps.append(time.monotonic())
            return
        start = time.monotonic()
        time.sleep(0.7)  # longer than the trigger's interval
        runs.append((start, time.monotonic()))
        active.release()

    scheduler = build_scheduler(
        job,
        IntervalTrigger(seconds=0.25),
        run_now=True,
        scheduler=BackgroundScheduler(
            executors={"default": {"type": "threadpool", "max_workers": 4}}
        ),
    )
    scheduler.start()
    try:
        time.sleep(2.6)
    finally:
        scheduler.shutdown(wait=True)
    assert overlaps == []
    assert len(runs) >= 2
    for (_, end), (start, _) in zip(runs, runs[1:], strict=False):
        assert start >= end


def test_scheduled_job_crawls_then_indexes_and_skips_when_locked(tmp_path, caplog):
    site = Site(SiteConfig(n_releases=12, per_page=10, feed_items=3))
    with DemoSiteServer(site) as server:
        settings = CrawlSettings().with_values(
            {
                "data_dir": tmp_path,
                "start_urls": (server.base_url + "/eng/",),
                "delay": 0.0,
                "allow_private_addresses": True,
                "progress": False,
            }
        )
        with CrawlLock(tmp_path):
            assert crawl_then_index(settings, load_source()) is False
        assert "another crawl (pid" in caplog.text and "skipping this scheduled run" in caplog.text
        assert server.requests == []
        lines: list[str] = []
        assert crawl_then_index(settings, load_source(), echo=lines.append) is True
    assert any(line.startswith("crawl: fetched") for line in lines)
    assert any(line.startswith("index: ") for line in lines)
    with ReleaseStore(tmp_path) as store:
        assert store.count() > 0
    assert (tmp_path / "index").is_dir()  # the index step ran


def test_manual_crawl_on_a_locked_data_dir_exits_with_a_sentence(tmp_path):
    with CrawlLock(tmp_path):
        result = CliRunner().invoke(
            main,
            [
                "crawl",
                "--data-dir",
                str(tmp_path),
                "--start",
                "http://127.0.0.1:9/eng/",
                "--no-progress",
            ],
        )
    assert result.exit_code == 1
    assert "another crawl (pid" in result.output and "crawl.lock" in result.output
    assert "Traceback" not in result.output


def test_crawl_cli_errors_are_sentences(tmp_path):
    runner = CliRunner()
    bad_start = runner.invoke(
        main, ["crawl", "--data-dir", str(tmp_path), "--start", "http://127.0.0.1:9/robots.txt"]
    )
    assert bad_start.exit_code == 1
    assert "matches none of the source's" in bad_start.output
    bad_delay = runner.invoke(main, ["crawl", "--data-dir", str(tmp_path), "--delay", "-1"])
    assert bad_delay.exit_code == 1 and "delay must not be negative" in bad_delay.output
    bad_cron = runner.invoke(main, ["schedule", "--data-dir", str(tmp_path), "--cron", "every day"])
    assert bad_cron.exit_code == 1 and "not a crontab expression" in bad_cron.output
    no_warc = runner.invoke(main, ["reparse", "--data-dir", str(tmp_path / "empty")])
    assert no_warc.exit_code == 1 and "has no warc/ directory" in no_warc.output


def test_crawl_command_end_to_end_prints_the_summary(tmp_path):
    site = Site(SiteConfig(n_releases=10, per_page=10, feed_items=3))
    with DemoSiteServer(site) as server:
        result = CliRunner().invoke(
            main,
            [
                "crawl",
                "--data-dir",
                str(tmp_path),
                "--start",
                server.base_url + "/eng/",
                "--start",
                server.base_url + "/",
                "--delay",
                "0",
                "--allow-private-addresses",
                "--no-progress",
            ],
        )
    assert result.exit_code == 0, result.output
    assert "releases: 10 new, 0 changed, 0 unchanged, 0 gone" in result.output
    reparsed = CliRunner().invoke(main, ["reparse", "--data-dir", str(tmp_path)])
    assert reparsed.exit_code == 0 and "releases: 0 new, 0 changed, 10 unchanged" in reparsed.output


def test_crawler_commands_have_help():
    for name in ("crawl", "reparse", "schedule"):
        command = main.commands[name]
        assert command.help and len(command.help) > 20
        for param in command.params:
            assert getattr(param, "help", None) or param.name in ("help",), (name, param.name)


def test_a_damaged_crawl_database_is_reported_and_left_alone(tmp_path):
    (tmp_path / "crawl.sqlite").write_bytes(b"not a database at all")
    result = CliRunner().invoke(
        main,
        [
            "crawl",
            "--data-dir",
            str(tmp_path),
            "--start",
            "http://127.0.0.1:9/eng/",
            "--allow-private-addresses",
            "--no-progress",
        ],
    )
    assert result.exit_code == 1
    assert (
        "is damaged or is not an SQLite file" in result.output and "Traceback" not in result.output
    )
    assert (tmp_path / "crawl.sqlite").read_bytes() == b"not a database at all"


@pytest.mark.slow
def test_schedule_command_runs_now_then_waits_and_stops_on_ctrl_c(tmp_path):
    import signal
    import subprocess

    from childproc import CLI, running

    site = Site(SiteConfig(n_releases=10, per_page=10, feed_items=3))
    with DemoSiteServer(site) as server:
        command = [
            *CLI, "schedule", "--data-dir", str(tmp_path),
            "--cron", "0 */6 * * *", "--run-now", "--start", server.base_url + "/eng/",
            "--allow-private-addresses", "--delay", "0", "--no-progress",
        ]  # fmt: skip
        with running(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        ) as process:
            lines = []
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                line = process.stdout.readline()
                lines.append(line)
                if line.startswith("index: ") or not line:
                    break
            process.send_signal(signal.SIGINT)
            rest, _ = process.communicate(timeout=20)
    output = "".join(lines) + rest
    assert "crawl: releases: 10 new" in output
    assert "index: " in output and (tmp_path / "index").is_dir()
    assert "schedule stopped" in output and process.returncode == 0
