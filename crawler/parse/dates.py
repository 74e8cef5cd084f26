"""Dates as INA writes them, to timezone-aware datetimes in Baghdad time.

Handles DLE's ``j-m-Y, H:i``, ``Today``/``Yesterday`` (and Arabic, Kurdish, Turkmen forms) against a
fetch time, ``Wednesday 26th June 2019 - 11:51``, ISO 8601 from metadata, Arabic-Indic and Persian
digits, and Arabic month names in the Iraqi and the Egyptian forms.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

BAGHDAD = ZoneInfo("Asia/Baghdad")

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Alef forms and the Arabic comma, so that "أيار"/"ايار" and "،" match one pattern.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "،": ",", "\u0640": None})

_EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# Folded spellings (see _ARABIC_FOLD): Iraqi (Syriac) names first, then Egyptian ones.
_AR_MONTHS = {
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
_RELATIVE_DAYS = {
    "today": 0,
    "yesterday": 1,
    "اليوم": 0,
    "امس": 1,
    "البارحة": 1,
    "ئەمڕۆ": 0,
    "دوێنێ": 1,
    "bugün": 0,
    "dün": 1,
}

# A 12-hour clock's marker: AM/PM, or Arabic ص (morning) / م (evening), possibly spelled out.
_MERIDIEM = r"(?:\s*(?P<meridiem>[AaPp]\.?\s?[Mm]\.?(?![A-Za-z])|صباحا?ً?|مساءً?|ص|م)(?![\w]))?"
_TIME = r"(?P<hour>\d{1,2})\s*:\s*(?P<minute>\d{2})(?::\d{2})?" + _MERIDIEM
# Between a date and its time: spaces, a comma, a bar or bullet, a dash, "at", "الساعة".
_GAP = r"(?:\s*[,|•·\-–—]\s*|\s+)(?:(?:at|الساعة)\s*)?"
_NUMERIC = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})[-./](?P<month>\d{1,2})[-./](?P<year>\d{4})(?!\d)"
    r"(?:" + _GAP + _TIME + r")?"
)
_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
    r"(?:(?:T|" + _GAP + r")" + _TIME + r")?"
)
_EN_MONTH_ALT = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_EN_DAY_FIRST = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mname>" + _EN_MONTH_ALT + r")\.?,?\s+"
    r"(?P<year>\d{4})(?:" + _GAP + _TIME + r")?",
    re.IGNORECASE,
)
_EN_MONTH_FIRST = re.compile(
    r"\b(?P<mname>" + _EN_MONTH_ALT + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>\d{4})(?:" + _GAP + _TIME + r")?",
    re.IGNORECASE,
)
_AR_MONTH_ALT = "|".join(re.escape(m) for m in sorted(_AR_MONTHS, key=len, reverse=True))
_AR_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s*(?:من\s+)?(?P<mname>" + _AR_MONTH_ALT + r")\s*,?\s*"
    r"(?P<year>\d{4})م?(?:" + _GAP + _TIME + r")?"
)
_ISO_START = re.compile(r"\s*\d{4}-\d{2}-\d{2}T\d")
_RELATIVE = re.compile(
    r"(?P<word>" + "|".join(_RELATIVE_DAYS) + r")\s*,?\s*(?:-\s*)?(?:(?:at|الساعة)\s*)?"
    r"(?:" + _TIME + r")?",
    re.IGNORECASE,
)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII, alef forms folded, Arabic comma to ","."""
    return text.translate(_DIGITS).translate(_ARABIC_FOLD)


