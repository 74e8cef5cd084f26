"""Shared helpers for the synthetic page-family generators: records, text forms, labels, writing.

The labels are built from the records (the truth put in), never from the rendered HTML.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from _stories import (
    AR_PHOTOGRAPHERS,
    AR_PLACES,
    AR_REPORTERS,
    AR_STORIES,
    AR_TRANSLATORS,
    EN_PHOTOGRAPHERS,
    EN_PLACES,
    EN_REPORTERS,
    EN_STORIES,
    EN_TRANSLATORS,
)

BAGHDAD = timezone(timedelta(hours=3))
SYNTHETIC = "<!-- synthetic test page, not INA content -->"
TELEGRAM_AR = "ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام"
EN_MONTHS = "January February March April May June July August September October November December"
EN_MONTHS = EN_MONTHS.split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
AR_MONTHS = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


@dataclass
class Rel:
    """One release to render, with the truth its label is made from."""

    lang: str
    rid: int
    url: str
    title: str
    category: str
    paras: list[str]
    date: datetime
    author: str | None = None
    location: str | None = None
    photographers: list[str] = field(default_factory=list)
    translator: str | None = None
    images: list[dict] = field(default_factory=list)

    @property
    def en(self) -> bool:
        return self.lang == "en"


def esc(text: str) -> str:
    """HTML-escape text for element content and attribute values."""
    return html.escape(text, quote=True)


def slug(title: str) -> str:
    """A DLE-like Latin slug from an English title."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:8])


def release_url(lang: str, rid: int, title: str, form: str = "normal") -> str:
    """The URL of a release: normal, print (Arabic) or old (/eng/<id>)."""
    if lang == "ar":
        if form == "print":
            return f"https://ina.iq/print:page,1,{rid}--.html"
        return f"https://ina.iq/{rid}--.html"
    if form == "old":
        return f"https://ina.iq/eng/{rid}"
    if form == "dash":
        return f"https://ina.iq/eng/{rid}--.html"
    return f"https://ina.iq/eng/{rid}-{slug(title)}.html"


def new_release(rng: random.Random, lang: str, story_index: int, form: str = "normal") -> Rel:
    """A release record with random id, date, byline people and credits."""
    stories = EN_STORIES if lang == "en" else AR_STORIES
    title, category, paras = stories[story_index % len(stories)]
    date = datetime(2021, 1, 1, tzinfo=BAGHDAD) + timedelta(days=rng.randrange(0, 1700))
    date = date.replace(hour=rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 17, 19, 20, 21, 22, 23]))
    date = date.replace(minute=rng.randrange(0, 60))
    days = (date - datetime(2021, 1, 1, tzinfo=BAGHDAD)).days
    if lang == "en":
        rid = 21000 + days * 9 + rng.randrange(0, 9)
        if form == "old":
            rid = 4000 + rng.randrange(0, 2000)
            date = date.replace(year=2019, day=min(date.day, 28))
    else:
        rid = 150000 + days * 40 + rng.randrange(0, 40)
    url = release_url(lang, rid, title, form)
    people = EN_REPORTERS if lang == "en" else AR_REPORTERS
    places = EN_PLACES if lang == "en" else AR_PLACES
    phot = EN_PHOTOGRAPHERS if lang == "en" else AR_PHOTOGRAPHERS
    rel = Rel(lang, rid, url, title, category, list(paras), date)
    rel.location = rng.choice(places[:4]) if rng.random() < 0.85 else None
    rel.author = rng.choice(people) if rng.random() < 0.6 else None
    roll = rng.random()
    rel.photographers = rng.sample(phot, 2 if roll < 0.15 and lang == "en" else 1)
    if roll > 0.55:
        rel.photographers = []
    if lang == "en" and rng.random() < 0.2:
        rel.translator = rng.choice(EN_TRANSLATORS)
    elif lang == "ar" and rng.random() < 0.1:
        rel.translator = rng.choice(AR_TRANSLATORS)
    return rel


def image_url(rng: random.Random, rel: Rel, root: bool = False) -> str:
    """An absolute (or root-relative when root=True) upload URL for the release."""
    path = (
        f"{'/eng' if rel.en else ''}/uploads/posts/{rel.date:%Y-%m}/{rng.getrandbits(48):012x}.jpg"
    )
    return path if root else "https://ina.iq" + path


def thumb_of(url: str) -> str:
    """DLE thumbnail URL for a full-size upload URL."""
    head, _, name = url.rpartition("/")
    return f"{head}/thumbs/{name}"


# ---- dates ---------------------------------------------------------------------------------


