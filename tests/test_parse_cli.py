"""`ina-archive parse`: one JSON object for a release, exit 2 for not-a-release, 1 for errors."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner
from parse_labeled import PAGES_DIR

from crawler.cli import commands
from crawler.parse.command import OUTPUT_KEYS, parse_command

SEED = PAGES_DIR.parent.parent / "seeds" / "ina-eng-9948.html"
SEED_URL = "https://ina.iq/eng/9948--.html"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(parse_command, list(args), input=stdin)


def test_the_seed_page_prints_one_json_object_with_the_agreed_keys():
    result = run(str(SEED), "--url", SEED_URL)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert list(record) == list(OUTPUT_KEYS)
    assert record["release_id"] == 9948
    assert record["date"] == "2020-11-15T13:12:00+03:00"
    assert (record["author"], record["photographer"], record["location"]) == (
        "Amna Al-Salami",
        "Safaa Alwan",
        "Baghdad",
    )
    assert record["translator"] is None
    assert result.stderr == ""


def test_without_url_the_file_url_is_used_and_there_is_no_id():
    result = run(str(SEED))
    record = json.loads(result.stdout)
    assert record["url"] == SEED.resolve().as_uri()
    assert record["release_id"] is None
    assert record["language"] == "en"


def test_arabic_is_printed_as_text_not_escapes():
    page = PAGES_DIR / "ar-cp1256-iraqi-months.html"
    result = run(
        str(page),
        "--url",
        "https://ina.iq/120045--.html",
        "--content-type",
        "text/html; charset=windows-1256",
    )
    assert result.exit_code == 0
    assert "فاطمة رحمة" in result.stdout and "\\u" not in result.stdout


def test_fetched_at_resolves_today():
    page = PAGES_DIR / "today-relative.html"
    result = run(
        str(page),
        "--url",
        "https://ina.iq/eng/30001-.html",
        "--fetched-at",
        "2024-05-10T22:30:00+00:00",
    )
    assert json.loads(result.stdout)["date"] == "2024-05-11T13:12:00+03:00"
    without = run(str(page), "--url", "https://ina.iq/eng/30001-.html")
    assert json.loads(without.stdout)["date"] is None


def test_stdin_is_read_for_a_dash():
    result = run("-", "--url", SEED_URL, stdin=SEED.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["release_id"] == 9948


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("listing-dle", "listing"),
        ("empty", "empty"),
        ("binary", "binary"),
        ("truncated", "truncated"),
    ],
)
def test_not_a_release_exits_2_with_one_sentence_on_stderr(name, word):
    result = run(str(PAGES_DIR / f"{name}.html"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Not a release:") and word in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_errors_exit_1_with_a_sentence_and_no_traceback(tmp_path):
    missing = run(str(tmp_path / "nope.html"))
    assert missing.exit_code == 1
    assert "Cannot read" in missing.stderr and "Traceback" not in missing.stderr
    bad_time = run(str(SEED), "--fetched-at", "yesterday-ish")
    assert bad_time.exit_code == 1
    assert "ISO 8601" in bad_time.stderr
    assert missing.exception is None or isinstance(missing.exception, SystemExit)


def test_every_crawler_command_has_help_text():
    assert commands, "crawler.cli lists no commands"
    for command in commands:
        assert command.help and command.help.strip(), f"{command.name} has no help text"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{command.name} {param.opts} has no help text"
    assert "parse" in {command.name for command in commands}


def test_explain_names_the_evidence_for_each_field_and_the_chrome_taken_off():
    result = run(str(SEED), "--url", SEED_URL, "--explain")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("story") and "news-text" in lines[0]
    text = result.stdout
    assert '"Amna Al-Salami"' in text and "<- byline" in text
    assert "<- date line '15-11-2020, 13:12'" in text
    assert "<- <h1> heading" in text
    assert "dropped photo 'Photo by Safaa Alwan'" in text
    assert "dropped chrome '+A -A'" in text


def test_explain_says_why_a_listing_is_not_a_release():
    listing = PAGES_DIR / "listing-dle.html"
    result = run(str(listing), "--url", "https://ina.iq/eng/politics/", "--explain")
    assert result.exit_code == 2
    assert "listing page" in result.stderr and "story         no story block" in result.stdout
