"""The page "Beleidssimulatie" (issue 15, point 16): an analyst picks a reform and/or changes parameters, and a
population (synthetic, or an uploaded CSV in the batch format), and sees the cost, the people affected and the winners
and losers per group, with bar charts beside the same figures in tables, and a CSV export. Nothing is stored."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from werkregie.accounts.principal import Principal
from werkregie.formats.numbers import AmountField
from werkregie.web.helpers import roles

from .calc import RuleInputError
from .perms import SIMULATION_ROLES
from .reforms import REFORMS, reformed
from .simulation import MAX_PERSONS, SyntheticSpec, as_csv, from_csv, parse_changes, simulate, simulated_variables, synthetic

MAX_UPLOAD = 200 * 1024 * 1024  # a 3,000,000-row batch file with a few columns
CHANGES_EXAMPLE = "jobbonus.ondergrens += 100\njobbonus.bovengrens += 100"


class SimulationForm(forms.Form):
    year = forms.IntegerField(label=_("Jaar"), min_value=2016, max_value=2030, initial=2024)
    variable = forms.ChoiceField(label=_("Regel"), initial="jobbonus", required=False, choices=[(name, name) for name in simulated_variables()],
                                 help_text=_("De synthetische bevolking kent alleen lonen en prestatiebreuken: voor een andere regel dan de jobbonus laadt u een bestand op met de invoer van die regel."))
    reform = forms.ChoiceField(label=_("Hervorming"), required=False,
                               choices=[("", _("geen: alleen de gewijzigde parameters"))] + [(k, k) for k in sorted(REFORMS)])
    changes = forms.CharField(label=_("Gewijzigde parameters"), required=False, initial=CHANGES_EXAMPLE,
                              widget=forms.Textarea(attrs={"rows": 3, "spellcheck": "false"}),
                              help_text=_("Eén per regel: PARAMETER += BEDRAG (ook -=, *= of =), bv. jobbonus.ondergrens += 100."))
    source = forms.ChoiceField(label=_("Bevolking"), widget=forms.RadioSelect, initial="synthetic",
                               choices=[("synthetic", _("Synthetische Vlaamse werkende bevolking")), ("upload", _("Eigen CSV-bestand"))])
    persons = forms.IntegerField(label=_("Aantal personen (synthetisch)"), min_value=1, max_value=MAX_PERSONS, initial=200_000)
    wage_median = AmountField(label=_("Mediaan voltijds bruto maandloon (aanname, EUR)"), min_value=500, max_value=20000, initial=3200)
    wage_sigma = AmountField(label=_("Spreiding van het loon (aanname, log)"), min_value=0.01, max_value=2, decimal_places=3, initial="0,35")
    seed = forms.IntegerField(label=_("Startgetal van het toeval"), min_value=0, max_value=2**31, initial=2026)
    file = forms.FileField(label=_("CSV-bestand in het formaat van rules batch"), required=False,
                           help_text=_("Kolommen brutoloon (jaar, of brutoloon@month) en prestatiebreuk; leeftijd of geboortedatum, geslacht en gemeente (NIS) voor de indeling."))

    def clean(self) -> dict:
        data = super().clean()
        if data.get("source") == "upload":
            upload = data.get("file")
            if upload is None:
                self.add_error("file", _("Kies een CSV-bestand."))
            elif upload.size > MAX_UPLOAD:
                self.add_error("file", _("Het bestand is te groot (hoogstens 200 MB)."))
        return data


CHART_WIDTH = 200  # SVG units of one bar's row (the label is HTML text above it)


def _bars(rows: list) -> dict:
    """One horizontal bar per group for the cost: positive right of the axis, negative left of it (SVG units)."""
    shown = [r for r in rows if not r.hidden]
    top = max((abs(r.cost) for r in shown), default=0) or 1
    axis = CHART_WIDTH / 2 if any(r.cost < 0 for r in shown) else 0
    span = CHART_WIDTH - axis
    bars = []
    for r in shown:
        length = max(abs(r.cost) / top * span, 0.5)
        bars.append({"row": r, "x": round(axis - length if r.cost < 0 else axis, 2), "width": round(length, 2)})
    return {"bars": bars, "width": CHART_WIDTH}


def _parameters(year: int) -> list[dict]:
    """Every single parameter the analyst can change, with its value on 1 July of the year (for the help list)."""
    from openfisca_core.parameters import Parameter, ParameterNode

    out = []

    def walk(node, path: str) -> None:  # noqa: ANN001
        if isinstance(node, ParameterNode):
            for name in sorted(node.children):
                walk(node.children[name], f"{path}.{name}" if path else name)
        elif isinstance(node, Parameter):
            value = node(f"{year}-07-01")
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                out.append({"path": path, "value": value, "description": " ".join((node.description or "").split())})

    walk(reformed(None).parameters, "")
    return out


def _simulate(form: SimulationForm):  # noqa: ANN202 - a SimulationResult
    data = form.cleaned_data
    year = data["year"]
    changes = parse_changes(data.get("changes") or "")
    if data["source"] == "upload":
        with tempfile.NamedTemporaryFile(suffix=".csv") as handle:
            for chunk in data["file"].chunks():
                handle.write(chunk)
            handle.flush()
            population = from_csv(Path(handle.name), data.get("variable") or "jobbonus", year)
    else:
        population = synthetic(SyntheticSpec(persons=data["persons"], seed=data["seed"], wage_median=float(data["wage_median"]),
                                             wage_sigma=float(data["wage_sigma"])), year)
    return simulate(population, str(year), data.get("variable") or "jobbonus", data.get("reform") or None, changes)


@roles(*SIMULATION_ROLES)
def policy_simulation(request: HttpRequest, principal: Principal) -> HttpResponse:
    form = SimulationForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            result = _simulate(form)
        except RuleInputError as exc:
            for field in exc.fields:
                form.add_error(field if field in form.fields else None, str(exc))
        if result is not None and request.POST.get("export") == "csv":
            response = HttpResponse(as_csv(result), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="beleidssimulatie.csv"'
            return response
    status = 422 if form.is_bound and form.errors else 200
    year = form.cleaned_data.get("year", 2024) if form.is_bound and hasattr(form, "cleaned_data") else 2024
    charts = {key: _bars(rows) for key, rows in result.breakdowns.items() if key in ("wage", "age", "sex")} if result else {}
    return render(request, "rules/simulation.html", {"form": form, "r": result, "charts": charts, "parameters": _parameters(year or 2024),
                                                     "reforms": sorted((k, v.name) for k, v in REFORMS.items())}, status=status)
