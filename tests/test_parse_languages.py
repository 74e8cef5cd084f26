"""The held-out Kurdish and Turkmen labeled pages (tests/pages/languages/<family>/, written without
reading the parser): each family must reach 95% exact fields with an empty selector table, like
the English and Arabic families of tests/test_parse_families.py."""

from __future__ import annotations

import dataclasses

import pytest
from parse_labeled import PAGES_DIR, _load, accuracy_table, score_family

from crawler.parse.core import default_source

LANGUAGES_DIR = PAGES_DIR / "languages"
FAMILIES = (
    sorted(p for p in LANGUAGES_DIR.iterdir() if p.is_dir()) if LANGUAGES_DIR.is_dir() else []
)


@pytest.fixture(scope="module")
def scores():
    no_selectors = dataclasses.replace(default_source(), selectors={})
    return {
        folder.name: score_family(_load(sorted(folder.glob("*.json")), folder.name), no_selectors)
        for folder in FAMILIES
    }


def test_both_languages_have_labeled_families() -> None:
    assert {folder.name.split("-")[0] for folder in FAMILIES} >= {"ku", "tk"}


def test_every_kurdish_and_turkmen_family_reaches_95_percent_with_no_selectors(
    scores, capsys
) -> None:
    with capsys.disabled():
        print("\nexact fields per Kurdish/Turkmen family, empty selector table")
        print(accuracy_table(scores))
    low = {name: f"{s.exact_share:.1%}" for name, s in scores.items() if s.exact_share < 0.95}
    failures = [f for s in scores.values() for f in s.failures]
    assert not low, (low, failures)
