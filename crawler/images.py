"""Fetching each release's images from INA's own hosts, politely, into the WARC files.

The crawl loop calls :meth:`ImageCrawl.catch_up` before each page. It first reads the release
store's changes since its cursor (``images.sqlite``) and queues the images each release wants in
the ``images`` mode: ``lead`` (the first picture), ``all`` or ``none``. Then it fetches the queued
ones through the crawl's own fetcher, so robots.txt, the per-host gate and delay and the size cap
apply exactly as for pages, and the exchange is appended to the WARC files before the image is
marked archived. An image archived once (by URL) is never fetched again; an image on another
host is never fetched at all.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from crawler.crawl_summary import CrawlSummary
from crawler.errors import (
    BodyTooLarge,
    CrawlerError,
    FetchFailed,
    HostPaused,
    OutOfScope,
    RedirectRefused,
    RobotsDisallowed,
    UnsupportedContentType,
)
from crawler.exchange import Exchange, FetchResult
from crawler.hosthealth import HostHealth
from crawler.imagecheck import ImageUnreadable, check_image
from crawler.imagestore import ArchivedImage, ImageStore, ReleaseImages, now_iso
from crawler.release import Release
from crawler.settings import CrawlSettings
from crawler.store import ReleaseStore
from crawler.urls import host_of, normalize
from crawler.warc import WarcLocation

log = logging.getLogger(__name__)


class ImageGone(CrawlerError):
    """The image URL answered 404 or 410: INA no longer serves it."""


# Failures that another try in this run would not change; tried again after recrawl_after.
_FINAL = (
    ImageGone,
    RobotsDisallowed,
    OutOfScope,
    RedirectRefused,
    BodyTooLarge,
    UnsupportedContentType,
    ImageUnreadable,
)
TRANSIENT_RETRY = 3600.0  # a server or network failure: try again in the next run
_BATCH = 200


def wanted_images(release: Release, mode: str) -> tuple[str, ...]:
    """The image URLs of a release the mode asks for, in page order, without repeats."""
    urls = tuple(dict.fromkeys(image.url for image in release.images if image.url))
    if mode == "none":
        return ()
    return urls[:1] if mode == "lead" else urls


@dataclass
class ImageCounts:
    """What the image fetching of one run did."""

    queued: int = 0
    archived: int = 0
    failed: int = 0
    requests: int = 0

    def sentence(self, waiting: int) -> str:
        """The run's photos as a sentence for the crawl summary."""
        return (
            f"Photos: {self.archived:,} archived, {self.failed:,} not archived (see images.sqlite),"
            f" {waiting:,} waiting for a later run."
        )


