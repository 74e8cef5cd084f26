"""The words INA's four sections write around a story, besides dates (``datewords``): credit
and byline labels, the agency's names, chrome and error words, in English, Arabic, Kurdish
(Sorani) and Turkmen, and :func:`fold`, the spelling fold dates and lines are matched on.

Data, not code: the regular expressions in ``bylines``, ``linekinds``, ``headline`` and
``pagekind`` are built from these tables.
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
