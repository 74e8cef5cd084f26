"""Deterministic synthetic release content: what a page says, decided from (seed, index) alone.

A :class:`Story` holds every choice the page renderer needs (text, byline form, date form,
encoding, markup style) so that rendering is a pure function of it and the ground truth the
parser must recover is known exactly. Only ``random.Random.random()`` is used, whose sequence
Python guarantees across versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from random import Random

from crawler.demo_site import vocab
from crawler.demo_site.forms import (
    AUTHORS_AR,
    AUTHORS_EN,
    CITIES,
    TRANSLATORS,
    byline_ar,
    byline_en,
    chance,
    credit,
    format_date,
    pick,
    url_slug,
)


@dataclass(frozen=True, slots=True)
class Story:
    """Everything one synthetic release page shows, plus how it shows it.

    ``paragraphs`` are (kind, text) with kind "p" (paragraph) or "h" (bold subheading);
    ``images`` are (path, caption or None); ``date_text`` is the text of the page's date line.
    """

    index: int
    lang: str
    release_id: int
    slug: str
    title: str
    date: datetime
    date_text: str
    category_slug: str
    category: str
    location: str | None
    author: str | None
    photographers: tuple[str, ...]
    byline: str | None
    credit: str | None
    translator: str | None
    paragraphs: tuple[tuple[str, str], ...]
    images: tuple[tuple[str, str | None], ...]
    telegram: bool
    encoding: str
    markup: str  # "p": one <p> per paragraph; "br": DLE text with <br><br> between paragraphs
    category_in_info: bool
    ads_inside: bool
    revision: int = 0
    synthetic: bool = True

    @property
    def path(self) -> str:
        """The release's URL path on the site."""
        prefix = "/eng/" if self.lang == "en" else "/"
        return f"{prefix}{self.release_id}-{self.slug}.html"

    @property
    def print_path(self) -> str:
        """The URL path of the release's print view (DLE's ``print:page,1,<id>-<slug>.html``)."""
        prefix = "/eng/" if self.lang == "en" else "/"
        return f"{prefix}print:page,1,{self.release_id}-{self.slug}.html"

    @property
    def marker(self) -> str:
        """The synthetic-data marker that ends every generated body."""
        return vocab.MARKER_EN if self.lang == "en" else vocab.MARKER_AR

    @property
    def body(self) -> str:
        """The body text the parser must produce: paragraphs and subheadings, then the marker."""
        texts = [text for _, text in self.paragraphs]
        return "\n\n".join(texts + [self.marker] if self.synthetic else texts)

    @property
    def summary(self) -> str:
        """The short story shown in listings and feeds (first paragraph, cut at a word)."""
        first = next(text for kind, text in self.paragraphs if kind == "p")
        if len(first) <= 220:
            return first
        return first[:220].rsplit(" ", 1)[0] + " ..."


# Slot values of each vocabulary item, prepared once (generation is hot: 100,000 releases).
_MINISTRIES_EN = tuple(
    {
        "ministry": m[0],
        "Ministry": m[0][0].upper() + m[0][1:],
        "Ministry_short": m[0][4].upper() + m[0][5:],
    }
    for m in vocab.MINISTRIES
)
_PROJECTS_EN = tuple({"project": p[0], "projects": p[1]} for p in vocab.PROJECTS)
_PROJECTS_AR = tuple({"project_ar": p[2], "projects_ar": p[3]} for p in vocab.PROJECTS)
_N_MINISTRIES, _N_PROJECTS = len(vocab.MINISTRIES), len(vocab.PROJECTS)
_N_COMMODITIES, _N_BENEFICIARIES = len(vocab.COMMODITIES), len(vocab.BENEFICIARIES)
_N_OFFICIALS = len(vocab.OFFICIALS)
_NUMBERS = tuple(str(k) for k in range(100))


def _slots(rng: Random, lang: str, date: datetime) -> dict[str, str]:
    """Random fillers for one sentence template (always the same draws, in the same order)."""
    rand = rng.random
    ministry = int(rand() * _N_MINISTRIES)
    project = int(rand() * _N_PROJECTS)
    city = vocab.CITIES[CITIES.index(rng)]
    commodity = vocab.COMMODITIES[int(rand() * _N_COMMODITIES)]
    beneficiaries = vocab.BENEFICIARIES[int(rand() * _N_BENEFICIARIES)]
    official = vocab.OFFICIALS[int(rand() * _N_OFFICIALS)]
    year = str(date.year + int(rand() * 3))
    n = _NUMBERS[5 + int(rand() * 90)]
    m = _NUMBERS[2 + int(rand() * 40)]
    if lang == "en":
        slots = {
            "official": official[0],
            "city": city[0],
            "commodity": commodity[0],
            "beneficiaries": beneficiaries[0],
            "weekday": vocab.WEEKDAYS_EN[date.weekday()],
            "year": year,
            "n": n,
            "m": m,
        }
        slots.update(_MINISTRIES_EN[ministry])
        slots.update(_PROJECTS_EN[project])
        return slots
    names = vocab.MINISTRIES[ministry]
    slots = {
        "ministry_ar": names[1],
        "ministry_v": names[2] if rand() < 0.4 else names[1],
        "official_ar": official[1],
        "city_ar": city[1],
        "commodity_ar": commodity[1],
        "beneficiaries_ar": beneficiaries[1],
        "announced": pick(rng, vocab.ANNOUNCED_AR),
        "revealed": pick(rng, vocab.REVEALED_AR),
        "indicated": pick(rng, vocab.INDICATED_AR),
        "weekday_ar": vocab.WEEKDAYS_AR[date.weekday()],
        "year": year,
        "n": n,
        "m": m,
    }
    slots.update(_PROJECTS_AR[project])
    return slots


