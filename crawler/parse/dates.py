"""Dates as INA writes them, to timezone-aware datetimes in Baghdad time.

Handles DLE's ``j-m-Y, H:i``, ``Today``/``Yesterday`` (and the Arabic, Kurdish and Turkmen forms)
against a fetch time, ``Wednesday 26th June 2019 - 11:51``, ISO 8601 from metadata, Arabic-Indic
and Persian digits, Arabic month names in the Iraqi and the Egyptian forms, Kurdish month names
(the Syriac-derived Gregorian ones and the Kurdish solar calendar's) and Turkish month names. The
words are data, in ``datewords``; the text is folded (``words.fold``) before it is matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from crawler.parse import datewords
from crawler.parse.calendars import kurdish_solar_date
from crawler.parse.words import fold

BAGHDAD = ZoneInfo("Asia/Baghdad")


def _key(word: str) -> str:
    """A word as the folded, lower-cased text spells it."""
    return " ".join(fold(word).lower().split())


def _alternation(names: Iterable[str]) -> str:
    """A regex alternation of folded names, longest first (so "mart" is tried before "mar")."""
    return "|".join(re.escape(n) for n in sorted({_key(n) for n in names}, key=len, reverse=True))


_LATIN_MONTHS = {_key(name): number for name, number in datewords.LATIN_MONTHS.items()}
_SCRIPT_MONTHS = {
    _key(name): number
    for name, number in (*datewords.ARABIC_MONTHS.items(), *datewords.KURDISH_MONTHS.items())
}
_SOLAR_MONTHS = {_key(name): number for name, number in datewords.KURDISH_SOLAR_MONTHS.items()}
_RELATIVE_DAYS = {_key(word): days for word, days in datewords.RELATIVE_DAYS.items()}
_EVENING = {_key(word).replace(" ", "") for word in datewords.EVENING}

# A 12-hour clock's marker: AM/PM, Arabic ص/م, Kurdish پ.ن/د.ن, Turkish ÖÖ/ÖS, or spelled out.
_MERIDIEM = (
    r"(?:\s*(?P<meridiem>[AaPp]\.?\s?[Mm]\.?(?![A-Za-z])|"
    + _alternation((*datewords.MORNING, *datewords.EVENING))
    + r")(?![\w]))?"
)
_TIME = r"(?P<hour>\d{1,2})\s*:\s*(?P<minute>\d{2})(?::\d{2})?" + _MERIDIEM
# Between a date and its time: spaces, a comma, a bar or bullet, a dash, "at", "الساعة", "saat".
_GAP = r"(?:\s*[,|•·\-–—]\s*|\s+)(?:(?:" + _alternation(datewords.TIME_WORDS) + r")\s*)?"
_NUMERIC = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})[-./](?P<month>\d{1,2})[-./](?P<year>\d{4})(?!\d)"
    r"(?:" + _GAP + _TIME + r")?"
)
_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
    r"(?:(?:T|" + _GAP + r")" + _TIME + r")?"
)
_LATIN_MONTH_ALT = _alternation(_LATIN_MONTHS)
_LATIN_DAY_FIRST = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<mname>"
    + _LATIN_MONTH_ALT
    + r")\.?,?\s+(?P<year>\d{4})(?:"
    + _GAP
    + _TIME
    + r")?",
    re.IGNORECASE,
)
_LATIN_MONTH_FIRST = re.compile(
    r"\b(?P<mname>" + _LATIN_MONTH_ALT + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>\d{4})(?:" + _GAP + _TIME + r")?",
    re.IGNORECASE,
)
# Arabic-script months; Kurdish joins day, month and year with the izafe ی ("12ـی شوباتی 2026").
_SCRIPT_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s*(?:ي\s*)?[-/.]?\s*(?:من\s+|مانگي\s+)?(?P<mname>"
    + _alternation((*_SCRIPT_MONTHS, *_SOLAR_MONTHS))
    + r")(?:ي)?\s*[,\-/.]?\s*(?:سالي\s*)?(?P<year>\d{4})(?:م|ي|ز)?(?:"
    + _GAP
    + _TIME
    + r")?"
)
_ISO_START = re.compile(r"\s*\d{4}-\d{2}-\d{2}T\d")
_RELATIVE = re.compile(
    r"(?<![\w])(?P<word>" + _alternation(_RELATIVE_DAYS) + r")(?![\w])\s*,?\s*(?:-\s*)?"
    r"(?:(?:" + _alternation(datewords.TIME_WORDS) + r")\s*)?(?:" + _TIME + r")?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_KURDISH_YEARS = 2600  # a 4-digit year from here on counts from 700 or 612 BC


def normalize_digits(text: str) -> str:
    """Text folded for the date patterns: ASCII digits, one form of each letter (``words.fold``)."""
    return fold(text)


def _hour(hour: str | None, meridiem: str | None) -> int:
    """The 24-hour clock hour of a time, reading AM/PM and the other languages' markers."""
    value = int(hour or 0)
    if not meridiem or value > 12:
        return value
    mark = meridiem.strip().lower().replace(" ", "")
    evening = mark.startswith("p") or mark in _EVENING
    if evening and value < 12:
        return value + 12
    return 0 if not evening and value == 12 else value


