"""Dates of the Kurdish solar calendar to Gregorian dates.

The Kurdish solar calendar has the months of the Iranian (Solar Hijri) one: it starts at Nowruz
(20 or 21 March), six months of 31 days, five of 30, then 29 or 30. Its years are counted from
700 BC (2724 began in March 2024) or, in some publications, from 612 BC (2636 began in March
2024). ``jdatetime`` does the Solar Hijri arithmetic, leap years included.
"""

from __future__ import annotations

from datetime import date

import jdatetime

# Years of the Solar Hijri calendar behind each Kurdish era; a 4-digit year below 2600 is Gregorian.
_ERA_700_BC = 1321
_ERA_612_BC = 1233
_KURDISH_YEARS = 2600
_ERA_700_FROM = 2690  # 2690 (from 700 BC) is 1990; the 612 BC era's years are below it


def kurdish_solar_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of day ``day`` of solar month ``month`` (1 = Xakelêwe).

    A Kurdish year (2600 and above) names the solar year; a Gregorian year is the year the date
    falls in (the last months of a solar year fall in the next Gregorian year).

    Returns:
        The Gregorian date, or None when the day does not exist.
    """
    if year >= _KURDISH_YEARS:
        shift = _ERA_700_BC if year >= _ERA_700_FROM else _ERA_612_BC
        return _solar(year - shift, month, day)
    for solar_year in (year - 621, year - 622):
        found = _solar(solar_year, month, day)
        if found is not None and found.year == year:
            return found
    return None


def _solar(year: int, month: int, day: int) -> date | None:
    try:
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None