def _fill(template: str, rng: Random, lang: str, date: datetime) -> str:
    """One template filled in, quoted clauses included."""
    slots = _slots(rng, lang, date)
    quotes = vocab.QUOTES_EN if lang == "en" else vocab.QUOTES_AR
    if "{q1}" in template:
        slots["q1"] = pick(rng, quotes).format(**slots)
        slots["q2"] = pick(rng, quotes).format(**slots)
    return template.format(**slots)


def _paragraphs(rng: Random, lang: str, date: datetime) -> list[tuple[str, str]]:
    """3-9 paragraphs of 1-3 sentences, with 0-2 bold subheadings between them."""
    sentences = vocab.SENTENCES_EN if lang == "en" else vocab.SENTENCES_AR
    headings = vocab.SUBHEADINGS_EN if lang == "en" else vocab.SUBHEADINGS_AR
    count = 3 + int(rng.random() * 7)
    n_headings = 0 if rng.random() < 0.55 else 1 + int(rng.random() * 2)
    heading_at = {1 + int(rng.random() * (count - 1)) for _ in range(n_headings)}
    out: list[tuple[str, str]] = []
    for k in range(count):
        if k in heading_at:
            out.append(("h", pick(rng, headings)))
        first = sentences[0] if k == 0 else pick(rng, sentences[1:])
        parts = [_fill(first, rng, lang, date)]
        for _ in range(int(rng.random() * 3)):
            parts.append(_fill(pick(rng, sentences[1:]), rng, lang, date))
        out.append(("p", " ".join(parts)))
    return out


def _title_and_slug(rng: Random, lang: str, date: datetime) -> tuple[str, str]:
    """The title and URL slug: the first draws of a release, so its path is cheap to know."""
    title = _fill(pick(rng, vocab.TITLES_EN if lang == "en" else vocab.TITLES_AR), rng, lang, date)
    return title, url_slug(rng, lang, title)


def story_path(seed: int, index: int, lang: str, release_id: int, date: datetime) -> str:
    """The URL path of a release without generating its text (same result as Story.path)."""
    _, slug = _title_and_slug(Random(seed * 1_000_003 + index), lang, date)
    prefix = "/eng/" if lang == "en" else "/"
    return f"{prefix}{release_id}-{slug}.html"


def generate_story(
    seed: int,
    index: int,
    lang: str,
    release_id: int,
    date: datetime,
    category: int,
    now: datetime,
    revision: int = 0,
) -> Story:
    """The deterministic story of release ``index``: same arguments, same story.

    Args:
        seed: the site's seed number.
        index: the release's position in the site (chronological).
        lang: "en" or "ar".
        release_id: INA-style numeric id within the language's sequence.
        date: publication time (aware, Asia/Baghdad).
        category: index into ``vocab.CATEGORIES``.
        now: the site's clock, for "Today"/"Yesterday" date lines.
        revision: 0 for the original text; each edit adds a paragraph, and from the second
            edit on the headline carries a correction (its URL slug stays).

    Returns:
        The Story.
    """
    rng = Random(seed * 1_000_003 + index)
    en = lang == "en"
    title, slug = _title_and_slug(rng, lang, date)
    city = CITIES.pick(rng)[0 if en else 1]
    foreign = pick(rng, vocab.FOREIGN_CITIES)[0]
    author = (AUTHORS_EN if en else AUTHORS_AR).pick(rng)
    if en:
        byline, location, author_field = byline_en(rng, city, foreign, author)
    else:
        byline, location, author_field = byline_ar(rng, city, author)
    credit_line, photographers = credit(rng, lang)
    translator = TRANSLATORS.pick(rng) if en and chance(rng, 0.15) else None
    paragraphs = _paragraphs(rng, lang, date)
    for rev in range(1, revision + 1):
        edit_rng = Random((seed * 1_000_003 + index) * 7919 + rev)
        sentences = vocab.SENTENCES_EN if en else vocab.SENTENCES_AR
        paragraphs.append(("p", _fill(pick(edit_rng, sentences[1:]), edit_rng, lang, date)))
    if revision >= 2:
        title = f"{title} ({'updated' if en else 'محدّث'})"
    month_dir = f"{'/eng' if en else ''}/uploads/posts/{date.year}-{date.month:02d}"
    stamp = int(date.timestamp())
    images: list[tuple[str, str | None]] = []
    for k in range(0 if chance(rng, 0.2) else 1 + int(chance(rng, 0.25))):
        caption = None
        if chance(rng, 0.4):
            caption = _fill(
                pick(rng, vocab.CAPTIONS_EN if en else vocab.CAPTIONS_AR), rng, lang, date
            )
        images.append((f"{month_dir}/{stamp}_{release_id}_{k}.jpg", caption))
    category_slug, category_en, category_ar = vocab.CATEGORIES[category]
    return Story(
        index=index,
        lang=lang,
        release_id=release_id,
        slug=slug,
        title=title,
        date=date,
        date_text=format_date(rng, lang, date, now),
        category_slug=category_slug,
        category=category_en if en else category_ar,
        location=location,
        author=author_field,
        photographers=photographers,
        byline=byline,
        credit=credit_line,
        translator=translator,
        paragraphs=tuple(paragraphs),
        images=tuple(images),
        telegram=not en and chance(rng, 0.3),
        encoding="windows-1256" if not en and chance(rng, 0.35) else "utf-8",
        markup="br" if chance(rng, 0.25) else "p",
        category_in_info=chance(rng, 0.5),
        ads_inside=chance(rng, 0.3),
        revision=revision,
    )
