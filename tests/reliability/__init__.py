"""Helpers for the reliability tests and benchmarks (kill harness, hostile servers, load)."""
