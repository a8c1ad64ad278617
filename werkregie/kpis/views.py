"""KPI pages: the analyst's drill-down (Flanders down to a municipality, or per group), a municipality beside its
comparison group, the management view (timeliness), the catalogue, and CSV exports of the same figures. Thin: the
use cases check the role and answer from the aggregates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import csvsafe
from werkregie.core.errors import DomainError, Forbidden, InvalidInput
from werkregie.formats.numbers import format_number
from werkregie.web.exports import Share, cell, csv_response, xlsx_response
from werkregie.web.helpers import roles

from . import catalogue, charts, comparable, geography, perms, use_cases
from .engine import DIMENSIONS

VIEWERS = (Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY)


def _problem(request: HttpRequest, exc: DomainError) -> HttpResponse:
    """A refused or impossible request on a page of its own, with the ways on from there for the reader's role (walk of
    stop 41: the page said what was wrong and offered only the catalogue)."""
    status = 403 if isinstance(exc, Forbidden) else 404 if exc.__class__.__name__ == "NotFound" else 400
    role = getattr(request.user, "role", None)
    ways = [(reverse("kpi_municipality"), _("De kerncijfers van uw gemeente"))] if role == Role.MUNICIPALITY else [
        (reverse("kpi_dashboard"), _("De kerncijfers van Vlaanderen")), (reverse("kpi_municipality"), _("Een gemeente naast vergelijkbare gemeenten"))]
    ways.append((reverse("kpi_catalogue"), _("Catalogus van de indicatoren")))
    return render(request, "kpis/problem.html", {"detail": exc.detail, "errors": exc.errors, "ways": ways}, status=status)


class DayForm(forms.Form):
    """The reference date typed on a KPI page; the use case parses it (parse_on), this form only carries its error back
    to the page: the error summary, the message beside the field and the value as typed."""

    peildatum = forms.CharField(label=gettext_lazy("Peildatum"), required=False, help_text=gettext_lazy("DD/MM/JJJJ"))


def _on_day(request: HttpRequest, call: Callable[[str | None], dict]) -> tuple[dict, DayForm, int]:
    """The page's figures for the typed date; a date that is not one gives the figures of today with the error on the
    form (status 400), so that the page with its form comes back instead of a bare error."""
    form = _typed_day(request)
    try:
        data = call(request.GET.get("peildatum"))
        return data, DayForm(initial={"peildatum": dt.date.fromisoformat(data["on"]).strftime("%d/%m/%Y")}, auto_id="f-%s"), 200
    except InvalidInput as exc:
        if not _date_error(form, exc):
            raise
        data = call(None)  # said in the summary: the figures below are today's, not those of the date typed (walk of stop 41)
        form.add_error(None, _("De cijfers hieronder zijn die van vandaag, %(day)s.") % {"day": dt.date.fromisoformat(data["on"]).strftime("%d/%m/%Y")})
        return data, form, 400


def _typed_day(request: HttpRequest) -> DayForm:
    form = DayForm(request.GET, auto_id="f-%s")
    form.is_valid()
    return form


def _date_error(form: DayForm, exc: InvalidInput) -> bool:
    """Put the date's error (the use case names it "on", core.dates words it) on the form's peildatum field; False when
    the error is about something else."""
    wrong = [e for e in exc.errors if e.field == "on"]
    if wrong:
        # shown after the field's label ("Peildatum: ongeldige datum; geef …"): lower case after the colon, as the other forms
        form.add_error("peildatum", f"{exc.detail[:1].lower()}{exc.detail[1:].rstrip('.')}; {wrong[0].message}.")
    return bool(wrong)


def _choices() -> dict:
    return {"kpis": [(k.code, k.name, catalogue.THEMES[k.theme]) for k in catalogue.CATALOGUE],
            "dimensions": [(d, use_cases.DIMENSION_LABELS[d]) for d in DIMENSIONS]}


OFFICIAL_PUBLISHERS = ("statbel.fgov.be", "statistiekvlaanderen.be", "ec.europa.eu", "nbb.be", "steunpuntwerk.be")


def points_below(gap: float) -> str:
    """"2,5 procentpunten" / "1 point de pourcentage": the plural follows the number as shown (one decimal), also for
    a fraction ("1,5 percentage points")."""
    shown = round(gap, 1)
    return ngettext("%(points)s procentpunt", "%(points)s procentpunten", 1 if shown == 1 else 2) % {"points": format_number(shown, 1)}


def _official(principal: Principal, units: list[tuple[str, str]] | None = None) -> dict:
    """The official employment rates for the page (all geographies, or those `units`), with their chart beside the target."""
    from urllib.parse import urlsplit

    from . import official

    data = use_cases.official_figures(principal)
    if units is not None:
        data["series"] = official.for_units(units)
    else:  # Flanders' page: Belgium and its regions to compare with, and Flemish provinces only (walk of stop 41: a Walloon
        # province and the EU28 of 2017 beside Flanders' latest quarter); the API keeps every published series
        data["series"] = [row for row in data["series"] if row["unit"] and (row["unit"]["level"] in ("all", "region")
                          or geography.covered((row["unit"]["level"], row["unit"]["code"])))]
    for row in data["series"]:
        row["latest"]["source_host"] = host = urlsplit(row["latest"]["source_url"]).netloc.removeprefix("www.")
        # a figure the shipped file takes from a report of it (a newspaper), not from the publisher: said so beside it
        # (walk of stop 39: nieuwsblad.be under "officiële statistiek")
        row["latest"]["reported"] = not any(host == h or host.endswith("." + h) for h in OFFICIAL_PUBLISHERS)
        gap = row["below_target"]
        row["gap_text"] = _("doel bereikt") if gap <= 0 else points_below(gap)
    data["mixed_periods"] = len({row["latest"]["period_text"] for row in data["series"]}) > 1
    target_text = f"{data['target']:.0f} %"
    data["target_text"] = target_text
    rows = [{"label": r["name"], "value": r["latest"]["value"], "text": f'{r["latest"]["text"]} ({r["latest"]["period_text"]})'} for r in data["series"]]
    data["chart"] = charts.bars(str(data["indicator"]), _("Staafdiagram met dezelfde cijfers als de tabel eronder; de stippellijn is het doel."), rows,
                                reference=(_("doel %(target)s") % {"target": target_text}, data["target"])) if rows else ""
    return data


@roles(*VIEWERS)
def dashboard(request: HttpRequest, principal: Principal) -> HttpResponse:
    g = request.GET
    try:
        data, form, status = _on_day(request, lambda on: use_cases.drilldown(principal, g.get("kpi") or "jobseekers", on, g.get("niveau"), g.get("code"),
                                                                            g.get("groep")))
    except DomainError as exc:
        return _problem(request, exc)
    kpi = catalogue.BY_CODE[data["kpi"]["code"]]
    chart = charts.bars(f'{data["kpi"]["name"]} — {data["unit"]["name"]}', _("Staafdiagram met dezelfde cijfers als de tabel eronder."),
                        data["rows"]) if data["rows"] else ""
    return render(request, "kpis/dashboard.html", {"data": data, "kpi": kpi, "chart": chart, "query": g.urlencode(), **_choices(),
                                                  "own": perms.own_municipality(principal), "form": form, "official": _official(principal)},
                  status=status)


def _comparison_chart(row: dict, own_name: str) -> str:
    """The chart beside a KPI's comparison table, with the table's rows: shares as they are; counts of places whose
    job seekers and leefloon clients are told per inhabitant per 100 inhabitants (a city's count beside a village's
    says nothing, walk of stop 41); other counts without Flanders, whose count is of another size (said)."""
    median_label = _("Mediaan vergelijkbare gemeenten")
    title = f'{row["kpi"]["name"]}: {own_name}'
    if row["kpi"]["kind"] == "rate":
        rows = [row["own"], *row["peers"], {"label": median_label, "value": row["peer_median"], "text": row["peer_median_text"]}, row["flanders"]]
        return charts.bars(title, _("Staafdiagram met dezelfde cijfers als de tabel ernaast."), rows, highlight=own_name)
    if "peer_median_per_100" in row:
        rows = [{"label": r["label"], "value": r.get("per_100"), "text": r.get("per_100_text", "—")} for r in (row["own"], *row["peers"])]
        rows += [{"label": median_label, "value": row["peer_median_per_100"], "text": row["peer_median_per_100_text"]},
                 {"label": row["flanders"]["label"], "value": row["flanders"].get("per_100"), "text": row["flanders"].get("per_100_text", "—")}]
        return charts.bars(f'{title} ({_("per 100 inwoners van 20–69 jaar")})',
                           _("Staafdiagram per 100 inwoners van 20–69 jaar: dezelfde cijfers als die kolom van de tabel ernaast."), rows, highlight=own_name)
    rows = [row["own"], *row["peers"], {"label": median_label, "value": row["peer_median"], "text": row["peer_median_text"]}]
    return charts.bars(title, _("Staafdiagram met dezelfde cijfers als de tabel ernaast, behalve Vlaanderen: dat aantal is van een andere grootte "
                                "en staat enkel in de tabel."), rows, highlight=own_name)


@roles(*VIEWERS)
def municipality(request: HttpRequest, principal: Principal) -> HttpResponse:
    requested = request.GET.get("gemeente") or perms.own_municipality(principal) or "44021"
    try:
        data, form, status = _on_day(request, lambda on: use_cases.comparison(principal, requested, on))
    except DomainError as exc:
        return _problem(request, exc)
    own_name = data["municipality"]["name"]
    for row in data["kpis"]:
        row["chart"] = _comparison_chart(row, own_name)
    places = sorted((p.nis, p.name) for p in geography.places().values() if p.region == "02000") if principal.role != Role.MUNICIPALITY else []
    from .report import quarter_choices

    place = geography.places()[data["municipality"]["code"]]
    official = _official(principal, [("province", place.province), ("region", place.region), ("all", "BE")])
    return render(request, "kpis/municipality.html", {"data": data, "places": sorted(places, key=lambda p: p[1]), "query": request.GET.urlencode(),
                                                      "quarters": quarter_choices(), "method_text": comparable.METHOD, "form": form,
                                                      "official": official}, status=status)


@roles(*VIEWERS)
def municipality_export(request: HttpRequest, principal: Principal, kind: str = "csv") -> HttpResponse:
    """The page's comparison as CSV or XLSX (comparison_export.py); a municipality worker always gets its own."""
    from . import comparison_export as export_rows

    requested = request.GET.get("gemeente") or perms.own_municipality(principal) or "44021"
    try:
        data = use_cases.comparison(principal, requested, request.GET.get("peildatum"))
    except DomainError as exc:
        return _problem(request, exc)
    prefix = _("vergelijking")  # (outside the f-string, where makemessages would not find it)
    stem = slugify(f'{prefix} {data["municipality"]["name"]} {dt.date.fromisoformat(data["on"]).strftime("%d-%m-%Y")}')
    if kind == "xlsx":
        rows = [*export_rows.meta(data), [], export_rows.header(), *export_rows.rows(data, export_rows.xlsx_value)]
        return xlsx_response(f"{stem}.xlsx", _sheet_title(data["municipality"]["name"]), rows, header=len(export_rows.meta(data)) + 1)
    return csv_response(f"{stem}.csv", export_rows.header(), [*export_rows.rows(data, export_rows.csv_value)])


