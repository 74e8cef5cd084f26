"""The indexed forms a word of a name matches in a name field (author, photographer, translator).

Names match as names: the word's exact normalised form, never its stem. For Kurdish names that
form is not enough, because an Arabic keyboard cannot type ە ڕ ڵ ۆ ێ: ``ئاسو`` typed for ئاسۆ
would find nothing. So a name word also matches the Kurdish forms of the field that an Arabic
keyboard spells as it (:func:`indexer.kurdish.arabic_keyboard`); a word typed with the Kurdish
letters matches only its own spelling. The map is built once per snapshot and field.
"""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict

from indexer import kurdish
from indexer.vocab import vocabulary

_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def name_forms(snap, fieldname: str, form: str) -> list[str]:
    """The indexed forms a normalised name word matches: itself, then the Kurdish forms an
    Arabic keyboard spells as it."""
    return [form, *_typed_forms(snap, fieldname).get(form, ())]


def _typed_forms(snap, fieldname: str) -> dict[str, tuple[str, ...]]:
    """Arabic-keyboard spelling → the Kurdish forms of one field that it stands for."""
    with _lock:
        found = _cache.setdefault(snap, {}).get(fieldname)
    if found is not None:
        return found
    typed: dict[str, list[str]] = defaultdict(list)
    for word in vocabulary(snap, fieldname).words:
        if kurdish.is_kurdish(word):
            typed[kurdish.arabic_keyboard(word)].append(word)
    found = {key: tuple(words) for key, words in typed.items()}
    with _lock:
        _cache.setdefault(snap, {})[fieldname] = found
    return found
