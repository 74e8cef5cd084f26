"""The demo site's exceptions."""

from __future__ import annotations


class DemoSiteError(ValueError):
    """A demo-site setting or request the site cannot honour; the message says what to change."""