@roles(*VIEWERS)
def municipality_report(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The quarterly transparency report as a PDF (a municipality worker always gets its own municipality's)."""
    from . import report

    requested = request.GET.get("gemeente") or perms.own_municipality(principal) or "44021"
    try:
        filename, pdf = report.municipality_report(principal, requested, request.GET.get("kwartaal"))
    except Forbidden as exc:
        return _problem(request, exc)
    except DomainError as exc:  # a quarter not finished or not read: say so on the page the form is on
        from django.contrib import messages
        from django.shortcuts import redirect

        messages.error(request, exc.errors[0].message.capitalize() + ". " + exc.detail if exc.errors else exc.detail)
        from urllib.parse import urlencode

        return redirect(f"{reverse('kpi_municipality')}?{urlencode({'gemeente': requested})}")  # as typed, encoded (attack of stop 30)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@roles(Role.ANALYST, Role.ADMIN)
def management(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        data, form, status = _on_day(request, lambda on: use_cases.management(principal, on))
    except DomainError as exc:
        return _problem(request, exc)
    for row in data["kpis"]:
        row["chart_rows"] = [row["flanders"], *row["provinces"]]
        row["chart"] = charts.bars(f'{row["kpi"]["name"]} — {_("per provincie")}', _("Staafdiagram met dezelfde cijfers als de tabel ernaast."),
                                   row["chart_rows"])
    return render(request, "kpis/management.html", {"data": data, "form": form}, status=status)


@roles(*VIEWERS)
def catalogue_page(request: HttpRequest, principal: Principal) -> HttpResponse:
    # the technical formula (cell names, Σ) for those who work on the figures, as on the agreement page (walk of stop 43)
    technical = principal.role in (Role.ANALYST, Role.ADMIN)
    return render(request, "kpis/catalogue.html", {"rows": use_cases.catalogue_rows(), "technical": technical})


def _exported(request: HttpRequest, principal: Principal, write: Callable[[dict], HttpResponse]) -> HttpResponse:
    """The drill-down written by `write` as a download. A wrong peildatum answers a 400 page in the platform's style:
    the error summary naming the field and why (core.dates' words, as on the KPI pages), and the same download form
    with the date as typed, so that it can be corrected in place; any other problem, the KPI problem page."""
    g = request.GET
    try:
        data = use_cases.drilldown(principal, g.get("kpi") or "jobseekers", g.get("peildatum"), g.get("niveau"), g.get("code"), g.get("groep"))
    except InvalidInput as exc:
        form = _typed_day(request)
        if not _date_error(form, exc):
            return _problem(request, exc)
        kept = [(k, v) for k, v in g.items() if k != "peildatum"]
        return render(request, "kpis/export_problem.html", {"form": form, "kept": kept, "action": request.path,
                                                          "back": f'{reverse("kpi_dashboard")}?{g.urlencode()}'}, status=400)
    except DomainError as exc:
        return _problem(request, exc)
    return write(data)


def _meta(data: dict) -> list[tuple[str, object]]:
    k = data["kpi"]
    return [(_("Indicator"), k["name"]), (_("Definitie"), k["definition"]), (_("Eenheid"), k["unit"]), (_("Bron"), k["source"]),
            (_("Formule"), k["formula"]), (_("Soort cijfer"), k["statistic"]), (_("Peildatum"), dt.date.fromisoformat(data["on"])),
            (_("Cellen kleiner dan"), data["suppressed_below"])]


# the exports' column heads, in the reader's language (walk of stop 41: "Aantal" and "Verborgen" stayed Dutch in French)
HEADER = (gettext_lazy("Niveau"), gettext_lazy("Code"), gettext_lazy("Naam"), gettext_lazy("Waarde"), gettext_lazy("Aantal"), gettext_lazy("Verborgen"))


def _table(data: dict, value_cell: Callable[[float | None], object]) -> list[list]:
    """The head and the rows of an export, as the page shows them (walk of stop 41): the group the row is for when the
    drill-down is by group, a share in percent, what the count under the figure is (the inflow a share rests on; the
    persons or vacancies counted otherwise), and the figure per 100 inhabitants where the page shows it."""
    k, dim = data["kpi"], data["dimension"]
    rate = k["kind"] == "rate"
    per_100 = data["total"].get("per_100") is not None and not dim
    head = [str(HEADER[0]), str(HEADER[1]), str(HEADER[2])]
    if dim:
        head.append(str(use_cases.DIMENSION_LABELS[dim]))
    head.append(f'{HEADER[3]} ({k["unit"]})')
    head.append(_("Instroom waarop het aandeel steunt") if rate else _("Aantal waarop het cijfer steunt"))
    if per_100:
        head.append(_("per 100 inwoners van 20–69 jaar"))
    head.append(str(HEADER[5]))
    rows = [head]
    for index, row in enumerate([data["total"], *data["rows"]]):
        cells = [geography.LEVEL_LABELS[row["unit"]["level"]], row["unit"]["code"], data["unit"]["name"] if dim else row["label"]]
        if dim:
            cells.append(_("alle groepen") if index == 0 else row["label"])
        cells += [value_cell(row["value"]), row["count"]]
        if per_100:
            cells.append(row.get("per_100"))
        cells.append(_("ja") if row["hidden"] else _("nee"))
        rows.append(cells)
    return rows


@roles(*VIEWERS)
def export(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The drill-down as CSV (semicolon-separated, decimal comma: opens as numbers in a Belgian spreadsheet), with the
    KPI's definition above the figures. Hidden cells stay empty, marked in the last column."""
    return _exported(request, principal, _csv)


def _csv(data: dict) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_file_stem(data)}.csv"'
    response.write("\ufeff")
    out = csvsafe.writer(response, delimiter=";")
    for label, value in _meta(data):
        out.writerow([label, cell(value)])
    out.writerow([])
    rate = data["kpi"]["kind"] == "rate"

    def decimal_comma(value: float | None, fixed: bool = False) -> str:
        text = "" if value is None else f"{value:.2f}"
        return (text if fixed else text.rstrip("0").rstrip(".") if "." in text else text).replace(".", ",")

    # a share in percent with two decimals ("45,20", as the page's "45,2 %"), other figures as they are
    for row in _table(data, lambda v: decimal_comma(None if v is None else 100 * v, fixed=True) if rate else decimal_comma(v)):
        out.writerow([decimal_comma(c) if isinstance(c, float) else "" if c is None else c for c in row])
    return response


@roles(*VIEWERS)
def export_xlsx(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The same as the CSV, as a spreadsheet (werkregie.web.exports): real dates, numbers stored as numbers (a share
    as a percentage), the level in words."""
    return _exported(request, principal, _xlsx)


def _xlsx(data: dict) -> HttpResponse:
    rate = data["kpi"]["kind"] == "rate"
    rows = [[label, value] for label, value in _meta(data)] + [[]]
    head = len(rows)  # the table's head under the KPI's definition: bold and frozen with it
    rows += _table(data, lambda v: Share(v) if rate else v)
    return xlsx_response(f"{_file_stem(data)}.xlsx", _sheet_title(data["kpi"]["name"]), rows, header=head)


def _file_stem(data: dict) -> str:
    """kerncijfers-<the KPI's name, as a slug>-DD-MM-YYYY, in the reader's language ("chiffres-cles-demandeurs-d-emploi-…";
    an apostrophe parts the words instead of vanishing: walk of stop 43 read "demandeurs-demploi")."""
    prefix = _("kerncijfers")  # (outside the f-string, where makemessages would not find it)
    words = slugify(re.sub(r"['’]", "-", f'{prefix} {data["kpi"]["name"]}'))
    return f'{words}-{dt.date.fromisoformat(data["on"]).strftime("%d-%m-%Y")}'


def _sheet_title(name: str) -> str:
    """The KPI's name as a sheet title: without the characters Excel refuses, at most 31 characters."""
    return "".join(" " if c in "[]:*?/\\" else c for c in name).strip()[:31].strip()
