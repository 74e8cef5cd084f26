"""Shared helpers for the famC page generators: people, bylines, dates, labels, writing.

Every page these helpers build is SYNTHETIC. Labels come from the records the generators pick,
never from parsing the HTML.
"""

from __future__ import annotations

import argparse
import html
import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urljoin

import famc_content as C

BAGHDAD = timezone(timedelta(hours=3))
SYNTH = "<!-- synthetic test page, not INA content -->"
TELEGRAM_AR = "ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام"
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_MONTHS = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def esc(text: str) -> str:
    """HTML-escape text for element content and attributes."""
    return html.escape(text, quote=True)


@dataclass
class People:
    """Who a release names, and the visible lines that name them."""

    author: str | None = None
    location: str | None = None
    byline: str | None = None
    photographers: list[str] = field(default_factory=list)
    credit: str | None = None
    translator: str | None = None
    translator_line: str | None = None


def pick_people(rng: random.Random, lang: str, *, translator_ok: bool = True) -> People:
    """Pick a byline (or none), a photo credit (or none) and a translator (or none)."""
    p = People()
    roll = rng.random()
    if lang == "en":
        place, name = rng.choice(C.EN_PLACES), rng.choice(C.EN_AUTHORS)
        named = ["{P}-INA- {N}", "{P} – INA – {N}", "{P} - INA - {N}", "{P}—INA—{N}"]
        bare = ["{P} - INA", "{P} – INA", "INA - {P}", "INA- {P}", "{P}-INA-"]
    else:
        place, name = rng.choice(C.AR_PLACES), rng.choice(C.AR_AUTHORS)
        named = ["{P} - واع - {N}", "{P} – واع – {N}", "{P}-واع- {N}"]
        bare = ["{P} - واع", "{P} – واع", "{P}-واع"]
    if roll < 0.45:
        p.author, p.location = name, place
        p.byline = rng.choice(named).format(P=place, N=name)
    elif roll < 0.88:
        p.location = place
        p.byline = rng.choice(bare).format(P=place)
    roll = rng.random()
    if lang == "en":
        a, b = rng.sample(C.EN_PHOTOGRAPHERS, 2)
        if roll < 0.3:
            p.photographers, p.credit = [a], rng.choice(["Photo by {A}", "Photo: {A}"]).format(A=a)
        elif roll < 0.45:
            p.photographers, p.credit = [a, b], f"Photos by {a} and {b}"
        if translator_ok and rng.random() < 0.25:
            p.translator = rng.choice(C.EN_TRANSLATORS)
            p.translator_line = f"Translated by {p.translator}"
    else:
        a = rng.choice(C.AR_PHOTOGRAPHERS)
        if roll < 0.4:
            p.photographers = [a]
            p.credit = rng.choice(["تصوير: {A}", "تصوير/ {A}/"]).format(A=a)
    return p


def shared(byline: str, first: str) -> str:
    """A byline sharing its line with the first paragraph, ending in a dash before the text."""
    sep = " " if byline.rstrip()[-1] in "-–—" else " - "
    return f"{byline}{sep}{first}"


def rand_date(rng: random.Random, start_year: int, end_year: int) -> datetime:
    """A random Baghdad minute between two years."""
    start = datetime(start_year, 1, 1, tzinfo=BAGHDAD)
    days = (datetime(end_year, 12, 31, tzinfo=BAGHDAD) - start).days
    return start + timedelta(days=rng.randrange(days), minutes=rng.randrange(6 * 60, 23 * 60))


def iso(d: datetime) -> str:
    """ISO 8601 in Baghdad time."""
    return d.astimezone(BAGHDAD).isoformat()


def iso_utc(d: datetime) -> str:
    """ISO 8601 in UTC with a Z."""
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def clock12(d: datetime, lang: str = "en", upper: bool = False) -> str:
    """9:40 pm / 09:40 PM / 9:40 م."""
    h = d.hour % 12 or 12
    if lang == "ar":
        return f"{h}:{d.minute:02d} {'م' if d.hour >= 12 else 'ص'}"
    suffix = "pm" if d.hour >= 12 else "am"
    return f"{h:02d}:{d.minute:02d} {suffix.upper()}" if upper else f"{h}:{d.minute:02d} {suffix}"


def en_long(d: datetime) -> str:
    """March 5, 2018."""
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def ar_long(d: datetime) -> str:
    """5 آذار 2018."""
    return f"{d.day} {AR_MONTHS[d.month - 1]} {d.year}"


def slug(title: str) -> str:
    """A Latin slug, or "-" for titles without Latin words."""
    words = [
        "".join(ch for ch in w.lower() if ch.isascii() and ch.isalnum()) for w in title.split()
    ]
    words = [w for w in words if w]
    return "-".join(words[:8])


def release_url(rng: random.Random, lang: str, rid: int, title: str, old_ok: bool = True) -> str:
    """An INA release URL in one of the seen forms."""
    roll = rng.random()
    if lang == "en":
        if old_ok and roll < 0.1:
            return f"https://ina.iq/eng/{rid}"
        if roll < 0.3:
            return f"https://ina.iq/eng/{rid}--.html"
        return f"https://ina.iq/eng/{rid}-{slug(title)}.html"
    if old_ok and roll < 0.2:
        return f"https://ina.iq/print:page,1,{rid}--.html"
    return f"https://ina.iq/{rid}--.html"


def image_url(page_url: str, src: str) -> str:
    """Resolve an image reference against the page URL."""
    return urljoin(page_url, src)


def paragraphs(story: tuple[str, str, list[str]]) -> list[str]:
    """The body paragraphs of a story, subheading markers removed."""
    return [p.removeprefix("## ") for p in story[2]]


@dataclass
class Page:
    """One generated page: file name, HTML text, byte encoding and label."""

    name: str
    html: str
    encoding: str
    label: dict


def release_label(
    note: str,
    url: str,
    *,
    content_type: str | None,
    fetched_at: datetime | None,
    rid: int,
    title: str,
    date: datetime,
    people: People,
    body: list[str],
    lang: str,
    category: str | None,
    images: list[tuple[str, str | None]],
) -> dict:
    """The label of a release page, in the order of the convention."""
    return {
        "note": note,
        "url": url,
        "content_type": content_type,
        "fetched_at": iso(fetched_at) if fetched_at else None,
        "expected": {
            "url": url,
            "release_id": rid,
            "title": title,
            "date": iso(date),
            "author": people.author,
            "photographer": ", ".join(people.photographers) or None,
            "body": "\n\n".join(body),
            "location": people.location,
            "language": lang,
            "category": category,
            "images": [{"url": u, "caption": c} for u, c in images],
            "translator": people.translator,
        },
    }


def other_label(note: str, url: str, content_type: str | None, word: str) -> dict:
    """The label of a non-release page."""
    return {
        "note": note,
        "url": url,
        "content_type": content_type,
        "fetched_at": None,
        "not_a_release": word,
    }


def write_pages(pages: list[Page], out: Path) -> None:
    """Write each page's HTML bytes and its JSON label."""
    out.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (out / f"{page.name}.html").write_bytes(page.html.encode(page.encoding))
        text = json.dumps(page.label, ensure_ascii=False, indent=2) + "\n"
        (out / f"{page.name}.json").write_text(text, encoding="utf-8")


def main(family: str, build, seed: int) -> None:
    """Command line: build the family's pages with a fixed seed and write them."""
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=f"write the {family} synthetic pages")
    parser.add_argument("--out", type=Path, default=here / family, help="output directory")
    args = parser.parse_args()
    write_pages(build(random.Random(seed)), args.out)
