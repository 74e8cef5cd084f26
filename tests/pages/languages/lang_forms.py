"""Records, text forms (dates, bylines, credits) and label files for the Kurdish/Turkmen pages.

Written for these pages alone: nothing here comes from the parser. Labels are built from the
records (the truth put in), never from the rendered HTML.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from lang_stories_ku import (
    KU_DAYS,
    KU_SOLAR_MONTHS,
    KU_SOLAR_VARIANTS,
    KU_SYRIAC_MONTHS,
    KU_SYRIAC_VARIANTS,
    KU_WORDS,
)
from lang_stories_tk import TK_DAYS, TK_MONTHS, TK_WORDS

BAGHDAD = timezone(timedelta(hours=3))
SITE = "https://ina.iq"
SECTION = {"ku": "kurd", "tk": "turkmen"}
MARK = "<!-- synthetic test page: made up for ina-archive's tests, not INA content -->"
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")  # Arabic-Indic digits
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")  # Extended Arabic-Indic (Persian/Kurdish)
# The Gregorian day of 1 Xakelêwe (Newroz) in the years whose solar dates the pages show: only
# years where it is 21 March, so the fixed-21-March and the astronomical conventions agree.
NEWROZ_21_MARCH_YEARS = {2019, 2021, 2022, 2023, 2025}


@dataclass
class Rel:
    """One release to render, with the truth its label is made from."""

    lang: str
    rid: int
    url: str
    title: str
    category: str | None
    place: str | None
    paras: list[str]
    date: datetime
    author: str | None = None
    photographers: list[str] = field(default_factory=list)
    translator: str | None = None
    images: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def words(self) -> dict[str, str]:
        return KU_WORDS if self.lang == "ku" else TK_WORDS

    @property
    def root(self) -> str:
        return f"/{SECTION[self.lang]}/"


def esc(text: str) -> str:
    """HTML-escape text for element content and attribute values."""
    return html.escape(text, quote=True)


def legacy_kurdish(text: str) -> str:
    """Older Sorani typing: ە as Arabic heh + ZWNJ and ک as Arabic ك (as on many Kurdish sites)."""
    return text.replace("ە", "ه\u200c").replace("ک", "ك")


def plain(para: str) -> str:
    """A paragraph's text without the subheading marker."""
    return para[3:] if para.startswith("## ") else para


def paras_html(paras: list[str], subhead: str = "strong") -> list[str]:
    """Story paragraphs as <p> elements; subheadings bold or <h3>."""
    out = []
    for para in paras:
        text = esc(plain(para))
        if para.startswith("## "):
            out.append(f"<h3>{text}</h3>" if subhead == "h3" else f"<p><b>{text}</b></p>")
        else:
            out.append(f"<p>{text}</p>")
    return out


# ---- dates -------------------------------------------------------------------------------------


def digits(text: str, kind: str) -> str:
    """Text with its digits as Western (w), Arabic-Indic (e) or Persian/Kurdish (p) digits."""
    return text.translate({"e": EASTERN, "p": PERSIAN}.get(kind, {}))


def kurdish_solar(day: date) -> tuple[int, int, int]:
    """(day, month 1-12, Kurdish year) of a Gregorian day between 21 March and 21 December.

    Months 1-6 have 31 days and 7-9 have 30 (Kurdish calendar; README.md cites the sources);
    the Kurdish year is the Gregorian year + 700 from Newroz on.
    """
    assert day.year in NEWROZ_21_MARCH_YEARS, day
    offset = (day - date(day.year, 3, 21)).days
    assert 0 <= offset < 6 * 31 + 3 * 30, day
    lengths = [31] * 6 + [30] * 3
    month = 0
    while offset >= lengths[month]:
        offset -= lengths[month]
        month += 1
    return offset + 1, month + 1, day.year + 700


def solar_ok(day: date) -> bool:
    """Whether the pages may show this day in the Kurdish solar calendar (see kurdish_solar)."""
    return day.year in NEWROZ_21_MARCH_YEARS and date(day.year, 3, 21) <= day <= date(
        day.year, 12, 21
    )


