"""Datelines, bylines, credits and promotion lines: every form listed in INA-SITE.md."""

from __future__ import annotations

import pytest

from crawler.parse.bylines import (
    is_chrome,
    is_promotion,
    parse_dateline,
    parse_photo_credit,
    parse_translator,
)
from crawler.parse.linekinds import Line
from crawler.parse.lines import split_story as split_lines


@pytest.mark.parametrize(
    ("line", "place", "author"),
    [
        ("Baghdad-INA- Amna Al-Salami", "Baghdad", "Amna Al-Salami"),
        ("Baghdad - INA", "Baghdad", None),
        ("Baghdad – INA", "Baghdad", None),
        ("Baghdad – INA – Noor Al-Zaidi", "Baghdad", "Noor Al-Zaidi"),
        ("Baghdad—INA—Noor Al-Zaidi", "Baghdad", "Noor Al-Zaidi"),
        ("Baghdad -INA- Noor Al-Zaidi", "Baghdad", "Noor Al-Zaidi"),
        ("Basra-INA- Ali Hussein", "Basra", "Ali Hussein"),
        ("Al-Anbar-INA", "Al-Anbar", None),
        ("Dhi Qar - INA", "Dhi Qar", None),
        ("INA - Baghdad", "Baghdad", None),
        ("INA- London", "London", None),
        ("INA—Mosul", "Mosul", None),
        ("بغداد - واع - آمنة السلامي", "بغداد", "آمنة السلامي"),
        ("بغداد – واع – فاطمة رحمة", "بغداد", "فاطمة رحمة"),
        ("بغداد - واع", "بغداد", None),
        ("بغداد-واع", "بغداد", None),
        ("بەغدا-INA", "بەغدا", None),
        ("Bağdat -INA", "Bağdat", None),
        ("Bağdat – INA", "Bağdat", None),
    ],
)
def test_datelines(line, place, author):
    dateline = parse_dateline(line)
    assert dateline is not None
    assert (dateline.place, dateline.author, dateline.rest) == (place, author, None)


def test_a_dateline_run_into_the_first_sentence_keeps_the_sentence():
    dateline = parse_dateline("Baghdad-INA- The Ministry of Oil announced today that exports rose.")
    assert dateline.place == "Baghdad" and dateline.author is None
    assert dateline.rest == "The Ministry of Oil announced today that exports rose."


@pytest.mark.parametrize(
    "line",
    [
        "He told the Iraqi News Agency (INA) that the work goes on.",
        "وقال لوكالة الأنباء العراقية (واع) إن العمل مستمر",
        "The International Coalition forces in Iraq confirmed the figures.",
        "Photo by Safaa Alwan",
        "",
    ],
)
def test_not_datelines(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Photo by Safaa Alwan", ["Safaa Alwan"]),
        ("Photo: Safaa Alwan", ["Safaa Alwan"]),
        ("Photography by Safaa Alwan", ["Safaa Alwan"]),
        ("Photo by Ahmed Saad and Layla Karim", ["Ahmed Saad", "Layla Karim"]),
        ("Photos: Ahmed Saad, Layla Karim", ["Ahmed Saad", "Layla Karim"]),
        ("Photo by Safaa Alwan.", ["Safaa Alwan"]),
        ("تصوير: كرم الأعسم", ["كرم الأعسم"]),
        ("تصوير/ حسين طالب/", ["حسين طالب"]),
        ("تصوير: كرم الأعسم، حسين طالب", ["كرم الأعسم", "حسين طالب"]),
    ],
)
def test_photo_credits(line, names):
    assert parse_photo_credit(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Photographs of the damage were shown to reporters by the ministry today.",
        "Baghdad - INA",
        "Photo",
    ],
)
def test_not_photo_credits(line):
    assert parse_photo_credit(line) is None


def test_translator_lines():
    assert parse_translator("Translated by Emad Atta") == "Emad Atta"
    assert parse_translator("Translated by: Emad Atta") == "Emad Atta"
    assert parse_translator("ترجمة: عماد عطا") == "عماد عطا"
    assert parse_translator("Translated documents were handed over to the court on Monday.") is None


def test_promotion_and_chrome_lines():
    assert is_promotion("ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام")
    assert is_promotion("Follow us on Telegram")
    assert not is_promotion("The ministry launched a channel for complaints.")
    assert is_chrome("+A -A")
    assert is_chrome("• +A -A")
    assert is_chrome("• 15-11-2020, 13:12")
    assert not is_chrome("Foreign presence")


def test_split_story_takes_out_head_and_tail_credits_only():
    story = split_story(
        [
            "• 15-11-2020, 13:12",
            "+A -A",
            "Baghdad-INA- Amna Al-Salami",
            "Photo by Safaa Alwan",
            "He told the Iraqi News Agency (INA) that INA - Baghdad is open.",
            "Foreign presence",
            "ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام",
            "Last paragraph.",
            "Translated by Emad Atta",
        ]
    )
    assert (story.location, story.author, story.photographers, story.translator) == (
        "Baghdad",
        "Amna Al-Salami",
        ["Safaa Alwan"],
        "Emad Atta",
    )
    assert story.paragraphs == [
        "He told the Iraqi News Agency (INA) that INA - Baghdad is open.",
        "Foreign presence",
        "Last paragraph.",
    ]


def test_a_byline_below_the_first_lines_is_story_text():
    paragraphs = ["First paragraph of the story.", "Basra - INA"]
    story = split_story(paragraphs)
    assert story.location is None
    assert story.paragraphs == paragraphs


def test_a_first_line_repeating_the_title_is_dropped():
    story = split_story(["Oil exports rise", "Baghdad - INA", "Text."], title="Oil exports rise")
    assert story.paragraphs == ["Text."] and story.location == "Baghdad"


def split_story(paragraphs: list[str], title: str | None = None):
    """The story split as the parser splits a story block's lines."""
    return split_lines([Line(text) for text in paragraphs], title)
