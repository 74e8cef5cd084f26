"""Command-line commands of the indexer package (index, search, stats)."""

from __future__ import annotations

import click

commands: list[click.Command] = []
