"""The variable forms of an INA page, drawn at random: date lines, bylines, photo credits, slugs.

Only ``random.Random.random()`` is used, whose sequence Python guarantees across versions.
"""

from __future__ import annotations

import re
from bisect import bisect
from datetime import datetime
from itertools import accumulate
from random import Random

import jdatetime

from crawler.demo_site import vocab, vocab_ku_tk

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_NUMBERS_IN_TITLE = re.compile(r"\d+")
_SLUG_WORDS = re.compile(r"[a-z0-9]+")


class Weighted:
    """A Zipf-like weighted choice over a sequence (weight 1/(rank+1)**s)."""

    __slots__ = ("items", "_cum", "_total")

    def __init__(self, items: tuple, s: float = 1.0) -> None:
        self.items = items
        self._cum = list(accumulate(1.0 / (rank + 1) ** s for rank in range(len(items))))
        self._total = self._cum[-1]

    def index(self, rng: Random) -> int:
        """A random index, the first items most often."""
        return min(bisect(self._cum, rng.random() * self._total), len(self.items) - 1)

    def pick(self, rng: Random):
        """A random item, the first items most often."""
        return self.items[self.index(rng)]


CATEGORY_WEIGHTS = Weighted(vocab.CATEGORIES, 0.8)
CITIES = Weighted(vocab.CITIES, 0.9)
AUTHORS_EN = Weighted(vocab.AUTHORS_EN)
AUTHORS_AR = Weighted(vocab.AUTHORS_AR)
PHOTOGRAPHERS_EN = Weighted(vocab.PHOTOGRAPHERS_EN)
PHOTOGRAPHERS_AR = Weighted(vocab.PHOTOGRAPHERS_AR)
TRANSLATORS = Weighted(vocab.TRANSLATORS_EN)
AUTHORS = {lang: Weighted(names) for lang, names in vocab_ku_tk.AUTHORS.items()}
PHOTOGRAPHERS = {lang: Weighted(names) for lang, names in vocab_ku_tk.PHOTOGRAPHERS.items()}
_KURDISH_ERA = 1321  # Kurdish solar year = Solar Hijri year + 1321 (years from 700 BC)


def pick(rng: Random, seq: tuple):
    """A uniformly random item of ``seq``."""
    return seq[int(rng.random() * len(seq))]


def chance(rng: Random, p: float) -> bool:
    """True with probability ``p``."""
    return rng.random() < p


def format_date(rng: Random, lang: str, date: datetime, now: datetime) -> str:
    """The page's date line in one of INA's forms (relative ones against ``now``)."""
    hm = f"{date.hour:02d}:{date.minute:02d}"
    days_ago = (now.date() - date.date()).days
    if lang in vocab_ku_tk.TODAY:
        return _date_ku_tk(rng, lang, date, hm, days_ago)
    if lang == "en":
        if days_ago == 0:
            return f"Today, {hm}"
        if days_ago == 1:
            return f"Yesterday, {hm}"
        if date.year <= 2019 and chance(rng, 0.6):
            suffix = _ORDINAL.get(date.day, "th")
            return (
                f"{vocab.WEEKDAYS_EN[date.weekday()]} {date.day}{suffix} "
                f"{vocab.MONTHS_EN[date.month - 1]} {date.year} - {hm}"
            )
        day = f"{date.day:02d}" if chance(rng, 0.3) else str(date.day)
        hour = str(date.hour) if chance(rng, 0.1) else f"{date.hour:02d}"
        return f"{day}-{date.month:02d}-{date.year}, {hour}:{date.minute:02d}"
    if days_ago == 0:
        return f"اليوم, {hm}"
    if days_ago == 1:
        return f"أمس, {hm}"
    roll = rng.random()
    if roll < 0.55:
        return f"{date.day}-{date.month:02d}-{date.year}, {hm}"
    if roll < 0.8:
        return f"{date.day}-{date.month:02d}-{date.year}, {hm}".translate(ARABIC_INDIC)
    months = vocab.MONTHS_AR_IRAQI if roll < 0.92 else vocab.MONTHS_AR_EGYPTIAN
    text = f"{date.day} {months[date.month - 1]} {date.year} - {hm}"
    return text.translate(ARABIC_INDIC) if chance(rng, 0.5) else text


