"""The date words of INA's four sections: month and weekday names, relative days, clock words
and the other words of a date line, in English, Arabic, Kurdish (Sorani) and Turkmen.

Data, not code: the patterns in ``dates`` are built from these tables, on folded text (see
:func:`crawler.parse.words.fold`), so the words are written here in their ordinary spelling.

Where the forms come from: Kurdish media in Iraq write Gregorian dates with the Syriac-derived
month names in Kurdish spelling ("12ـی شوباتی 2026", "25ـی کانوونی یەکەمی 2025") and sometimes
dates of the Kurdish solar calendar (Xakelêwe = the month from Nowruz, years counted from 700 or
612 BC: "٢٧ ڕێبەندانی ٢٦٣٠"); Turkmen pages use Turkish (Latin-script) month names.
"""

from __future__ import annotations


def _numbered(*months: tuple[str, ...]) -> dict[str, int]:
    """Month name -> number (1-12) from the names of each month in order."""
    return {name: number for number, names in enumerate(months, start=1) for name in names}


# English and Turkish (Turkmen) month names, Latin script, with their usual abbreviations.
LATIN_MONTHS = _numbered(
    ("january", "jan", "ocak"),
    ("february", "feb", "şubat"),
    ("march", "mar", "mart"),
    ("april", "apr", "nisan"),
    ("may", "mayıs"),
    ("june", "jun", "haziran"),
    ("july", "jul", "temmuz"),
    ("august", "aug", "ağustos"),
    ("september", "sep", "sept", "eylül"),
    ("october", "oct", "ekim"),
    ("november", "nov", "kasım"),
    ("december", "dec", "aralık"),
)
# Arabic: the Iraqi (Syriac-derived) names, then the Egyptian ones.
ARABIC_MONTHS = _numbered(
    ("كانون الثاني", "يناير"),
    ("شباط", "فبراير"),
    ("آذار", "مارس"),
    ("نيسان", "أبريل", "ابريل"),
    ("أيار", "مايو"),
    ("حزيران", "يونيو", "يونيه"),
    ("تموز", "يوليو", "يوليه"),
    ("آب", "أغسطس"),
    ("أيلول", "سبتمبر"),
    ("تشرين الأول", "أكتوبر"),
    ("تشرين الثاني", "نوفمبر"),
    ("كانون الأول", "ديسمبر"),
)
# Kurdish (Sorani): the same Syriac-derived Gregorian months in Kurdish spelling.
KURDISH_MONTHS = _numbered(
    ("کانوونی دووەم", "کانونی دووەم", "کانوونی دوەم", "کانونی دوەم"),
    ("شوبات", "شوباط"),
    ("ئازار", "ئادار"),
    ("نیسان",),
    ("ئایار", "مایس"),
    ("حوزەیران",),
    ("تەمموز", "تەممووز", "تەمووز"),
    ("ئاب",),
    ("ئەیلوول", "ئەیلول"),
    ("تشرینی یەکەم",),
    ("تشرینی دووەم", "تشرینی دوەم"),
    ("کانوونی یەکەم", "کانونی یەکەم"),
)
# The Kurdish solar calendar's months (1 = Xakelêwe, from Nowruz), with the variant names.
KURDISH_SOLAR_MONTHS = _numbered(
    ("خاکەلێوە", "نەورۆز"),
    ("گوڵان",),
    ("جۆزەردان", "زەردان"),
    ("پووشپەڕ", "پوشپەڕ"),
    ("گەلاوێژ",),
    ("خەرمانان",),
    ("ڕەزبەر", "بەران"),
    ("گەڵاڕێزان", "خەزەڵوەر", "گێزان"),
    ("سەرماوەز", "ساران"),
    ("بەفرانبار", "بەفران"),
    ("ڕێبەندان",),
    ("ڕەشەمە", "ڕەشەمێ"),
)
# Monday = 0, as datetime.weekday() counts.
WEEKDAYS = {
    0: ("monday", "mon", "الاثنين", "الإثنين", "دووشەممە", "pazartesi"),
    1: ("tuesday", "tue", "tues", "الثلاثاء", "سێشەممە", "salı"),
    2: ("wednesday", "wed", "الاربعاء", "الأربعاء", "چوارشەممە", "çarşamba"),
    3: ("thursday", "thu", "thur", "thurs", "الخميس", "پێنجشەممە", "perşembe"),
    4: ("friday", "fri", "الجمعة", "هەینی", "cuma"),
    5: ("saturday", "sat", "السبت", "شەممە", "cumartesi"),
    6: ("sunday", "sun", "الاحد", "الأحد", "یەکشەممە", "pazar"),
}
# DataLife Engine's relative dates in each language pack: days before the fetch day.
RELATIVE_DAYS = {
    "today": 0,
    "yesterday": 1,
    "اليوم": 0,
    "أمس": 1,
    "البارحة": 1,
    "ئەمڕۆ": 0,
    "دوێنێ": 1,
    "bugün": 0,
    "dün": 1,
}
# Words between a date and its time ("at 10:30", "الساعة", Kurdish "o'clock", Turkish "saat").
TIME_WORDS = ("at", "الساعة", "کاتژمێر", "سەعات", "ساعەت", "saat")
# 12-hour clock markers; a marker not listed as evening is a morning one.
MORNING = ("am", "a.m.", "ص", "صباحا", "صباحاً", "پ.ن", "پێش نیوەڕۆ", "بەیانی", "öö")
EVENING = ("pm", "p.m.", "م", "مساء", "مساءً", "د.ن", "دوای نیوەڕۆ", "ئێوارە", "شەو", "ös")
# Besides a date, a date line may say "published", "updated", "views", "reads" (any language).
DATE_LINE_WORDS = (
    "published",
    "posted",
    "updated",
    "last update",
    "date",
    "on",
    "at",
    "views",
    "view",
    "reads",
    "read",
    "visits",
    "visit",
    "hits",
    "am",
    "pm",
    "نشر",
    "نشرت",
    "نشر في",
    "بتاريخ",
    "تاريخ النشر",
    "آخر تحديث",
    "اخر تحديث",
    "الساعة",
    "مشاهدات",
    "المشاهدات",
    "مشاهدة",
    "قراءة",
    "القراءات",
    "قراءات",
    "زيارة",
    "زيارات",
    "عدد",
    "ص",
    "م",
    "بڵاوکراوەتەوە",
    "بڵاوکرایەوە",
    "بڵاوکردنەوە",
    "بەروار",
    "ڕێکەوت",
    "مێژوو",
    "ڕۆژ",
    "کات",
    "لە",
    "زایینی",
    "ز",
    "نوێکراوەتەوە",
    "نوێکردنەوە",
    "کاتژمێر",
    "سەعات",
    "بینین",
    "بینراو",
    "جار",
    "پ.ن",
    "د.ن",
    "yayınlanma",
    "yayın tarihi",
    "yayınlandı",
    "yayın",
    "eklenme",
    "eklendi",
    "tarihinde",
    "son güncelleme",
    "okunma sayısı",
    "tarih",
    "tarihi",
    "güncelleme",
    "güncellendi",
    "saat",
    "okunma",
    "görüntülenme",
    "kez",
    "öö",
    "ös",
)
