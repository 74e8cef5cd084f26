"""Word pairs an Arabic/English analyzer must (and must not) conflate, with a scorer.

The list is the measurement behind the choice of stemmer (see ``bench/arabic_stemmers.py``) and
the morphology tests: a query for the first word must find the second when they belong together
(plural, article, clitic, spelling variant) and must not when they are different words.
"""

from __future__ import annotations

from collections.abc import Callable

MUST_MATCH: tuple[tuple[str, str], ...] = (
    ("محطة", "محطات"),
    ("الاسكان", "الإسكان"),
    ("بغداد", "بغداد"),
    ("بغداد", "وبغداد"),
    ("العراق", "والعراق"),
    ("العراق", "بالعراق"),
    ("العراق", "للعراق"),
    ("عراق", "العراق"),
    ("وزير", "الوزير"),
    ("وزارة", "الوزارة"),
    ("وزارة", "وزارات"),
    ("حكومة", "الحكومة"),
    ("محافظة", "محافظات"),
    ("مسؤول", "مسؤولون"),
    ("مسؤول", "المسؤولين"),
    ("مشروع", "المشروع"),
    ("انتخابات", "الانتخابات"),
    ("مواطن", "المواطنين"),
    ("مستشفى", "مستشفي"),
    ("أمن", "امن"),
    ("إعلان", "اعلان"),
    ("رئيس", "الرئيس"),
    ("رئيس", "ورئيس"),
    ("الجمهورية", "جمهورية"),
    ("مجلس", "والمجلس"),
    ("النفط", "نفط"),
    ("سيارة", "سيارات"),
    ("قوة", "قوات"),
    ("معلم", "معلمون"),
    ("كتاب", "كتابها"),
    ("جامعة", "الجامعة"),
    ("صحة", "الصحة"),
    ("عَمَلِيَّة", "عملية"),
    ("مـــدينة", "مدينة"),
    ("٢٠٢٠", "2020"),
    ("forces", "force"),
    ("elections", "election"),
    ("ministry", "ministries"),
    ("Café", "cafe"),
    ("Baghdad", "baghdad"),
)

MUST_NOT_MATCH: tuple[tuple[str, str], ...] = (
    ("وزير", "وزارة"),
    ("بغداد", "غداد"),
    ("كتاب", "مكتب"),
    ("علم", "عالم"),
    ("عمل", "عامل"),
    ("سلام", "إسلام"),
    ("وطن", "طن"),
    ("ولد", "لد"),
    ("نفط", "نفوط"),
    ("قائد", "قاعدة"),
    ("ملك", "مالك"),
    ("news", "new"),
    ("army", "arm"),
)

# Known limits of a light stemmer, measured but not asserted: broken plurals, the ل clitic
# before a word without the article, and ة-stripping that meets a shorter word.
KNOWN_LIMITS_MATCH: tuple[tuple[str, str], ...] = (
    ("بغداد", "لبغداد"),
    ("مدرسة", "المدارس"),
    ("قرار", "قرارات"),
)
KNOWN_LIMITS_APART: tuple[tuple[str, str], ...] = (("مدرسة", "مدرس"),)


def score(
    index_terms: Callable[[str], set[str]],
    query_terms: Callable[[str], set[str]],
    must_match: tuple[tuple[str, str], ...] = MUST_MATCH,
    must_not_match: tuple[tuple[str, str], ...] = MUST_NOT_MATCH,
) -> dict[str, object]:
    """How many pairs an analyzer gets right: a pair matches when the query word's terms meet
    the indexed word's terms (checked both ways round)."""

    def meets(a: str, b: str) -> bool:
        return bool(query_terms(a) & index_terms(b)) or bool(query_terms(b) & index_terms(a))

    missed = [pair for pair in must_match if not meets(*pair)]
    conflated = [pair for pair in must_not_match if meets(*pair)]
    return {
        "must_match": len(must_match),
        "matched": len(must_match) - len(missed),
        "must_not_match": len(must_not_match),
        "kept_apart": len(must_not_match) - len(conflated),
        "missed": missed,
        "conflated": conflated,
    }
