"""The `ina-archive` command: one click group over the crawler, indexer and web commands.

It lives in `web` because web is the end of the pipeline, the one package allowed to import
the other two; each package keeps its own commands in its own `cli.py`.
"""

from __future__ import annotations

import logging

import click

from crawler import __version__
from crawler.cli import commands as crawler_commands
from indexer.cli import commands as indexer_commands
from web.commands import commands as web_commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ina-archive")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def main(verbose: int) -> None:
    """A searchable archive of the Iraqi News Agency's press releases."""
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


for command in [*crawler_commands, *indexer_commands, *web_commands]:
    main.add_command(command)


if __name__ == "__main__":
    main()
