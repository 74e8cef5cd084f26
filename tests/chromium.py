"""Debian's headless Chromium for the end-to-end tests: where it is, how to start it, and the
marker that skips those tests on a developer machine without it but fails them under CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# The flags the workplace requires: no sandbox as root, and no background traffic to the network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

if not CHROMIUM.exists() and os.environ.get("CI"):
    raise RuntimeError(
        f"{CHROMIUM} is missing on CI: `make browser` should have installed Debian's chromium"
    )

requires_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"Debian's {CHROMIUM} is not installed"
)


def launch(playwright):
    """A fresh headless Chromium (playwright gives it a new temporary user-data-dir)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
