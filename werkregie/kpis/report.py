"""The quarterly transparency report of a municipality as a PDF (issue 14, point 6): every KPI of the catalogue on the
last day of the quarter, for the municipality beside the median of its ten comparable municipalities and Flanders,
with a bar chart and the same figures in a table, each KPI's definition and source, the comparison group and its
method, and how small cells are hidden. Built from `use_cases.comparison` — the same suppressed aggregates as the
pages and exports — so the report never shows a figure the dashboard hides.

    werkregie kpi report --municipality 44021 --quarter 2026-K3 --out gent-2026-K3.pdf
    /kerncijfers/gemeente/rapport.pdf?gemeente=44021&kwartaal=2026-K3
"""

from __future__ import annotations

import datetime as dt
import io
import re

from django.utils import formats
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core import clock, dates
from werkregie.core.errors import FieldError, InvalidInput
from werkregie.formats.punctuation import colon, for_standard_fonts, semicolon

from . import comparable, use_cases

# the Dutch K, the English Q and the French T (trimestre), before or after the year: "2026-K3", "2026Q3", "T3 2026"
QUARTER = re.compile(r"^\s*(?:(\d{4})\s*[-/ ]?\s*[KQTkqt]\s*([1-4])|[KQTkqt]\s*([1-4])\s*[-/ ]?\s*(\d{4}))\s*$")


def finished_quarters(count: int = 8, today: dt.date | None = None) -> list[str]:
    """The last `count` finished quarters, newest first ("2026-K3", …): the values of the report form's choices, the
    same in every language."""
    year, number = parse_quarter(None, today)
    out = []
    for _i in range(count):
        out.append(f"{year}-K{number}")
        year, number = (year, number - 1) if number > 1 else (year - 1, 4)
    return out


def quarter_name(year: int, number: int) -> str:
    """The quarter as the report names it in the reader's language, the year first so that reports sort by time:
    "2026-K3", "2026-T3" (trimestre), "2026-Q3"."""
    return _("%(year)s-K%(number)s") % {"year": year, "number": number}


def quarter_choices(count: int = 8, today: dt.date | None = None) -> list[dict]:
    """The report form's choices: each finished quarter's value in the query (the same in every language) and its name."""
    return [{"value": value, "label": quarter_name(*parse_quarter(value))} for value in finished_quarters(count, today)]


def parse_quarter(text: str | None, today: dt.date | None = None) -> tuple[int, int]:
    """"2026-K3" (Dutch), "2026Q3", "2026 Q3", "T3 2026" → (2026, 3). Empty: the last completed quarter."""
    if not (text or "").strip():
        today = today or clock.today()
        current = (today.month - 1) // 3 + 1
        return (today.year, current - 1) if current > 1 else (today.year - 1, 4)
    found = QUARTER.match(text)
    if not found:
        raise InvalidInput(_("Ongeldig kwartaal."), [FieldError("kwartaal", _("schrijf het kwartaal als JJJJ-K1 tot JJJJ-K4, bijvoorbeeld 2026-K3"))])
    year, number = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
    first, last = dates.limits()
    return dates.check_year(int(year), "kwartaal", first.year, last.year), int(number)


def quarter_end(year: int, quarter: int) -> dt.date:
    first_next = dt.date(year + (quarter == 4), quarter % 4 * 3 + 1, 1)
    return first_next - dt.timedelta(days=1)


def report_data(principal: Principal, nis: str | None, quarter: str | None) -> dict:
    year, number = parse_quarter(quarter)
    on = quarter_end(year, number)
    if on > clock.today():
        raise InvalidInput(_("Dit kwartaal is nog niet voorbij."), [FieldError("kwartaal", _("kies een afgelopen kwartaal"))])
    data = use_cases.comparison(principal, nis, on)
    return {**data, "quarter": f"{year}-K{number}", "quarter_label": quarter_name(year, number), "quarter_end": on}


