"""Accessible server-rendered SVG: horizontal bars, one per row, with the figure written beside the bar; a hidden
(suppressed) figure gets no bar and its "verborgen" text. The page shows the same figures in a table next to the chart.
Colours from the Okabe-Ito palette (werkregie.screening.charts); the highlighted row differs by pattern, not only colour."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.translation import gettext as _

from werkregie.screening.charts import PALETTE, chart_id, ground, texts_last


@dataclass(frozen=True)
class Layout:
    row: int
    label: int
    width: int
    value: int
    font: int


# Each bar with its name on the line above it (walk of stop 41: names beside the bars were cut at 30 characters, long
# ones ran off the drawing, and a 640-wide drawing shrank its 12-point text to 6–7 px on a 390 px phone). The drawing is
# 420 wide and capped at about that on wide screens (site.css svg.kpi-chart), so its text stays 12–17 px everywhere.
STACKED = Layout(44, 0, 420, 110, 15)
# A compact drawing for a chart of a few short rows that phones show too (the career signals' four quarters): a viewBox
# about as wide as the chart is on a 390 px phone (about 280 px), so its text stays about 13 px there instead of being scaled down to 6–7 px
# (walk of issue 13); the attribute data-compact caps its width on wide screens (site.css), where it would grow instead.
COMPACT = Layout(28, 70, 300, 90, 14)
LABEL_CHARACTERS = 50  # at 15 px about the drawing's width; the table beside it has the whole name
PAD = 8


def _short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


def bars(title: str, description: str, rows: list[dict], highlight: str | None = None, reference: tuple[str, float] | None = None,
         compact: bool = False) -> str:
    """rows: {"label", "value" (float or None), "text"}; `highlight` the label drawn with a hatch (a legend under the
    drawing says so); `reference` a labelled line; `compact`: the phone-sized drawing (COMPACT) for a few short labels."""
    ident = chart_id("k", title, description)
    high = max([r["value"] or 0 for r in rows] + [reference[1] if reference else 0]) or 1
    lay = COMPACT if compact else STACKED
    row_h, label_w, width, font = lay.row, lay.label, lay.width, lay.font
    left = label_w if compact else PAD
    # room after the longest bar for the longest figure written after it ("77,2 % (2022, 4e kwartaal)"), at about 0.6 em
    # a character: the bars are shortened rather than a figure running off the drawing (walk of stop 41)
    value_w = lay.value if compact else max([lay.value // 2] + [round(len(str(r["text"])) * font * 0.6) + 8 for r in rows])
    plot = width - left - value_w
    legend = 24 if highlight and not compact else 0
    height = row_h * len(rows) + 30 + legend
    out = [f'<svg class="chart kpi-chart"{" data-compact" if compact else ""} viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-t {ident}-d" '
           f'xmlns="http://www.w3.org/2000/svg"><title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(description)}</desc>',
           f'<defs><pattern id="{ident}-h" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
           f'<rect width="6" height="6" fill="{PALETTE[1]}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern></defs>',
           ground(width, height)]
    body = []
    for i, row in enumerate(rows):
        y = 10 + i * row_h
        label = str(row["label"])
        if compact:  # the name left of the bar
            body.append(f'<text class="bar-label" x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="{font}" aria-hidden="true">{escape(label[:30])}</text>')
            bar_y, bar_h, text_y = y + 3, row_h - 8, y + 15
        else:  # the name above the bar, as long as the drawing is wide
            body.append(f'<text class="bar-label" x="{PAD}" y="{y + 13}" font-size="{font}" aria-hidden="true">{escape(_short(label, LABEL_CHARACTERS))}</text>')
            bar_y, bar_h, text_y = y + 18, row_h - 26, y + 30
        if row["value"] is not None:
            w = max(1.0, plot * row["value"] / high) if row["value"] else 0
            fill = f"url(#{ident}-h)" if highlight and label == highlight else PALETTE[0]
            body.append(f'<rect x="{left}" y="{bar_y}" width="{w:.1f}" height="{bar_h}" fill="{fill}"/>')
            x_text = left + w + 4
        else:
            x_text = left + 4
        body.append(f'<text x="{x_text:.1f}" y="{text_y}" font-size="{font}" aria-hidden="true">{escape(str(row["text"]))}</text>')
    if reference:
        x = left + plot * reference[1] / high
        bottom = height - legend
        body.append(f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{bottom - 18}" stroke="#B00020" stroke-dasharray="5 3" stroke-width="1.5"/>'
                   f'<text x="{x:.1f}" y="{bottom - 4}" text-anchor="middle" font-size="{font}" color="#B00020" aria-hidden="true">{escape(reference[0])}</text>')
    if legend:  # what the hatched bar is (walk of stop 41: the pattern was explained nowhere)
        y = height - legend
        key = _("gearceerd: %(name)s") % {"name": _short(highlight, 40)}
        body.append(f'<rect x="{PAD}" y="{y + 4}" width="18" height="14" fill="url(#{ident}-h)"/>'
                    f'<text x="{PAD + 24}" y="{y + 16}" font-size="{font}" aria-hidden="true">{escape(key)}</text>')
    out.append(texts_last("".join(body)) + "</svg>")
    return "".join(out)


def paired_bars(title: str, description: str, rows: list[dict], series: tuple[str, str]) -> str:
    """Two figures per row (the vacancies' demand for a skill and the job seekers who have it): each row's name above a
    dark bar and a light one, each bar with its figure; a key under the drawing names the two `series`. rows: {"label",
    "first", "first_text", "second" (None: not shown), "second_text"}. The same layout as `bars` (STACKED), replacing the
    sector view's stretched unlabelled drawing (walk of stop 42)."""
    ident = chart_id("p", title, description)
    lay, colours = STACKED, (PALETTE[0], "#56B4E9")
    high = max([r["first"] or 0 for r in rows] + [r["second"] or 0 for r in rows]) or 1
    value_w = max([lay.value // 2] + [round(len(str(r[k])) * lay.font * 0.6) + 8 for r in rows for k in ("first_text", "second_text")])
    plot, row_h, bar_h = lay.width - PAD - value_w, 58, 14
    height = row_h * len(rows) + 22 + 24 * len(series)  # the key: one line per series, its whole name
    out = [f'<svg class="chart kpi-chart" viewBox="0 0 {lay.width} {height}" role="img" aria-labelledby="{ident}-t {ident}-d" '
           f'xmlns="http://www.w3.org/2000/svg"><title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(description)}</desc>',
           ground(lay.width, height)]
    body = []
    for i, row in enumerate(rows):
        y = 10 + i * row_h
        body.append(f'<text class="bar-label" x="{PAD}" y="{y + 13}" font-size="{lay.font}" aria-hidden="true">{escape(_short(str(row["label"]), LABEL_CHARACTERS))}</text>')
        for k, (value, text) in enumerate(((row["first"], row["first_text"]), (row["second"], row["second_text"]))):
            top = y + 18 + k * (bar_h + 2)
            w = max(1.0, plot * value / high) if value else 0
            if value is not None:
                body.append(f'<rect x="{PAD}" y="{top}" width="{w:.1f}" height="{bar_h}" fill="{colours[k]}"/>')
            body.append(f'<text x="{PAD + w + 4:.1f}" y="{top + 12}" font-size="{lay.font - 2}" aria-hidden="true">{escape(str(text))}</text>')
    for k, name in enumerate(series):
        y = height - 24 * (len(series) - k) - 4
        body.append(f'<rect x="{PAD}" y="{y + 4}" width="18" height="14" fill="{colours[k]}"/>'
                    f'<text x="{PAD + 24}" y="{y + 16}" font-size="{lay.font - 2}" aria-hidden="true">{escape(_short(str(name), LABEL_CHARACTERS))}</text>')
    out.append(texts_last("".join(body)) + "</svg>")
    return "".join(out)
