"""Check the Kurdish/Turkmen page set without the parser: labels complete and consistent, files
reproducible by the generator.

Run: .venv/bin/python tests/pages/languages/check_languages.py   (exit status 1 on a problem)
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import tomllib
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[2] / "seeds" / "ina-source.toml"
FIELDS = {
    "url", "release_id", "title", "date", "author", "photographer", "body", "location",
    "language", "category", "images", "translator",
}  # fmt: skip


def label_problems(label_path: Path, patterns: dict[str, list[re.Pattern]]) -> list[str]:
    """What is wrong with one label and its page (empty when nothing)."""
    data = json.loads(label_path.read_text(encoding="utf-8"))
    page = label_path.with_suffix(".html").read_text(encoding="utf-8")
    name = f"{label_path.parent.name}/{label_path.stem}"
    problems = [] if "synthetic" in page[:600] else [f"{name}: no synthetic mark"]
    path = urlsplit(data["url"]).path
    expected = data.get("expected")
    if expected is None:
        if data.get("not_a_release") not in {"listing", "error", "static"}:
            problems.append(f"{name}: not_a_release must be listing, error or static")
        if data["not_a_release"] == "listing" and not any(
            p.match(path) for p in patterns["listing"]
        ):
            problems.append(f"{name}: listing URL matches no listing pattern")
        return problems
    if set(expected) != FIELDS:
        problems.append(f"{name}: fields {sorted(set(expected) ^ FIELDS)}")
    match = next((m for p in patterns["release"] if (m := p.match(path))), None)
    if not match or int(match["id"]) != expected["release_id"]:
        problems.append(f"{name}: release_id does not follow from the URL")
    when = datetime.fromisoformat(expected["date"])
    if when.utcoffset() is None or when.utcoffset().total_seconds() != 3 * 3600:
        problems.append(f"{name}: date not in +03:00")
    fetched = data.get("fetched_at")
    if fetched and datetime.fromisoformat(fetched) < when:
        problems.append(f"{name}: fetched before it was published")
    if expected["language"] != label_path.parent.name[:2]:
        problems.append(f"{name}: language differs from the family's")
    problems += [f"{name}: image not on page" for i in expected["images"] if i["url"] not in page]
    return problems


def main() -> int:
    """Check every label, then regenerate into a temporary folder and compare the files."""
    source = tomllib.loads(SOURCE.read_text(encoding="utf-8"))["urls"]
    patterns = {kind: [re.compile(p) for p in source[kind]] for kind in ("release", "listing")}
    labels = sorted(HERE.glob("*/*.json"))
    problems = [p for label in labels for p in label_problems(label, patterns)]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, str(HERE / "make_languages.py"), tmp], check=True, capture_output=True
        )
        made = {p.relative_to(tmp) for p in Path(tmp).glob("*/*.*")}
        kept = {p.relative_to(HERE) for p in HERE.glob("*/*.*")}
        problems += [f"{p}: only in one of generator/committed" for p in sorted(made ^ kept)]
        problems += [
            f"{p}: differs from the generator's output"
            for p in sorted(made & kept)
            if (Path(tmp) / p).read_bytes() != (HERE / p).read_bytes()
        ]
    releases = sum("expected" in json.loads(p.read_text(encoding="utf-8")) for p in labels)
    print(f"{len(labels)} pages ({releases} releases), {len(problems)} problems")
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
