"""Crawling the demo site for the image tests, and reading what it archived."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

from crawler.crawl import run_crawl
from crawler.demo_site import DemoSiteServer
from crawler.settings import CrawlSettings
from crawler.source import load_source

SOURCE = load_source(Path(__file__).resolve().parents[1] / "seeds" / "ina-source.toml")


def crawl(data_dir: Path, server: DemoSiteServer, **values):
    settings = CrawlSettings().with_values(
        {
            "data_dir": data_dir,
            "start_urls": (server.base_url + "/eng/", server.base_url + "/"),
            "delay": 0,
            "jitter": 0,
            "autothrottle": False,
            "allow_private_addresses": True,
            "progress": False,
            **values,
        }
    )
    return run_crawl(settings, SOURCE, progress=False)


def image_paths(release) -> list[str]:
    return [urlsplit(image.url).path for image in release.expected.images]


def image_rows(data_dir: Path) -> dict[str, tuple]:
    with sqlite3.connect(data_dir / "images.sqlite") as db:
        rows = db.execute("SELECT url, status, sha256, error FROM images").fetchall()
    db.close()
    return {urlsplit(url).path: (status, sha, error) for url, status, sha, error in rows}


def is_image(path: str) -> bool:
    return "/uploads/posts/" in path
