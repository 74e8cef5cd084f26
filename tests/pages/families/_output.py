"""Labels and files for the synthetic page-family generators (labels come from the records)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from _common import SYNTHETIC, Rel, body_text


def expected(rel: Rel) -> dict:
    """The label's expected record for rel."""
    return {
        "url": rel.url,
        "release_id": rel.rid,
        "title": rel.title,
        "date": rel.date.isoformat(),
        "author": rel.author,
        "photographer": ", ".join(rel.photographers) or None,
        "body": body_text(rel),
        "location": rel.location,
        "language": rel.lang,
        "category": rel.category,
        "images": rel.images,
        "translator": rel.translator,
    }


def content_type(encoding: str) -> str:
    """An HTTP Content-Type for the given charset."""
    return f"text/html; charset={encoding}"


def write_pair(out: Path, name: str, page: str, label: dict, encoding: str = "utf-8") -> None:
    """Write <name>.html in encoding (unencodable chars as references) and <name>.json."""
    assert SYNTHETIC in page, name
    (out / f"{name}.html").write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
    text = json.dumps(label, ensure_ascii=False, indent=1) + "\n"
    (out / f"{name}.json").write_text(text, encoding="utf-8")


def release_label(rel: Rel, note: str, ctype: str | None, fetched: datetime | None) -> dict:
    """A full label for a release page."""
    return {
        "note": note,
        "url": rel.url,
        "content_type": ctype,
        "fetched_at": fetched.isoformat() if fetched else None,
        "expected": expected(rel),
    }


def other_label(url: str, note: str, kind: str, ctype: str | None) -> dict:
    """A label for a non-release page (listing, error, static)."""
    assert kind in {"listing", "error", "static"}
    return {
        "note": note,
        "url": url,
        "content_type": ctype,
        "fetched_at": None,
        "not_a_release": kind,
    }


def write_readme(out: Path, family: str, imitates: str) -> None:
    """The family README: what it imitates, and that every page is synthetic."""
    text = (
        f"# Page family `{family}`\n\n{imitates}\n\n"
        "Every page here is SYNTHETIC (made up by `../make_"
        f"{family.replace('-', '_')}.py`, seeded, no network); none is INA content. The labels "
        "(`*.json`) are computed from the generator's content records, not by parsing the HTML, "
        "and follow `../../README.md`. Regenerate with "
        f"`.venv/bin/python tests/pages/families/make_{family.replace('-', '_')}.py`.\n"
    )
    (out / "README.md").write_text(text, encoding="utf-8")


def prepare_out_dir(family: str) -> Path:
    """The output directory: argv[1] if given, else the family's own directory (emptied)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / family
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.html"), *out.glob("*.json")]:
        old.unlink()
    return out
