"""Kurdish (Sorani) and Turkmen/Turkish word pairs the analyzer must (and must not) conflate.

The measurement behind :mod:`indexer.kurdish` and :mod:`indexer.turkic` (scored with
:func:`indexer.wordpairs.score`; see ``bench/kurdish_turkmen_stemmers.py``). Spelling pairs say
that a query typed on an Arabic keyboard, with old joiner-based typing or in capitals finds the
word; inflection pairs say whether a light suffix stemmer earns its place; the apart pairs are
different words that a careless fold or stemmer would merge.
"""

from __future__ import annotations

# Kurdish spelling: Arabic keyboard (no ە ڕ ڵ ۆ ێ پ گ), ZWNJ typing, ھ, word-initial ر, tatweel.
KURDISH_SPELLING: tuple[tuple[str, str], ...] = (
    ("بهغدا", "بەغدا"),
    ("به\u200cغدا", "بەغدا"),
    ("ههولير", "هەولێر"),
    ("ھەولێر", "هەولێر"),
    ("كوردستان", "کوردستان"),
    ("سليماني", "سلێمانی"),
    ("حكومهت", "حکومەت"),
    ("عيراق", "عێراق"),
    ("كهركووك", "کەرکووک"),
    ("رۆژ", "ڕۆژ"),
    ("ريكا", "ڕێگا"),
    ("باريزكا", "پارێزگا"),
    ("پەرلەمـان", "پەرلەمان"),
    ("بو", "بۆ"),
)
# Kurdish inflection: definite -eke/-ekan, plural -an, ezafe -î, indefinite -êk/-yek.
KURDISH_INFLECTION: tuple[tuple[str, str], ...] = (
    ("پارێزگا", "پارێزگاکان"),
    ("پارێزگا", "پارێزگای"),
    ("پارێزگا", "پارێزگاکانی"),
    ("وەزیر", "وەزیرەکە"),
    ("وەزیر", "وەزیرەکان"),
    ("هێز", "هێزەکان"),
    ("حکومەت", "حکومەتی"),
    ("پرۆژە", "پرۆژەکە"),
    ("هەڵبژاردن", "هەڵبژاردنەکان"),
    ("کۆبوونەوە", "کۆبوونەوەیەک"),
    ("ئەندام", "ئەندامانی"),
    ("باريزكا", "پارێزگاکان"),
)
# Different words: the Kurdish letters tell them apart, and so must the analyzer when both are
# typed with them; inflection must not reach a different word.
KURDISH_APART: tuple[tuple[str, str], ...] = (
    ("کەر", "کەڕ"),  # donkey / deaf
    ("شەر", "شەڕ"),  # evil / war
    ("وەزیر", "وەزارەت"),  # minister / ministry
    ("کار", "کارەبا"),  # work / electricity
    ("بەغدا", "بەغدادی"),  # Baghdad / the Baghdadi (a name)
)
# Words told apart by a Kurdish letter where the other word has none: a query typed with the
# Kurdish letter (first) must not find the other word; the other way round the query cannot be
# told from Arabic-keyboard typing and finds both (see KNOWN_LIMITS_APART).
KURDISH_ONE_WAY: tuple[tuple[str, str], ...] = (
    ("ماڵ", "مال"),  # home / property
    ("شێر", "شیر"),  # lion / milk
    ("کۆڕ", "کور"),  # gathering / boy
    ("گوڵ", "گول"),  # flower / goal
)

TURKISH_SPELLING: tuple[tuple[str, str], ...] = (
    ("İSTANBUL", "İstanbul"),
    ("ISTANBUL", "İstanbul"),
    ("istanbul", "İstanbul"),
    ("DİYARBAKIR", "Diyarbakır"),
    ("ILIK", "ılık"),
    ("IRAK", "Irak"),
    ("KERKÜK", "Kerkük"),
    ("Kerkuk", "Kerkük"),
    ("Bagdat", "Bağdat"),
    ("ŞEHİR", "şehir"),
    ("TÜRKMENELİ", "Türkmeneli"),
)
# Turkish case suffixes: after an apostrophe on proper nouns, bare on common nouns.
TURKISH_INFLECTION: tuple[tuple[str, str], ...] = (
    ("Bağdat", "Bağdat'ta"),
    ("Irak", "Irak'ın"),
    ("Kerkük", "Kerkük'te"),
    ("Türkiye", "Türkiye'nin"),
    ("Erbil", "Erbil'den"),
    ("Musul", "Musul'da"),
    ("Irak", "Irak\u2019ta"),
)
# Bare suffixes on common nouns: only a Turkish stemmer reaches these, and one cannot run without
# knowing a word's language (Snowball turkish on every Latin word breaks English: see the bench).
TURKISH_BARE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("seçim", "seçimler"),
    ("bakan", "bakanı"),
    ("Türkmen", "Türkmenler"),
    ("hükümet", "hükümetin"),
)
TURKISH_APART: tuple[tuple[str, str], ...] = (
    ("bakan", "bakanlık"),  # minister / ministry
    ("Türk", "Türkmen"),
    ("şehir", "şehit"),  # city / martyr
    ("Irak", "Ira"),
    ("Sana'a", "Sana"),  # English text: apostrophes that are not Turkish suffixes
    ("don't", "don"),
    ("O'Brien", "Brien"),
)
# Measured, not asserted: what the chosen folds give up or cannot reach.
KNOWN_LIMITS_MATCH: tuple[tuple[str, str], ...] = (
    ("Irak", "Irak'a"),  # one-vowel suffixes are left alone (Sana'a, Shi'a)
    *TURKISH_BARE_SUFFIXES,
    ("کوردستان", "کوردستانی"),  # no Kurdish-only letter: read as Arabic
)
KNOWN_LIMITS_APART: tuple[tuple[str, str], ...] = (
    ("kır", "kir"),  # countryside / dirt: ı and i are folded together
    ("كهر", "کەڕ"),  # an Arabic-keyboard query cannot say which of کەر/کەڕ it means
    *((b, a) for a, b in KURDISH_ONE_WAY),  # nor can a query spelled without a Kurdish letter
)

MUST_MATCH = KURDISH_SPELLING + KURDISH_INFLECTION + TURKISH_SPELLING + TURKISH_INFLECTION
MUST_NOT_MATCH = KURDISH_APART + TURKISH_APART