def h12(dt: datetime, lang: str) -> str:
    """12-hour clock: 09:40 PM or 09:40 م."""
    hour = dt.hour % 12 or 12
    if lang == "en":
        return f"{hour:02d}:{dt.minute:02d} {'PM' if dt.hour >= 12 else 'AM'}"
    return f"{hour:02d}:{dt.minute:02d} {'م' if dt.hour >= 12 else 'ص'}"


def fmt_date(dt: datetime, style: str, lang: str, views: int = 0) -> str:
    """A displayed date in one of the forms INA-like pages use."""
    d, hm = dt, f"{dt.hour:02d}:{dt.minute:02d}"
    if lang == "ar":
        forms = {
            "dle": f"{d.day}-{d.month}-{d.year}, {hm}",
            "12": f"{d:%d-%m-%Y} | {h12(d, 'ar')}",
            "long": f"{AR_DAYS[d.weekday()]} {d.day} {AR_MONTHS[d.month - 1]} {d.year} - {h12(d, 'ar')}",
            "day": f"{d.day} {AR_MONTHS[d.month - 1]} {d.year}",
            "today": f"اليوم, {hm}",
            "yesterday": f"أمس, {hm}",
        }
        return forms[style]
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    forms = {
        "dle": f"{d.day}-{d.month}-{d.year}, {hm}",
        "weekday12": f"{EN_DAYS[d.weekday()]}, {d:%d-%m-%Y} | {h12(d, 'en')} | {views:,} views",
        "long12": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}, {h12(d, 'en')}",
        "old": f"{EN_DAYS[d.weekday()]} {d.day}{suffix} {EN_MONTHS[d.month - 1]} {d.year} - {hm}",
        "day": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
        "today": f"Today, {hm}",
        "yesterday": f"Yesterday, {hm}",
    }
    return forms[style]


def fetched_for(rel: Rel, style: str) -> datetime:
    """A fetch time that makes a relative date (today/yesterday) resolve to rel.date."""
    back = {"today": 0, "yesterday": 1}.get(style, 2)
    day = rel.date + timedelta(days=back)
    return day.replace(hour=23, minute=50) if back == 0 else day.replace(hour=9, minute=5)


def day_only(rel: Rel) -> None:
    """The page shows only the day: the label's time becomes 00:00."""
    rel.date = rel.date.replace(hour=0, minute=0)


def utc_z(dt: datetime) -> str:
    """ISO 8601 in UTC with a Z."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---- bylines and credits -------------------------------------------------------------------


def byline(rel: Rel, form: str = "dash") -> str:
    """The byline/dateline line for rel (forms: dash, spaced, endash, emdash, reversed, first)."""
    loc, name = rel.location, rel.author
    agency = "INA" if rel.en else "واع"
    if form == "reversed":
        return f"{agency} - {loc}"
    if form == "first":
        return f"{agency}- {loc}"
    sep = {"dash": ("-", "- "), "spaced": (" - ", " - "), "endash": (" – ", " – ")}
    sep["emdash"] = ("—", "— ")
    a, b = sep[form]
    return f"{loc}{a}{agency}" + (f"{b}{name}" if name else "")


def photo_credit(rel: Rel, form: int = 0) -> str | None:
    """The photo credit line, or None when the release has no photographer."""
    p = rel.photographers
    if not p:
        return None
    if rel.en:
        if len(p) > 1:
            return f"Photos by {' and '.join(p)}"
        return [f"Photo by {p[0]}", f"Photo: {p[0]}"][form % 2]
    return [f"تصوير: {p[0]}", f"تصوير/ {p[0]}/"][form % 2]


def translator_line(rel: Rel) -> str | None:
    """The translator tail line, or None."""
    if not rel.translator:
        return None
    return f"Translated by {rel.translator}" if rel.en else f"ترجمة: {rel.translator}"


# ---- story text ----------------------------------------------------------------------------


def plain(para: str) -> str:
    """A paragraph's text without the subheading/list markers."""
    return para[3:] if para.startswith("## ") else para[2:] if para.startswith("* ") else para


def body_text(rel: Rel) -> str:
    """The expected body: paragraphs joined by a blank line."""
    return "\n\n".join(plain(p) for p in rel.paras)


def story_html(paras: list[str], style: str = "p") -> str:
    """Story paragraphs as HTML: style p (bold subheads), h3, br (one block split by <br>)."""
    out: list[str] = []
    items: list[str] = []
    for para in paras:
        if para.startswith("* "):
            items.append(f"<li>{esc(para[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        text = esc(plain(para))
        if para.startswith("## "):
            out.append(f"<h3>{text}</h3>" if style == "h3" else f"<p><strong>{text}</strong></p>")
        elif style == "br":
            out.append(f"{text}<br>\n<br>")
        else:
            out.append(f"<p>{text}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)
