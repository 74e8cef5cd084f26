"""`search` and `stats` on the command line behave like the API: the same validation and messages,
counted nouns, a readable stats table, and a data directory that is found or explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from index_fixtures import hand_releases, make_store

from indexer import Archive, update_index
from web.app import create_app
from web.cli import main
from web.datadir import DEMO_DATA_DIR


def _runner() -> CliRunner:
    return CliRunner(env={"INA_ARCHIVE_DATA_DIR": None})


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    path = make_store(tmp_path_factory.mktemp("cli-search") / "data", hand_releases())
    update_index(path)
    return path


@pytest.mark.parametrize(
    ("option", "value", "param"),
    [
        ("--year", "abc", "year"),
        ("--language", "fr", "language"),
        ("--from", "2021-13-01", "from"),
        ("--to", "yesterday", "to"),
        ("--page", "0", "page"),
        ("--per-page", "x", "per_page"),
    ],
)
def test_bad_options_get_the_api_sentence_and_name_the_option(data_dir, option, value, param):
    api = create_app({"DATA_DIR": data_dir}).test_client().get(f"/api/search?q=oil&{param}={value}")
    assert api.status_code == 400
    message = api.get_json()["error"]
    result = _runner().invoke(main, ["search", "oil", option, value, "--data-dir", str(data_dir)])
    assert result.exit_code == 2, result.output
    assert message in result.output and option in result.output
    assert "Traceback" not in result.output


def test_valid_options_still_search(data_dir):
    args = ["search", "oil", "--language", "en", "--year", "2021", "--from", "2021-01-01"]
    result = _runner().invoke(main, [*args, "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    expected = Archive(data_dir).search(
        "oil", language=["en"], year=["2021"], date_from="2021-01-01"
    )
    assert expected.total >= 2
    assert f"{expected.total} releases (page 1 of 1" in result.output
    assert all(hit.key in result.output for hit in expected.hits)


def test_one_release_is_singular_and_none_is_said(data_dir):
    assert Archive(data_dir).search("suspects").total == 1
    one = _runner().invoke(main, ["search", "suspects", "--data-dir", str(data_dir)])
    assert one.exit_code == 0 and "1 release (page 1 of 1" in one.output, one.output
    assert "1 releases" not in one.output
    none = _runner().invoke(main, ["search", "zzzqqq", "--data-dir", str(data_dir)])
    assert none.exit_code == 0 and "No releases match." in none.output, none.output


def test_a_page_past_the_end_says_which_pages_exist(data_dir):
    result = _runner().invoke(main, ["search", "--page", "9", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    total = Archive(data_dir).search("").total
    assert f"{total} releases, but page 9 is past the last page (2); pass --page 2" in result.output


def test_a_reversed_date_range_is_read_as_the_api_reads_it(data_dir):
    result = _runner().invoke(
        main, ["search", "--from", "2021-12-31", "--to", "2021-01-01", "--data-dir", str(data_dir)]
    )
    assert result.exit_code == 0, result.output
    assert "Note: The start date was after the end date" in result.output


def test_stats_is_a_table_and_json_keeps_every_key(data_dir):
    result = _runner().invoke(main, ["stats", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert "{" not in result.output  # no Python dict
    stats = Archive(data_dir).stats()
    lines = result.output.splitlines()
    assert lines[0].split() == ["Releases", str(stats["releases"])]
    assert any(line.split()[:2] == ["English", "(en)"] for line in lines)
    assert any(line.startswith("First release ") and stats["first_date"] in line for line in lines)
    # The values start in one column.
    table = lines[: lines.index("")] if "" in lines else lines
    columns = {len(line) - len(line.split("  ")[-1].lstrip()) for line in table}
    assert len(columns) == 1, table
    data = json.loads(
        _runner().invoke(main, ["stats", "--data-dir", str(data_dir), "--json"]).output
    )
    assert data["releases"] == stats["releases"] and "field_coverage" in data


def test_a_missing_data_directory_is_not_told_to_run_index(tmp_path):
    missing = tmp_path / "nonexistent"
    for command in (["search", "oil"], ["stats"]):
        result = _runner().invoke(main, [*command, "--data-dir", str(missing)])
        assert result.exit_code == 1
        assert f"There is no data directory {missing}." in result.output
        assert "Pass --data-dir" in result.output and "ina-archive crawl" in result.output
        assert not missing.exists()  # reading never creates it


def test_an_empty_directory_and_a_store_without_index_get_different_advice(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _runner().invoke(main, ["search", "oil", "--data-dir", str(empty)])
    assert result.exit_code == 1 and "no release store and no index" in result.output
    stored = make_store(tmp_path / "stored", hand_releases())
    result = _runner().invoke(main, ["search", "oil", "--data-dir", str(stored)])
    assert result.exit_code == 1
    assert f"run `ina-archive index --data-dir {stored}` first" in result.output


def test_after_the_demo_the_default_directory_finds_its_archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_store(DEMO_DATA_DIR, hand_releases())
    update_index(DEMO_DATA_DIR)
    result = _runner().invoke(main, ["search", "oil"])
    assert result.exit_code == 0, result.output
    assert "releases (page 1" in result.stdout and "en/3" in result.stdout
    assert "searching the demo's archive in data/demo/" in result.stderr
    stats = _runner().invoke(main, ["stats"])
    assert stats.exit_code == 0 and stats.stdout.startswith("Releases")
    # A directory named on purpose is not swapped; the error says where the demo's archive is.
    for named in (["--data-dir", "data"], []):
        env = {"INA_ARCHIVE_DATA_DIR": "data"} if not named else {"INA_ARCHIVE_DATA_DIR": None}
        result = CliRunner(env=env).invoke(main, ["search", "oil", *named])
        assert result.exit_code == 1, result.output
        assert "The demo's archive is in data/demo: pass --data-dir data/demo." in result.output


def test_without_a_demo_archive_the_default_directory_is_explained(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _runner().invoke(main, ["search", "oil"])
    assert result.exit_code == 1
    assert "There is no data directory data." in result.output
    assert "demo" not in result.output
