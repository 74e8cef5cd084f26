"""Turkish and Turkmen (Latin script) case folding and the apostrophe suffixes of proper nouns.

INA's Turkmen section is written in the Turkish alphabet (Iraqi Turkmen adopted it in 1997:
https://en.wikipedia.org/wiki/Languages_of_Iraq; Turkmenistan's own alphabet pairs I with i),
where the dotted and dotless i are two letters: İ/i and I/ı. Python's ``str.lower()`` knows
neither rule (``"İ".lower()`` is ``"i̇"``, i with a combining dot, and ``"I".lower()`` is ``"i"``
even in Turkish text). A token does not say its language, so the fold is one that is right for
every language the archive holds: İ, I, ı and i all become ``i``. Then ``İSTANBUL``,
``ISTANBUL`` (typed without the Turkish key, as all-caps headlines often are), ``istanbul`` and
``İstanbul`` meet, ``DİYARBAKIR`` meets ``Diyarbakır``, and English ``I``→``i`` is unchanged. The
cost is that ı and i are not told apart (``kır``/``kir``), the same trade the archive already
makes for ş/s, ç/c, ğ/g, ö/o and ü/u when it folds accents for plain-keyboard queries.

Turkish spelling separates a case suffix from a proper noun with an apostrophe (Bağdat'ta,
Irak'ın, Kerkük'ten). :func:`strip_suffix` removes such a suffix when it is one of the case
endings below, so a search for Bağdat finds Bağdat'ta. Suffixes of one vowel (Irak'a) are left
alone: they would also cut English and transliterated names (Sana'a, Shi'a).
"""

from __future__ import annotations

_DOTS = str.maketrans({"\u0130": "i", "I": "i", "\u0131": "i"})  # İ, I, ı → i
_APOSTROPHES = ("'", "\u2019")
# Case and possessive endings after a proper noun, as they stand after accent folding
# (ı→i, ü→u, ö→o): genitive, accusative with a buffer letter, dative with y, locative,
# ablative, instrumental, the -ki of "the one in", and the plural.
CASE_SUFFIXES = frozenset(
    """
    in un nin nun yi yu ni nu ya ye na ne
    da de ta te nda nde dan den tan ten ndan nden
    la le yla yle ile daki deki taki teki ndaki ndeki
    lar ler lari leri larin lerin
    """.split()
)
_MIN_BASE = 2


def fold_case(token: str) -> str:
    """Lower case that is right for Turkish, Turkmen and English alike (İ, I, ı → i)."""
    return token.translate(_DOTS).lower()


def strip_suffix(form: str) -> str:
    """A folded token without a Turkish case suffix after an apostrophe (bagdat'ta → bagdat)."""
    for mark in _APOSTROPHES:
        base, found, suffix = form.rpartition(mark)
        if found and suffix in CASE_SUFFIXES and len(base) >= _MIN_BASE:
            return base
    return form
