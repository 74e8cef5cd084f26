"""Collects INA releases: polite fetching, discovery, raw-response archive, parsing, release store."""

__version__ = "0.1.0"
