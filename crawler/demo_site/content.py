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

from crawler.demo_site import vocab, vocab_ku_tk
from crawler.demo_site.forms import (
    AUTHORS,
    AUTHORS_AR,
    AUTHORS_EN,
    CITIES,
    TRANSLATORS,
    byline_ar,
    byline_en,
    byline_ku_tk,
    chance,
    credit,
    format_date,
    pick,
    url_slug,
)
from crawler.demo_site.sections import ROOT as SECTION_ROOT
from crawler.demo_site.sentences import CAPTIONS, SENTENCES, TITLES, draw_paragraphs, fill


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
        return f"{SECTION_ROOT[self.lang]}{self.release_id}-{self.slug}.html"

    @property
    def print_path(self) -> str:
        """The URL path of the release's print view (DLE's ``print:page,1,<id>-<slug>.html``)."""
        return f"{SECTION_ROOT[self.lang]}print:page,1,{self.release_id}-{self.slug}.html"

    @property
    def marker(self) -> str:
        """The synthetic-data marker that ends every generated body."""
        if self.lang in vocab_ku_tk.MARKER:
            return vocab_ku_tk.MARKER[self.lang]
        return vocab.MARKER_EN if self.lang == "en" else vocab.MARKER_AR

    @property
    def translator_line(self) -> str | None:
        """The credit line naming the translator, in the section's language."""
        if self.translator is None:
            return None
        if self.lang in vocab_ku_tk.TRANSLATOR_LABEL:
            return f"{vocab_ku_tk.TRANSLATOR_LABEL[self.lang]}: {self.translator}"
        return f"Translated by {self.translator}"

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


def _title_and_slug(rng: Random, lang: str, date: datetime) -> tuple[str, str]:
    """The title and URL slug: the first draws of a release, so its path is cheap to know."""
    title = fill(pick(rng, TITLES[lang]), rng, lang, date)
    return title, url_slug(rng, lang, title)


def story_path(seed: int, index: int, lang: str, release_id: int, date: datetime) -> str:
    """The URL path of a release without generating its text (same result as Story.path)."""
    _, slug = _title_and_slug(Random(seed * 1_000_003 + index), lang, date)
    return f"{SECTION_ROOT[lang]}{release_id}-{slug}.html"


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
        lang: "en", "ar", "ku" or "tk".
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
    kurdish_or_turkmen = lang in vocab_ku_tk.SENTENCES
    city_index = CITIES.index(rng)
    city = (
        vocab_ku_tk.CITIES[lang][city_index]
        if kurdish_or_turkmen
        else vocab.CITIES[city_index][0 if en else 1]
    )
    foreign = pick(rng, vocab.FOREIGN_CITIES)[0]
    author = (AUTHORS.get(lang) or (AUTHORS_EN if en else AUTHORS_AR)).pick(rng)
    if en:
        byline, location, author_field = byline_en(rng, city, foreign, author)
    elif kurdish_or_turkmen:
        byline, location, author_field = byline_ku_tk(rng, lang, city, author)
    else:
        byline, location, author_field = byline_ar(rng, city, author)
    credit_line, photographers = credit(rng, lang)
    translator = TRANSLATORS.pick(rng) if en and chance(rng, 0.15) else None
    if kurdish_or_turkmen and chance(rng, 0.15):
        translator = pick(rng, vocab_ku_tk.TRANSLATORS[lang])
    paragraphs = draw_paragraphs(rng, lang, date)
    for rev in range(1, revision + 1):
        edit_rng = Random((seed * 1_000_003 + index) * 7919 + rev)
        sentences = SENTENCES[lang]
        paragraphs.append(("p", fill(pick(edit_rng, sentences[1:]), edit_rng, lang, date)))
    if revision >= 2:
        title = f"{title} ({'updated' if en else 'محدّث'})"
    month_dir = f"{SECTION_ROOT[lang]}uploads/posts/{date.year}-{date.month:02d}"
    stamp = int(date.timestamp())
    images: list[tuple[str, str | None]] = []
    for k in range(0 if chance(rng, 0.2) else 1 + int(chance(rng, 0.25))):
        caption = None
        if chance(rng, 0.4):
            caption = fill(pick(rng, CAPTIONS[lang]), rng, lang, date)
        images.append((f"{month_dir}/{stamp}_{release_id}_{k}.jpg", caption))
    category_slug, category_en, category_ar = vocab.CATEGORIES[category]
    if kurdish_or_turkmen:
        category_en = category_ar = vocab_ku_tk.CATEGORIES[lang][category]
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
        telegram=lang == "ar" and chance(rng, 0.3),
        encoding="windows-1256" if lang == "ar" and chance(rng, 0.35) else "utf-8",
        markup="br" if chance(rng, 0.25) else "p",
        category_in_info=chance(rng, 0.5),
        ads_inside=chance(rng, 0.3),
        revision=revision,
    )
