"""Sentence templates of the synthetic site filled in: titles, paragraphs and captions of a release
in its section's language, from one random stream (the same draws in every language).

Only ``random.Random.random()`` is used, whose sequence Python guarantees across versions.
"""

from __future__ import annotations

from datetime import datetime
from random import Random

from crawler.demo_site import phrases, vocab, vocab_ku_tk
from crawler.demo_site.forms import CITIES, pick

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
    city_index = CITIES.index(rng)
    city = vocab.CITIES[city_index]
    commodity = vocab.COMMODITIES[int(rand() * _N_COMMODITIES)]
    beneficiaries = vocab.BENEFICIARIES[int(rand() * _N_BENEFICIARIES)]
    official_index = int(rand() * _N_OFFICIALS)
    official = vocab.OFFICIALS[official_index]
    year = str(date.year + int(rand() * 3))
    n = _NUMBERS[5 + int(rand() * 90)]
    m = _NUMBERS[2 + int(rand() * 40)]
    if lang in vocab_ku_tk.SENTENCES:  # the same draws, the section's own words
        return {
            "ministry": vocab_ku_tk.MINISTRIES[lang][ministry],
            "project": vocab_ku_tk.PROJECTS[lang][project],
            "city": vocab_ku_tk.CITIES[lang][city_index],
            "official": vocab_ku_tk.OFFICIALS[lang][official_index],
            "weekday": vocab_ku_tk.WEEKDAYS[lang][date.weekday()],
            "year": year,
            "n": n,
            "m": m,
        }
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


def fill(template: str, rng: Random, lang: str, date: datetime) -> str:
    """One template filled in, quoted clauses included."""
    slots = _slots(rng, lang, date)
    quotes = vocab_ku_tk.QUOTES.get(lang) or (
        phrases.QUOTES_EN if lang == "en" else phrases.QUOTES_AR
    )
    if "{q1}" in template:
        slots["q1"] = pick(rng, quotes).format(**slots)
        slots["q2"] = pick(rng, quotes).format(**slots)
    return template.format(**slots)


def draw_paragraphs(rng: Random, lang: str, date: datetime) -> list[tuple[str, str]]:
    """3-9 paragraphs of 1-3 sentences, with 0-2 bold subheadings between them."""
    sentences = SENTENCES[lang]
    headings = SUBHEADINGS[lang]
    count = 3 + int(rng.random() * 7)
    n_headings = 0 if rng.random() < 0.55 else 1 + int(rng.random() * 2)
    heading_at = {1 + int(rng.random() * (count - 1)) for _ in range(n_headings)}
    out: list[tuple[str, str]] = []
    for k in range(count):
        if k in heading_at:
            out.append(("h", pick(rng, headings)))
        first = sentences[0] if k == 0 else pick(rng, sentences[1:])
        parts = [fill(first, rng, lang, date)]
        for _ in range(int(rng.random() * 3)):
            parts.append(fill(pick(rng, sentences[1:]), rng, lang, date))
        out.append(("p", " ".join(parts)))
    return out


SENTENCES = {"en": phrases.SENTENCES_EN, "ar": phrases.SENTENCES_AR, **vocab_ku_tk.SENTENCES}
SUBHEADINGS = {
    "en": phrases.SUBHEADINGS_EN,
    "ar": phrases.SUBHEADINGS_AR,
    **vocab_ku_tk.SUBHEADINGS,
}
TITLES = {"en": phrases.TITLES_EN, "ar": phrases.TITLES_AR, **vocab_ku_tk.TITLES}
CAPTIONS = {"en": phrases.CAPTIONS_EN, "ar": phrases.CAPTIONS_AR, **vocab_ku_tk.CAPTIONS}
