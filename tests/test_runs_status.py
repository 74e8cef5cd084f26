"""Unattended runs: the run log, `ina-archive status`, robots.txt changes and layout drift.

Failed runs and robots.txt changes come from the real crawler against loopback servers; the
coverage drop goes through the real recording API (CrawlRecorder) with Release records.
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

from click.testing import CliRunner
from run_fixtures import record_run, release, status_output

from crawler.coverage import DriftRule, FieldCoverage, coverage_drops, coverage_of
from crawler.coveragecache import archive_coverage
from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer, FaultRule, Site, SiteConfig
from crawler.runlog import RunLog
from crawler.settings import CrawlSettings
from crawler.source import load_source
from crawler.store import ReleaseStore
from indexer import update_index
from web.cli import main


def _settings(data_dir: Path, base_url: str, **values) -> CrawlSettings:
    base = {
        "data_dir": data_dir,
        "start_urls": (base_url + "/eng/",),
        "delay": 0.0,
        "jitter": 0.0,
        "allow_private_addresses": True,
        "retries": 0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "progress": False,
    }
    return CrawlSettings().with_values({**base, **values})


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- failed runs -----------------------------------------------------------------------------


def test_a_crawl_of_an_unreachable_host_is_recorded_as_failed_and_exits_1(tmp_path):
    config = tmp_path / "crawl.toml"
    config.write_text("retries = 0\nbackoff_base = 0.01\nbackoff_cap = 0.05\n", encoding="utf-8")
    start = f"http://127.0.0.1:{_closed_port()}/eng/"
    command = ["crawl", "--data-dir", str(tmp_path), "--start", start, "--config", str(config)]
    command += ["--allow-private-addresses", "--no-progress", "--delay", "0"]
    for _ in range(3):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 1, result.output
        assert "Error: no page could be fetched (1 error; the first:" in result.output
        assert "robots.txt" in result.output and "Traceback" not in result.output

    records = RunLog(tmp_path).records()
    assert [(r.kind, r.status) for r in records] == [("crawl", "failed")] * 3
    assert records[-1].errors == 1 and "Connection" in records[-1].error_messages[0]
    output = status_output(tmp_path)
    lines = output.splitlines()
    assert lines[0] == "last runs (newest first):"
    assert re.match(r"  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  crawl failed ", lines[1]), lines[1]
    assert "{" not in lines[1]  # a readable line, not a dict
    assert "the last 3 crawls failed: the host may be down or blocking us" in output
    data = json.loads(status_output(tmp_path, "--json"))
    assert [run["status"] for run in data["runs"]] == ["failed"] * 3
    assert data["warnings"] and data["next_run"] is None


def test_a_site_answering_only_errors_is_a_failed_run(tmp_path):
    site = Site(SiteConfig(n_releases=12, per_page=10, feed_items=3))
    everything_but_robots = FaultRule(path=r"^/(?!robots\.txt)", status=500)
    with DemoSiteServer(site, faults=[everything_but_robots]) as server:
        summary = run_crawl(_settings(tmp_path, server.base_url), load_source(), progress=False)
    assert summary.errors > 0 and summary.new == 0
    assert summary.failure and summary.failure.startswith("no page could be fetched (")
    assert "500" in summary.failure
    (record,) = RunLog(tmp_path).records()
    assert record.status == "failed" and record.message == summary.failure
    assert "the last crawl failed: no page could be fetched" in status_output(tmp_path)


def test_a_crawl_that_works_is_ok_and_status_has_no_warnings(tmp_path):
    site = Site(SiteConfig(n_releases=12, per_page=10, feed_items=3))
    with DemoSiteServer(site) as server:
        summary = run_crawl(_settings(tmp_path, server.base_url), load_source(), progress=False)
    assert summary.failure is None and summary.new > 0
    assert any(line.startswith("field coverage, this run (") for line in summary.lines())
    (record,) = RunLog(tmp_path).records()
    assert record.status == "ok" and record.new == summary.new
    assert record.coverage["total"] == summary.new
    assert record.archive_coverage["total"] == summary.new
    output = status_output(tmp_path)
    assert "crawl ok" in output and "no warnings" in output


# -- robots.txt ------------------------------------------------------------------------------


def test_a_robots_txt_that_starts_disallowing_releases_is_reported(tmp_path):
    site = Site(SiteConfig(n_releases=12, per_page=10, feed_items=3))
    with DemoSiteServer(site) as server:
        base_url = server.base_url
        settings = _settings(tmp_path, base_url)
        first = run_crawl(settings, load_source(), progress=False)
        assert first.failure is None
        assert RunLog(tmp_path).records()[-1].robots == []  # first sight, allows releases
        server.faults.add(
            FaultRule(
                path=r"^/robots\.txt$",
                body=b"User-agent: *\nDisallow: /eng/\n",
                content_type="text/plain",
            )
        )
        second = run_crawl(settings, load_source(), progress=False)
    (change,) = RunLog(tmp_path).records()[-1].robots
    assert change["host"] == base_url and change["disallows_releases"] is True
    assert change["old_sha256"] != change["new_sha256"]
    assert "Disallow: /eng/" in change["added"]
    assert second.robots > 0 and second.new == 0  # the release URLs were skipped
    assert any("now disallows release URLs" in w for w in second.warnings)
    output = status_output(tmp_path)
    assert f"robots.txt of {base_url} changed (+Disallow: /eng/" in output
    assert "it now disallows release URLs for us" in output


# -- field coverage --------------------------------------------------------------------------


def test_coverage_drops_follow_the_documented_rule():
    full = {"date": 100, "author": 100, "photographer": 0, "location": 100, "category": 100}
    archive = FieldCoverage(total=100, counts=full)
    # date at 75% is exactly the archive's share minus 0.25: not flagged; author at 70% is.
    run = FieldCoverage(
        total=20,
        counts={"date": 15, "author": 14, "photographer": 0, "location": 20, "category": 20},
    )
    assert [d.name for d in coverage_drops(run, archive)] == ["author"]
    assert coverage_drops(run, archive, DriftRule(margin=0.35)) == []
    nothing = FieldCoverage(total=19)
    assert coverage_drops(nothing, archive) == []  # too few releases to judge
    assert [d.name for d in coverage_drops(nothing, archive, DriftRule(min_releases=5))] == [
        "date",
        "author",
        "location",
        "category",
    ]  # never photographer: the archive has none to lose
    assert coverage_drops(coverage_of([]), archive) == []
    assert coverage_of([release(1), release(2, dated=False, author=" ")]).counts == {
        "date": 1,
        "author": 1,
        "photographer": 0,
        "location": 2,
        "category": 2,
    }


def test_a_run_whose_dates_vanish_warns_of_a_layout_change(tmp_path):
    record_run(tmp_path, [release(i) for i in range(1, 61)])
    steady = record_run(tmp_path, [release(i) for i in range(61, 91)])
    assert steady.warnings == []
    few = record_run(tmp_path, [release(i, dated=False) for i in range(91, 101)])
    assert few.warnings == []  # 10 releases: below the 20 needed to judge
    drifted = record_run(tmp_path, [release(i, dated=False) for i in range(101, 131)])

    expected = (
        "date coverage fell from 90% to 0% in this run: INA may have changed its layout;"
        " run `ina-archive parse --explain` on a recent page"
    )  # the rest of the archive: 90 dated of 100
    assert drifted.warnings == [expected]
    assert f"warning: {expected}" in drifted.lines()
    assert "field coverage, this run (30 releases): date 0%, author 100%" in "\n".join(
        drifted.lines()
    )
    output = status_output(tmp_path)
    assert f"  - {expected}" in output
    assert "field coverage, archive (130 releases): date 69%" in output
    # The index run is recorded too, and stats reports the coverage and the warning.
    update_index(tmp_path)
    assert RunLog(tmp_path).records()[-1].kind == "index"
    assert "index ok" in status_output(tmp_path)
    stats = CliRunner().invoke(main, ["stats", "--data-dir", str(tmp_path)])
    assert stats.exit_code == 0, stats.output
    assert "field coverage, last crawl (30 releases): date 0%" in stats.output
    assert "field coverage, archive (130 releases): date 69%" in stats.output
    assert f"warning: {expected}" in stats.output
    data = json.loads(
        CliRunner().invoke(main, ["stats", "--data-dir", str(tmp_path), "--json"]).output
    )
    assert data["field_coverage"]["archive"]["counts"]["date"] == 90
    assert data["field_coverage"]["warnings"] == [expected]


def test_the_coverage_cache_follows_the_store(tmp_path):
    with ReleaseStore(tmp_path) as store:
        for i in range(1, 31):
            store.put(release(i, dated=i % 3 != 0))

        def full_scan() -> FieldCoverage:
            return coverage_of(item.release for item in store.iter_releases())

        assert archive_coverage(tmp_path) == full_scan()
        assert (tmp_path / "coverage.sqlite").is_file()
        store.put(release(1, dated=False, author=None))  # a new version loses two fields
        store.put(release(31))
        assert store.mark_gone("en/2")
        cached = archive_coverage(tmp_path)
        assert cached == full_scan()
        assert cached.total == 30 and cached.counts["date"] == 19 and cached.counts["author"] == 29
        (tmp_path / "coverage.sqlite").unlink()  # a cache: gone, the store is read again
        assert archive_coverage(tmp_path) == full_scan()
