"""Errors of the release parser: one for pages that are not releases, one for everything else."""

from __future__ import annotations

from crawler.errors import CrawlerError


class ParseError(CrawlerError):
    """The page could not be turned into a release record; ``url`` says which page."""


class NotARelease(ParseError):
    """The input is not a press release (a listing, an error page, empty, binary or truncated).

    An expected skip: the crawl loop counts it. ``reason`` is one short sentence.
    """

    def __init__(self, reason: str, *, url: str | None = None) -> None:
        super().__init__(f"not a release: {reason}", url=url)
        self.reason = reason
