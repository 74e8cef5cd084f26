"""The docs stay true: every setting is documented, every command has help text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from crawler.settings import describe_settings
from web.cli import main
from web.settings import SETTINGS

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_setting_is_in_the_configuration_reference():
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    names = [name for name, _, _ in describe_settings()] + [s.name for s in SETTINGS]
    missing = [name for name in names if f"`{name}`" not in text]
    assert not missing, f"add these settings to docs/configuration.md: {missing}"


def test_every_command_has_help_text():
    runner = CliRunner()
    assert main.commands, "no commands registered"
    for name, command in main.commands.items():
        assert command.help and command.help.strip(), f"{name} has no help text"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, result.output
        for param in command.params:
            if param.name not in ("help",) and not getattr(param, "hidden", False):
                if hasattr(param, "help") and param.param_type_name == "option":
                    assert param.help, f"{name} {param.opts} has no help text"