class ImageCrawl:
    """Queues and fetches release images for one crawl run.

    Args:
        settings: the crawl settings (``images`` mode, ``data_dir``, size cap, recrawl wait).
        store: the release store, read from the image cursor onwards.
        fetch: the crawl's fetcher (``Fetcher.fetch``); its exchanges go to the WARC files.
        robots_allowed: asks robots.txt (and applies its Crawl-delay) for a URL.
        location_of: where a final response was just archived (None for a revisit record).
        host_allowed: whether a URL is on one of the source's own hosts.
        hosts: the run's host health; paused hosts are left alone, failures counted.
    """

    def __init__(
        self,
        settings: CrawlSettings,
        store: ReleaseStore,
        *,
        fetch: Callable[[str], FetchResult],
        robots_allowed: Callable[[str], bool],
        location_of: Callable[[Exchange], WarcLocation | None],
        host_allowed: Callable[[str], bool],
        hosts: HostHealth,
    ) -> None:
        self.settings = settings
        self.store = store
        self.images = ImageStore(settings.data_dir)
        self._fetch = fetch
        self._robots_allowed = robots_allowed
        self._location_of = location_of
        self._host_allowed = host_allowed
        self.hosts = hosts
        self.counts = ImageCounts()

    def close(self, summary: CrawlSummary | None = None) -> None:
        """Close ``images.sqlite``; the run's photo counts go to the summary as a sentence."""
        counts = self.counts
        if counts.queued or counts.archived or counts.failed:
            sentence = counts.sentence(self.images.counts().get("pending", 0))
            log.info("%s", sentence)
            if summary is not None:
                summary.photos = sentence
        self.images.close()

    def catch_up(self) -> None:
        """Queue the images of releases stored since the last call, then fetch what is due."""
        self.queue_new_releases()
        if self.settings.images != "none":
            self.fetch_due()

    def queue_new_releases(self) -> None:
        """Record the image URLs of every release changed since the cursor; queue wanted ones."""
        mode = self.settings.images
        cursor = self.images.cursor(mode)
        if cursor >= self.store.last_seq():
            return
        batch: list[ReleaseImages] = []
        seq = cursor
        for stored in self.store.changes_since(cursor):
            seq = stored.seq
            if stored.status == "live":
                batch.append(self._release_images(stored.key, stored.release, mode))
            if len(batch) >= _BATCH:
                self.counts.queued += self.images.record_releases(batch, seq=seq, mode=mode)
                batch = []
        self.counts.queued += self.images.record_releases(batch, seq=seq, mode=mode)

    def _release_images(self, key: str, release: Release, mode: str) -> ReleaseImages:
        urls = tuple(dict.fromkeys(normalize(image.url) or image.url for image in release.images))
        wanted = [normalize(url) or url for url in wanted_images(release, mode)]
        own = tuple(url for url in wanted if self._host_allowed(url))
        refused = tuple(url for url in wanted if url not in own)
        self.counts.failed += len(refused)  # on another host: recorded, never fetched
        return ReleaseImages(key, urls, own, refused)

    def fetch_due(self) -> None:
        """Fetch every queued image that is due, skipping hosts the run has paused."""
        tried: set[str] = set()
        while True:
            due = [url for url in self.images.due(time.time()) if url not in tried]
            if not due:
                return
            for url in due:
                tried.add(url)
                if host_of(url) not in self.hosts.paused:
                    self.fetch_one(url)

    def fetch_one(self, url: str) -> bool:
        """Fetch, check and record one image; True when it is now archived."""
        host = host_of(url)
        try:
            if not self._host_allowed(url):
                raise OutOfScope("the image is not on one of INA's own hosts", url=url)
            if not self._robots_allowed(url):
                raise RobotsDisallowed("robots.txt disallows this image", url=url)
            self.counts.requests += 1
            result = self._fetch(url)
            archived = self._accept(url, result)
        except RobotsDisallowed as error:  # asked again once robots.txt is read again
            self._failed(url, str(error), final=True, wait=self.settings.robots_ttl)
            return False
        except _FINAL as error:
            self._failed(url, str(error), final=True)
            return False
        except HostPaused as error:
            self.hosts.pause(host, str(error))
            self._failed(url, str(error), final=False)
            return False
        except CrawlerError as error:  # FetchFailed: the server or the network; next run
            self.hosts.failed(host, str(error))
            self._failed(url, str(error), final=False)
            return False
        self.images.archived(archived)
        self.hosts.succeeded(host)
        self.counts.archived += 1
        log.info("archived image %s (%d bytes)", url, archived.size)
        return True

    def _accept(self, url: str, result: FetchResult) -> ArchivedImage:
        """The archived-image row of a good response, or the error that says why not."""
        response = result.response
        if response.status in (404, 410):
            raise ImageGone(
                f"INA answered {response.status}: the image is not on the site", url=url
            )
        if response.status != 200:
            raise FetchFailed(f"INA answered HTTP {response.status} for the image", url=url)
        checked = check_image(response, max_bytes=self.settings.max_body_bytes)
        location = self._location_of(response)
        if location is None:
            raise FetchFailed("the image response was not archived as a full record", url=url)
        return ArchivedImage(
            url=url,
            sha256=hashlib.sha256(response.body).hexdigest(),
            content_type=checked.content_type,
            size=len(response.body),
            width=checked.width,
            height=checked.height,
            warc_file=location.file,
            warc_offset=location.offset,
            warc_length=location.length,
            fetched_at=now_iso(),
        )

    def _failed(self, url: str, error: str, *, final: bool, wait: float | None = None) -> None:
        if wait is None:
            wait = self.settings.recrawl_after if final else TRANSIENT_RETRY
        self.images.failed(url, error, retry_at=time.time() + wait, final=final)
        self.counts.failed += 1
        log.warning("image %s not archived: %s", url, error)
