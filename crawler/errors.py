"""The crawler's exceptions: one base class carrying the URL, and the expected skips the loop counts."""

from __future__ import annotations


class CrawlerError(Exception):
    """Base of every error the crawler raises; ``url`` says which page it was about (or None)."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class CrawlConfigError(CrawlerError):
    """A setting, config file or environment variable has a value the crawler cannot use."""


class CrawlLocked(CrawlerError):
    """Another crawl holds the data directory's lock file."""


# Expected skips: the run loop counts them, they never end a run.


class RobotsDisallowed(CrawlerError):
    """robots.txt forbids this URL to the ina-archive product token (or robots.txt is unreachable)."""


class OutOfScope(CrawlerError):
    """The URL (or a redirect target) is on a host or path the source does not allow."""


class PrivateAddressRefused(OutOfScope):
    """The host resolves to a private, loopback or link-local address and that is not allowed."""


class RedirectRefused(CrawlerError):
    """A redirect chain loops or is longer than the configured maximum."""


class BodyTooLarge(CrawlerError):
    """The response body went over the size (or time) cap and was cut off."""


class UnsupportedContentType(CrawlerError):
    """The response is not of a content type this kind of URL may have (e.g. a PDF for a release)."""


class FetchFailed(CrawlerError):
    """The server could not be reached or kept failing after the bounded retries."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message, url=url)
        self.status = status


class HostPaused(CrawlerError):
    """The host failed too often in a row, or asked us to wait too long, so the run leaves it alone."""