def _bars(rows: list[tuple[str, float | None]], percent: bool):  # noqa: ANN202 - a reportlab Drawing
    """A horizontal bar chart of the shown figures; a hidden figure gets no bar (its label says so)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    values = [0 if value is None else (100 * value if percent else value) for _label, value in rows]
    chart_max = 100 if percent else max(values + [1]) * 1.1
    drawing = Drawing(440, 22 * len(rows) + 20)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 170, 10, 250, 22 * len(rows)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [label[:34] for label, _value in reversed(rows)]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = chart_max
    chart.valueAxis.labels.fontSize = 7
    # the axis reads as the figures do: percentages 0–100 %, counts with a thousands point
    chart.valueAxis.labelTextFormat = (lambda v: f"{v:.0f} %") if percent else (lambda v: f"{v:,.0f}".replace(",", "."))
    chart.bars[0].fillColor = colors.HexColor("#1d4f91")  # the pages' accent colour; text stays black on white
    drawing.add(chart)
    return drawing


def render_pdf(data: dict) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()

    def _paragraph(text: str, style) -> Paragraph:  # noqa: ANN001
        return Paragraph(for_standard_fonts(str(text)), style)  # Helvetica has no U+202F (French ';' '?' '!')

    name = data["municipality"]["name"]
    title = _("Transparantierapport %(municipality)s — %(quarter)s") % {"municipality": name, "quarter": data["quarter_label"]}
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=title, author="werkregie", subject=_("Kerncijfers per gemeente"),
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm, lang=f"{get_language() or 'nl'}-BE")
    day = formats.date_format(data["quarter_end"], "d/m/Y")
    below = data["kpis"][0]["suppressed_below"] if data["kpis"] else 10
    story = [
        _paragraph(title, styles["Title"]),
        _paragraph(_("Peildatum %(day)s (laatste dag van het kwartaal). Alle cijfers komen uit de gegevens van het platform zelf, "
                    "tenzij een cijfer als officiële statistiek is aangeduid. Aantallen kleiner dan %(below)d worden niet getoond, en "
                    "waar nodig ook andere cellen, zodat een verborgen aantal niet uit totalen kan worden afgeleid.")
                  % {"day": day, "below": below}, styles["BodyText"]),
        Spacer(1, 4 * mm),
        _paragraph(_("Vergelijkbare gemeenten"), styles["Heading2"]),
        # the group follows the figures of the reference date (comparable.py), so it can differ from today's page
        _paragraph(_("De tien gemeenten die op %(day)s het meest op deze gemeente leken (de groep volgt de cijfers van die dag):")
                   % {"day": day}, styles["BodyText"]),
        _paragraph(", ".join(p["name"] for p in data["peers"]) or _("geen"), styles["BodyText"]),
        Spacer(1, 4 * mm),
    ]
    cell_style = TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                             ("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("ALIGN", (1, 1), (-1, -1), "RIGHT")])
    for row in data["kpis"]:
        kpi = row["kpi"]
        percent = kpi["kind"] == "rate"
        shown = [(row["own"]["label"], row["own"]["value"]), (_("Mediaan vergelijkbare gemeenten"), row["peer_median"])]
        if percent:  # a share compares with Flanders; a count of Flanders would flatten the municipality's bar (it stays in the table)
            shown.append((row["flanders"]["label"], row["flanders"]["value"]))
        table = Table([[_("Gebied"), _("Waarde")], [row["own"]["label"], row["own"]["text"]],
                       [row["peer_median_label"], row["peer_median_text"]], [row["flanders"]["label"], row["flanders"]["text"]]],
                      colWidths=[110 * mm, 40 * mm])
        table.setStyle(cell_style)
        # a chart only where it has a bar to draw (walk of stop 41: empty frames where every figure was hidden or zero)
        drawn = [(label, value) for label, value in shown if value]
        chart = _bars(shown, percent) if drawn else _paragraph(_("Geen grafiek: er is geen getoond cijfer groter dan nul."), styles["Italic"])
        story.append(KeepTogether([
            _paragraph(kpi["name"], styles["Heading3"]),
            _paragraph(f'{kpi["definition"]} <i>({kpi["statistic"]}{semicolon()} {_("bron")}{colon()} {kpi["source"]})</i>', styles["BodyText"]),
            Spacer(1, 2 * mm), table, Spacer(1, 2 * mm), chart, Spacer(1, 3 * mm),
        ]))
    story += [_paragraph(_("Methode van de vergelijking"), styles["Heading2"]),
              _paragraph(str(comparable.METHOD), styles["BodyText"])]
    doc.build(story)
    return buffer.getvalue()


def municipality_report(principal: Principal, nis: str | None, quarter: str | None) -> tuple[str, bytes]:
    """(file name, PDF) of a municipality's report; a municipality worker always gets its own."""
    data = report_data(principal, nis, quarter)
    # named in the reader's language: "transparantierapport-44021-2026-K3.pdf", "rapport-de-transparence-44021-2026-T3.pdf"
    stem = slugify(_("transparantierapport"))
    return f"{stem}-{data['municipality']['code']}-{data['quarter_label']}.pdf", render_pdf(data)
