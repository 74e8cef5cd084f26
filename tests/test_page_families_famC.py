"""The famC synthetic page families (wp-mirror, drupal-2012, bootstrap-2018) are consistent.

Labels must agree with their URL and with the page text decoded in the page's own charset, and
each generator must reproduce the committed files byte for byte. The parser is not run here.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import pytest

FAMILIES_DIR = Path(__file__).parent / "pages" / "families"
FAMILIES = ["wp-mirror", "drupal-2012", "bootstrap-2018"]
PRESENT = [f for f in FAMILIES if (FAMILIES_DIR / f).is_dir()]
MARK = "<!-- synthetic test page, not INA content -->"
RELEASE_KEYS = [
    "url", "release_id", "title", "date", "author", "photographer", "body", "location",
    "language", "category", "images", "translator",
]  # fmt: skip
ID_RE = re.compile(r"^https://ina\.iq/(eng/)?(?:print:page,\d+,)?(\d+)(?:-[^/]*\.html)?$")


def labels(family: str) -> list[tuple[Path, dict]]:
    """(html path, label) for every page of a family."""
    out = []
    for js in sorted((FAMILIES_DIR / family).glob("*.json")):
        out.append((js.with_suffix(".html"), json.loads(js.read_text(encoding="utf-8"))))
    return out


def charset(raw: bytes, content_type: str | None) -> str:
    """The page's own charset: the meta tag, else the HTTP header, else UTF-8."""
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:2048], re.I)
    if m:
        return m.group(1).decode("ascii")
    if content_type and "charset=" in content_type:
        return content_type.split("charset=")[1].strip()
    return "utf-8"


def page_text(path: Path, label: dict) -> str:
    """The page decoded in its charset, tags dropped, entities resolved, whitespace collapsed."""
    raw = path.read_bytes()
    text = raw.decode(charset(raw, label["content_type"]))
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).split())


@pytest.mark.parametrize("family", PRESENT)
def test_family_shape(family: str) -> None:
    pages = labels(family)
    releases = [lab for _, lab in pages if "expected" in lab]
    others = [lab for _, lab in pages if "not_a_release" in lab]
    assert len(releases) >= 13
    assert 2 <= len(others) <= 3
    assert len(releases) + len(others) == len(pages)
    assert "SYNTHETIC" in (FAMILIES_DIR / family / "README.md").read_text(encoding="utf-8")
    for path, _ in pages:
        assert path.is_file(), path
        assert MARK.encode("ascii") in path.read_bytes(), path
    assert sorted(p.stem for p in (FAMILIES_DIR / family).glob("*.html")) == sorted(
        p.stem for p, _ in pages
    )


@pytest.mark.parametrize("family", PRESENT)
def test_labels_agree_with_url(family: str) -> None:
    for path, lab in labels(family):
        if "not_a_release" in lab:
            assert lab["not_a_release"] in {"listing", "error", "static"}, path
            continue
        exp = lab["expected"]
        assert list(exp) == RELEASE_KEYS, path
        assert exp["url"] == lab["url"], path
        m = ID_RE.match(lab["url"])
        assert m, lab["url"]
        assert exp["release_id"] == int(m.group(2)), path
        assert exp["language"] == ("en" if m.group(1) else "ar"), path
        assert datetime.fromisoformat(exp["date"]).utcoffset().total_seconds() == 3 * 3600
        if lab["fetched_at"]:
            assert datetime.fromisoformat(lab["fetched_at"]) >= datetime.fromisoformat(exp["date"])
        assert exp["body"] and "\n\n\n" not in exp["body"], path
        urls = [im["url"] for im in exp["images"]]
        assert len(urls) == len(set(urls)), path
        assert all(u.startswith("https://ina.iq/") for u in urls), path


@pytest.mark.parametrize("family", PRESENT)
def test_labels_appear_in_page(family: str) -> None:
    for path, lab in labels(family):
        if "expected" not in lab:
            continue
        exp = lab["expected"]
        text = page_text(path, lab)
        wanted = [exp["title"], *exp["body"].split("\n\n")]
        wanted += [exp[k] for k in ("author", "location", "category", "translator") if exp[k]]
        wanted += (exp["photographer"] or "").split(", ") if exp["photographer"] else []
        for piece in wanted:
            assert piece in text, f"{path.name}: {piece!r}"
        raw = path.read_bytes().decode(charset(path.read_bytes(), lab["content_type"]))
        flat = " ".join(html.unescape(raw).split())
        for im in exp["images"]:
            assert im["caption"] is None or (im["caption"] in flat or im["caption"] in text), (
                f"{path.name}: {im}"
            )
            assert urlparse(im["url"]).path.rsplit("/", 1)[1] in raw, f"{path.name}: {im}"


@pytest.mark.parametrize("family", PRESENT)
def test_generator_reproduces_files(family: str, tmp_path: Path) -> None:
    script = FAMILIES_DIR / f"make_{family.replace('-', '_')}.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, timeout=120)
    made = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in (FAMILIES_DIR / family).iterdir() if p.name != "README.md")
    assert made == committed
    for name in made:
        assert (tmp_path / name).read_bytes() == (FAMILIES_DIR / family / name).read_bytes(), name


def test_about_a_third_arabic() -> None:
    langs = []
    for family in PRESENT:
        for _, lab in labels(family):
            langs.append("/eng/" not in lab["url"])
    assert langs
    assert 0.25 <= sum(langs) / len(langs) <= 0.45
