"""The index, search and stats commands through click's CliRunner (more in test_cli_search.py)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from index_fixtures import hand_releases, make_store

from indexer.cli import commands
from web.cli import main


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("cli"), hand_releases())
    result = CliRunner().invoke(main, ["index", "--data-dir", str(path)])
    assert result.exit_code == 0, result.output
    assert "Rebuilt index gen-000001: 13 added" in result.output
    return path


def test_index_again_is_incremental_and_json(data_dir) -> None:
    result = CliRunner().invoke(main, ["index", "--data-dir", str(data_dir), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["added"] == 0 and report["rebuilt"] is False and report["total"] == 13


def test_search_text_output(data_dir) -> None:
    result = CliRunner().invoke(main, ["search", "ministry", "--data-dir", str(data_dir)])
    assert result.exit_code == 0
    assert "3 releases" in result.output and "en/3" in result.output


def test_search_with_filters_sort_and_json(data_dir) -> None:
    args = [
        "search",
        "spokesman",
        "--data-dir",
        str(data_dir),
        "--author",
        "Amna Al-Salami",
        "--author",
        "Noor Al-Zaidi",
        "--sort",
        "newest",
        "--json",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [hit["key"] for hit in data["hits"]] == ["en/4", "en/3"]
    assert data["filters"]["author"] == ["Amna Al-Salami", "Noor Al-Zaidi"]


def test_search_arabic_and_notice(data_dir) -> None:
    result = CliRunner().invoke(main, ["search", '"محطة', "--data-dir", str(data_dir)])
    assert result.exit_code == 0
    assert "unbalanced quote" in result.output and "ar/11" in result.output


def test_stats(data_dir) -> None:
    result = CliRunner().invoke(main, ["stats", "--data-dir", str(data_dir), "--json"])
    assert result.exit_code == 0
    stats = json.loads(result.output)
    assert stats["releases"] == 13 and stats["by_language"] == {"en": 6, "ar": 7}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "oil"], "There is no data directory"),
        (["stats"], "There is no data directory"),
        (["index"], "There is no release store in"),
    ],
)
def test_errors_are_sentences_without_traceback(tmp_path, args, message) -> None:
    result = CliRunner().invoke(main, [*args, "--data-dir", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


def test_bad_date_is_a_sentence(data_dir) -> None:
    result = CliRunner().invoke(
        main, ["search", "oil", "--data-dir", str(data_dir), "--from", "2021-13-01"]
    )
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output  # a usage error, as in click


def test_every_command_has_help() -> None:
    for command in commands:
        assert command.help
        result = CliRunner().invoke(main, [command.name, "--help"])
        assert result.exit_code == 0 and "--data-dir" in result.output
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{command.name} {param.name}"
