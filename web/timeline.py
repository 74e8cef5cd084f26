"""The timeline of matches: a bar chart drawn on the server as SVG, no JavaScript.

Each bar links to the same search narrowed to its month (or year), and carries a ``<title>``
so that hovering shows the count.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable

from markupsafe import Markup, escape

from web.params import SearchParams

WIDTH = 720
HEIGHT = 120
AXIS = 18
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def fill_buckets(histogram: Iterable[tuple[str, int]], unit: str) -> list[tuple[str, int]]:
    """The histogram with empty months (or years) between the first and last bucket filled in."""
    counts = {str(bucket): int(count) for bucket, count in histogram}
    if not counts:
        return []
    first, last = min(counts), max(counts)
    buckets: list[str] = []
    if unit == "year":
        buckets = [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    else:
        year, month = int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last and len(buckets) < 1200:
            buckets.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return [(b, counts.get(b, 0)) for b in buckets]


def bucket_range(bucket: str) -> tuple[str, str]:
    """First and last day (ISO) of a ``YYYY`` or ``YYYY-MM`` bucket."""
    year = int(bucket[:4])
    if len(bucket) == 4:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(bucket[5:7])
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


def bucket_label(bucket: str) -> str:
    """A bucket as people read it: ``2020`` or ``Nov 2020``."""
    if len(bucket) == 4:
        return bucket
    return f"{_MONTHS[int(bucket[5:7]) - 1]} {bucket[:4]}"


def timeline_svg(
    histogram: Iterable[tuple[str, int]], unit: str, params: SearchParams, base: str = "/"
) -> Markup:
    """The SVG bar chart of a search's histogram, or empty markup when there is nothing to draw.

    Args:
        histogram: ``(bucket, count)`` pairs, buckets ``YYYY-MM`` or ``YYYY``.
        unit: ``"month"`` or ``"year"``.
        params: the current search; each bar links to it narrowed to the bar's dates.
        base: the path of the search page.

    Returns:
        Safe markup of an ``<svg>`` element.
    """
    buckets = fill_buckets(histogram, unit)
    if not buckets:
        return Markup("")
    peak = max(count for _, count in buckets) or 1
    slot = WIDTH / len(buckets)
    gap = min(2.0, slot * 0.2)
    plot = HEIGHT - AXIS
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Matches per {unit}">',
        f'<line x1="0" y1="{plot}" x2="{WIDTH}" y2="{plot}" class="axis"/>',
    ]
    label_every = max(1, round(len(buckets) / 6))
    for i, (bucket, count) in enumerate(buckets):
        x = i * slot
        h = 0 if count == 0 else max(1.5, plot * count / peak)
        start, end = bucket_range(bucket)
        href = base + params.query_string(date_from=start, date_to=end)
        title = f"{bucket_label(bucket)}: {count:,} release{'s' if count != 1 else ''}"
        parts.append(
            f'<a href="{escape(href)}"><title>{escape(title)}</title>'
            f'<rect class="hit" x="{x:.2f}" y="0" width="{slot:.2f}" height="{plot}"/>'
            f'<rect class="bar" x="{x + gap / 2:.2f}" y="{plot - h:.2f}" '
            f'width="{max(slot - gap, 0.5):.2f}" height="{h:.2f}"/></a>'
        )
        if i % label_every == 0:
            text = bucket if unit == "year" else bucket_label(bucket)
            parts.append(
                f'<text x="{x + 1:.2f}" y="{HEIGHT - 4}" class="tick">{escape(text)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
