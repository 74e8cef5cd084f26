"""pyproject.toml in the form current setuptools reads without a deprecation warning."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_license_is_an_spdx_string_with_a_setuptools_that_reads_it():
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    # A TOML table ({ text = "MIT" }) makes setuptools >= 77 warn on every install.
    assert data["project"]["license"] == "MIT"
    (setuptools,) = [r for r in data["build-system"]["requires"] if r.startswith("setuptools")]
    low = re.fullmatch(r"setuptools>=(\d+)(\.\d+)*", setuptools)
    assert low and int(low.group(1)) >= 77, setuptools  # SPDX strings need setuptools 77