def _build(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    zone: tzinfo,
    meridiem: str | None = None,
) -> datetime | None:
    """An aware datetime from parts, or None when they do not form a real date."""
    try:
        return datetime(year, month, day, _hour(hour, meridiem), int(minute or 0), tzinfo=zone)
    except ValueError:
        return None


_LONE_TIME = re.compile(r"(?<![\d:])" + _TIME + r"(?![\d:])", re.IGNORECASE)


def _lone_time(text: str, match: re.Match[str]) -> tuple[str, str, str | None] | None:
    """The one time written elsewhere on a short date line ("09:40 PM | 5 March 2024"), or None."""
    if len(text) > 90:
        return None
    rest = text[: match.start()] + " " + text[match.end() :]
    times = list(_LONE_TIME.finditer(rest))
    if len(times) != 1:
        return None
    found = times[0]
    return found.group("hour"), found.group("minute"), found.group("meridiem")


def parse_iso(value: str, zone: tzinfo = BAGHDAD) -> datetime | None:
    """ISO 8601 (as metadata carries it) converted to ``zone``; naive values are taken as ``zone``."""
    value = normalize_digits(value.strip())
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value[:10]), time())
        except ValueError:
            return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone)
    return parsed.astimezone(zone)


_WEEKDAY_NUMBERS = {
    _key(name): number for number, names in datewords.WEEKDAYS.items() for name in names
}
_WEEKDAY_WORD = re.compile(
    r"(?<![\w])(" + _alternation(_WEEKDAY_NUMBERS) + r")(?![\w])", re.IGNORECASE
)


def _by_weekday(text: str, year: int, day: int, month: int) -> tuple[int, int]:
    """Day and month of an ambiguous d/m or m/d date: the reading whose weekday the text names
    ("Thu, 09/12/2013" is 12 September, a Thursday); day first when no weekday settles it."""
    named = _WEEKDAY_WORD.search(text)
    if named is None:
        return day, month
    weekday = _WEEKDAY_NUMBERS[named.group(1).lower()]
    for d, m in ((day, month), (month, day)):
        try:
            if date(year, m, d).weekday() == weekday:
                return d, m
        except ValueError:
            continue
    return day, month


def _named_month(name: str, year: int, day: int) -> tuple[int, int, int] | None:
    """(year, month, day) of a date written with a month name, or None when it is not one."""
    name = " ".join(name.lower().split())
    month = _LATIN_MONTHS.get(name.rstrip(".")) or _SCRIPT_MONTHS.get(name)
    if month is not None:
        return (year, month, day) if year < _KURDISH_YEARS else None
    solar = _SOLAR_MONTHS.get(name)
    found = kurdish_solar_date(year, solar, day) if solar else None
    return (found.year, found.month, found.day) if found else None


