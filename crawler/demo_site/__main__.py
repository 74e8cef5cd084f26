"""Serve the INA-like demo site by hand: ``python -m crawler.demo_site --port 8001 --releases 2000``."""

from __future__ import annotations

import logging
import threading

import click

from crawler.demo_site.errors import DemoSiteError
from crawler.demo_site.server import DemoSiteServer
from crawler.demo_site.site import Site, SiteConfig


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Loopback address to listen on."
)
@click.option("--port", default=8001, show_default=True, help="TCP port (0 for any free one).")
@click.option("--releases", default=2000, show_default=True, help="Number of releases.")
@click.option("--seed", default=1, show_default=True, help="Seed number of the synthetic content.")
@click.option(
    "--arabic-share",
    default=0.3,
    show_default=True,
    help="Share of Arabic releases among the English and Arabic ones.",
)
@click.option(
    "--kurdish-share", default=0.1, show_default=True, help="Share of Kurdish releases (/kurd/)."
)
@click.option(
    "--turkmen-share", default=0.1, show_default=True, help="Share of Turkmen releases (/turkmen/)."
)
@click.option("--per-page", default=20, show_default=True, help="Releases per listing page.")
@click.option(
    "--seed-release/--no-seed-release",
    default=True,
    show_default=True,
    help="Include the real release en/9948 from seeds/.",
)
@click.option(
    "--revision",
    default=0,
    show_default=True,
    type=click.IntRange(0, 100),
    help="Serve the site after this many rounds of scripted changes (some releases edited, "
    "a few removed): crawl at 0, then again at 1 or 2, to see release history.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log every request.")
def main(
    host: str,
    port: int,
    releases: int,
    seed: int,
    arabic_share: float,
    kurdish_share: float,
    turkmen_share: float,
    per_page: int,
    seed_release: bool,
    revision: int,
    verbose: bool,
) -> None:
    """Serve a synthetic INA-like site (sample data, not INA's) until interrupted."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format="%(message)s")
    try:
        config = SiteConfig(
            n_releases=releases,
            seed=seed,
            arabic_share=arabic_share,
            kurdish_share=kurdish_share,
            turkmen_share=turkmen_share,
            per_page=per_page,
            include_seed_release=seed_release,
            revision=revision,
        )
        server = DemoSiteServer(Site(config), host=host, port=port)
        server.start()
    except (DemoSiteError, OSError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(
        f"Serving {releases} releases at {server.base_url}/eng/, {server.base_url}/,"
        f" {server.base_url}/kurd/ and {server.base_url}/turkmen/ (Ctrl-C stops)"
    )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
