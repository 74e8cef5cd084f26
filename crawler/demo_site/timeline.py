"""When the synthetic site's releases are published: spread over the configured years, the
output growing with time, the newest few in the last two days."""

from __future__ import annotations

from array import array


def spread_minutes(draws: array, span_minutes: float, power: float) -> array:
    """Minutes after the start for each release, never decreasing.

    The share published by time t is t**power (output grows with time), except the newest 1%,
    which fall in the last two days so that "Today"/"Yesterday" date lines are common.
    """
    n = len(draws)
    recent = max(4, n // 100) if n >= 40 else 0
    window = min(2 * 24 * 60, span_minutes / 10)
    exponent = 1 / power
    minutes = array("q")
    for k, u in enumerate(draws):
        if k >= n - recent:
            minute = span_minutes - window * (n - k - u) / recent
        else:
            minute = span_minutes * ((k + u) / n) ** exponent
        minutes.append(int(minute))
    return minutes
