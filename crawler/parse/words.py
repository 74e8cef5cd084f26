"""The words INA's four sections write around a story: month and weekday names, relative days,
clock words, credit and byline labels, in English, Arabic, Kurdish (Sorani) and Turkmen.

Data, not code: the regular expressions in ``dates``, ``bylines`` and ``linekinds`` are built from
these tables. Dates are matched on folded text (see :func:`fold`), so the date words are written
here in their ordinary spelling and folded once, when the patterns are built.

Where the forms come from: Kurdish media in Iraq write Gregorian dates with the Syriac-derived
month names in Kurdish spelling ("12ـی شوباتی 2026", "25ـی کانوونی یەکەمی 2025") and sometimes
dates of the Kurdish solar calendar (Xakelêwe = the month from Nowruz, years counted from 700 or
612 BC: "٢٧ ڕێبەندانی ٢٦٣٠"); Turkmen pages use Turkish (Latin-script) month names.
"""

from __future__ import annotations

# Arabic-Indic and Persian (Eastern Arabic, as Kurdish writes them) digits.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Letter forms folded for matching dates: alef forms, Persian/Kurdish kaf, yeh and heh to their
# Arabic forms, Kurdish ڕ ڵ to ر ل, Turkish letters to ASCII (each a one-character swap), the
# Arabic comma to ",", the tatweel ("12ـی") and ZWNJ dropped.
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ک": "ك",
        "ی": "ي",
        "ى": "ي",
        "ە": "ه",
        "ڕ": "ر",
        "ڵ": "ل",
        "،": ",",
        "\u0640": None,
        "\u200c": None,
        "ı": "i",
        "İ": "I",
        "ş": "s",
        "Ş": "S",
        "ğ": "g",
        "Ğ": "G",
        "ç": "c",
        "Ç": "C",
        "ö": "o",
        "Ö": "O",
        "ü": "u",
        "Ü": "U",
    }
)


_FOLD.update(_DIGITS)
# The table as (character, replacement) pairs. No character of a replacement is folded itself,
# so replacing them one after another gives what one translate() gives; str.translate looks up
# every character of the text in the table, and most lines hold none of these characters.
_FOLD_PAIRS = tuple(
    (chr(key), "" if value is None else chr(value) if isinstance(value, int) else value)
    for key, value in _FOLD.items()
)


def fold(text: str) -> str:
    """Text as the date patterns read it: ASCII digits and the letter forms above folded."""
    if text.isascii():
        return text  # no ASCII character is folded
    for char, replacement in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    return text


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

# The agency in a dateline: INA in Latin script (also on the Kurdish and Turkmen pages), واع.
AGENCY = ("INA", "İNA", "I.N.A.", "I.N.A", "واع")
# Labels of credit and byline lines. A Latin or Arabic label may be followed by the names
# directly ("Photo by X", "تصوير كرم"); a Kurdish or Turkish one needs ":" "/" or a dash after
# it, as the same words also start sentences ("وێنەکان ..." = "the pictures ...").
PHOTO_LABELS = ("photo", "photos", "photography", "photographer", "picture", "pictures")
PHOTO_LABELS_ARABIC = ("تصوير", "عدسة")
PHOTO_LABELS_WITH_COLON = (
    "وێنە",
    "وێنەی",
    "وێنەکان",
    "وێنەگر",
    "وێنەگرتن",
    "فۆتۆ",
    "کامێرا",
    "foto",
    "fotoğraf",
    "fotoğraflar",
    "fotoğrafçı",
    "görüntü",
)
TRANSLATOR_LABELS = ("translated by", "translation by", "translation", "translator")
TRANSLATOR_LABELS_ARABIC = ("ترجمة", "ترجمه")
TRANSLATOR_LABELS_WITH_COLON = (
    "وەرگێڕان",
    "وەرگێڕانی",
    "وەرگێڕ",
    "çeviri",
    "çeviren",
    "tercüme",
    "tercüme eden",
)
AUTHOR_LABELS = (
    "by",
    "written by",
    "reported by",
    "reporter",
    "author",
    "بقلم",
    "كتب",
    "كتبت",
    "المحرر",
    "إعداد",
    "اعداد",
    "نووسینی",
    "نووسەر",
    "ئامادەکردنی",
    "yazan",
    "hazırlayan",
    "muhabir",
)
# "and" between two names of one credit.
NAME_JOINERS = ("and", "و", "ve")
# Chrome lines: section labels, tags, related news, share and print, home in a breadcrumb.
CATEGORY_LABELS = ("category", "section", "filed under", "القسم", "التصنيف", "الفئة", "قسم")
CATEGORY_LABELS += ("بەش", "پۆل", "kategori", "bölüm")
TAG_LABELS = ("tags", "keywords", "topics", "الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم")
TAG_LABELS += ("وسوم", "كلمات دلالية", "تاگەکان", "تاگ", "وشە سەرەکییەکان")
TAG_LABELS += ("etiketler", "anahtar kelimeler")
RELATED_HEADINGS = (
    "هەواڵی پەیوەندیدار",
    "هەواڵە پەیوەندیدارەکان",
    "هەواڵی هاوشێوە",
    "ilgili haberler",
    "benzer haberler",
    "diğer haberler",
)
SHARE_WORDS = ("بڵاوکردنەوە", "هاوبەشکردن", "چاپکردن", "paylaş", "yazdır")
PRINT_WORDS = ("چاپکردن", "چاپ", "yazdır")
VIEWS_WORDS = ("بینین", "بینراو", "جار", "okunma", "kez okundu", "görüntülenme", "okundu")
# Home in a breadcrumb: the home page, or the section named by its language ("English" is one).
HOME_WORDS = ("سەرەکی", "پەڕەی سەرەکی", "سەرەتا", "پەڕەی سەرەتا", "دەستپێک", "ماڵەوە", "کوردی")
HOME_WORDS += ("ana sayfa", "anasayfa", "giriş", "başlangıç", "türkmence", "türkçe")
# Words that make a name an organisation, never an author.
ORGANISATION_WORDS = ("ئاژانس", "ئاژانسی", "ajans", "ajansı", "haber ajansı")
# Words of the agency's name in each language: a breadcrumb item holding one names the site.
AGENCY_NAME_WORDS = ("news agency", "وكالة الأنباء", "ئاژانسی هەواڵ", "haber ajansı")
# The agency's name in the section's language, as a page <title> adds it to the headline.
SITE_NAMES = ("ئاژانسی هەواڵی عێراقی", "ئاژانسی هەواڵنێری عێراقی", "Irak Haber Ajansı")
# Telegram promotions: "subscribe to our channel" in Kurdish and Turkish.
PROMOTION_VERBS = ("بەشداربە", "بەشداربن", "جوێن بکە", "abone", "katıl", "takip")
PROMOTION_TELEGRAM = ("تێلیگرام", "تلگرام", "تیلیگرام", "telegram")
# Error pages: "page not found" in Kurdish and Turkish.
# (Whole words only: a short release may say "error" in a sentence as well.)
NOT_FOUND = (
    "نەدۆزرایەوە",
    "بوونی نییە",
    "هەڵە",
    "ببورە",
    "سڕاوەتەوە",
    "bulunamadı",
    "hata",
    "üzgünüz",
    "mevcut değil",
    "kaldırıldı",
    "kaldırılmış",
    "silindi",
    "silinmiş",
)
