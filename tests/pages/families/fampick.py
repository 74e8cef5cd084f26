"""Random choices for the synthetic page families: bylines, credits, translators, releases.

The choices are recorded in the `Rel` record, from which the labels are written.
"""

from __future__ import annotations

import random
from datetime import datetime

from famkit import SITE, Rel, make_image

EN_PLACES = ["Baghdad", "Basra", "Erbil", "Najaf", "Mosul", "Kirkuk", "London"]
AR_PLACES = ["بغداد", "البصرة", "النجف", "أربيل", "نينوى", "كربلاء"]
EN_AUTHORS = ["Amna Al-Salami", "Noor Al-Zaidi", "Ali Hussein Jabr", "Zainab Qasim", "Huda Al-Ani"]
AR_AUTHORS = ["آمنة السلامي", "فاطمة رحمة", "علي حسين جبر", "زينب قاسم", "حيدر الربيعي"]
EN_PHOTOG = ["Safaa Alwan", "Karam Al-Asam", "Hussein Talib", "Ahmed Nazar"]
AR_PHOTOG = ["صفاء علوان", "كرم الأعسم", "حسين طالب", "أحمد نزار"]
EN_TRANS = ["Emad Atta", "Rasha Majid"]
AR_TRANS = ["عماد عطا", "رشا ماجد"]


def byline_for(rng: random.Random, lang: str, allow_none: bool = True) -> dict:
    """Pick a byline form; returns text, location, author and whether it may share a line."""
    if lang == "en":
        place, who = rng.choice(EN_PLACES), rng.choice(EN_AUTHORS)
        forms = [
            ("{L}-INA- {A}", True),
            ("{L} - INA - {A}", True),
            ("{L} – INA – {A}", True),
            ("{L}—INA—{A}", True),
            ("{L} - INA", False),
            ("{L} – INA", False),
            ("INA - {L}", False),
            ("INA- {L}", False),
        ]
    else:
        place, who = rng.choice(AR_PLACES), rng.choice(AR_AUTHORS)
        forms = [
            ("{L} - واع - {A}", True),
            ("{L} – واع – {A}", True),
            ("{L}-واع-{A}", True),
            ("{L} - واع", False),
            ("{L} – واع", False),
        ]
    if allow_none and rng.random() < 0.12:
        return {"text": None, "location": None, "author": None}
    fmt, named = rng.choice(forms)
    return {
        "text": fmt.format(L=place, A=who),
        "location": place,
        "author": who if named else None,
    }


def share_prefix_for(rng: random.Random, lang: str) -> tuple[str, str]:
    """A no-name byline written in front of the first paragraph; returns (prefix, place)."""
    if lang == "en":
        place = rng.choice(EN_PLACES)
        fmt = rng.choice(["{L}-INA- ", "{L} - INA - ", "{L} – INA – "])
    else:
        place = rng.choice(AR_PLACES)
        fmt = rng.choice(["{L} - واع - ", "{L} – واع – "])
    return fmt.format(L=place), place


def credit_for(rng: random.Random, lang: str) -> tuple[str, list[str]]:
    """A photo credit line and the names it gives."""
    if lang == "en":
        a, b = rng.sample(EN_PHOTOG, 2)
        return rng.choice(
            [
                (f"Photo by {a}", [a]),
                (f"Photo: {a}", [a]),
                (f"Photos by {a} and {b}", [a, b]),
            ]
        )
    a, b = rng.sample(AR_PHOTOG, 2)
    return rng.choice(
        [
            (f"تصوير: {a}", [a]),
            (f"تصوير/ {a}/", [a]),
            (f"تصوير: {a} و{b}", [a, b]),
        ]
    )


def translator_for(rng: random.Random, lang: str) -> tuple[str, str]:
    """A translator credit line and the name."""
    if lang == "en":
        t = rng.choice(EN_TRANS)
        return f"Translated by {t}", t
    t = rng.choice(AR_TRANS)
    return f"ترجمة: {t}", t


EN_CAPTIONS = [
    "From the meeting",
    "A view of the site",
    "During the ceremony",
    "The press conference",
]
AR_CAPTIONS = ["جانب من الاجتماع", "جانب من الموقع", "خلال الحفل", "جانب من المؤتمر الصحفي"]


def build_release(
    rng: random.Random,
    lang: str,
    story: tuple[str, str, list[tuple[str, str]]],
    rid: int,
    url: str,
    date: datetime,
    n_images: int | None = None,
) -> Rel:
    """A release record with randomly chosen byline, credits and pictures (not yet rendered)."""
    title, category, paras = story
    rel = Rel(
        lang=lang, rid=rid, url=url, title=title, category=category, paras=list(paras), date=date
    )
    if rng.random() < 0.2:
        rel.share_prefix, rel.location = share_prefix_for(rng, lang)
        rel.notes.append(f"byline {rel.share_prefix.strip()!r} shares the first line")
    else:
        b = byline_for(rng, lang)
        rel.byline, rel.location, rel.author = b["text"], b["location"], b["author"]
    if rng.random() < 0.55:
        rel.credit, rel.photographers = credit_for(rng, lang)
    if rng.random() < (0.3 if lang == "en" else 0.12):
        rel.trans_line, rel.translator = translator_for(rng, lang)
    if n_images is None:
        n_images = rng.choice([0, 1, 1, 1, 2])
    caps = EN_CAPTIONS if lang == "en" else AR_CAPTIONS
    rel.images = [make_image(rng, rel, i, rng.choice(caps)) for i in range(n_images)]
    sec = "/eng" if lang == "en" else ""
    rel.og_image = f"{SITE}{sec}/uploads/posts/{date:%Y-%m}/og_{rid}.jpg"
    if not rel.images and rng.random() < 0.3:
        rel.og_image = None
    return rel
