"""Small server-rendered SVG charts for the model card: no JavaScript, no external library, readable by screen
readers (each chart has a title and a description, and the page shows the same figures in a table).
Colours are the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies; series also differ
in dash pattern or position, never by colour alone."""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from html import escape

from werkregie.formats.numbers import format_number, format_percent
from werkregie.formats.punctuation import colon

PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4"]
WIDTH, HEIGHT = 560, 280
LEFT, RIGHT, TOP, BOTTOM = 52, 16, 16, 56


_TEXT = re.compile(r"<text\b[^>]*>.*?</text>", re.S)


def ground(width: float, height: float) -> str:
    """The drawing's white ground under everything, its paint declared as a background too (site.css .chart-ground), so
    that a contrast checker finds the colour behind each text in the drawing instead of calling the <svg> an image."""
    return f'<rect class="chart-ground" x="0" y="0" width="{width}" height="{height}" fill="#fff"/>'


def texts_last(markup: str) -> str:
    """The shapes of a drawing first, then its texts: no bar, line or marker is painted over a text (a checker that finds
    a shape over a text cannot decide its contrast), and the texts keep their order."""
    texts = _TEXT.findall(markup)
    return _TEXT.sub("", markup) + "".join(texts)


_RENDERED = itertools.count(1)


def chart_id(prefix: str, *parts: str) -> str:
    """An id for a drawing's title and description, unique on the page: the hash of what it shows and a number for each
    drawing rendered, so that two charts with the same title never share ids (walk of issue 16: the model card had 19
    duplicated pairs, and a screen reader read one chart's title for the other)."""
    return f"{prefix}{hashlib.sha1('|'.join(parts).encode()).hexdigest()[:8]}-{next(_RENDERED)}"


@dataclass
class Line:
    name: str
    points: list[tuple[float, float]]


def _frame(title: str, description: str, body: list[str], legend: list[tuple[str, int]], x_label: str, y_label: str) -> str:
    ident = chart_id("c", title, description)
    height = HEIGHT + 24 * ((len(legend) + 2) // 3)
    parts = [f'<rect x="{LEFT}" y="{TOP}" width="{WIDTH - LEFT - RIGHT}" height="{HEIGHT - TOP - BOTTOM}" fill="#fff" stroke="#555"/>']
    parts += body
    parts.append(f'<text x="{(LEFT + WIDTH - RIGHT) / 2}" y="{HEIGHT - 22}" text-anchor="middle" font-size="12">{escape(x_label)}</text>')
    parts.append(f'<text x="14" y="{(TOP + HEIGHT - BOTTOM) / 2}" text-anchor="middle" font-size="12" '
                 f'transform="rotate(-90 14 {(TOP + HEIGHT - BOTTOM) / 2})">{escape(y_label)}</text>')
    for i, (name, style) in enumerate(legend):
        x, y = LEFT + (i % 3) * 170, HEIGHT + 4 + 24 * (i // 3)
        colour, dash = PALETTE[style % len(PALETTE)], DASHES[style % len(DASHES)]
        parts.append(f'<line x1="{x}" y1="{y}" x2="{x + 24}" y2="{y}" stroke="{colour}" stroke-width="4" stroke-dasharray="{dash}"/>'
                     f'<text x="{x + 30}" y="{y + 4}" font-size="12">{escape(name)}</text>')
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{ident}-t {ident}-d" '
            f'xmlns="http://www.w3.org/2000/svg"><title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(description)}</desc>'
            + ground(WIDTH, height) + texts_last("".join(parts)) + "</svg>")


def _scale(value: float, low: float, high: float, start: float, end: float) -> float:
    return start + (end - start) * ((value - low) / (high - low) if high > low else 0)


def _y_axis(low: float, high: float, ticks: int = 5, percent: bool = True) -> list[str]:
    out = []
    for i in range(ticks + 1):
        value = low + (high - low) * i / ticks
        y = _scale(value, low, high, HEIGHT - BOTTOM, TOP)
        label = format_percent(value, 0) if percent else format_number(value, 2)  # the Belgian way: 1,25 and 35 %
        out.append(f'<line x1="{LEFT - 4}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#ddd"/>'
                   f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{label}</text>')
    return out


def grouped_bars(title: str, description: str, groups: list[str], series: list[tuple[str, list[float | None]]], y_label: str,
                 high: float = 1.0) -> str:
    """Bars per group, one per series (a missing value leaves a gap, never a zero bar)."""
    body = _y_axis(0, high)
    inner = WIDTH - LEFT - RIGHT
    slot = inner / max(1, len(groups))
    bar = slot * 0.8 / max(1, len(series))
    for g, group in enumerate(groups):
        x0 = LEFT + g * slot + slot * 0.1
        for s, (_name, values) in enumerate(series):
            value = values[g]
            if value is None:
                continue
            top = _scale(min(value, high), 0, high, HEIGHT - BOTTOM, TOP)
            body.append(f'<rect x="{x0 + s * bar:.1f}" y="{top:.1f}" width="{bar - 1:.1f}" height="{HEIGHT - BOTTOM - top:.1f}" '
                        f'fill="{PALETTE[s % len(PALETTE)]}"><title>{escape(group)}{colon()} {format_percent(value, 1)}</title></rect>')
        body.append(f'<text x="{LEFT + g * slot + slot / 2:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" font-size="11">{escape(group)}</text>')
    return _frame(title, description, body, [(name, i) for i, (name, _v) in enumerate(series)], "", y_label)


def lines(title: str, description: str, series: list[Line], x_label: str, y_label: str, x_range: tuple[float, float] = (0, 1),
          y_range: tuple[float, float] = (0, 1), percent_y: bool = True, references: list[tuple[str, float]] | None = None,
          diagonal: bool = False) -> str:
    """Line chart with markers; `references` are labelled horizontal lines (a bound), `diagonal` the line y = x."""
    (x0, x1), (y0, y1) = x_range, y_range
    body = _y_axis(y0, y1, percent=percent_y)
    for i in range(6):
        value = x0 + (x1 - x0) * i / 5
        x = _scale(value, x0, x1, LEFT, WIDTH - RIGHT)
        body.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" font-size="11">{format_percent(value, 0)}</text>')
    if diagonal:
        body.append(f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{TOP}" stroke="#999" stroke-dasharray="3 3"/>')
    for name, value in references or []:
        y = _scale(value, y0, y1, HEIGHT - BOTTOM, TOP)
        body.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#B00020" stroke-width="1.5" stroke-dasharray="5 3"/>'
                    f'<text x="{WIDTH - RIGHT - 4}" y="{y - 4:.1f}" text-anchor="end" font-size="11" color="#B00020">{escape(name)}</text>')
    for s, line in enumerate(series):
        points = [(_scale(x, x0, x1, LEFT, WIDTH - RIGHT), _scale(min(max(y, y0), y1), y0, y1, HEIGHT - BOTTOM, TOP)) for x, y in line.points]
        if not points:
            continue
        colour, dash = PALETTE[s % len(PALETTE)], DASHES[s % len(DASHES)]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        body.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/>')
        body.extend(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>' for x, y in points)
    return _frame(title, description, body, [(line.name, i) for i, line in enumerate(series)], x_label, y_label)
