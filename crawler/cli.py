"""Command-line commands of the crawler package (parse, crawl, reparse)."""

from __future__ import annotations

import click

# Each package lists its click commands here; web.cli assembles them into `ina-archive`.
commands: list[click.Command] = []
