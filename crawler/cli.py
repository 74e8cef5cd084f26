"""Command-line commands of the crawler package (parse, crawl, reparse)."""

from __future__ import annotations

import click

# Each package lists its click commands here; web.cli assembles them into `ina-archive`.
commands: list[click.Command] = []

# The parser's command (parse) lives in crawler/parse/command.py.
from crawler.parse.command import commands as _parse_commands  # noqa: E402

commands += _parse_commands

# The crawler's own commands (crawl, reparse) live in crawl_commands.py.
from crawler.crawl_commands import commands as _crawl_commands  # noqa: E402

commands += _crawl_commands

# ``status``: what the unattended runs did (crawler/status_command.py).
from crawler.status_command import commands as _status_commands  # noqa: E402

commands += _status_commands
