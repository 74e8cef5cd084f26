"""The synthetic page families dle-default, dle-custom, print-view, eng-pre2020 and aspnet.

Checks the labeled pages themselves (not the parser): each family is complete, every label is
well formed and agrees with its own URL and page, and each seeded generator rewrites exactly the
committed files.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent / "pages" / "families"
FAMILIES = {
    "dle-default": "make_dle_default.py",
    "dle-custom": "make_dle_custom.py",
    "print-view": "make_print_view.py",
    "eng-pre2020": "make_eng_pre2020.py",
    "aspnet": "make_aspnet.py",
}
FIELDS = {"url", "release_id", "title", "date", "author", "photographer", "body", "location",
          "language", "category", "images", "translator"}  # fmt: skip
MARK = b"<!-- synthetic test page, not INA content -->"
ID_RES = [
    re.compile(r"^https://(?:www\.)?ina\.iq/(?:eng/)?print:page,1,(\d+)-[^/]*\.html$"),
    re.compile(r"^https://(?:www\.)?ina\.iq/(?:eng/)?(\d+)-[^/]*\.html$"),
    re.compile(r"^https://(?:www\.)?ina\.iq/eng/(\d+)$"),
]
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$")


def labels(family: str) -> list[tuple[Path, dict]]:
    """(html path, label) pairs of one family."""
    return [(p.with_suffix(".html"), json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((ROOT / family).glob("*.json"))]  # fmt: skip


def decoded(page: Path, label: dict) -> str:
    """The page text in the charset its meta tag declares (the truth for these pages)."""
    raw = page.read_bytes()
    m = re.search(rb'charset="?([\w-]+)', raw[:2000])
    return raw.decode(m.group(1).decode() if m else "utf-8")


def collapse(text: str) -> str:
    """Runs of whitespace to one space."""
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_is_complete(family: str) -> None:
    pairs = labels(family)
    releases = [lb for _, lb in pairs if "expected" in lb]
    others = [lb for _, lb in pairs if "not_a_release" in lb]
    assert len(releases) >= 13 and 2 <= len(others) <= 3
    assert {lb["not_a_release"] for lb in others} <= {"listing", "error", "static"}
    assert len({lb["url"] for _, lb in pairs}) == len(pairs)
    htmls = sorted(p.stem for p in (ROOT / family).glob("*.html"))
    assert htmls == sorted(p.stem for p, _ in pairs)
    assert "SYNTHETIC" in (ROOT / family / "README.md").read_text(encoding="utf-8")
    for page, _ in pairs:
        assert MARK in page.read_bytes(), page.name


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_labels_agree_with_url_and_page(family: str) -> None:
    for page, lb in labels(family):
        assert lb["note"] and lb["url"].startswith(("https://ina.iq/", "https://www.ina.iq/"))
        if "not_a_release" in lb:
            continue
        text = collapse(html.unescape(decoded(page, lb)))
        exp = lb["expected"]
        assert set(exp) == FIELDS, page.name
        assert exp["url"] == lb["url"]
        ids = [int(m.group(1)) for r in ID_RES if (m := r.match(lb["url"]))]
        assert ids[:1] == [exp["release_id"]], page.name
        assert exp["language"] == ("en" if "/eng/" in lb["url"] else "ar")
        assert ISO.match(exp["date"]), page.name
        assert exp["title"] in text, page.name
        paras = exp["body"].split("\n\n")
        assert len(paras) >= 2 and all(p == collapse(p) and p for p in paras), page.name
        for p in paras:  # each paragraph is on the page (its byline prefix aside)
            assert p in text, (page.name, p)
        for key in ("author", "photographer", "location", "translator", "category"):
            assert exp[key] is None or (exp[key] and exp[key] == exp[key].strip())
        for name in (exp["photographer"] or "").split(", "):
            assert name in text
        urls = [i["url"] for i in exp["images"]]
        assert len(urls) == len(set(urls)) and all(u.startswith("https://") for u in urls)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_generator_rewrites_the_committed_files(family: str, tmp_path: Path) -> None:
    script = ROOT / FAMILIES[family]
    out = tmp_path / family
    subprocess.run([sys.executable, str(script), str(out)], check=True, timeout=60,
                   cwd=ROOT)  # fmt: skip
    made = sorted(p.name for p in out.iterdir())
    kept = sorted(p.name for p in (ROOT / family).iterdir())
    assert made == kept
    for name in made:
        assert (out / name).read_bytes() == (ROOT / family / name).read_bytes(), name


def test_windows_1256_pages_are_not_utf8() -> None:
    n = 0
    for family in FAMILIES:
        for page, _ in labels(family):
            raw = page.read_bytes()
            if b"charset=windows-1256" in raw[:2000]:
                n += 1
                with pytest.raises(UnicodeDecodeError):
                    raw.decode("utf-8")
    assert n >= 8
