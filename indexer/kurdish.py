"""Central Kurdish (Sorani) spelling in Arabic script: normalisation, Arabic-keyboard keys, stems.

The archive mixes Arabic and Kurdish text, and a token does not say which language it is in. A
word is taken to be Kurdish when, after normalisation, it holds one of the five letters Arabic
does not use: ە (vowel e), ڕ (trilled r), ڵ (velar l), ۆ (o), ێ (long e). Arabic words are never
changed by this module.

Normalisation (after Lucene's ``SoraniNormalizer``, fitted to a mixed archive):

- ه followed by a zero-width non-joiner is ە: that is how ە is typed on an Arabic keyboard in
  the middle of a word (به‌غدا). Other joiner controls (ZWNJ, ZWJ) are dropped.
- ھ (heh doachashmee, the joining h of Kurdish typesetting) is ه; ڒ is ڕ.
- A Kurdish word never starts with a plain r, so a word-initial ر in a Kurdish word is ڕ.
- Lucene also writes every word-final ه as ە; here that would change Arabic words (the pronoun
  suffix, ة), so it is not done: the Arabic-keyboard key below covers those spellings.
- ک/ك, ی/ي/ى, ة, tatweel and diacritics are already folded by :mod:`indexer.arabic`.

The five Kurdish letters distinguish words (کەر donkey / کەڕ deaf, گول / گوڵ flower, شیر milk /
شێر lion, مال / ماڵ home), so a word typed with them matches only words spelled with them. A word
typed without any of them may have come from an Arabic keyboard, which has none of these letters:
each Kurdish word is therefore also indexed under its Arabic-keyboard key
(:func:`arabic_keyboard`), where ە→ه, ڕ→ر, ڵ→ل, ۆ→و, ێ→ي, and the Persian letters پ چ ژ گ ڤ fall
back to ب ج ز ك ف. A query typed on an Arabic keyboard finds both کەر and کەڕ (it cannot say
which it means); a query typed on a Kurdish keyboard finds exactly what it spells.

Sources: Lucene's SoraniNormalizer (https://lucene.apache.org/core/8_6_0/analyzers-common/org/
apache/lucene/analysis/ckb/SoraniNormalizer.html) for the spelling variants; the Kurdish
Academy (https://kurdishacademy.org/?p=2556) on the trilled R and velar L telling homonyms apart.
The measurement: ``python -m bench.kurdish_turkmen_stemmers`` over :mod:`indexer.wordpairs_ku_tk`.
"""

from __future__ import annotations

import re

ZWNJ = "\u200c"
_HEH = "\u0647"
_AE = "\u06d5"  # ە
_REH = "\u0631"
_RREH = "\u0695"  # ڕ
_KURDISH_RE = re.compile("[\u06d5\u0695\u06b5\u06c6\u06ce]")  # ە ڕ ڵ ۆ ێ
_SPELLING = str.maketrans(
    {
        "\u06be": _HEH,  # ھ → ه
        "\u0692": _RREH,  # ڒ → ڕ
        ZWNJ: None,
        "\u200d": None,  # zero-width joiner
    }
)
_ARABIC_KEYBOARD = str.maketrans(
    {
        _AE: _HEH,  # ە → ه
        _RREH: _REH,  # ڕ → ر
        "\u06b5": "\u0644",  # ڵ → ل
        "\u06c6": "\u0648",  # ۆ → و
        "\u06ce": "\u064a",  # ێ → ي
        "\u06a4": "\u0641",  # ڤ → ف
        "\u067e": "\u0628",  # پ → ب
        "\u0686": "\u062c",  # چ → ج
        "\u0698": "\u0632",  # ژ → ز
        "\u06af": "\u0643",  # گ → ك
    }
)

# Light Sorani suffixes, longest first; the first that fits is removed, once: definite -eke and
# -ekan (plain -ke/-kan after a vowel), indefinite -êk and -yek (with ezafe -î), plural -an, ezafe
# -î. Then a final ە (the demonstrative -e, or the -e of a stem such as پرۆژە before -ke) goes, so
# پرۆژە and پرۆژەکە, کۆبوونەوە and کۆبوونەوەیەک meet. Each step keeps at least three letters.
_SUFFIXES = (
    "\u06d5\u06a9\u0627\u0646\u06cc",  # ەکانی
    "\u06d5\u06a9\u0627\u0646",  # ەکان
    "\u06a9\u0627\u0646\u06cc",  # کانی
    "\u06a9\u0627\u0646",  # کان
    "\u06cc\u06d5\u06a9\u06cc",  # یەکی
    "\u06cc\u06d5\u06a9",  # یەک
    "\u06ce\u06a9\u06cc",  # ێکی
    "\u06ce\u06a9",  # ێک
    "\u06d5\u06a9\u06d5",  # ەکە
    "\u06a9\u06d5",  # کە
    "\u0627\u0646\u06cc",  # انی
    "\u0627\u0646",  # ان
    "\u06cc",  # ی
)
# The suffixes as they stand after :mod:`indexer.arabic` folded ک→ك and ی→ي.
_FOLDED_SUFFIXES = tuple(
    s.replace("\u06a9", "\u0643").replace("\u06cc", "\u064a") for s in _SUFFIXES
)
_MIN_STEM = 3


def is_kurdish(word: str) -> bool:
    """Whether a normalised word holds a letter only Kurdish uses (ە ڕ ڵ ۆ ێ)."""
    return _KURDISH_RE.search(word) is not None


def normalize(word: str) -> str:
    """Kurdish spelling variants of a token already normalised by :func:`indexer.arabic.normalize`."""
    if ZWNJ in word:
        word = word.replace(_HEH + ZWNJ, _AE)
    word = word.translate(_SPELLING)
    if word.startswith(_REH) and is_kurdish(word):
        word = _RREH + word[1:]
    return word


def arabic_keyboard(word: str) -> str:
    """The word as an Arabic keyboard would spell it (no Kurdish or Persian letters)."""
    return word.translate(_ARABIC_KEYBOARD)


def stem(word: str) -> str:
    """A light Sorani stem of a normalised Kurdish word: one inflectional suffix, then a final ە."""
    for suffix in _FOLDED_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            word = word[: -len(suffix)]
            break
    if word.endswith(_AE) and len(word) > _MIN_STEM:
        word = word[:-1]
    return word
