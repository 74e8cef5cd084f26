"""The synthetic page families in tests/pages/families: reproducible, well-formed, labels agree with pages.

These tests check the test data itself (not the parser): each generator rewrites exactly the
committed files, every label follows the convention in tests/pages/README.md, and every labeled
text can be found on its page.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

FAMILIES_DIR = Path(__file__).resolve().parent / "pages" / "families"
FAMILIES = ["redesign-2024", "amp", "byline-forms", "portal-chrome", "mobile-lite"]
FIELDS = {
    "url", "release_id", "title", "date", "author", "photographer", "body",
    "location", "language", "category", "images", "translator",
}  # fmt: skip
MARKER = "<!-- synthetic test page, not INA content -->"


def labels(family: str) -> list[tuple[Path, dict]]:
    """(html path, label) for every page of a family."""
    out = []
    for path in sorted((FAMILIES_DIR / family).glob("*.json")):
        out.append((path.with_suffix(".html"), json.loads(path.read_text(encoding="utf-8"))))
    return out


def page_text(path: Path) -> tuple[str, str]:
    """(raw decoded HTML, visible-ish text) using the charset the page's meta tag declares."""
    raw = path.read_bytes()
    meta = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
    source = raw.decode(meta.group(1).decode() if meta else "utf-8")
    text = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", source))
    return source, " ".join(html.unescape(text).split())


def url_id(url: str) -> int:
    """INA's numeric id from a release URL path (release, print view, old /eng/<id>)."""
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    match = re.match(r"(?:print:page,\d+,)?(\d+)(?:-|$)", last)
    assert match, url
    return int(match.group(1))


@pytest.mark.parametrize("family", FAMILIES)
def test_generator_rewrites_exactly_the_committed_pages(family: str, tmp_path: Path) -> None:
    script = FAMILIES_DIR / f"make_{family.replace('-', '_')}.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, timeout=60)
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    committed = {p.name: p.read_bytes() for p in (FAMILIES_DIR / family).iterdir() if p.is_file()}
    assert sorted(made) == sorted(committed)
    changed = [name for name in made if made[name] != committed[name]]
    assert changed == []


@pytest.mark.parametrize("family", FAMILIES)
def test_family_shape(family: str) -> None:
    pages = labels(family)
    releases = [lab for _, lab in pages if "expected" in lab]
    others = [lab for _, lab in pages if "not_a_release" in lab]
    assert len(releases) >= 13 and 2 <= len(others) <= 3
    assert 15 <= len(pages) <= 19
    assert "SYNTHETIC" in (FAMILIES_DIR / family / "README.md").read_text(encoding="utf-8")
    for path, _ in pages:
        assert MARKER in page_text(path)[0], path.name
    assert {lab["not_a_release"] for lab in others} <= {"listing", "error", "static"}


def test_about_a_third_arabic() -> None:
    langs = [
        urlsplit(lab["url"]).path.startswith("/eng/") for f in FAMILIES for _, lab in labels(f)
    ]
    arabic = langs.count(False) / len(langs)
    assert 0.28 <= arabic <= 0.40, arabic


@pytest.mark.parametrize("family", FAMILIES)
def test_labels_follow_the_convention(family: str) -> None:
    for path, lab in labels(family):
        assert lab["note"] and lab["url"].startswith("https://ina.iq/")
        if "expected" not in lab:
            continue
        exp = lab["expected"]
        assert set(exp) == FIELDS, path.name
        assert exp["url"] == lab["url"]
        assert exp["release_id"] == url_id(lab["url"])
        assert exp["language"] == ("en" if urlsplit(lab["url"]).path.startswith("/eng/") else "ar")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00\+03:00", exp["date"]), exp["date"]
        assert exp["author"] not in {"INA", "واع", "Iraqi News Agency", ""}
        assert exp["category"] not in {"Home", "الرئيسية", "INA", ""}
        for key in ("title", "author", "photographer", "location", "translator", "body"):
            value = exp[key]
            assert value is None or value == value.strip(), (path.name, key)
        assert exp["title"] and exp["body"]
        urls = [img["url"] for img in exp["images"]]
        assert len(urls) == len(set(urls))
        assert all(u.startswith("https://ina.iq/") and u.endswith(".jpg") for u in urls)
        if lab["fetched_at"]:
            assert lab["fetched_at"] >= exp["date"]


@pytest.mark.parametrize("family", FAMILIES)
def test_every_labeled_text_is_on_its_page(family: str) -> None:
    for path, lab in labels(family):
        source, text = page_text(path)
        if "expected" not in lab:
            continue
        exp = lab["expected"]
        assert exp["title"] in text, path.name
        for para in exp["body"].split("\n\n"):
            assert para in text, (path.name, para)
        for key in ("author", "location", "translator", "category"):
            if exp[key]:
                assert exp[key] in html.unescape(source), (path.name, key)
        for name in (exp["photographer"] or "").split(", "):
            assert name in text, (path.name, name)
        for img in exp["images"]:
            path_part = urlsplit(img["url"]).path
            assert path_part in source, (path.name, img["url"])
            if img["caption"]:
                assert esc_free(img["caption"]) in html.unescape(source), (path.name, img)


def esc_free(text: str) -> str:
    """Text as it reads once unescaped (captions are compared with the unescaped source)."""
    return html.unescape(text)
