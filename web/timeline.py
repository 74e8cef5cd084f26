"""The timeline of matches: a bar chart drawn on the server as SVG, no JavaScript.

Buckets are years, months or days (the indexer picks them from the span of the matches). Each bar
links to the same search narrowed to its dates (zoom in), carries a ``<title>`` (the count on
hover) and, when there are few bars, its count as text; the same numbers are in a table for
screen readers and people who want them. A "zoom out" link widens the date range one step.
Short ranges are padded with empty slots, so one bucket is a bar, not a slab across the page.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from web.i18n import MONTHS
from web.params import SearchParams
from web.querylinks import DateLinks

WIDTH = 720
HEIGHT = 150
TOP = 16  # room for the count above the tallest bar
AXIS = 20  # room for the tick labels under the bars
LEFT = 36  # room for the count scale
MIN_SLOTS = 12
DAY_SPAN = 62  # matches spanning fewer days than this are counted per day


def fill_buckets(
    histogram: Iterable[tuple[str, int]], unit: str, span: tuple[str, str] | None = None
) -> list[tuple[str, int]]:
    """The histogram with empty years, months or days between the first and last filled in,
    widened to ``span`` (the first and last bucket of the searched dates) when given."""
    counts = {str(bucket): int(count) for bucket, count in histogram}
    if not counts:
        return []
    first, last = min(counts), max(counts)
    if span is not None:
        first, last = min(first, span[0]), max(last, span[1])
    buckets: list[str] = []
    if unit == "year":
        buckets = [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    elif unit == "day":
        day, end = date.fromisoformat(first), date.fromisoformat(last)
        while day <= end and len(buckets) < 400:
            buckets.append(day.isoformat())
            day += timedelta(days=1)
    else:
        year, month = int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last and len(buckets) < 1200:
            buckets.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return [(b, counts.get(b, 0)) for b in buckets]


def bucket_range(bucket: str) -> tuple[str, str]:
    """First and last day (ISO) of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` bucket."""
    if len(bucket) == 10:
        return bucket, bucket
    year = int(bucket[:4])
    if len(bucket) == 4:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(bucket[5:7])
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


def bucket_label(bucket: str, lang: str = "en", short: bool = False) -> str:
    """A bucket as people read it: ``2020``, ``Nov 2020`` or ``5 Nov 2020`` (short, for tick
    labels: ``Nov`` or ``5``, with the month at its start)."""
    months = MONTHS.get(lang, MONTHS["en"])
    if len(bucket) == 4:
        return bucket
    month = months[int(bucket[5:7]) - 1]
    if len(bucket) == 7:
        return month if short and bucket[5:7] != "01" else f"{month} {bucket[:4]}"
    day = int(bucket[8:10])
    if short:
        return str(day) if day != 1 else f"{day} {month}"
    return f"{day} {month} {bucket[:4]}"


def zoom_out(params: SearchParams, lang: str = "en") -> tuple[str, dict[str, Any]] | None:
    """The label and date changes one zoom step out of the search's range, or None (no range).

    One day goes out to its month, a range within a month to its year, anything else to all
    dates.
    """
    if not (params.date_from or params.date_to):
        return None
    start, end = params.date_from or "", params.date_to or ""
    if start and start == end:
        month = start[:7]
        first, last = bucket_range(month)
        return bucket_label(month, lang), {"date_from": first, "date_to": last}
    if start[:7] and start[:7] == end[:7]:
        first, last = bucket_range(start[:4])
        return start[:4], {"date_from": first, "date_to": last}
    return "", {"date_from": None, "date_to": None}


def searched_span(params: SearchParams, unit: str) -> tuple[str, str] | None:
    """The first and last bucket of the searched date range, when it is a closed range short
    enough to draw in ``unit`` (a month searched by day shows every day of the month)."""
    if not (params.date_from and params.date_to) or unit == "year":
        return None
    start, end = date.fromisoformat(params.date_from), date.fromisoformat(params.date_to)
    if unit == "day":
        return (start.isoformat(), end.isoformat()) if (end - start).days < DAY_SPAN else None
    months = (end.year - start.year) * 12 + end.month - start.month
    return (params.date_from[:7], params.date_to[:7]) if months <= 48 else None


def _href(base: str, query: str) -> str:
    """A link to the search page; a bare ``?`` (no parameters) is left off."""
    return base if query == "?" else base + query


def build_timeline(
    histogram: Iterable[tuple[str, int]],
    unit: str,
    params: SearchParams,
    base: str = "/",
    lang: str = "en",
    rtl: bool = False,
    label: str = "",
) -> dict[str, Any] | None:
    """The timeline of a search: SVG, table rows and zoom links, or None with nothing to draw.

    Args:
        histogram: ``(bucket, count)`` pairs, buckets ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
        unit: ``"year"``, ``"month"`` or ``"day"``.
        params: the current search; each bar links to it narrowed to the bar's dates.
        base: the path of the search page.
        lang: the interface language of the labels.
        rtl: draw time from right to left (the Arabic interface).
        label: the chart's accessible name.

    Returns:
        ``{"svg", "rows", "unit", "first", "last", "zoom_out"}``; ``zoom_out`` is None or
        ``{"label", "href"}`` (an empty label means all dates).
    """
    buckets = fill_buckets(histogram, unit, searched_span(params, unit))
    if not buckets:
        return None
    rows = []
    links = DateLinks(params)
    for bucket, count in buckets:
        start, end = bucket_range(bucket)
        href = _href(base, links.query(start, end))
        rows.append({"bucket": bucket, "label": bucket_label(bucket, lang), "count": count})
        rows[-1]["href"] = href
    out = zoom_out(params, lang)
    zoom = None
    if out is not None:
        zoom = {"label": out[0], "href": _href(base, params.query_string(**out[1]))}
    return {
        "svg": timeline_svg(rows, unit, lang, rtl, label),
        "rows": rows,
        "unit": unit,
        "first": rows[0]["label"],
        "last": rows[-1]["label"],
        "zoom_out": zoom,
    }


def timeline_svg(
    rows: list[dict[str, Any]], unit: str, lang: str = "en", rtl: bool = False, label: str = ""
) -> Markup:
    """The SVG bar chart of the timeline rows (``bucket``, ``label``, ``count``, ``href``)."""
    peak = max(row["count"] for row in rows) or 1
    slots = max(len(rows), MIN_SLOTS)
    plot_width = WIDTH - LEFT
    slot = plot_width / slots
    # The count scale sits where time starts: on the left, or on the right when time runs RTL.
    start, scale_x, anchor = (0, plot_width + 4, "start") if rtl else (LEFT, LEFT - 4, "end")
    pad = (slots - len(rows)) * slot / 2  # few bars sit in the middle
    gap = min(4.0, slot * 0.25)
    floor = HEIGHT - AXIS
    plot = floor - TOP
    label_every = max(1, -(-len(rows) // 8))
    few = len(rows) <= 16
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" '
        f'aria-label="{escape(label or unit)}" direction="ltr">',
        f'<line x1="{start}" y1="{floor}" x2="{start + plot_width}" y2="{floor}" class="axis"/>',
        f'<line x1="{start}" y1="{TOP}" x2="{start + plot_width}" y2="{TOP}" class="grid"/>',
        f'<text x="{scale_x}" y="{TOP + 4}" class="scale" text-anchor="{anchor}">{peak:,}</text>',
        f'<text x="{scale_x}" y="{floor}" class="scale" text-anchor="{anchor}">0</text>',
    ]
    for i, row in enumerate(rows):
        index = len(rows) - 1 - i if rtl else i
        x = start + pad + index * slot
        count = row["count"]
        h = 0 if count == 0 else max(2.0, plot * count / peak)
        title = f"{row['label']}: {count:,}"
        parts.append(
            f'<a href="{escape(row["href"])}" class="bucket"><title>{escape(title)}</title>'
            f'<rect class="hit" x="{x:.2f}" y="0" width="{slot:.2f}" height="{floor}"/>'
            f'<rect class="bar" x="{x + gap / 2:.2f}" y="{floor - h:.2f}" '
            f'width="{max(slot - gap, 0.5):.2f}" height="{h:.2f}"/>'
        )
        if few and count:
            parts.append(
                f'<text class="count" x="{x + slot / 2:.2f}" y="{floor - h - 3:.2f}" '
                f'text-anchor="middle">{count:,}</text>'
            )
        parts.append("</a>")
        if i % label_every == 0:
            # Every other label is "minor": hidden on a phone, where the labels would crowd.
            kind = "major" if (i // label_every) % 2 == 0 else "minor"
            text = bucket_label(row["bucket"], lang, short=unit != "year" and i > 0)
            parts.append(
                f'<text x="{x + slot / 2:.2f}" y="{HEIGHT - 5}" class="tick {kind}" '
                f'text-anchor="middle">{escape(text)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
