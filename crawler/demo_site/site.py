"""The INA-like site: N releases decided lazily from a seed number, and what every path answers.

Only a few bytes per release are computed up front (language, minute, id, category); the text
of a release is generated when asked for, so a 100,000-release site costs a few megabytes.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import lru_cache
from random import Random

from crawler.demo_site import vocab
from crawler.demo_site.config import BAGHDAD, SiteConfig
from crawler.demo_site.content import Story, generate_story, story_path
from crawler.demo_site.errors import DemoSiteError
from crawler.demo_site.forms import CATEGORY_WEIGHTS
from crawler.demo_site.routes import route
from crawler.demo_site.seed import SEED_DATE, SEED_ID, SEED_PATH, seed_story
from crawler.demo_site.synthetic import SyntheticRelease
from crawler.demo_site.timeline import spread_minutes

__all__ = ["BAGHDAD", "Site", "SiteConfig", "SyntheticRelease"]
EN, AR, KU, TK = 0, 1, 2, 3
LANGS = ("en", "ar", "ku", "tk")
_FIRST_ID = {"en": 5000, "ar": 150000, "ku": 3000, "tk": 500}
# config.revision's scripted changes: which releases are edited, and which removed.
EDIT_EVERY, EDIT_AT = 13, 3
REMOVE_EVERY, REMOVE_AT = 19, 7


class Site:
    """A deterministic INA-like site of ``config.n_releases`` releases, generated lazily.

    Releases are indexed chronologically (0 is the oldest); each language numbers its own ids,
    increasing with date. ``edit`` and ``remove`` change the site for recrawl tests.
    """

    def __init__(self, config: SiteConfig | None = None) -> None:
        self.config = config = config or SiteConfig()
        self._lock = threading.Lock()
        self._revisions: dict[int, int] = {}
        self._removed: dict[int, int] = {}
        self._version = 0
        self._build_index(config)
        self._apply_revision(config.revision)
        self._story = lru_cache(maxsize=4096)(self._make_story)
        self._live = lru_cache(maxsize=64)(self._live_uncached)

    @property
    def now(self) -> datetime:
        """The site's clock (``config.now``): the fetch time relative dates resolve against."""
        return self.config.now

    @property
    def fetch_time(self) -> datetime:
        """Alias of :attr:`now`: pass it to the parser to resolve "Today, 13:12"."""
        return self.config.now

    def _build_index(self, config: SiteConfig) -> None:
        """Draw language, minute, category and id of every release (a few bytes each)."""
        rng = Random(config.seed)
        n_syn = config.n_releases - (1 if config.include_seed_release else 0)
        start = config.start_date
        span_minutes = (config.end_date - start).total_seconds() / 60
        langs, cats, draws, gaps = bytearray(), bytearray(), array("d"), array("q")
        # Kurdish and Turkmen come from a stream of their own: with shares of 0 the English and
        # Arabic releases (and the saved pages made from them) are the ones they always were.
        sections = Random(config.seed * 7919 + 16).random
        kurdish, turkmen = config.kurdish_share, config.kurdish_share + config.turkmen_share
        for _ in range(n_syn):
            draws.append(rng.random())
            lang = AR if rng.random() < config.arabic_share else EN
            if turkmen > 0:
                roll = sections()
                lang = KU if roll < kurdish else TK if roll < turkmen else lang
            langs.append(lang)
            cats.append(CATEGORY_WEIGHTS.index(rng))
            gaps.append(1 + (rng.random() < 0.2) + (rng.random() < 0.05))
        minutes = spread_minutes(draws, span_minutes, 2.0)
        if config.include_seed_release:
            # Below id 9948 there is room for 9,947 English releases: a big site grows faster.
            seed_minute = int((SEED_DATE - start).total_seconds() // 60)
            power = 2.0
            while langs[: bisect_right(minutes, seed_minute)].count(EN) >= SEED_ID and power < 64:
                power *= 1.25
                minutes = spread_minutes(draws, span_minutes, power)
        self._seed_index: int | None = None
        if config.include_seed_release:
            pos = bisect_right(minutes, seed_minute)
            self._seed_index = pos
            minutes.insert(pos, seed_minute)
            langs.insert(pos, EN)
            cats.insert(pos, 2)
            gaps.insert(pos, 0)
        ids = array("q", bytes(8 * len(minutes)))
        for lang in range(len(LANGS)):
            positions = [i for i, code in enumerate(langs) if code == lang]
            self._assign_ids(LANGS[lang], positions, gaps, ids)
        self._langs, self._cats, self._minutes, self._ids = langs, cats, minutes, ids
        self._chrono = {
            name: array("q", (i for i, code in enumerate(langs) if code == lang))
            for lang, name in enumerate(LANGS)
        }
        self._chrono_ids = {
            name: array("q", (ids[i] for i in self._chrono[name])) for name in LANGS
        }

    def _assign_ids(self, lang: str, positions: list[int], gaps: array, ids: array) -> None:
        """Increasing ids with small gaps; en/9948 keeps its real id when the seed is in."""
        seed = self._seed_index
        if lang != "en" or seed is None:
            current = _FIRST_ID[lang]
            for i in positions:
                current += gaps[i]
                ids[i] = current
            return
        before = [i for i in positions if i < seed]
        after = [i for i in positions if i > seed]
        ids[seed] = SEED_ID
        total = sum(gaps[i] for i in before)
        use_gaps = total < SEED_ID - 1
        if not use_gaps and len(before) >= SEED_ID:
            raise DemoSiteError(
                f"The site would need {len(before)} English releases before 15 November 2020, "
                f"which do not fit below the seed release's id {SEED_ID}; lower n_releases or "
                "arabic_share, move start_date later, or pass include_seed_release=False."
            )
        current = SEED_ID
        for i in reversed(before):
            current -= gaps[i] if use_gaps else 1
            ids[i] = current
        current = SEED_ID
        for i in after:
            current += gaps[i]
            ids[i] = current

    def _apply_revision(self, revision: int) -> None:
        """The site after ``revision`` scripted rounds: some releases edited, a few removed."""
        if revision < 1:
            return
        for index in range(len(self)):
            if index == self._seed_index:
                continue
            if index % EDIT_EVERY == EDIT_AT:
                self._revisions[index] = revision
            elif index % REMOVE_EVERY == REMOVE_AT:
                self._removed[index] = 404
        self._version += 1

    def __len__(self) -> int:
        return len(self._langs)

    def date_of(self, index: int) -> datetime:
        """Publication time of release ``index`` (cheap: no text is generated)."""
        if index == self._seed_index:
            return SEED_DATE
        return self.config.start_date + timedelta(minutes=self._minutes[index])

    def path_of(self, index: int) -> str:
        """URL path of release ``index`` (cheap: only the title is generated)."""
        if index == self._seed_index:
            return SEED_PATH
        lang = LANGS[self._langs[index]]
        return story_path(self.config.seed, index, lang, self._ids[index], self.date_of(index))

    def last_modified_of(self, index: int) -> datetime:
        """Last change of release ``index``: publication time plus an hour per edit."""
        return self.date_of(index) + timedelta(hours=self._revisions.get(index, 0))

    def _make_story(self, index: int, revision: int) -> Story:
        if index == self._seed_index:
            return seed_story(index)
        return generate_story(
            self.config.seed,
            index,
            LANGS[self._langs[index]],
            self._ids[index],
            self.date_of(index),
            self._cats[index],
            self.config.now,
            revision,
        )

    def release(self, index: int) -> SyntheticRelease:
        """Release ``index`` (0 = oldest), generated on demand.

        Raises:
            IndexError: ``index`` is outside ``range(len(site))``.
        """
        if not -len(self) <= index < len(self):
            raise IndexError(f"release index {index} is outside 0..{len(self) - 1}")
        index %= len(self)
        story = self._story(index, self._revisions.get(index, 0))
        return SyntheticRelease(self, story, self._removed.get(index))

    def releases(self, include_removed: bool = False) -> Iterator[SyntheticRelease]:
        """Every release, oldest first (removed ones only when asked)."""
        for index in range(len(self)):
            if include_removed or index not in self._removed:
                yield self.release(index)

    def find(self, lang: str, release_id: int) -> int | None:
        """The index of the release with this id in this language's section, or None."""
        ids = self._chrono_ids.get(lang)
        if ids is None:
            return None
        pos = bisect_left(ids, release_id)
        if pos < len(ids) and ids[pos] == release_id:
            return self._chrono[lang][pos]
        return None

    def edit(self, index: int) -> SyntheticRelease:
        """Change release ``index``: a paragraph is added, its ETag and Last-Modified change.

        Raises:
            DemoSiteError: the release is the real seed release, whose page is a saved file.
        """
        if index % len(self) == self._seed_index:
            raise DemoSiteError(
                "The seed release is a saved page and cannot be edited; edit another."
            )
        with self._lock:
            self._revisions[index] = self._revisions.get(index, 0) + 1
            self._version += 1
        return self.release(index)

    def remove(self, index: int, status: int = 404) -> None:
        """Take release ``index`` off the site: its page answers ``status`` (404 or 410)."""
        if status not in (404, 410):
            raise DemoSiteError(f"A removed release answers 404 or 410, not {status}.")
        with self._lock:
            self._removed[index % len(self)] = status
            self._version += 1

    def restore(self, index: int) -> None:
        """Put a removed release back."""
        with self._lock:
            self._removed.pop(index % len(self), None)
            self._version += 1

    def live(self, lang: str, category: str | None = None) -> list[int]:
        """Indexes of the live releases of a section (optionally one category), newest first."""
        return self._live(lang, category, self._version)

    def _live_uncached(self, lang: str, category: str | None, version: int) -> list[int]:
        cat_code = None
        if category is not None:
            slugs = [slug for slug, _, _ in vocab.CATEGORIES]
            if category not in slugs:
                return []
            cat_code = slugs.index(category)
        removed = self._removed
        return [
            i
            for i in reversed(self._chrono[lang])
            if i not in removed and (cat_code is None or self._cats[i] == cat_code)
        ]

    def related(self, story: Story) -> list[Story]:
        """Up to ``config.related`` older releases of the same section, as related headlines."""
        chrono = self._chrono[story.lang]
        pos = bisect_left(chrono, story.index)
        picks = chrono[max(0, pos - self.config.related) : pos]
        return [self._story(i, self._revisions.get(i, 0)) for i in reversed(picks)]

    def response(self, path: str, base_url: str | None = None) -> tuple[int, dict[str, str], bytes]:
        """What the site answers for a GET of ``path`` served from ``base_url``.

        Args:
            path: the request path, query string allowed.
            base_url: scheme and host of the server ("http://127.0.0.1:8001").

        Returns:
            (status, headers, body). Release pages carry ETag and Last-Modified.
        """
        return route(self, path.split("?", 1)[0].split("#", 1)[0], base_url or self.config.base_url)

    def http_date(self, when: datetime | None = None) -> str:
        """An HTTP date (GMT) of ``when``, default the site's clock."""
        return format_datetime((when or self.config.now).astimezone(UTC), usegmt=True)
