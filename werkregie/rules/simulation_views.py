"""The page "Beleidssimulatie" (issue 15, point 16): an analyst picks a reform and/or changes parameters, and a
population (synthetic, or an uploaded CSV in the batch format), and sees the cost, the people affected and the winners
and losers per group, with bar charts beside the same figures in tables, and a CSV export.

A simulation runs as a task of the task runner (simulation_jobs.py): the form's POST queues it and answers 303 to
`?taak=TOKEN`, where the page shows its progress and polls it with htmx (`&deel=voortgang`) until the result is there.
Input errors are said in the reader's language with the field's label and, for a file, the row and column
(messages.py). Nothing is stored but the simulation's state for an hour."""

from __future__ import annotations

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkregie.accounts.principal import Principal
from werkregie.formats.numbers import AmountField, format_number
from werkregie.web.helpers import roles

from . import simulation_jobs
from .calc import RuleInputError, variables
from .messages import page_message, rule_name
from .perms import SIMULATION_ROLES
from .reforms import REFORMS, reformed
from .simulation import MAX_PERSONS, SyntheticSpec, as_csv, parse_changes, simulate, simulated_variables, synthetic

MAX_UPLOAD = 200 * 1024 * 1024  # a 3,000,000-row batch file with a few columns
CHANGES_EXAMPLE = "jobbonus.ondergrens += 100\njobbonus.bovengrens += 100"


class SimulationForm(forms.Form):
    year = forms.IntegerField(label=_("Jaar"), min_value=2016, max_value=2030, initial=2024)
    variable = forms.ChoiceField(label=_("Regel"), initial="jobbonus", required=False, choices=lambda: [(n, rule_name(n)) for n in simulated_variables()],
                                 help_text=_("De synthetische bevolking kent alleen lonen en prestatiebreuken: voor een andere regel dan de jobbonus laadt u een bestand op met de invoer van die regel."))
    reform = forms.ChoiceField(label=_("Hervorming"), required=False,
                               choices=[("", _("geen: alleen de gewijzigde parameters"))] + [(k, REFORMS[k].name) for k in sorted(REFORMS)])
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

    def __init__(self, *args, file_given: bool = False, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.file_given = file_given  # shown again for a simulation that was started: its file has been read

    def clean(self) -> dict:
        data = super().clean()
        if data.get("source") == "upload" and not self.file_given:
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


def _rules() -> list[dict]:
    """Every rule the simulation can compute: its readable name, its full label and its legal source (for the help list)."""
    shown = set(simulated_variables())
    return [{"name": v.name, "title": rule_name(v.name), "label": v.description, "sources": v.reference} for v in variables() if v.name in shown]


def _precheck(form: SimulationForm) -> None:
    """What can be checked at once (RuleInputError otherwise): the changes, the reform, and for the synthetic
    population the rule and the year, on one synthetic person. A file's rows are checked by the task."""
    data = form.cleaned_data
    changes = parse_changes(data.get("changes") or "")
    variable = data.get("variable") or "jobbonus"
    if data["source"] == "synthetic":
        one = synthetic(SyntheticSpec(persons=1, seed=data["seed"], wage_median=float(data["wage_median"]), wage_sigma=float(data["wage_sigma"])),
                        data["year"])
        simulate(one, str(data["year"]), variable, data.get("reform") or None, changes)
    elif not changes and not data.get("reform"):
        raise RuleInputError("reform: choose a reform or change at least one parameter", ["reform"], "no_reform")


def _add_error(form: SimulationForm, exc: RuleInputError) -> None:
    message = page_message(exc)
    fields = [f for f in exc.fields if f in form.fields]
    if not fields and (exc.params.get("row") or exc.params.get("column") or exc.code in ("empty_file", "too_many_columns", "missing_inputs")):
        fields = ["file"]
    for field in fields or [None]:
        form.add_error(field, message)


def _params(form: SimulationForm) -> dict:
    data = form.cleaned_data
    return {"year": data["year"], "variable": data.get("variable") or "jobbonus", "reform": data.get("reform") or "", "changes": data.get("changes") or "",
            "source": data["source"], "persons": data["persons"], "seed": data["seed"], "wage_median": float(data["wage_median"]),
            "wage_sigma": float(data["wage_sigma"])}


def _bound(params: dict) -> SimulationForm:
    """The form as the analyst filled it in (amounts written back the Belgian way), shown above the state or result."""
    data = {k: v for k, v in params.items() if k != "file"}
    data.update({k: format_number(params[k], 3).rstrip("0").rstrip(",") for k in ("wage_median", "wage_sigma")})
    form = SimulationForm(data, file_given=True)
    form.is_valid()
    return form


def _page(request: HttpRequest, form: SimulationForm, status: int = 200, **context: object) -> HttpResponse:
    year = form.cleaned_data.get("year") if form.is_bound and hasattr(form, "cleaned_data") else None
    return render(request, "rules/simulation.html", {"form": form, "parameters": _parameters(year or 2024), "rules": _rules(),
                                                     "reforms": sorted((k, v.name) for k, v in REFORMS.items()), **context}, status=status)


def _job(request: HttpRequest, principal: Principal, token: str) -> HttpResponse:
    job = simulation_jobs.state(token, principal.user.pk)
    if job is None:
        raise Http404("Deze simulatie bestaat niet (meer).")
    params = job["params"]
    status_url = f"{reverse('policy_simulation')}?taak={token}"
    if request.GET.get("deel") == "voortgang":  # htmx polls: the progress, or a full reload once it has ended
        if job["state"] in ("done", "failed"):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = status_url
            return response
        return render(request, "rules/_simulation_progress.html", {"job": job, "status_url": status_url})
    result = job.get("result") if job["state"] == "done" else None
    if result is not None and request.GET.get("export") == "csv":
        response = HttpResponse(as_csv(result), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="beleidssimulatie.csv"'
        return response
    form = _bound(params)
    if job["state"] == "failed":
        error = job.get("error")
        if isinstance(error, RuleInputError):
            _add_error(form, error)
        else:
            form.add_error(None, _("De simulatie liep vast door een fout van het platform; probeer opnieuw of meld het."))
        return _page(request, form, 422)
    if result is None:
        return _page(request, form, 200, job=job, status_url=status_url)
    charts = {key: _bars(rows) for key, rows in result.breakdowns.items() if key in ("wage", "age", "sex")}
    return _page(request, form, 200, r=result, charts=charts, export_url=f"{status_url}&export=csv", rule_title=rule_name(result.variable))


@roles(*SIMULATION_ROLES)
def policy_simulation(request: HttpRequest, principal: Principal) -> HttpResponse:
    if request.method != "POST":
        token = request.GET.get("taak", "")
        return _job(request, principal, token) if token else _page(request, SimulationForm())
    form = SimulationForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            _precheck(form)
        except RuleInputError as exc:
            _add_error(form, exc)
    if form.errors:
        return _page(request, form, 422)
    upload = form.cleaned_data.get("file") if form.cleaned_data["source"] == "upload" else None
    token = simulation_jobs.start(_params(form), upload, principal.user.pk)
    response = redirect(f"{reverse('policy_simulation')}?taak={token}")
    response.status_code = 303  # See Other: the browser asks the state page with GET
    return response