def ku_syriac(month: int, variant: bool) -> str:
    """The Iraqi (Syriac-derived) month name in Sorani, or its other common spelling."""
    if variant and month in KU_SYRIAC_VARIANTS:
        return KU_SYRIAC_VARIANTS[month]
    return KU_SYRIAC_MONTHS[month - 1]


def ku_date(d: datetime, style: str, digit_kind: str = "w") -> str:
    """A Kurdish displayed date; the label keeps the full time unless the style is day-only."""
    hm = f"{d:%H:%M}"
    if style == "dle":
        text = f"{d.day}-{d.month}-{d.year}, {hm}"
    elif style == "syriac":  # ١٥ی ئازاری ٢٠٢٣ - ١٠:١٥
        text = f"{d.day}ی {ku_syriac(d.month, False)}ی {d.year} - {hm}"
    elif style == "syriac_weekday":  # سێشەممە، 5ـی نیسانی 2025، کاتژمێر 10:15
        text = (
            f"{KU_DAYS[d.weekday()]}، {d.day}ـی {ku_syriac(d.month, True)}ی {d.year}، کاتژمێر {hm}"
        )
    elif style == "solar":  # 10:15 - 14 خاکەلێوە 2723
        sd, sm, sy = kurdish_solar(d.date())
        text = f"{hm} - {sd} {KU_SOLAR_MONTHS[sm - 1]} {sy}"
    elif style == "solar_both":  # ١٤ی خاکەلێوەی ٢٧٢٣ (3-4-2023) 10:05
        sd, sm, sy = kurdish_solar(d.date())
        name = KU_SOLAR_VARIANTS.get(sm, KU_SOLAR_MONTHS[sm - 1])
        text = f"{sd}ی {name}ی {sy} ({d.day}-{d.month}-{d.year}) {hm}"
    elif style == "wp_day":  # یەکشەممە, تشرینی دووەم 24, 2024 (day only)
        text = f"{KU_DAYS[d.weekday()]}, {ku_syriac(d.month, False)} {d.day}, {d.year}"
    elif style == "today":
        text = f"{KU_WORDS['today']}, {hm}"
    elif style == "yesterday":
        text = f"{KU_WORDS['yday']}, {hm}"
    else:
        raise ValueError(style)
    return digits(text, digit_kind)


def tk_date(d: datetime, style: str) -> str:
    """A Turkmen displayed date (Turkish month and day names, 24-hour clock)."""
    hm = f"{d:%H:%M}"
    forms = {
        "dle": f"{d.day}-{d.month}-{d.year}, {hm}",
        "long": f"{d.day} {TK_MONTHS[d.month - 1]} {d.year}, {hm}",
        "weekday": f"{TK_DAYS[d.weekday()]}, {d.day} {TK_MONTHS[d.month - 1]} {d.year} - {hm}",
        "dotted": f"{d:%d.%m.%Y} {hm}",
        "day": f"{d.day} {TK_MONTHS[d.month - 1]} {d.year}",
        "today": f"{TK_WORDS['today']}, {hm}",
        "yesterday": f"{TK_WORDS['yday']}, {hm}",
    }
    return forms[style]


def shown_date(rel: Rel, style: str, digit_kind: str = "w") -> str:
    """The displayed date of rel in its language."""
    if rel.lang == "ku":
        return ku_date(rel.date, style, digit_kind)
    return tk_date(rel.date, style)


def fetched_for(rel: Rel, style: str, rng: random.Random) -> datetime | None:
    """A fetch time that makes a relative date resolve to rel.date; None for absolute dates."""
    if style == "today":
        return rel.date.replace(hour=23, minute=rng.choice([50, 55]))
    if style == "yesterday":
        return (rel.date + timedelta(days=1)).replace(hour=rng.choice([7, 9, 11]), minute=5)
    return None


