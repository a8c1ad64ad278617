"""The balance over time as a small SVG step chart (no script, no inline style: the CSP allows neither). The SVG only
draws the line; its period, highest and current balance are said in words (its title and description, and the same
sentence as the visible caption) and every figure is in the table next to it — HTML that every reader and every
contrast checker can read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from xml.sax.saxutils import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from werkregie.formats.numbers import format_number

W, H = 640, 200
PAD = 10


def _x(day: dt.date, first: dt.date, last: dt.date) -> float:
    return PAD + (W - 2 * PAD) * (day - first).days / max(1, (last - first).days)


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
    top = max(Decimal(1), *(by_day.values()))

    def y(value: Decimal) -> float:
        return PAD + (H - 2 * PAD) * float(1 - value / top)

    path = [f"M{_x(first, first, last):.1f},{y(Decimal(0)):.1f}"]
    now = Decimal(0)
    for day in days:
        x = _x(day, first, last)
        path.append(f"L{x:.1f},{y(now):.1f} L{x:.1f},{y(by_day[day]):.1f}")
        now = by_day[day]
    path.append(f"L{_x(last, first, last):.1f},{y(now):.1f}")
    def amount(value: Decimal) -> str:  # € before the amount (€ 420,00), other units after it (12,00 uur)
        return f"€\u00a0{format_number(value, 2)}" if unit_label == "€" else f"{format_number(value, 2)}\u00a0{unit_label}"

    sentence = _("Van %(first)s tot %(last)s; hoogste saldo %(top)s, nu %(now)s. Alle bedragen staan ook in de tabel.") % {
        "first": first.strftime("%d/%m/%Y"), "last": last.strftime("%d/%m/%Y"), "top": amount(top), "now": amount(now)}
    grid = "".join(f'<line x1="{PAD}" x2="{W - PAD}" y1="{y(top * f):.1f}" y2="{y(top * f):.1f}" stroke="#c8ccd0" stroke-width="1"/>'
                   for f in (Decimal(0), Decimal("0.5"), Decimal(1)))
    svg = (f'<svg class="chart" viewBox="0 0 {W} {H}" width="100%" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
           f'xmlns="http://www.w3.org/2000/svg"><title id="{chart_id}-title">{escape(_("Saldo doorheen de tijd"))}</title>'
           f'<desc id="{chart_id}-desc">{escape(sentence)}</desc><rect x="0" y="0" width="{W}" height="{H}" fill="#fff"/>{grid}'
           f'<path d="{" ".join(path)}" fill="none" stroke="#0b3d91" stroke-width="3"/></svg>')
    return mark_safe(svg), sentence  # noqa: S308 - built here from numbers and escaped text
