"""The quarterly transparency report of a municipality as a PDF (issue 14, point 6): every KPI of the catalogue on the
last day of the quarter, for the municipality beside the median of its ten comparable municipalities and Flanders,
with a bar chart and the same figures in a table, each KPI's definition and source, the comparison group and its
method, and how small cells are hidden. Built from `use_cases.comparison` — the same suppressed aggregates as the
pages and exports — so the report never shows a figure the dashboard hides.

The PDF is an accessible one (PDF/UA-1, tagged): the template kpis/report.html rendered by WeasyPrint, with the
pages' SVG charts (charts.py) and every number written as the report's language writes it (1.234 / 1 234 / 1,234).

    werkregie kpi report --municipality 44021 --quarter 2026-K3 --out gent-2026-K3.pdf
    /kerncijfers/gemeente/rapport.pdf?gemeente=44021&kwartaal=2026-K3
"""

from __future__ import annotations

import datetime as dt
import re

from django.template.loader import render_to_string
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core import clock, dates
from werkregie.core.errors import FieldError, InvalidInput
from werkregie.formats.punctuation import colon, join_semicolons

from . import catalogue, charts, comparable, use_cases

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


def _chart(row: dict, kpi: catalogue.Kpi, name: str, language: str) -> tuple[list[dict], str, str]:
    """(the table's rows, the chart, why there is no chart) of one KPI. The chart is the pages' drawing (charts.bars)
    of the municipality, the median of its comparison group and, for a share, Flanders (a count of Flanders would
    flatten the municipality's bar: it stays in the table); its title, which the PDF gives the figure as its
    alternative text, names every figure drawn."""
    # every figure as the report's language writes it (the English report wrote "1.234" for a thousand), hidden ones in words
    own = row["own"]
    median_label = _("Mediaan vergelijkbare gemeenten")
    own_row = {"label": own["label"], "value": own["value"], "text": use_cases.number(own["value"], kpi, own["hidden"], language)}
    median_text = "—" if row["peer_median"] is None else use_cases.number(row["peer_median"], kpi, False, language)
    flanders = row["flanders"]
    flanders_row = {"label": flanders["label"], "value": flanders["value"], "text": use_cases.number(flanders["value"], kpi, flanders["hidden"], language)}
    table = [own_row, {"label": row["peer_median_label"], "text": median_text}, flanders_row]
    if own["hidden"]:  # the municipality's own bar is the point of the chart: say why it is missing (walk of issue 14)
        return table, "", _("Geen grafiek: het cijfer van %(municipality)s is verborgen, omdat het anders een aantal kleiner dan %(below)d "
                             "zou tonen of laten afleiden.") % {"municipality": name, "below": row["suppressed_below"]}
    drawn = [own_row, {"label": median_label, "value": row["peer_median"], "text": median_text}]
    if kpi.kind == "rate":
        drawn.append(flanders_row)
        description = _("Dezelfde cijfers staan in de tabel erboven.")
    else:
        description = _("Dezelfde cijfers staan in de tabel erboven, die ook het aantal van Vlaanderen geeft: dat is van een andere grootte.")
    # a chart only where it has a bar to draw (walk of stop 41: empty frames where every figure was hidden or zero)
    if not any(r["value"] for r in drawn):
        return table, "", _("Geen grafiek: er is geen getoond cijfer groter dan nul.")
    figures = join_semicolons(f'{r["label"]}{colon()} {r["text"]}' for r in drawn)
    title = _("%(kpi)s, staafdiagram: %(figures)s.") % {"kpi": kpi.name, "figures": figures}
    return table, mark_safe(charts.bars(title, description, drawn, highlight=own["label"])), ""  # charts.bars escapes what it draws


def context(data: dict) -> dict:
    """What the report's template shows, in the active language: the KPIs grouped by theme as the catalogue orders them."""
    language = (get_language() or "nl").split("-")[0]
    name = data["municipality"]["name"]
    themes: dict[str, list[dict]] = {}
    for row in data["kpis"]:
        kpi = catalogue.BY_CODE[row["kpi"]["code"]]
        table, chart, no_chart = _chart(row, kpi, name, language)
        themes.setdefault(kpi.theme, []).append({"kpi": row["kpi"], "table": table, "chart": chart, "no_chart": no_chart})
    below = data["kpis"][0]["suppressed_below"] if data["kpis"] else 10
    day = formats.date_format(data["quarter_end"], "d/m/Y")
    intro = _("Peildatum %(day)s (laatste dag van het kwartaal). Alle cijfers komen uit de gegevens van het platform zelf, "
              "tenzij een cijfer als officiële statistiek is aangeduid. Aantallen kleiner dan %(below)d worden niet getoond, en "
              "waar nodig ook andere cellen, zodat een verborgen aantal niet uit totalen kan worden afgeleid.") % {"day": day, "below": below}
    # the group follows the figures of the reference date (comparable.py), so it can differ from today's page
    peers_intro = _("De tien gemeenten die op %(day)s het meest op deze gemeente leken (de groep volgt de cijfers van die dag):") % {"day": day}
    return {"language": language, "title": title_of(data), "data": data, "intro": intro, "peers_intro": peers_intro, "method": str(comparable.METHOD),
            "themes": [{"name": catalogue.THEMES[theme], "kpis": kpis} for theme, kpis in themes.items()]}


def title_of(data: dict) -> str:
    return _("Transparantierapport %(municipality)s — %(quarter)s") % {"municipality": data["municipality"]["name"], "quarter": data["quarter_label"]}


def render_html(data: dict) -> str:
    return render_to_string("kpis/report.html", context(data))


def render_pdf(data: dict) -> bytes:
    """The report as a tagged PDF/UA-1 (WeasyPrint): headings, paragraphs, tables with header cells and figures with
    their alternative text in the structure tree, the document's language and title, its font (DejaVu Sans, from
    Debian's fonts-dejavu-core) embedded. Nothing is fetched: the charts are inline SVG, the font a system font."""
    from weasyprint import HTML

    return HTML(string=render_html(data)).write_pdf(pdf_variant="pdf/ua-1")


def warm() -> None:
    """Import WeasyPrint and lay out one line in this process (a server's worker, before its first request): the first
    report of a process otherwise pays about a second for the import, the C declarations and the default stylesheet."""
    from weasyprint import HTML

    HTML(string='<html lang="nl"><title>warm</title><p>1.234 — 45,2 %</p></html>').write_pdf(pdf_variant="pdf/ua-1")


def municipality_report(principal: Principal, nis: str | None, quarter: str | None) -> tuple[str, bytes]:
    """(file name, PDF) of a municipality's report; a municipality worker always gets its own."""
    data = report_data(principal, nis, quarter)
    # named in the reader's language: "transparantierapport-44021-2026-K3.pdf", "rapport-de-transparence-44021-2026-T3.pdf"
    stem = slugify(_("transparantierapport"))
    return f"{stem}-{data['municipality']['code']}-{data['quarter_label']}.pdf", render_pdf(data)