def rand_date(rng: random.Random, first: int, last: int, solar: bool = False) -> datetime:
    """A release time in [first, last] (Baghdad time); solar=True keeps it showable as solar."""
    while True:
        day = date(first, 1, 1) + timedelta(days=rng.randrange((last - first + 1) * 365))
        if not solar or solar_ok(day):
            break
    hour = rng.choice([8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22])
    return datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=BAGHDAD)


# ---- bylines and credits -----------------------------------------------------------------------


def byline(rel: Rel, form: str) -> str:
    """The dateline/byline line (forms: tight, spaced, endash, tk_tight, reversed)."""
    place, name = rel.place, rel.author
    if form == "reversed":
        return f"INA - {place}"
    if form == "tight":  # بەغدا-INA / بەغدا-INA- ناو
        return f"{place}-INA" + (f"- {name}" if name else "")
    if form == "tk_tight":  # Bağdat -INA / Bağdat -INA- Ad
        return f"{place} -INA" + (f"- {name}" if name else "")
    sep = {"spaced": " - ", "endash": " – "}[form]
    return f"{place}{sep}INA" + (f"{sep}{name}" if name else "")


def photo_credit(rel: Rel, form: int) -> str | None:
    """The photo credit line, or None when the release has no photographer."""
    if not rel.photographers:
        return None
    names = rel.photographers
    if rel.lang == "ku":
        joined = " و ".join(names)
        return [f"وێنە: {joined}", f"فۆتۆ: {joined}", f"وێنەگر: {joined}"][form % 3]
    joined = " ve ".join(names)
    return [f"Fotoğraf: {joined}", f"Foto: {joined}", f"Fotoğraflar: {joined}"][form % 3]


def translator_line(rel: Rel, form: int = 0) -> str | None:
    """The translator credit line, or None."""
    if not rel.translator:
        return None
    if rel.lang == "ku":
        return [f"وەرگێڕان: {rel.translator}", f"وەرگێڕانی: {rel.translator}"][form % 2]
    return [f"Çeviri: {rel.translator}", f"Tercüme: {rel.translator}"][form % 2]


def image_url(rng: random.Random, rel: Rel) -> str:
    """An absolute upload URL in the release's section."""
    return f"{SITE}{rel.root}uploads/posts/{rel.date:%Y-%m}/{rng.getrandbits(44):011x}.jpg"


# ---- labels and files --------------------------------------------------------------------------


def expected(rel: Rel) -> dict:
    """The label's expected record for rel."""
    return {
        "url": rel.url,
        "release_id": rel.rid,
        "title": rel.title,
        "date": rel.date.isoformat(),
        "author": rel.author,
        "photographer": ", ".join(rel.photographers) or None,
        "body": "\n\n".join(plain(p) for p in rel.paras),
        "location": rel.place,
        "language": rel.lang,
        "category": rel.category,
        "images": rel.images,
        "translator": rel.translator,
    }


def release_label(rel: Rel, ctype: str | None, fetched: datetime | None) -> dict:
    """A full label for a release page."""
    return {
        "note": "; ".join(rel.notes),
        "url": rel.url,
        "content_type": ctype,
        "fetched_at": fetched.isoformat() if fetched else None,
        "expected": expected(rel),
    }


def other_label(url: str, note: str, kind: str) -> dict:
    """A label for a non-release page (listing, error, static)."""
    assert kind in {"listing", "error", "static"}
    return {
        "note": note,
        "url": url,
        "content_type": "text/html; charset=utf-8",
        "fetched_at": None,
        "not_a_release": kind,
    }


def write_pair(out: Path, name: str, page: str, label: dict) -> None:
    """Write <name>.html (utf-8) and <name>.json; the page must carry the synthetic mark."""
    assert MARK in page[:600], name
    (out / f"{name}.html").write_text(page, encoding="utf-8")
    text = json.dumps(label, ensure_ascii=False, indent=1) + "\n"
    (out / f"{name}.json").write_text(text, encoding="utf-8")
