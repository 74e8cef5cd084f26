"""Command-line commands of the web package (search, stats, serve, schedule, demo)."""

from __future__ import annotations

import click

commands: list[click.Command] = []

from web.search_command import commands as _search_commands  # noqa: E402

commands += _search_commands

from web.serve import serve  # noqa: E402

commands.append(serve)

from web.schedule import schedule  # noqa: E402

commands.append(schedule)

from web.demo import demo  # noqa: E402

commands.append(demo)
