"""Accessible server-rendered SVG: horizontal bars, one per row, with the figure written beside the bar; a hidden
(suppressed) figure gets no bar and its "verborgen" text. The page shows the same figures in a table next to the chart.
Colours from the Okabe-Ito palette (werkregie.screening.charts); the highlighted row differs by pattern, not only colour."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from werkregie.screening.charts import PALETTE, chart_id, ground, texts_last


@dataclass(frozen=True)
class Layout:
    row: int
    label: int
    width: int
    value: int
    font: int


WIDE = Layout(26, 190, 640, 90, 12)
# A compact drawing for a chart of a few short rows that phones show too (the career signals' four quarters): a viewBox
# about as wide as the chart is on a 390 px phone (about 280 px), so its text stays about 13 px there instead of being scaled down to 6–7 px
# (walk of issue 13); the attribute data-compact caps its width on wide screens (site.css), where it would grow instead.
COMPACT = Layout(28, 70, 300, 90, 14)


def bars(title: str, description: str, rows: list[dict], highlight: str | None = None, reference: tuple[str, float] | None = None,
         compact: bool = False) -> str:
    """rows: {"label", "value" (float or None), "text"}; `highlight` the label drawn with a hatch; `reference` a labelled line;
    `compact`: the phone-sized drawing (COMPACT) for a few short labels."""
    ident = chart_id("k", title, description)
    high = max([r["value"] or 0 for r in rows] + [reference[1] if reference else 0]) or 1
    lay = COMPACT if compact else WIDE
    row_h, label_w, width, font = lay.row, lay.label, lay.width, lay.font
    plot = width - label_w - lay.value
    height = row_h * len(rows) + 30
    out = [f'<svg class="chart kpi-chart"{" data-compact" if compact else ""} viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-t {ident}-d" '
           f'xmlns="http://www.w3.org/2000/svg"><title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(description)}</desc>',
           f'<defs><pattern id="{ident}-h" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
           f'<rect width="6" height="6" fill="{PALETTE[1]}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern></defs>',
           ground(width, height)]
    body = []
    for i, row in enumerate(rows):
        y = 10 + i * row_h
        label = str(row["label"])
        body.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="{font}" aria-hidden="true">{escape(label[:30])}</text>')
        if row["value"] is not None:
            w = max(1.0, plot * row["value"] / high) if row["value"] else 0
            fill = f"url(#{ident}-h)" if highlight and label == highlight else PALETTE[0]
            body.append(f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{fill}"/>')
            x_text = label_w + w + 4
        else:
            x_text = label_w + 4
        body.append(f'<text x="{x_text:.1f}" y="{y + 15}" font-size="{font}" aria-hidden="true">{escape(str(row["text"]))}</text>')
    if reference:
        x = label_w + plot * reference[1] / high
        body.append(f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{height - 18}" stroke="#B00020" stroke-dasharray="5 3" stroke-width="1.5"/>'
                   f'<text x="{x:.1f}" y="{height - 4}" text-anchor="middle" font-size="11" color="#B00020" aria-hidden="true">{escape(reference[0])}</text>')
    out.append(texts_last("".join(body)) + "</svg>")
    return "".join(out)
