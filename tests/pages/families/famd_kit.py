"""Shared helpers for the famD page family generators (synthetic pages, not INA content)."""

from __future__ import annotations

import html
import json
import random
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

BAGHDAD = timezone(timedelta(hours=3))
MARK = "<!-- synthetic test page, not INA content -->"
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_MONTHS_IRAQI = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
AR_MONTHS_EGYPT = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TELEGRAM_AR = "ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام"


def esc(text: str) -> str:
    """Escape text for an HTML text node."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Escape text for an HTML attribute value."""
    return html.escape(text, quote=True)


def is_sub(para: str) -> bool:
    """Whether a content paragraph is a subheading."""
    return para.startswith("## ")


def plain(para: str) -> str:
    """The paragraph text without its subheading marker."""
    return para[3:] if is_sub(para) else para


def body_of(paras: list[str]) -> str:
    """The labeled body: paragraphs joined by a blank line."""
    return "\n\n".join(plain(p) for p in paras)


def iso(dt: datetime) -> str:
    """ISO 8601 in Baghdad time."""
    return dt.astimezone(BAGHDAD).isoformat()


def utc_z(dt: datetime) -> str:
    """ISO 8601 in UTC with a Z suffix."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ar_digits(text: str) -> str:
    """Western digits to Arabic-Indic digits."""
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def clock12(dt: datetime) -> tuple[str, bool]:
    """The 12-hour clock 'h:MM' and whether it is PM."""
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d}", dt.hour >= 12


def slug(title: str) -> str:
    """A Latin URL slug from a title."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def script_json(data: object) -> str:
    """JSON safe to put inside a <script> element."""
    return json.dumps(data, ensure_ascii=False, indent=None).replace("</", "<\\/")


def byline(rng: random.Random, lang: str, people: list[str], places: list[str]) -> dict:
    """Pick a byline form; returns text, author, location and whether a sentence may follow."""
    place = rng.choice(places)
    name = rng.choice(people)
    if lang == "en":
        forms = [
            (f"{place}-INA- {name}", name, place),
            (f"{place} - INA", None, place),
            (f"{place} – INA – {name}", name, place),
            (f"INA - {place}", None, place),
            (f"INA- {place}", None, place),
            (f"{place} —INA— {name}", name, place),
        ]
    else:
        forms = [
            (f"{place} - واع - {name}", name, place),
            (f"{place} – واع", None, place),
            (f"{place} - واع", None, place),
            (f"{place}– واع –{name}", name, place),
        ]
    text, author, location = rng.choice(forms)
    return {"text": text, "author": author, "location": location, "share": author is None}


def write_pair(outdir: Path, name: str, page: str, encoding: str, label: dict) -> None:
    """Write <name>.html in its encoding and <name>.json in UTF-8."""
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / f"{name}.html").write_bytes(page.encode(encoding))
    text = json.dumps(label, ensure_ascii=False, indent=2) + "\n"
    (outdir / f"{name}.json").write_text(text, encoding="utf-8")


def release_label(
    note: str, url: str, content_type: str | None, fetched_at: str | None, fields: dict
) -> dict:
    """A release label with the fields in the convention's order."""
    keys = [
        "url",
        "release_id",
        "title",
        "date",
        "author",
        "photographer",
        "body",
        "location",
        "language",
        "category",
        "images",
        "translator",
    ]
    expected = {k: fields[k] for k in keys}
    return {
        "note": note,
        "url": url,
        "content_type": content_type,
        "fetched_at": fetched_at,
        "expected": expected,
    }


def other_label(
    note: str, url: str, content_type: str | None, fetched_at: str | None, word: str
) -> dict:
    """A non-release label."""
    return {
        "note": note,
        "url": url,
        "content_type": content_type,
        "fetched_at": fetched_at,
        "not_a_release": word,
    }


def write_readme(outdir: Path, text: str) -> None:
    """Write the family README."""
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "README.md").write_text(text, encoding="utf-8")
