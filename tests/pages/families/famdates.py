"""Date renderings used by the synthetic page families (English and Arabic, 12/24-hour)."""

from __future__ import annotations

from datetime import datetime

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
AR_IRAQI_MONTHS = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th ... 21st, 22nd."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def clock12(d: datetime, lang: str) -> str:
    """09:40 PM, or Arabic 09:40 م (evening) / ص (morning)."""
    h = d.hour % 12 or 12
    if lang == "en":
        return f"{h:02d}:{d:%M} {'PM' if d.hour >= 12 else 'AM'}"
    return f"{h:02d}:{d:%M} {'م' if d.hour >= 12 else 'ص'}"


def weekday(d: datetime, lang: str) -> str:
    """The weekday name."""
    return (EN_DAYS if lang == "en" else AR_DAYS)[d.weekday()]


def long_date(d: datetime, lang: str) -> str:
    """5 March 2024 / 5 آذار 2024."""
    months = EN_MONTHS if lang == "en" else AR_IRAQI_MONTHS
    return f"{d.day} {months[d.month - 1]} {d.year}"


def indic(text: str) -> str:
    """Western digits to Arabic-Indic digits."""
    return text.translate(INDIC)
