"""The balance over time as a small SVG step chart (no script, no inline style: the CSP allows neither), with labelled
axes: the balance on the vertical axis in Belgian notation (€ 1.250, or 12 uur), the dates on the horizontal axis as
DD/MM/YYYY, and each axis named. The drawing is one image for assistive technology (role="img"): its title and
description say the period, the axes' ranges, the highest and the current balance in words (the same sentence as the
visible caption), and every figure is in the table next to it — HTML that every reader and every contrast checker can
read. Text is dark on white (the contrast of SVG text is checked by the browser tests); ids carry the chart's own id,
so two charts on one page never share one."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, Decimal
from xml.sax.saxutils import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from werkregie.formats.numbers import format_number
from werkregie.screening.charts import ground, texts_last

# A viewBox about as wide as the chart is on a 390 px phone (a figure in the page: about 280 px), so the text keeps its
# size there: a 560-wide drawing was scaled to 6–7 px high text at 390 (walk of issue 13). The attribute data-compact
# caps its width on wide screens (site.css), where it would grow instead.
W, H = 300, 220
LEFT, RIGHT, TOP, BOTTOM = 70, 8, 32, 50  # room for the amounts on the left, the dates and the axis name below
FONT = 14  # in the viewBox: about 13 px on a 390 px phone
INK, AXIS, GRID, LINE = "#1a1a1a", "#595959", "#d5d8db", "#0b3d91"
MAX_DATE_TICKS = 2  # DD/MM/YYYY is ten characters (about 76 units at FONT): the first and the last day fit the 222-unit axis


def _x(day: dt.date, first: dt.date, last: dt.date) -> float:
    return LEFT + (W - LEFT - RIGHT) * (day - first).days / max(1, (last - first).days)


def nice_step(top: Decimal, ticks: int = 4) -> Decimal:
    """A step of 1, 2, 2.5 or 5 times a power of ten, so that `ticks` steps or fewer reach `top` (0 → 500 by 100s)."""
    raw = max(top, Decimal("0.01")) / ticks
    power = Decimal(10) ** (raw.adjusted())
    for factor in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def date_ticks(first: dt.date, last: dt.date, most: int = MAX_DATE_TICKS) -> list[dt.date]:
    """The first and the last day, and evenly spaced days between them (fewer when the period is short)."""
    span = (last - first).days
    count = max(2, min(most, span + 1))
    return list(dict.fromkeys(first + dt.timedelta(days=round(span * i / (count - 1))) for i in range(count)))


def balance_chart(points: list[tuple[dt.date, Decimal]], today: dt.date, unit_label: str = "€",
                  chart_id: str = "balance-chart") -> tuple[SafeString, str]:
    """`points`: (day, balance after that posting), oldest first. Returns (the SVG, the sentence that describes it)."""
    if not points:
        return mark_safe(""), ""
    by_day: dict[dt.date, Decimal] = {}
    for day, value in points:
        by_day[day] = value  # the last posting of a day gives the day's closing balance
    days = sorted(by_day)
    first, last = days[0], max(days[-1], today)
    if first == last:
        first = last - dt.timedelta(days=30)
    highest = max(Decimal(0), *(by_day.values()))
    step = nice_step(max(highest, Decimal(1)))  # an account that never held anything still gets a readable axis
    top = step * max(1, (highest / step).to_integral_value(rounding=ROUND_CEILING))  # the first tick at or above the highest

    def y(value: Decimal) -> float:
        return TOP + (H - TOP - BOTTOM) * float(1 - value / top)

    whole = step == step.to_integral_value()

    def amount(value: Decimal, decimals: int = 2) -> str:  # € before the amount (€ 420,00), other units after it (12,00 uur)
        number = format_number(value, decimals)
        return f"€\u00a0{number}" if unit_label == "€" else f"{number}\u00a0{unit_label}"

    path = [f"M{_x(first, first, last):.1f},{y(Decimal(0)):.1f}"]
    now = Decimal(0)
    for day in days:
        x = _x(day, first, last)
        path.append(f"L{x:.1f},{y(now):.1f} L{x:.1f},{y(by_day[day]):.1f}")
        now = by_day[day]
    path.append(f"L{_x(last, first, last):.1f},{y(now):.1f}")

    axis_name = _("Saldo in euro") if unit_label == "€" else _("Saldo in %(unit)s") % {"unit": unit_label}
    sentence = _("Van %(first)s tot %(last)s; hoogste saldo %(top)s, nu %(now)s. Alle bedragen staan ook in de tabel.") % {
        "first": first.strftime("%d/%m/%Y"), "last": last.strftime("%d/%m/%Y"), "top": amount(highest), "now": amount(now)}
    axes = _("Verticale as: %(name)s, van %(low)s tot %(high)s; horizontale as: de datum.") % {
        "name": axis_name.lower(), "low": amount(Decimal(0), 0 if whole else 2), "high": amount(top, 0 if whole else 2)}
    text = f'font-size="{FONT}" color="{INK}" aria-hidden="true"'
    parts = []
    value = Decimal(0)
    while value <= top:  # horizontal grid lines with the amount at the left
        parts.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="{GRID}" stroke-width="1"/>'
                     f'<text x="{LEFT - 8}" y="{y(value) + FONT / 3:.1f}" text-anchor="end" {text}>'
                     f'{escape(amount(value, 0 if whole else 2))}</text>')
        value += step
    ticks = date_ticks(first, last)
    for i, day in enumerate(ticks):  # the dates below the axis: the first flush left, the last flush right
        x = _x(day, first, last)
        anchor = "start" if i == 0 else "end" if i == len(ticks) - 1 else "middle"
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{H - BOTTOM}" y2="{H - BOTTOM + 6}" stroke="{AXIS}" stroke-width="1"/>'
                     f'<text x="{x:.1f}" y="{H - BOTTOM + 6 + FONT}" text-anchor="{anchor}" {text}>{day.strftime("%d/%m/%Y")}</text>')
    parts.append(f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{H - BOTTOM}" stroke="{AXIS}" stroke-width="1.5"/>'
                 f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{H - BOTTOM}" y2="{H - BOTTOM}" stroke="{AXIS}" stroke-width="1.5"/>'
                 f'<text x="4" y="{FONT + 4}" {text} font-weight="bold">{escape(axis_name)}</text>'
                 f'<text x="{(LEFT + W - RIGHT) / 2:.1f}" y="{H - 6}" text-anchor="middle" {text} font-weight="bold">{escape(_("Datum"))}</text>'
                 f'<path d="{" ".join(path)}" fill="none" stroke="{LINE}" stroke-width="3"/>')
    svg = (f'<svg class="chart" id="{chart_id}" data-compact viewBox="0 0 {W} {H}" width="100%" role="img" '
           f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">'
           f'<title id="{chart_id}-title">{escape(_("Saldo doorheen de tijd"))}</title>'
           f'<desc id="{chart_id}-desc">{escape(sentence)} {escape(axes)}</desc>{ground(W, H)}{texts_last("".join(parts))}</svg>')
    return mark_safe(svg), sentence  # noqa: S308 - built here from numbers and escaped text
