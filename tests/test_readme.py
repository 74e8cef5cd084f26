"""The README's Python example runs as written against a real archive."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

from crawler.demo_site import Site, SiteConfig
from crawler.store import ReleaseStore
from indexer import update_index

README = Path(__file__).resolve().parent.parent / "README.md"


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    data_dir = tmp_path / "data" / "demo"
    with ReleaseStore(data_dir) as store:
        for synthetic in Site(SiteConfig(n_releases=150, seed=3)).releases():
            store.put(synthetic.expected_for("http://127.0.0.1:8001"))
    update_index(data_dir)
    (example,) = python_blocks(README.read_text(encoding="utf-8"))
    script = tmp_path / "example.py"
    script.write_text(example, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runpy.run_path(str(script), run_name="__main__")
    printed = capsys.readouterr().out
    assert "ICF: ISIS is dying" in printed and "Amna Al-Salami | Safaa Alwan" in printed
    rows = (tmp_path / "photos.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "date,title,url"
    assert any("ICF: ISIS is dying" in row for row in rows[1:])
