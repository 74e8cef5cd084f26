"""One release of the synthetic site: its page, its validators and the record the parser must make."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from crawler.demo_site import layouts
from crawler.demo_site.content import Story
from crawler.demo_site.seed import seed_page_bytes
from crawler.release import Image, Release

if TYPE_CHECKING:
    from crawler.demo_site.site import Site


class SyntheticRelease:
    """One release of the site: its page and the record the parser must make of it."""

    def __init__(self, site: Site, story: Story, gone: int | None = None) -> None:
        self.site = site
        self.story = story
        self.gone = gone  # None, or the status (404/410) a removed release answers

    index = property(lambda self: self.story.index, doc="Position in the site (chronological).")
    path = property(lambda self: self.story.path, doc='URL path, like "/eng/9948--.html".')
    lang = property(lambda self: self.story.lang, doc='"en" or "ar".')
    release_id = property(lambda self: self.story.release_id, doc="INA-style id in its section.")
    print_path = property(lambda self: self.story.print_path, doc="URL path of the print view.")
    revision = property(lambda self: self.story.revision, doc="Number of edits so far.")
    synthetic = property(lambda self: self.story.synthetic, doc="False for the real seed release.")

    @property
    def encoding(self) -> str:
        """The page's encoding, "utf-8" or "windows-1256" (the 2024+ layout is always UTF-8)."""
        return layouts.encoding_of(self.story)

    @property
    def family(self) -> str:
        """The layout family of the release page: "early", "ina", "dle" or "redesign"
        (the real seed release is "ina")."""
        return layouts.story_family(self.story)

    @property
    def key(self) -> str:
        """The store key of the release, "<section>/<id>" like "en/9948"."""
        return f"{self.lang}/{self.release_id}"

    @property
    def expected(self) -> Release:
        """The ground truth for the page as rendered for ``config.base_url``."""
        return self.expected_for(self.site.config.base_url)

    def expected_for(self, base_url: str) -> Release:
        """The record the parser must produce for this page served from ``base_url``."""
        s = self.story
        return Release(
            url=base_url + s.path,
            title=s.title,
            body=s.body,
            release_id=s.release_id,
            date=s.date,
            author=s.author,
            photographer=", ".join(s.photographers) or None,
            location=s.location,
            language=s.lang,
            category=s.category,
            translator=s.translator,
            images=tuple(Image(base_url + path, caption) for path, caption in s.images),
        )

    def expected_print_for(self, base_url: str) -> Release:
        """The record the parser must produce for the print view served from ``base_url``:
        the release's record at the print view's URL."""
        return replace(self.expected_for(base_url), url=base_url + self.story.print_path)

    def render(self, base_url: str | None = None) -> bytes:
        """The full HTML page in its year's layout, encoded in :attr:`encoding`."""
        if not self.story.synthetic:
            return seed_page_bytes()
        base = base_url or self.site.config.base_url
        html = layouts.release_html(self.story, base, self.site.related(self.story))
        return html.encode(self.encoding, errors="xmlcharrefreplace")

    def render_print(self, base_url: str | None = None) -> bytes:
        """The print view, encoded in :attr:`encoding`."""
        html = layouts.print_html(self.story, base_url or self.site.config.base_url)
        return html.encode(self.encoding, errors="xmlcharrefreplace")

    @property
    def etag(self) -> str:
        """A strong ETag that changes with every edit."""
        raw = f"{self.site.config.seed}/{self.key}/{self.revision}".encode()
        return '"' + hashlib.sha1(raw).hexdigest()[:16] + '"'

    @property
    def last_modified(self) -> datetime:
        """Publication time, plus an hour per edit."""
        return self.story.date + timedelta(hours=self.story.revision)

    def __repr__(self) -> str:
        return f"<SyntheticRelease {self.key} {self.path}>"