def _hour(hour: str | None, meridiem: str | None) -> int:
    """The 24-hour clock hour of a time, reading AM/PM and Arabic ص/م."""
    value = int(hour or 0)
    if not meridiem or value > 12:
        return value
    evening = meridiem.strip().lower().startswith(("p", "م"))
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
    **dict.fromkeys(("monday", "mon", "الاثنين", "الإثنين"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "الثلاثاء"), 1),
    **dict.fromkeys(("wednesday", "wed", "الاربعاء", "الأربعاء"), 2),
    **dict.fromkeys(("thursday", "thu", "thur", "thurs", "الخميس"), 3),
    **dict.fromkeys(("friday", "fri", "الجمعة"), 4),
    **dict.fromkeys(("saturday", "sat", "السبت"), 5),
    **dict.fromkeys(("sunday", "sun", "الاحد", "الأحد"), 6),
}
_WEEKDAY_WORD = re.compile(
    r"(?<![\w])(" + "|".join(sorted(_WEEKDAY_NUMBERS, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
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


def parse_date_text(
    text: str, fetched_at: datetime | None = None, zone: tzinfo = BAGHDAD
) -> datetime | None:
    """The first date written in ``text``, as INA writes dates, in ``zone``.

    Args:
        text: visible text around a date ("• 15-11-2020, 13:12", "5 آذار 2024").
        fetched_at: when the page was fetched; needed for "Today"/"Yesterday".
        zone: the site's clock (Asia/Baghdad).

    Returns:
        An aware datetime, or None when no complete date is found.
    """
    text = normalize_digits(text)
    if _ISO_START.match(text):
        return parse_iso(text, zone)
    for pattern in (_NUMERIC, _EN_DAY_FIRST, _EN_MONTH_FIRST, _AR_DATE, _YEAR_FIRST):
        for match in pattern.finditer(text):
            parts = match.groupdict()
            if "mname" in parts:
                name = " ".join(parts["mname"].lower().split())
                month = _EN_MONTHS.get(name.rstrip(".")) or _AR_MONTHS.get(name)
            else:
                month = int(parts["month"])
            if month is None:
                continue
            day = int(parts["day"])
            if pattern is _NUMERIC and month > 12 >= day:
                day, month = month, day  # a US-style M/D/Y date, as an ASP.NET page prints it
            elif pattern is _NUMERIC and day <= 12 and month <= 12 and day != month:
                day, month = _by_weekday(text, int(parts["year"]), day, month)
            hour, minute, meridiem = parts["hour"], parts["minute"], parts["meridiem"]
            if hour is None and (lone := _lone_time(text, match)):
                hour, minute, meridiem = lone
            found = _build(int(parts["year"]), month, day, hour, minute, zone, meridiem)
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


_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
    r"|الاحد|الأحد|الاثنين|الإثنين|الثلاثاء|الاربعاء|الأربعاء|الخميس|الجمعة|السبت"
)
# Words a date line may carry besides the date: weekday, "published", a views counter, a clock.
_DATE_LINE_FILLER = re.compile(
    r"\b(?:" + _WEEKDAYS + r")\b|\b(?:published|posted|updated|last update|date|on|at|views?"
    r"|reads?|visits?|hits|am|pm)\b|\d[\d,.\s]*(?:k\b)?|[A-Za-z]?\d{1,2}:\d{2}"
    r"|(?:" + _WEEKDAYS + r")|نشر(?:ت)?(?:\s+في)?|بتاريخ|تاريخ النشر|آخر تحديث|اخر تحديث|الساعة"
    r"|مشاهدات|المشاهدات|مشاهدة|قراءة|القراءات|قراءات|زيارة|زيارات|عدد|ص|م",
    re.IGNORECASE,
)
_DATE_PATTERNS = (_NUMERIC, _EN_DAY_FIRST, _EN_MONTH_FIRST, _AR_DATE, _YEAR_FIRST, _RELATIVE)


def looks_like_date_line(text: str) -> bool:
    """Whether a short line is only a date: page chrome such as "• 15-11-2020, 13:12", "Tuesday,
    05-03-2024 | 09:40 PM | 1,234 views" or "الثلاثاء 5 آذار 2024 - 09:40 م"."""
    if len(text) > 90:
        return False
    folded = normalize_digits(text)
    for pattern in _DATE_PATTERNS:
        match = pattern.search(folded)
        if match and (pattern is not _RELATIVE or match.group("hour")):
            rest = _DATE_LINE_FILLER.sub(" ", folded[: match.start()] + " " + folded[match.end() :])
            if not re.search(r"\w", rest):
                return True
    return False