def _date_ku_tk(rng: Random, lang: str, date: datetime, hm: str, days_ago: int) -> str:
    """A Kurdish or Turkmen date line: DLE's relative days, numbers, or month names (Kurdish:
    the Syriac-derived names or a date of the Kurdish solar calendar)."""
    if days_ago in (0, 1):
        word = (vocab_ku_tk.TODAY if days_ago == 0 else vocab_ku_tk.YESTERDAY)[lang]
        return f"{word}, {hm}"
    roll = rng.random()
    if roll < 0.4:
        return f"{date.day}-{date.month:02d}-{date.year}, {hm}"
    if lang == "tk":
        named = f"{date.day} {vocab_ku_tk.MONTHS_TK[date.month - 1]} {date.year}"
        if roll < 0.7:
            return f"{named}, {hm}"
        return f"{vocab_ku_tk.WEEKDAYS['tk'][date.weekday()]}, {named} - {hm}"
    if roll < 0.85:
        text = f"{date.day}ی {vocab_ku_tk.MONTHS_KU[date.month - 1]}ی {date.year} - {hm}"
    else:
        solar = jdatetime.date.fromgregorian(date=date.date())
        month = vocab_ku_tk.MONTHS_KU_SOLAR[solar.month - 1]
        text = f"{solar.day}ی {month}ی {solar.year + _KURDISH_ERA} - {hm}"
    return text.translate(ARABIC_INDIC) if chance(rng, 0.5) else text


def byline_ku_tk(rng: Random, lang: str, city: str, author: str):
    """(byline text or None, location, author) in the Kurdish and Turkmen forms (INA in Latin)."""
    roll = rng.random()
    agency = vocab_ku_tk.AGENCY
    if roll < 0.25:
        return (f"{city}-{agency}" if lang == "ku" else f"{city} -{agency}"), city, None
    if roll < 0.50:
        return f"{city} - {agency} - {author}", city, author
    if roll < 0.70:
        return f"{city} – {agency} – {author}", city, author
    if roll < 0.85:
        return f"{city} – {agency}", city, None
    return None, None, None


def byline_en(rng: Random, city: str, foreign: str, author: str):
    """(byline text or None, location, author) in one of INA's English forms."""
    roll = rng.random()
    if roll < 0.30:
        return f"{city}-INA- {author}", city, author
    if roll < 0.45:
        return f"{city} - INA", city, None
    if roll < 0.60:
        return f"{city} – INA – {author}", city, author
    if roll < 0.68:
        return f"{city} – INA", city, None
    if roll < 0.76:
        return f"INA - {city}", city, None
    if roll < 0.84:
        return f"INA- {foreign}", foreign, None
    if roll < 0.90:
        return f"{city} -INA- {author}", city, author
    return None, None, None


def byline_ar(rng: Random, city: str, author: str):
    """(byline text or None, location, author) in one of INA's Arabic forms."""
    roll = rng.random()
    if roll < 0.40:
        return f"{city} - واع - {author}", city, author
    if roll < 0.60:
        return f"{city} – واع – {author}", city, author
    if roll < 0.80:
        return f"{city} - واع", city, None
    return None, None, None


def credit(rng: Random, lang: str) -> tuple[str | None, tuple[str, ...]]:
    """(credit line or None, photographers) in one of the credit forms."""
    roll = rng.random()
    if lang == "en":
        first = PHOTOGRAPHERS_EN.pick(rng)
        if roll < 0.35:
            return f"Photo by {first}", (first,)
        if roll < 0.45:
            second = PHOTOGRAPHERS_EN.pick(rng)
            if second == first:
                second = vocab.PHOTOGRAPHERS_EN[-1 if first != vocab.PHOTOGRAPHERS_EN[-1] else 0]
            return f"Photo by {first} and {second}", (first, second)
        if roll < 0.55:
            return f"Photo: {first}", (first,)
        if roll < 0.62:
            return f"Photography by {first}", (first,)
        return None, ()
    if lang in PHOTOGRAPHERS:
        first = PHOTOGRAPHERS[lang].pick(rng)
        labels = vocab_ku_tk.PHOTO_LABELS[lang]
        if roll < 0.3:
            return f"{labels[0]}: {first}", (first,)
        if roll < 0.45:
            second = PHOTOGRAPHERS[lang].items[-1 if first != PHOTOGRAPHERS[lang].items[-1] else 0]
            return f"{labels[1]}: {first} {vocab_ku_tk.AND[lang]} {second}", (first, second)
        if roll < 0.6:
            return f"{labels[1]}: {first}", (first,)
        return None, ()
    first = PHOTOGRAPHERS_AR.pick(rng)
    if roll < 0.35:
        return f"تصوير: {first}", (first,)
    if roll < 0.55:
        return f"تصوير/ {first}/", (first,)
    return None, ()


def url_slug(rng: Random, lang: str, title: str) -> str:
    """The URL slug: "-" (so /eng/9948--.html), Latin words, or "-65-" for a title with numbers."""
    if lang == "en":
        if chance(rng, 0.5):
            return "-"
        return "-".join(_SLUG_WORDS.findall(title.lower())[:8]) or "-"
    numbers = _NUMBERS_IN_TITLE.findall(title)
    return "-" + "-".join(numbers) + "-" if numbers else "-"
