"""The scale benchmark's corpus: a cached release store, the sampled queries, 500 new releases.

The store is generated once per size by the same synthetic INA-like site as ``index_bench`` and
kept in the work directory, so later runs only rebuild the indexes.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from bench.index_bench import _fill_store
from crawler.release import Release
from crawler.store import STORE_FILENAME, ReleaseStore
from indexer.analysis import ENGLISH_STOP_WORDS, exact_term, tokens
from indexer.schema import BAGHDAD

SAMPLE_RELEASES = 3_000  # releases the queries are drawn from
NEW_ID_OFFSET = 50_000_000  # ids of the incremental run's new releases, far above INA's


@dataclass(frozen=True)
class Queries:
    """The query inputs of one run, the same for every engine."""

    terms: list[str]
    pairs: list[tuple[str, str]]
    phrases: list[tuple[str, str]]
    common_phrases: list[tuple[str, str]]  # adjacent common words: long position lists
    spans: dict[str, tuple[date, date]]  # term → a year-long date window

    def unix_range(self, term: str) -> tuple[int, int]:
        """The term's window as inclusive Unix seconds."""
        first, last = self.spans[term]
        return _midnight(first), _midnight(last + timedelta(days=1)) - 1


def ensure_store(data_dir: Path, n: int) -> float:
    """Generate the store of ``n`` releases unless cached; seconds spent (0 when cached)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return _fill_store(data_dir, n)


def sample_releases(data_dir: Path, k: int, seed: int) -> list[Release]:
    """``k`` releases picked at random from the store without loading all of them."""
    with ReleaseStore(data_dir) as store:
        total = store.count(include_gone=True)
        wanted = set(random.Random(seed).sample(range(total), min(k, total)))
        return [
            item.release
            for i, item in enumerate(store.iter_releases(include_gone=True))
            if i in wanted
        ]


def make_queries(data_dir: Path, n: int, seed: int = 7) -> Queries:
    """``n`` inputs per query type, drawn from the releases themselves."""
    rng = random.Random(seed)
    releases = sample_releases(data_dir, SAMPLE_RELEASES, seed)
    words_of = [tokens(r.body) for r in releases]
    counts = Counter(exact_term(w) for words in words_of for w in words if w.isalpha())
    common = {w for w, _ in counts.most_common(60)}
    bigrams = Counter(
        (a.lower(), b.lower())
        for words in words_of
        for a, b in zip(words, words[1:], strict=False)
        if exact_term(a) in common and exact_term(b) in common and a.isalpha() and b.isalpha()
    )
    common_phrases = [pair for pair, _ in bigrams.most_common(n)]
    terms: list[str] = []
    pairs: list[tuple[str, str]] = []
    phrases: list[tuple[str, str]] = []
    while len(terms) < n or len(pairs) < n or len(phrases) < n:
        words = rng.choice(words_of)
        content = [
            w
            for w in words
            if len(w) > 3 and w.isalpha() and exact_term(w) not in ENGLISH_STOP_WORDS
        ]
        if len(content) < 3:
            continue
        if len(terms) < n:
            terms.append(rng.choice(content))
        a, b = rng.sample(content, 2)
        if len(pairs) < n and exact_term(a) != exact_term(b):
            pairs.append((a, b))
        j = rng.randrange(len(words) - 1)
        if words[j].isalpha() and words[j + 1].isalpha() and len(phrases) < n:
            phrases.append((words[j], words[j + 1]))
    while len(common_phrases) < n and common_phrases:  # a small corpus has fewer distinct ones
        common_phrases.append(common_phrases[len(common_phrases) % len(set(common_phrases))])
    spans = {}
    for term in terms:
        start = date(2019, 1, 1) + timedelta(days=rng.randrange(365 * 6))
        spans[term] = (start, start + timedelta(days=365))
    return Queries(terms, pairs, phrases, common_phrases[:n], spans)


def add_new_releases(data_dir: Path, n: int, seed: int = 11) -> list[str]:
    """Put ``n`` new releases in the store (copies of stored ones under new ids); their keys."""
    keys = []
    with ReleaseStore(data_dir) as store:
        for i, release in enumerate(sample_releases(data_dir, n, seed)):
            new_id = NEW_ID_OFFSET + i
            url = release.url.rsplit("/", 1)[0] + f"/{new_id}-new.html"
            new = replace(release, url=url, release_id=new_id, title=f"{release.title} ({i})")
            store.put(new)
            keys.append(new.key)
    return keys


def remove_releases(data_dir: Path, keys: list[str]) -> None:
    """Take the incremental run's releases out of the store again, so the cache stays as made."""
    db = sqlite3.connect(data_dir / STORE_FILENAME)
    with db:
        for table in ("releases", "release_versions"):
            db.executemany(f"DELETE FROM {table} WHERE key = ?", [(k,) for k in keys])
    db.close()


def _midnight(day: date) -> int:
    """Unix seconds of 00:00 Baghdad time on a day."""
    return int(datetime.combine(day, dtime(), tzinfo=BAGHDAD).timestamp())
