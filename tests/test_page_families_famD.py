"""The famD page families (joomla-2010, nextjs-2022): complete, labels agree with the pages."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

FAMILIES_DIR = Path(__file__).parent / "pages" / "families"
FAMILIES = {"joomla-2010": "make_joomla_2010.py", "nextjs-2022": "make_nextjs_2022.py"}
MARK = "<!-- synthetic test page, not INA content -->"
WORDS = {"listing", "error", "static"}
ID_RE = re.compile(r"^https://ina\.iq/(?:eng/|print:page,1,)?(\d+)(?:-[^/]*\.html)?$")


def labels(family: str) -> list[tuple[Path, dict]]:
    """Every (html path, label) pair of a family."""
    folder = FAMILIES_DIR / family
    return [
        (p.with_suffix(".html"), json.loads(p.read_text("utf-8")))
        for p in sorted(folder.glob("*.json"))
    ]


def page_text(path: Path) -> tuple[str, str]:
    """The page decoded in the charset its meta tag declares, and its flattened visible text."""
    raw = path.read_bytes()
    meta = re.search(rb'charset="?([\w-]+)', raw, re.I)
    assert meta, path
    decoded = raw.decode(meta.group(1).decode("ascii"))
    flat = re.sub(r"<[^>]+>", " ", decoded)
    flat = html.unescape(flat).replace("\\/", "/")
    return decoded, re.sub(r"\s+", " ", flat)


def all_pages() -> list[tuple[str, Path, dict]]:
    """Every page of every famD family."""
    return [(f, p, lab) for f in FAMILIES for p, lab in labels(f)]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_is_complete(family: str) -> None:
    pairs = labels(family)
    readme = (FAMILIES_DIR / family / "README.md").read_text("utf-8")
    assert "SYNTHETIC" in readme
    releases = [lab for _, lab in pairs if "expected" in lab]
    others = [lab for _, lab in pairs if "not_a_release" in lab]
    assert len(releases) >= 13
    assert 2 <= len(others) <= 3
    assert {lab["not_a_release"] for lab in others} <= WORDS
    arabic = [lab for _, lab in pairs if "/eng/" not in lab["url"]]
    assert 0.25 <= len(arabic) / len(pairs) <= 0.45
    assert all(p.exists() for p, _ in pairs)
    assert len({lab["url"] for _, lab in pairs}) == len(pairs)


@pytest.mark.parametrize(
    ("family", "path", "label"), all_pages(), ids=[f"{f}/{p.stem}" for f, p, _ in all_pages()]
)
def test_label_agrees_with_page(family: str, path: Path, label: dict) -> None:
    decoded, flat = page_text(path)
    assert MARK in decoded
    assert set(label) >= {"note", "url", "content_type", "fetched_at"}
    if "not_a_release" in label:
        assert label["not_a_release"] in WORDS
        return
    exp = label["expected"]
    assert exp["url"] == label["url"]
    match = ID_RE.match(label["url"])
    assert match, label["url"]
    assert exp["release_id"] == int(match.group(1))
    assert exp["language"] == ("en" if "/eng/" in label["url"] else "ar")
    date = datetime.fromisoformat(exp["date"])
    assert date.utcoffset() == timedelta(hours=3)
    assert exp["title"] in flat
    assert " - INA" not in exp["title"] and "وكالة" not in exp["title"]
    paras = exp["body"].split("\n\n")
    assert len(paras) >= 3
    for para in paras:
        assert para == para.strip() and "  " not in para and para in flat, para
        assert para != exp["title"]
    for key in ("author", "location", "translator", "category"):
        if exp[key] is not None:
            assert exp[key] in flat, key
            assert exp[key] not in {"INA", "واع", "Iraqi News Agency", "Home", "الرئيسية"}
    if exp["photographer"]:
        for name in exp["photographer"].split(", "):
            assert name in flat
    for img in exp["images"]:
        assert img["url"].startswith("https://ina.iq/")
        assert img["url"].removeprefix("https://ina.iq") in decoded
        assert img["caption"] is None or img["caption"] in html.unescape(decoded)
    assert len({i["url"] for i in exp["images"]}) == len(exp["images"])
    if label["fetched_at"]:
        assert datetime.fromisoformat(label["fetched_at"]) >= date


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_generator_reproduces_files(family: str, tmp_path: Path) -> None:
    script = FAMILIES_DIR / FAMILIES[family]
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, timeout=60)
    committed = {p.name: p.read_bytes() for p in (FAMILIES_DIR / family).iterdir()}
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert sorted(made) == sorted(committed)
    for name, data in made.items():
        assert data == committed[name], name
