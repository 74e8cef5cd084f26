"""Kurdish (Sorani) and Turkmen pages: bylines, credits, dates and language, line by line and as
whole pages. The lines are written for these tests (invented names), in the forms issue 16 and
INA-SITE.md list."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parse import NotARelease, parse_release
from crawler.parse.bylines import parse_dateline, parse_photo_credit, parse_translator
from crawler.parse.dates import BAGHDAD, looks_like_date_line, parse_date_text
from crawler.parse.language import script_language
from crawler.parse.linekinds import Line, classify

FETCHED = datetime(2024, 5, 11, 12, 0, tzinfo=BAGHDAD)


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BAGHDAD)


@pytest.mark.parametrize(
    ("line", "place", "author"),
    [
        ("بەغدا-INA", "بەغدا", None),
        ("هەولێر - INA - ئاسۆ کەریم", "هەولێر", "ئاسۆ کەریم"),
        ("سلێمانی – INA – شیلان ڕەشید", "سلێمانی", "شیلان ڕەشید"),
        ("INA - کەرکووک", "کەرکووک", None),
        ("Bağdat -INA", "Bağdat", None),
        ("Bağdat – INA – Ayşe Yılmaz", "Bağdat", "Ayşe Yılmaz"),
        ("Kerkük-İNA- Mehmet Demir", "Kerkük", "Mehmet Demir"),
    ],
)
def test_kurdish_and_turkmen_datelines(line, place, author):
    dateline = parse_dateline(line)
    assert dateline is not None
    assert (dateline.place, dateline.author, dateline.rest) == (place, author, None)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("وێنە: ئاسۆ وریا", ["ئاسۆ وریا"]),
        ("فۆتۆ: کاروان ئەحمەد و هێمن عومەر", ["کاروان ئەحمەد", "هێمن عومەر"]),
        ("وێنەگر / سۆران عەلی/", ["سۆران عەلی"]),
        ("Fotoğraf: Ali Veli ve Ahmet Kaya", ["Ali Veli", "Ahmet Kaya"]),
        ("Foto: Mehmet Demir", ["Mehmet Demir"]),
        ("FOTOĞRAF - Zeynep Kaya", ["Zeynep Kaya"]),
    ],
)
def test_photo_credits(line, names):
    assert parse_photo_credit(line) == names
    assert classify(Line(line), None) == "photo"


@pytest.mark.parametrize(
    "line",
    [
        "وێنەکان پیشان دەدەن کە کارەکە بەردەوامە",  # "the pictures show ...": a sentence
        "Fotoğraflar sergide gösterildi",  # "the photos were shown ...": no separator
    ],
)
def test_a_sentence_starting_with_a_credit_word_is_not_a_credit(line):
    assert parse_photo_credit(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("وەرگێڕان: شیلان ڕەشید", "شیلان ڕەشید"),
        ("Çeviri: Zeynep Kaya", "Zeynep Kaya"),
        ("Çeviren - Zeynep Kaya", "Zeynep Kaya"),
    ],
)
def test_translator_credits(line, name):
    assert parse_translator(line) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12ـی شوباتی 2026", at(2026, 2, 12)),
        ("٥ی ئازاری ٢٠٢٤ - ١٠:٣٠", at(2024, 3, 5, 10, 30)),
        ("5ی ئاداری 2024", at(2024, 3, 5)),
        ("25ـی کانوونی یەکەمی 2025، کاتژمێر 10:30", at(2025, 12, 25, 10, 30)),
        ("۳ی تشرینی دووەمی ۲۰۲۳ ۰۹:۱۵", at(2023, 11, 3, 9, 15)),
        ("پێنجشەممە 14ی تەممووزی 2022 - 09:40 د.ن", at(2022, 7, 14, 21, 40)),
        ("1ی خاکەلێوەی 2724", at(2024, 3, 20)),  # Nowruz of 2724 (from 700 BC)
        ("1ی خاکەلێوەی 2636", at(2024, 3, 20)),  # the same day, years from 612 BC
        ("10ی گوڵانی 2024", at(2024, 4, 29)),  # a Gregorian year: the day in that year
        ("5/ئازار/2024 10:30", at(2024, 3, 5, 10, 30)),
        ("ڕێکەوتی 12ـی شوباتی 2026ز", at(2026, 2, 12)),
        ("ڕۆژی 5ی مانگی ئازاری 2024 کاتژمێر 10:30", at(2024, 3, 5, 10, 30)),
        ("5 Mart 2024, 10:30", at(2024, 3, 5, 10, 30)),
        ("05 KASIM 2023 Pazar 09:15", at(2023, 11, 5, 9, 15)),
        ("3 Ağustos 2022 - 09:40 ÖS", at(2022, 8, 3, 21, 40)),
        ("Salı, 5 Mart 2024 | 09:40", at(2024, 3, 5, 9, 40)),
        ("14 Şubat 2023 Saat 08:05", at(2023, 2, 14, 8, 5)),
        ("Bugün, 13:12", at(2024, 5, 11, 13, 12)),
        ("Dün, 13:12", at(2024, 5, 10, 13, 12)),
        ("ئەمڕۆ, 13:12", at(2024, 5, 11, 13, 12)),
        ("دوێنێ، ١٣:١٢", at(2024, 5, 10, 13, 12)),
    ],
)
def test_kurdish_and_turkish_dates(text, expected):
    assert parse_date_text(text, FETCHED) == expected
    assert looks_like_date_line(text)


@pytest.mark.parametrize("text", ["32ی شوباتی 2024", "5ی ئازاری 2724", "Bugün", "ئەمڕۆ"])
def test_impossible_or_incomplete_dates_give_none(text):
    assert parse_date_text(text, FETCHED) is None


def test_relative_dates_need_the_fetch_time():
    assert parse_date_text("ئەمڕۆ, 13:12") is None and parse_date_text("Bugün, 13:12") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("سەرۆک وەزیران پێشوازی لە شاندێکی ئابووری کرد", "ku"),
        ("رئيس الوزراء يستقبل وفدا اقتصاديا", "ar"),
        ("Başbakan bugün bir ekonomi heyetini kabul etti", "tk"),
        ("The Prime Minister received Erdoğan's envoy in Baghdad today", "en"),
    ],
)
def test_script_language(text, language):
    assert script_language(text) == language


_PAGE = """<!DOCTYPE html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">
<title>{title} - INA</title></head><body>
<nav class="breadcrumb"><a href="/{root}/">{home}</a> » <a href="/{root}/iraq/">{category}</a></nav>
<article><h1>{title}</h1><div class="meta">{date}</div>
<div class="news-text"><p>{byline}</p><p>{credit}</p>{paragraphs}<p>{translator}</p></div>
</article><aside class="latest"><h3>Latest</h3><ul><li><a href="/{root}/9-x.html">x</a>
<span>01-01-2025, 10:00</span></li></ul></aside></body></html>"""


def _page(**fields: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in fields.pop("body"))
    return _PAGE.format(paragraphs=paragraphs, **fields).encode()


def test_a_kurdish_page_parses_with_every_field():
    body = [
        "سەرۆک وەزیران ئەمڕۆ پێشوازی لە شاندێکی ئابووری کرد و باس لە پەرەپێدانی پەیوەندییەکان کرا.",
        "لە دیدارەکەدا هەردوولا جەختیان لە بەهێزکردنی هاوکاری ئابووری کردەوە.",
    ]
    page = _page(
        lang="ckb", dir="rtl", root="kurd", home="سەرەکی", category="هەواڵی ناوخۆ",
        title="سەرۆک وەزیران پێشوازی لە شاندێکی ئابووری کرد",
        date="پێنجشەممە 14ی تەممووزی 2022 - 09:40", byline="هەولێر - INA - ئاسۆ کەریم",
        credit="وێنە: کاروان ئەحمەد", body=body, translator="وەرگێڕان: شیلان ڕەشید",
    )  # fmt: skip
    release = parse_release(page, "https://ina.iq/kurd/4567--.html", fetched_at=FETCHED)
    assert (release.language, release.release_id) == ("ku", 4567)
    assert release.date == at(2022, 7, 14, 9, 40)
    assert (release.location, release.author) == ("هەولێر", "ئاسۆ کەریم")
    assert (release.photographer, release.translator) == ("کاروان ئەحمەد", "شیلان ڕەشید")
    assert release.category == "هەواڵی ناوخۆ"
    assert release.body == "\n\n".join(body)


def test_a_turkmen_page_parses_with_every_field():
    body = [
        "Başbakan bugün Bağdat'ta bir ekonomi heyetini kabul etti ve iki ülke ilişkilerini ele aldı.",
        "Görüşmede taraflar ekonomik işbirliğinin güçlendirilmesi gerektiğini vurguladı.",
    ]
    page = _page(
        lang="tr", dir="ltr", root="turkmen", home="Ana Sayfa", category="Irak",
        title="Başbakan ekonomi heyetini kabul etti", date="Dün, 13:12",
        byline="Bağdat – INA – Ayşe Yılmaz", credit="Fotoğraf: Ali Veli ve Ahmet Kaya",
        body=body, translator="Çeviri: Zeynep Kaya",
    )  # fmt: skip
    release = parse_release(page, "https://ina.iq/turkmen/789--.html", fetched_at=FETCHED)
    assert (release.language, release.release_id) == ("tk", 789)
    assert release.date == at(2024, 5, 10, 13, 12)
    assert (release.location, release.author) == ("Bağdat", "Ayşe Yılmaz")
    assert (release.photographer, release.translator) == ("Ali Veli, Ahmet Kaya", "Zeynep Kaya")
    assert release.category == "Irak"
    assert release.body == "\n\n".join(body)


def test_a_kurdish_page_under_the_root_section_is_kurdish():
    page = _page(
        lang="", dir="rtl", root="", home="سەرەکی", category="ئابووری",
        title="بازرگانی نێوان هەردوو وڵات زیادی کرد", date="12ـی شوباتی 2026",
        byline="بەغدا-INA", credit="", body=["بازرگانی نێوان هەردوو وڵات لە ساڵی ڕابردوودا زیادی کرد."],
        translator="",
    )  # fmt: skip
    release = parse_release(page, "https://ina.iq/2345--.html")
    assert (release.language, release.location, release.date) == ("ku", "بەغدا", at(2026, 2, 12))


@pytest.mark.parametrize(
    ("message", "url"),
    [
        ("ببورە، ئەو پەڕەیەی داوات کردووە نەدۆزرایەوە.", "https://ina.iq/kurd/99999--.html"),
        ("Üzgünüz, aradığınız sayfa bulunamadı.", "https://ina.iq/turkmen/99999--.html"),
    ],
)
def test_kurdish_and_turkmen_error_pages_are_not_releases(message, url):
    page = f"<html><head><title>INA</title></head><body><div class='berrors'><b>{message}</b>"
    page += "</div></body></html>"
    with pytest.raises(NotARelease, match="error page"):
        parse_release(page.encode(), url)


def test_a_table_layout_headline_in_plain_bold_opens_the_article_zone():
    """An old table layout sets the headline in <font><b> with no heading tag or class: the
    element repeating the page title is the headline, so the photo row under it is the
    article's, and the mail icon is not a picture."""
    title = "Başbakan ekonomi heyetini kabul etti"
    body = "".join(
        f"<p>{text}</p>"
        for text in (
            "Başbakan bugün Bağdat'ta bir ekonomi heyetini kabul etti ve ilişkileri ele aldı.",
            "Görüşmede taraflar ekonomik işbirliğinin güçlendirilmesi gerektiğini vurguladı.",
        )
    )
    page = f"""<html><head><meta charset="utf-8"><title>{title} - INA</title></head><body>
<table><tr><td><font size="4"><b>{title}</b></font></td></tr>
<tr><td>5 Mart 2024 - 10:30 <img src="/images/email.gif" alt=""></td></tr>
<tr><td><img src="/turkmen/uploads/posts/2024-03/a.jpg" width="400"></td></tr>
<tr><td>{body}</td></tr></table></body></html>"""
    release = parse_release(page.encode(), "https://ina.iq/turkmen/4567--.html")
    assert release.title == title and release.date == at(2024, 3, 5, 10, 30)
    assert [image.url for image in release.images] == [
        "https://ina.iq/turkmen/uploads/posts/2024-03/a.jpg"
    ]
