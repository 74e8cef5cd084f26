"""Arabic normalisation and light stemming, after Lucene's ArabicNormalizer and ArabicStemmer.

The normaliser removes diacritics and tatweel, folds alef variants to bare alef, alef maqsura
to yeh, teh marbuta to heh, Persian yeh/keheh to Arabic yeh/kaf and Arabic-Indic digits to ASCII.
The stemmer is "light10" (Larkey et al.): one prefix of ال وال بال كال فال لل و, then the common
suffixes, each with a length guard.

One change from Lucene, measured on the word pairs in :mod:`indexer.wordpairs`: a leading و is
ambiguous (the conjunction "and", or the first root letter of وزير, وزارة, وطن...). Light10
always strips it, so وزير and الوزير never meet. Here :func:`stem` keeps the و (the form a query
uses) and :func:`index_stems` yields both forms for the index, so a query for وزير finds both
"وزير" and "الوزير", and a query for بغداد still finds "وبغداد".
"""

from __future__ import annotations

import re

_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]"
)
_FOLD = str.maketrans(
    {
        "\u0622": "\u0627",  # آ
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0671": "\u0627",  # ٱ (wasla)
        "\u0649": "\u064a",  # ى → ي
        "\u06cc": "\u064a",  # Persian yeh ی → ي
        "\u06a9": "\u0643",  # keheh ک → ك
        "\u0629": "\u0647",  # ة → ه
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended (Persian) digits
    }
)

_ALEF_LAM = "\u0627\u0644"
_WAW = "\u0648"
# Lucene's order; the first prefix that fits is removed, and only one.
_PREFIXES = (
    _ALEF_LAM,  # ال
    _WAW + _ALEF_LAM,  # وال
    "\u0628" + _ALEF_LAM,  # بال
    "\u0643" + _ALEF_LAM,  # كال
    "\u0641" + _ALEF_LAM,  # فال
    "\u0644\u0644",  # لل
    _WAW,  # و
)
# Lucene's order; every suffix that fits is removed in turn. ة and ية are already ه and يه here.
_SUFFIXES = (
    "\u0647\u0627",  # ها
    "\u0627\u0646",  # ان
    "\u0627\u062a",  # ات
    "\u0648\u0646",  # ون
    "\u064a\u0646",  # ين
    "\u064a\u0647",  # يه
    "\u0647",  # ه
    "\u064a",  # ي
)


def normalize(word: str) -> str:
    """Arabic orthographic normalisation of one token (no stemming)."""
    return _DIACRITICS.sub("", word).translate(_FOLD)


def _strip_prefix(word: str, *, keep_waw: bool) -> str:
    """Remove the first light10 prefix that fits its length guard."""
    n = len(word)
    for prefix in _PREFIXES:
        if not word.startswith(prefix):
            continue
        if prefix == _WAW:
            if keep_waw or n < 4:  # the lone و needs three letters after it
                return word
        elif n < len(prefix) + 2:  # other prefixes leave at least two letters
            continue
        return word[len(prefix) :]
    return word


def _strip_suffixes(word: str) -> str:
    """Remove each light10 suffix in turn while at least two letters remain."""
    for suffix in _SUFFIXES:
        if len(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def light10(word: str) -> str:
    """Lucene's ArabicStemmer on a normalised word, unchanged (strips a leading و)."""
    return _strip_suffixes(_strip_prefix(word, keep_waw=False))


def stem(word: str) -> str:
    """The stem a query uses: light10, but a leading lone و is kept."""
    return _strip_suffixes(_strip_prefix(word, keep_waw=True))


def index_stems(word: str) -> tuple[str, ...]:
    """The stems indexed for a normalised word: :func:`stem`, plus light10's when it differs."""
    kept = stem(word)
    stripped = light10(word)
    return (kept,) if kept == stripped else (kept, stripped)
