"""The statistics page's trend as small multiples: one small line chart per status, each on its own scale, side by side
on a wide screen and one under the other on a phone (walk of issue 16: one 560-wide chart of eleven lines scaled down
to 7 px text at 390 px, its legend's labels ran into each other and out of the drawing, and "Werkend" (13,000) pressed
every other line flat on the axis). Each chart is a figure whose caption names the status; the SVG is an image with a
title and a description that says the first and the last figure (the table under the charts holds them all). A hidden
count (a small cell) breaks the line: no point is drawn for it. Plain Python, no JavaScript."""

from __future__ import annotations

import datetime as dt
import math
from html import escape

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from werkregie.formats.numbers import format_number
from werkregie.screening.charts import chart_id, ground, texts_last

WIDTH, HEIGHT = 300, 150  # about as wide as the chart is on a 390 px phone: its 12 px text stays about 14 px there
LEFT, RIGHT, TOP, BOTTOM = 52, 14, 10, 26
FONT = 12
COLOUR = "#0072B2"  # Okabe-Ito blue: 5.1:1 on white


def _ticks(low: float, high: float) -> list[float]:
    """Three to five round values around [low, high] (the axis of one status: its own scale)."""
    if high <= low:
        low, high = max(0.0, low - 1), high + 1
    span = high - low
    raw = span / 3
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(1, next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw))  # counts: whole numbers
    start = math.floor(low / step) * step
    return [start + i * step for i in range(int(math.ceil((high - start) / step)) + 1)]


def _scale(value: float, low: float, high: float, start: float, end: float) -> float:
    return start + (end - start) * ((value - low) / (high - low) if high > low else 0.5)


def panel(name: str, days: list[dt.date], values: list[int | None], unit: str) -> str:
    """One status's figure: the caption and its chart (`days`: the first days of the months, oldest first)."""
    labels = [day.strftime("%m/%Y") for day in days]
    ident = chart_id("t", name, *labels)
    shown = [v for v in values if v is not None]  # at least one (`panels` leaves out a series hidden in every month)
    first, last = values.index(shown[0]), len(values) - 1 - values[::-1].index(shown[-1])
    description = _("Aantal %(unit)s op de eerste dag van elke maand: %(first)s op %(first_day)s, %(last)s op %(last_day)s.") % {
        "unit": unit, "first": format_number(values[first]), "first_day": date_format(days[first], "SHORT_DATE_FORMAT"),
        "last": format_number(values[last]), "last_day": date_format(days[last], "SHORT_DATE_FORMAT")}
    ticks = _ticks(min(shown), max(shown))
    low, high = ticks[0], ticks[-1]
    body = []
    for tick in ticks:
        y = _scale(tick, low, high, HEIGHT - BOTTOM, TOP)
        body.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#ddd"/>'
                    f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="{FONT}" aria-hidden="true">{format_number(round(tick))}</text>')
    end = max(1, len(labels) - 1)
    for i in sorted({0, len(labels) // 2, len(labels) - 1}) if labels else ():
        x = _scale(i, 0, end, LEFT, WIDTH - RIGHT)
        anchor = "start" if i == 0 else "end" if i == len(labels) - 1 else "middle"
        body.append(f'<text x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="{anchor}" font-size="{FONT}" aria-hidden="true">{escape(labels[i])}</text>')
    segment: list[tuple[float, float]] = []
    for i, value in enumerate([*values, None]):
        if value is None:
            if segment:
                body.append(f'<polyline points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in segment)}" fill="none" stroke="{COLOUR}" stroke-width="2"/>')
                body.extend(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{COLOUR}"/>' for x, y in segment)
            segment = []
            continue
        segment.append((_scale(i, 0, end, LEFT, WIDTH - RIGHT), _scale(value, low, high, HEIGHT - BOTTOM, TOP)))
    return (f'<figure class="trend-panel"><figcaption id="{ident}-t">{escape(name)}</figcaption>'
            f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{ident}-t {ident}-d" xmlns="http://www.w3.org/2000/svg">'
            f'<desc id="{ident}-d">{escape(description)}</desc>'
            + ground(WIDTH, HEIGHT)
            + texts_last(f'<rect x="{LEFT}" y="{TOP}" width="{WIDTH - LEFT - RIGHT}" height="{HEIGHT - TOP - BOTTOM}" fill="#fff" stroke="#555"/>'
                         + "".join(body)) + "</svg></figure>")


def panels(days: list[dt.date], series: list[tuple[str, list[int | None]]], unit: str) -> list[str]:
    """One figure per series that has a count to show (a series hidden in every month has only the table's dashes)."""
    return [panel(name, days, values, unit) for name, values in series if any(v is not None for v in values)]
