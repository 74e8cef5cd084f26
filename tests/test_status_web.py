"""The scheduler's next run in `status`, and the /status page and /api/status of the web app."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from run_fixtures import record_run, release, status_output

from crawler.crawl_summary import CrawlSummary
from crawler.runlog import read_schedule
from crawler.runrecorder import CrawlRecorder
from crawler.runstatus import read_status
from web.app import create_app
from web.schedule import build_scheduler, record_next_run

# -- the schedule ----------------------------------------------------------------------------


def test_the_scheduler_records_its_next_run(tmp_path):
    ran = []
    trigger = IntervalTrigger(hours=6)
    scheduler = build_scheduler(
        lambda: ran.append(1), trigger, run_now=True, scheduler=BackgroundScheduler()
    )
    record_next_run(scheduler, tmp_path, "0 */6 * * *")
    scheduler.start()
    try:
        deadline = time.monotonic() + 30
        while not ran or _next_run(tmp_path) is None or _next_run(tmp_path) < _in_hours(5):
            assert time.monotonic() < deadline, read_schedule(tmp_path)
            time.sleep(0.02)
        schedule = read_schedule(tmp_path)
        assert schedule["running"] is True and schedule["cron"] == "0 */6 * * *"
        assert _in_hours(5) < _next_run(tmp_path) <= _in_hours(6.1)
        assert f"next scheduled run: {schedule['next_run']}" in status_output(tmp_path)
    finally:
        scheduler.shutdown(wait=True)


def _next_run(data_dir: Path) -> datetime | None:
    value = (read_schedule(data_dir) or {}).get("next_run")
    return datetime.fromisoformat(value) if value else None


def _in_hours(hours: float) -> datetime:
    return datetime.fromtimestamp(time.time() + hours * 3600, UTC)


def test_a_scheduler_that_is_gone_is_a_warning(tmp_path):
    (tmp_path / "schedule.json").write_text(
        json.dumps({"cron": "0 * * * *", "next_run": "2026-01-01T00:00:00+00:00", "pid": 0}),
        encoding="utf-8",
    )
    status = read_status(tmp_path)
    assert status.to_dict()["next_run"] is None
    assert any("is not running" in w for w in status.warnings)


# -- the web page ----------------------------------------------------------------------------


@pytest.fixture
def status_dir(tmp_path):
    """Two good runs, then a layout drift, then a failed run."""
    record_run(tmp_path, [release(i) for i in range(1, 41)])
    record_run(tmp_path, [release(i, dated=False) for i in range(41, 71)])
    recorder = CrawlRecorder(tmp_path, "ina-archive")
    recorder.error("127.0.0.1:9: ConnectionError: refused")
    recorder.finished(CrawlSummary(errors=1))
    return tmp_path


def test_status_page_and_api(status_dir):
    client = create_app({"DATA_DIR": status_dir}).test_client()
    page = client.get("/status")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert "date coverage fell from 100% to 0% in this run" in html
    assert "the last crawl failed: no page could be fetched (1 error" in html
    assert html.index("run-failed") < html.index("run-ok")  # newest first
    data = client.get("/api/status").get_json()
    assert data["ok"] is True and data["runs"][0]["status"] == "failed"
    assert data["runs"][0]["line"].endswith(
        "(no page could be fetched (1 error; the first: 127.0.0.1:9: ConnectionError: refused))"
    )
    assert data == read_status(status_dir, limit=20).to_dict()
    # The response has the shape the OpenAPI document promises.
    doc = client.get("/api/openapi.json").get_json()
    assert "/api/status" in doc["paths"]
    schemas = doc["components"]["schemas"]
    assert set(schemas["Status"]["required"]) <= set(data)
    run_schema = schemas["Run"]
    for run in data["runs"]:
        assert set(run_schema["required"]) <= set(run)
        assert run["status"] in run_schema["properties"]["status"]["enum"]
        assert set(run) <= set(run_schema["properties"])


def test_status_page_of_a_new_data_dir(tmp_path):
    client = create_app({"DATA_DIR": tmp_path}).test_client()
    assert "No runs recorded yet" in client.get("/status").get_data(as_text=True)
    assert client.get("/api/status").get_json()["runs"] == []
    assert "no runs recorded yet" in status_output(tmp_path)
