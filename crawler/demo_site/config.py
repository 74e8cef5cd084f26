"""Settings of the synthetic INA-like site, declared once with their defaults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.demo_site import feeds
from crawler.demo_site.errors import DemoSiteError

BAGHDAD = ZoneInfo("Asia/Baghdad")


@dataclass(frozen=True)
class SiteConfig:
    """Settings of a synthetic site; the same settings always give the same site.

    Attributes:
        n_releases: number of releases (the seed release included when it is on).
        seed: the seed number everything is derived from.
        arabic_share: fraction of the English and Arabic releases in the Arabic section.
        kurdish_share: fraction of all releases in the Kurdish section (/kurd/); drawn from a
            random stream of its own, so 0 (the default) leaves the site as it always was.
        turkmen_share: fraction of all releases in the Turkmen section (/turkmen/), likewise.
        include_seed_release: make the real release en/9948 (seeds/ina-eng-9948.html) part of it.
        start_date: the oldest possible release time (aware).
        end_date: the newest possible release time (aware).
        now: the site's clock: "Today"/"Yesterday" date lines and the HTTP Date header use it.
        per_page: releases per listing page.
        feed_items: items per RSS feed.
        sitemap_page_size: URLs per sitemap file (DLE writes 40,000).
        robots_txt: robots.txt text; "{base_url}" and "{host}" are filled in.
        wrong_slug: what a release URL with a non-canonical slug gets: "redirect" (301 to the
            canonical path), "serve" (the page) or "404".
        related: related headlines per release page.
        base_url: scheme and host used for ``expected`` and ``render()`` when none is given.
        revision: the site as it stands after this many scripted rounds of changes (0: as
            published). From 1 on, every ``EDIT_EVERY``-th release is edited ``revision`` times
            and every ``REMOVE_EVERY``-th answers 404, so two crawls show real history.
    """

    n_releases: int = 2000
    seed: int = 1
    arabic_share: float = 0.3
    kurdish_share: float = 0.0
    turkmen_share: float = 0.0
    include_seed_release: bool = True
    start_date: datetime = datetime(2019, 1, 1, 8, 0, tzinfo=BAGHDAD)
    end_date: datetime = datetime(2025, 12, 31, 20, 0, tzinfo=BAGHDAD)
    now: datetime = datetime(2025, 12, 31, 21, 30, tzinfo=BAGHDAD)
    per_page: int = 20
    feed_items: int = 20
    sitemap_page_size: int = 40000
    robots_txt: str = feeds.DEFAULT_ROBOTS
    wrong_slug: str = "redirect"
    related: int = 4
    base_url: str = "http://ina-demo.invalid"
    revision: int = 0

    def __post_init__(self) -> None:
        problems = []
        if not isinstance(self.n_releases, int) or self.n_releases < 1:
            problems.append("n_releases must be a whole number of at least 1")
        if not 0.0 <= self.arabic_share <= 1.0:
            problems.append("arabic_share must be between 0 and 1")
        if not (0.0 <= self.kurdish_share and 0.0 <= self.turkmen_share) or (
            self.kurdish_share + self.turkmen_share > 1.0
        ):
            problems.append(
                "kurdish_share and turkmen_share must be at least 0 and add up to 1 at most"
            )
        if (
            self.start_date.tzinfo is None
            or self.end_date.tzinfo is None
            or self.now.tzinfo is None
        ):
            problems.append("start_date, end_date and now must carry a timezone")
        elif self.end_date <= self.start_date:
            problems.append("end_date must come after start_date")
        for name in ("per_page", "feed_items", "sitemap_page_size"):
            if getattr(self, name) < 1:
                problems.append(f"{name} must be at least 1")
        if not isinstance(self.revision, int) or self.revision < 0:
            problems.append("revision must be a whole number of at least 0")
        if self.wrong_slug not in ("redirect", "serve", "404"):
            problems.append('wrong_slug must be "redirect", "serve" or "404"')
        if problems:
            raise DemoSiteError("Invalid demo site settings: " + "; ".join(problems) + ".")
