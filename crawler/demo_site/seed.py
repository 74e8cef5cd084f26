"""The one real release of the site: INA English release 9948, from the files in seeds/."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from crawler.demo_site.content import Story
from crawler.demo_site.errors import DemoSiteError

SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "seeds"
SEED_PAGE = SEEDS_DIR / "ina-eng-9948.html"
SEED_TEXT = SEEDS_DIR / "ina-release-2020-11-15-icf-isis.txt"
SEED_ID = 9948
SEED_PATH = "/eng/9948--.html"
SEED_DATE = datetime(2020, 11, 15, 13, 12, tzinfo=ZoneInfo("Asia/Baghdad"))
# Reconstructions (the text file does not carry them); see seeds/README.md.
SEED_CATEGORY = ("security", "Security")
SEED_IMAGE = "/eng/uploads/posts/2020-11/1605435120_icf-spokesman.jpg"
SEED_SUBHEADINGS = {"Foreign presence", "Air strikes", "Defeating ISIS"}


@cache
def seed_page_bytes() -> bytes:
    """The saved HTML page of release 9948 (UTF-8)."""
    try:
        return SEED_PAGE.read_bytes()
    except OSError as error:
        raise DemoSiteError(
            f"The seed page {SEED_PAGE} cannot be read ({error}); restore it from git or pass "
            "include_seed_release=False."
        ) from error


@cache
def _seed_lines() -> tuple[str, ...]:
    """The non-empty lines of the golden text file, stripped."""
    try:
        text = SEED_TEXT.read_text(encoding="utf-8")
    except OSError as error:
        raise DemoSiteError(
            f"The golden seed text {SEED_TEXT} cannot be read ({error}); restore it from git."
        ) from error
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def seed_story(index: int) -> Story:
    """The seed release as a Story, for listings, feeds and the ground truth."""
    lines = _seed_lines()
    # title, "• date", "• +A -A", byline, credit, then the story.
    title, byline, credit, body = lines[0], lines[3], lines[4], lines[5:]
    return Story(
        index=index,
        lang="en",
        release_id=SEED_ID,
        slug="-",
        title=title,
        date=SEED_DATE,
        date_text="15-11-2020, 13:12",
        category_slug=SEED_CATEGORY[0],
        category=SEED_CATEGORY[1],
        location="Baghdad",
        author="Amna Al-Salami",
        photographers=("Safaa Alwan",),
        byline=byline,
        credit=credit,
        translator=None,
        paragraphs=tuple(("h" if p in SEED_SUBHEADINGS else "p", p) for p in body),
        images=((SEED_IMAGE, None),),
        telegram=False,
        encoding="utf-8",
        markup="p",
        category_in_info=False,
        ads_inside=False,
        synthetic=False,
    )
