"""Bad input and damaged files through the commands: a sentence and a non-zero exit, never a
traceback, and nothing already stored or indexed is changed."""

from __future__ import annotations

import gc
import shutil
import string

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from index_fixtures import hand_releases, make_store

from crawler.runlog import RunLog
from indexer import Archive, update_index
from web.cli import main


def _snapshot(data_dir) -> dict[str, bytes]:
    return {
        str(path.relative_to(data_dir)): path.read_bytes()
        for path in sorted(data_dir.rglob("*"))
        # The run log is meant to grow: a failed run is recorded there (checked below).
        if path.is_file() and not path.name.endswith(".lock") and path.name != "runs.jsonl"
    }


def _keys(data_dir) -> list[str]:
    archive = Archive(data_dir)
    try:
        return [hit.key for hit in archive.search("security OR Basra").hits]
    finally:
        archive.close()


def test_damaged_release_store_is_a_sentence_for_index_and_crawl(tmp_path):
    data_dir = make_store(tmp_path / "data", hand_releases())
    update_index(data_dir)
    before = _keys(data_dir)
    (data_dir / "releases.sqlite").write_bytes(b"this is not an SQLite file " * 100)
    for name in ("releases.sqlite-wal", "releases.sqlite-shm"):
        (data_dir / name).unlink(missing_ok=True)
    files = _snapshot(data_dir)
    runner = CliRunner()
    for args in (
        ["index", "--data-dir", str(data_dir)],
        ["index", "--data-dir", str(data_dir), "--rebuild"],
        [
            "crawl",
            "--data-dir",
            str(data_dir),
            "--start",
            "http://127.0.0.1:9/eng/",
            "--allow-private-addresses",
            "--no-progress",
        ],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert "Traceback" not in result.output and result.exception.__class__ is SystemExit
        assert "releases.sqlite" in result.output or "damaged" in result.output, result.output
    after = _snapshot(data_dir)
    assert {name: after.get(name) for name in files} == files  # the store and index untouched
    assert _keys(data_dir) == before and before
    runs = RunLog(data_dir).records()[-3:]
    assert [(r.kind, r.status) for r in runs] == [("index", "failed")] * 2 + [("crawl", "failed")]
    assert all(r.message for r in runs)


def test_missing_or_wrong_data_directories_are_sentences(tmp_path):
    runner = CliRunner()
    a_file = tmp_path / "file"
    a_file.write_text("x")
    for data_dir in (tmp_path / "nowhere", a_file):
        for command in (["index"], ["search", "oil"], ["stats"], ["serve"], ["reparse"]):
            result = runner.invoke(main, [*command, "--data-dir", str(data_dir)])
            assert result.exit_code != 0, (command, data_dir, result.output)
            assert "Traceback" not in result.output
            assert isinstance(result.exception, SystemExit), (command, result.exception)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.text(alphabet=string.printable + "نفطالعراق", max_size=40),
    option=st.sampled_from(
        ["--author", "--year", "--language", "--from", "--to", "--page", "--per-page"]
    ),
    value=st.text(alphabet=string.printable, max_size=12),
)
def test_search_command_with_arbitrary_input(tmp_path_factory, query, option, value):
    data_dir = _indexed(tmp_path_factory)
    result = CliRunner().invoke(main, ["search", query, option, value, "--data-dir", str(data_dir)])
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


_INDEXED = {}


def _indexed(factory):
    if "dir" not in _INDEXED:
        data_dir = make_store(factory.mktemp("cli-fuzz") / "data", hand_releases())
        update_index(data_dir)
        _INDEXED["dir"] = data_dir
    return _INDEXED["dir"]


def teardown_module() -> None:
    if "dir" in _INDEXED:
        shutil.rmtree(_INDEXED["dir"], ignore_errors=True)


# Whoosh's open_dir does not close the table of contents it failed to read.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_damaged_index_files_are_a_sentence_and_a_rebuild_repairs_them(tmp_path):
    from web.app import create_app

    runner = CliRunner()
    for damage in ("toc", "segments"):
        data_dir = make_store(tmp_path / damage, hand_releases())
        update_index(data_dir)
        before = _keys(data_dir)
        generation = next((data_dir / "index").glob("gen-*"))
        for path in generation.iterdir():
            if damage == "toc" and path.suffix == ".toc":
                path.write_bytes(b"garbage")
            if (
                damage == "segments"
                and path.suffix not in (".toc", ".json")
                and "LOCK" not in path.name
            ):
                path.write_bytes(path.read_bytes()[:10])
        for command in (["search", "security"], ["stats"]):
            result = runner.invoke(main, [*command, "--data-dir", str(data_dir)])
            assert result.exit_code == 1, (damage, command, result.output)
            assert isinstance(result.exception, SystemExit)
            assert "cannot be read" in result.output and "--rebuild" in result.output
        client = create_app({"DATA_DIR": data_dir}).test_client()
        response = client.get("/api/search?q=security")
        assert response.status_code == 503 and response.get_json()["ok"] is False
        result = runner.invoke(main, ["index", "--rebuild", "--data-dir", str(data_dir)])
        assert result.exit_code == 0, result.output
        assert _keys(data_dir) == before
    gc.collect()  # let Whoosh's leaked handles go here, under this test's warning filters