def parse_date_text(
    text: str, fetched_at: datetime | None = None, zone: tzinfo = BAGHDAD
) -> datetime | None:
    """The first date written in ``text``, as INA writes dates, in ``zone``.

    Args:
        text: visible text around a date ("• 15-11-2020, 13:12", "5 آذار 2024", "5 Mart 2024").
        fetched_at: when the page was fetched; needed for "Today"/"Yesterday" in any language.
        zone: the site's clock (Asia/Baghdad).

    Returns:
        An aware datetime, or None when no complete date is found.
    """
    text = normalize_digits(text)
    if not _DIGIT.search(text):
        return None  # every form has a day or a time in digits
    if _ISO_START.match(text):
        return parse_iso(text, zone)
    for pattern in (_NUMERIC, _LATIN_DAY_FIRST, _LATIN_MONTH_FIRST, _SCRIPT_DATE, _YEAR_FIRST):
        for match in pattern.finditer(text):
            parts = match.groupdict()
            year, day = int(parts["year"]), int(parts["day"])
            if "mname" in parts:
                named = _named_month(parts["mname"], year, day)
                if named is None:
                    continue
                year, month, day = named
            else:
                month = int(parts["month"])
            if pattern is _NUMERIC and month > 12 >= day:
                day, month = month, day  # a US-style M/D/Y date, as an ASP.NET page prints it
            elif pattern is _NUMERIC and day <= 12 and month <= 12 and day != month:
                day, month = _by_weekday(text, year, day, month)
            hour, minute, meridiem = parts["hour"], parts["minute"], parts["meridiem"]
            if hour is None and (lone := _lone_time(text, match)):
                hour, minute, meridiem = lone
            found = _build(year, month, day, hour, minute, zone, meridiem)
            if found is not None:
                return found
    match = _RELATIVE.search(text)
    if match and fetched_at is not None and match.group("hour") is not None:
        days = _RELATIVE_DAYS[match.group("word").lower()]
        local = (
            fetched_at.astimezone(zone) if fetched_at.tzinfo else fetched_at.replace(tzinfo=zone)
        )
        day = local.date() - timedelta(days=days)
        return _build(
            day.year,
            day.month,
            day.day,
            match.group("hour"),
            match.group("minute"),
            zone,
            match.group("meridiem"),
        )
    return None


_FILLER_KEYS = {_key(w) for w in (*datewords.DATE_LINE_WORDS, *_WEEKDAY_NUMBERS)}
# Words a date line may carry besides the date: weekday, "published", a views counter, a clock.
# Latin words must be whole words; Arabic-script ones are taken off wherever they appear.
_DATE_LINE_FILLER = re.compile(
    r"\b(?:" + _alternation(k for k in _FILLER_KEYS if k.isascii()) + r")\b"
    r"|\d[\d,.\s]*(?:k\b)?|[A-Za-z]?\d{1,2}:\d{2}"
    r"|(?:" + _alternation(k for k in _FILLER_KEYS if not k.isascii()) + r")ي?",
    re.IGNORECASE,
)
_DATE_PATTERNS = (
    _NUMERIC,
    _LATIN_DAY_FIRST,
    _LATIN_MONTH_FIRST,
    _SCRIPT_DATE,
    _YEAR_FIRST,
    _RELATIVE,
)


def looks_like_date_line(text: str) -> bool:
    """Whether a short line is only a date: page chrome such as "• 15-11-2020, 13:12", "Tuesday,
    05-03-2024 | 09:40 PM | 1,234 views" or "الثلاثاء 5 آذار 2024 - 09:40 م"."""
    if len(text) > 90:
        return False
    folded = normalize_digits(text)
    if not _DIGIT.search(folded):
        return False
    for pattern in _DATE_PATTERNS:
        match = pattern.search(folded)
        if match and (pattern is not _RELATIVE or match.group("hour")):
            rest = _DATE_LINE_FILLER.sub(" ", folded[: match.start()] + " " + folded[match.end() :])
            if not re.search(r"\w", rest):
                return True
    return False
