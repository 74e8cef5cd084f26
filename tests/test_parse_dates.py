"""INA's date forms, parsed by hand-written patterns (no htmldate/dateparser)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from crawler.parse.dates import looks_like_date_line, parse_date_text, parse_iso

BAGHDAD = ZoneInfo("Asia/Baghdad")
FETCHED = datetime(2024, 5, 10, 22, 30, tzinfo=UTC)  # already 11 May, 01:30 in Baghdad


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BAGHDAD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• 15-11-2020, 13:12", at(2020, 11, 15, 13, 12)),
        ("7-12-2021, 17:48", at(2021, 12, 7, 17, 48)),
        ("07-12-2021, 7:48", at(2021, 12, 7, 7, 48)),
        ("Wednesday 26th June 2019 - 11:51", at(2019, 6, 26, 11, 51)),
        ("Monday 1st July 2019 - 09:05", at(2019, 7, 1, 9, 5)),
        ("June 26, 2019", at(2019, 6, 26)),
        ("١٥-١١-٢٠٢٠, ١٣:١٢", at(2020, 11, 15, 13, 12)),
        ("۷-۱۲-۲۰۲۱, ۱۷:۴۸", at(2021, 12, 7, 17, 48)),
        ("5 آذار 2024", at(2024, 3, 5)),
        ("5 اذار 2024", at(2024, 3, 5)),
        ("١٥ تشرين الثاني ٢٠٢٠ - ١٣:١٢", at(2020, 11, 15, 13, 12)),
        ("1 كانون الثاني 2021", at(2021, 1, 1)),
        ("31 كانون الأول 2021، 23:59", at(2021, 12, 31, 23, 59)),
        ("9 أيار 2022", at(2022, 5, 9)),
        ("9 ايار 2022", at(2022, 5, 9)),
        ("3 آب 2020", at(2020, 8, 3)),
        ("12 أيلول 2020", at(2020, 9, 12)),
        ("12 تشرين الأول 2020", at(2020, 10, 12)),
        ("2 شباط 2023", at(2023, 2, 2)),
        ("2 نيسان 2023", at(2023, 4, 2)),
        ("2 حزيران 2023", at(2023, 6, 2)),
        ("2 تموز 2023", at(2023, 7, 2)),
        ("5 مارس 2024، 10:30", at(2024, 3, 5, 10, 30)),
        ("5 يناير 2024", at(2024, 1, 5)),
        ("5 فبراير 2024", at(2024, 2, 5)),
        ("5 أبريل 2024", at(2024, 4, 5)),
        ("5 مايو 2024", at(2024, 5, 5)),
        ("5 يونيو 2024", at(2024, 6, 5)),
        ("5 يوليو 2024", at(2024, 7, 5)),
        ("5 أغسطس 2024", at(2024, 8, 5)),
        ("5 سبتمبر 2024", at(2024, 9, 5)),
        ("5 أكتوبر 2024", at(2024, 10, 5)),
        ("5 نوفمبر 2024", at(2024, 11, 5)),
        ("٢٠ ديسمبر ٢٠٢٤ - ٠٨:٠٠", at(2024, 12, 20, 8, 0)),
    ],
)
def test_absolute_dates(text, expected):
    found = parse_date_text(text)
    assert found == expected
    assert found.utcoffset() == timedelta(hours=3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today, 13:12", at(2024, 5, 11, 13, 12)),
        ("Yesterday, 13:12", at(2024, 5, 10, 13, 12)),
        ("اليوم, 15:43", at(2024, 5, 11, 15, 43)),
        ("أمس, 09:05", at(2024, 5, 10, 9, 5)),
        ("امس ، ٠٩:٠٥", at(2024, 5, 10, 9, 5)),
    ],
)
def test_relative_dates_resolve_against_the_fetch_time_in_baghdad(text, expected):
    assert parse_date_text(text, FETCHED) == expected


def test_relative_dates_without_a_fetch_time_are_unknown():
    assert parse_date_text("Today, 13:12") is None
    assert parse_date_text("اليوم, 15:43") is None


def test_naive_fetch_time_is_taken_as_baghdad_time():
    assert parse_date_text("Today, 13:12", datetime(2024, 5, 10, 23, 0)) == at(2024, 5, 10, 13, 12)


@pytest.mark.parametrize("text", ["", "no date here", "31-02-2020, 10:00", "99 آذار 2024", "Today"])
def test_no_date_or_an_impossible_one_gives_none(text):
    assert parse_date_text(text, FETCHED) is None


def test_iso_metadata_is_converted_to_baghdad():
    assert parse_iso("2020-11-15T10:12:00Z") == at(2020, 11, 15, 13, 12)
    assert parse_iso("2020-11-15T13:12:00+03:00") == at(2020, 11, 15, 13, 12)
    assert parse_iso("2020-11-15T12:12:00+02:00").isoformat() == "2020-11-15T13:12:00+03:00"
    assert parse_iso("2020-11-15T13:12:00") == at(2020, 11, 15, 13, 12)
    assert parse_iso("2020-11-15") == at(2020, 11, 15)
    assert parse_iso("not a date") is None
    assert parse_date_text("2020-11-15T10:12:00Z") == at(2020, 11, 15, 13, 12)


def test_other_zones_are_honoured():
    utc_plus_one = timezone(timedelta(hours=1))
    assert parse_date_text("15-11-2020, 13:12", zone=utc_plus_one).utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("• 15-11-2020, 13:12", True),
        ("Wednesday 26th June 2019 - 11:51", True),
        ("Today, 13:12", True),
        ("١٥ تشرين الثاني ٢٠٢٠", True),
        ("The ministry said on 15-11-2020 that exports rose", False),
        ("Baghdad - INA", False),
    ],
)
def test_date_lines_are_recognised_as_chrome(line, is_date):
    assert looks_like_date_line(line) is is_date
