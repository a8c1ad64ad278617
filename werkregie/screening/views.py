"""Pages of screening: the counsellor's worklist and a person's screening (score, explanation, assessment form),
the citizen's own screening, and the model card with its charts. Thin: the use cases decide."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import DomainError, NotFound
from werkregie.people.enums import Cefr, DigitalSkills, Sex
from werkregie.web.helpers import apply_errors, roles

from . import charts, model_card, perms, texts
from . import use_cases as services
from .enums import Competences, DistanceCategory, Motivation, Problem

DUE_REASONS = {"new": gettext_lazy("nieuwe inschrijving"), "rescreen": gettext_lazy("herscreening"),
               "rescreen_long_term": gettext_lazy("versnelde herscreening voor een langdurig werkzoekende")}
GROUP_LABELS = {"sex": gettext_lazy("geslacht"), "origin": gettext_lazy("herkomst (nationaliteit)"), "age_band": gettext_lazy("leeftijd"),
                "disability": gettext_lazy("arbeidsbeperking")}
# the groups' values in words, as the register names them (walk of issue 16: the card showed "F / M / X")
VALUE_LABELS = {"sex": dict(Sex.choices), "disability": {"ja": gettext_lazy("ja"), "nee": gettext_lazy("nee"), "onbekend": gettext_lazy("onbekend")},
                "origin": {"Belg": gettext_lazy("Belg"), "EU": gettext_lazy("EU"), "niet-EU": gettext_lazy("niet-EU"), "onbekend": gettext_lazy("onbekend")}}


def value_label(column: str, value: str) -> str:
    """A group's value in the page's words (an age band such as 25-49 is its own word)."""
    return str(VALUE_LABELS.get(column, {}).get(value, value))


def _in_words(column: str, values: dict) -> dict:
    return {value_label(column, value): v for value, v in values.items()}


def _choose(choices: list) -> list:
    """A choice list that starts empty: an unconsidered form must not look assessed."""
    return [("", gettext_lazy("— Kies —"))] + list(choices)


class AssessmentForm(forms.Form):
    competences = forms.ChoiceField(label=gettext_lazy("Competenties voor de gezochte jobs"), choices=_choose(Competences.choices))
    competences_note = forms.CharField(label=gettext_lazy("Toelichting competenties"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    dutch_level = forms.ChoiceField(label=gettext_lazy("Niveau Nederlands (ERK)"), choices=_choose(Cefr.choices))
    digital_skills = forms.ChoiceField(label=gettext_lazy("Digitale vaardigheden"), choices=_choose(DigitalSkills.choices))
    problems = forms.MultipleChoiceField(label=gettext_lazy("Aanwijzingen van problemen (MMPPS)"), choices=Problem.choices, required=False,
                                         widget=forms.CheckboxSelectMultiple)
    childcare_barrier = forms.BooleanField(label=gettext_lazy("Kinderopvang is een drempel"), required=False)
    mobility_barrier = forms.BooleanField(label=gettext_lazy("Mobiliteit is een drempel"), required=False)
    motivation = forms.ChoiceField(label=gettext_lazy("Motivatie"), choices=_choose(Motivation.choices))
    not_deployable = forms.BooleanField(label=gettext_lazy("Werk is nu niet mogelijk (werk-zorg of welzijn eerst)"), required=False)
    category = forms.ChoiceField(label=gettext_lazy("Afstand tot de arbeidsmarkt (leeg = het voorstel volgen)"), required=False,
                                 choices=[("", gettext_lazy("Voorstel volgen"))] + list(DistanceCategory.choices))
    self_reliant = forms.ChoiceField(label=gettext_lazy("Zelfredzaam (leeg = het voorstel volgen)"), required=False,
                                     choices=[("", gettext_lazy("Voorstel volgen")), ("ja", gettext_lazy("Ja")), ("nee", gettext_lazy("Nee"))])
    # the person reads it on "Mijn kans op werk" (walk of issue 16: told a reason existed that they could not see)
    override_reason = forms.CharField(label=gettext_lazy("Reden van afwijking (verplicht bij afwijken)"), required=False, max_length=2000,
                                      widget=forms.Textarea(attrs={"rows": 2}),
                                      help_text=gettext_lazy("De persoon leest deze reden op Mijn kans op werk: schrijf ze voor hem of haar."))

    def __init__(self, *args, known: dict | None = None, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        # what the register already holds is a hint beside the field, never a pre-filled answer
        for name, value in (known or {}).items():
            label = dict(self.fields[name].choices).get(value, value)
            self.fields[name].help_text = _("Volgens het register: %(value)s. Bevestig of corrigeer na het gesprek.") % {"value": label}

    def data_for_use_case(self) -> dict:
        data = dict(self.cleaned_data)
        if not data.get("category"):
            data.pop("category", None)
        if data.get("self_reliant") in ("", None):
            data.pop("self_reliant", None)
        return data


def _screening_context(view: services.ScreeningView, reader: str) -> dict:
    today = clock.today()
    return {"s": view, "p": view.person, **texts.explained(view.score, reader), "due_reason": DUE_REASONS.get(view.due.reason) if view.due else None,
            "overdue": view.due.overdue(today) if view.due else False, "categories": dict(DistanceCategory.choices)}


def _known_answers(person_id: int) -> dict:
    """What the register already knows (shown as hints: the counsellor confirms or corrects in the conversation)."""
    from werkregie.people.models import Person, PersonLanguage

    languages = dict(PersonLanguage.objects.filter(person_id=person_id).values_list("language", "level"))
    digital = Person.objects.filter(pk=person_id).values_list("digital_skills", flat=True).first()
    known = {"dutch_level": languages.get("nl")} if languages.get("nl") in Cefr.values else {}
    if digital in DigitalSkills.values:
        known["digital_skills"] = digital
    return known


def _proposal(person_id: int, data: dict | None) -> tuple[object, bool]:
    """The proposal for the answers given so far and whether it is complete; the model's starting point while an
    answer is missing, so the proposal is on the page from the start and stays after an error."""
    if data:
        try:
            return services.proposal_for(person_id, data), True
        except DomainError:
            pass
    return services.starting_proposal(person_id), False


def _answers(request: HttpRequest) -> dict:
    data = {k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"}
    data["problems"] = request.POST.getlist("problems")
    return data


@roles(Role.COUNSELLOR, Role.ADMIN)
def person_screening(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    if not 0 < person_id < 2**63:  # a 64-bit key; the form's known answers were read before any check: a 500 (attack of stop 45)
        raise Http404
    form = AssessmentForm(request.POST or None, known=_known_answers(person_id))
    if request.method == "POST" and form.is_valid():
        try:
            done = services.record_assessment(principal, person_id, form.data_for_use_case())
            messages.success(request, _("De beoordeling van %(name)s is geregistreerd: %(category)s, %(reliance)s.") % {
                "name": f"{done.person.first_name} {done.person.last_name}", "category": str(done.get_category_display()).lower(),
                "reliance": _("zelfredzaam") if done.self_reliant else _("niet zelfredzaam")})
            return redirect(reverse("person_screening", args=[person_id]))
        except DomainError as exc:
            apply_errors(form, exc)
    try:
        view = services.person_screening(principal, person_id)
    except NotFound:
        raise Http404 from None
    proposal, complete = _proposal(person_id, _answers(request) if request.method == "POST" else None) if view.can_assess else (None, False)
    status = 422 if request.method == "POST" else 200
    return render(request, "screening/person.html", {**_screening_context(view, texts.COUNSELLOR), "form": form, "proposal": proposal,
                                                      "complete": complete}, status=status)


@roles(Role.COUNSELLOR)
def preview(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    """The proposal for the answers entered so far (htmx), before anything is saved."""
    if not perms.can_assess(principal, person_id):
        raise Http404
    proposal, complete = _proposal(person_id, _answers(request))
    services.log_proposal_shown(principal, person_id)
    return render(request, "screening/_proposal.html", {"proposal": proposal, "complete": complete, "categories": dict(DistanceCategory.choices)})


@roles(Role.CITIZEN)
def my_screening(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        view = services.person_screening(principal, principal.user.person_id)
    except NotFound:
        return render(request, "screening/mine.html", {"s": None})
    context = _screening_context(view, texts.CITIZEN)
    latest = view.assessments[0] if view.assessments else None
    category = latest.category if latest else view.model_category
    context.update({"latest": latest, "meaning": texts.MEANING.get(category), "next_step": texts.NEXT_STEP.get(category),
                    "differs": bool(latest and view.model_category and latest.category != view.model_category),
                    "model_category_label": dict(DistanceCategory.choices).get(view.model_category, ""),
                    "per_hundred": round(100 * view.score.chance_6m) if view.score else None})
    return render(request, "screening/mine.html", context)


@roles(Role.COUNSELLOR, Role.ADMIN)
def worklist(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The screening-only worklist became the one worklist's "screening due" view (the old address keeps working)."""
    return redirect(f"{reverse('worklist')}?soort=screening_due")


MODEL_NAMES = {"logistic": gettext_lazy("logistische regressie"), "boosting": gettext_lazy("gradient boosting (gekalibreerd)"),
               "blend": gettext_lazy("mengsel van logistische regressie en gradient boosting")}


def _decision_labels(cuts: dict) -> dict:
    """The platform's decisions in words, with the cuts in force (whole percentages, as the proposal shows them)."""
    long, short = f"{100 * cuts['long_below']:.0f}", f"{100 * cuts['short_above']:.0f}"
    return {"long": _("Lange afstand (kans op werk onder %(long)s %%)") % {"long": long},
            "not_short": _("Geen korte afstand (kans op werk hoogstens %(short)s %%)") % {"short": short},
            "not_self_reliant": _("Niet voorgesteld als zelfredzaam (nodig: kans op werk boven %(short)s %%, Nederlands B1 of hoger, "
                                  "digitale vaardigheden)") % {"short": short}}


def _choice_notices(model: dict) -> list[str]:
    """The warnings of the model choice, in the page's language: the baseline kept, a small gain, a loss on later cases."""
    selection, metrics = model["audit"].get("selection"), model["metrics"]
    notices = []
    if selection and selection["chosen"] == "logistic":
        notices.append(_("Geen ander model is duidelijk beter dan de logistische regressie: de basislijn zelf wordt gebruikt."))
    elif selection and selection["candidates"][selection["chosen"]]["gain_ci"][0] < 0.02:
        # the gain's interval named: "0,020 (0,015 – 0,025)" beside "not clearly 0,02 or more" read as a contradiction (walk of stop 45)
        low = floatformat(selection["candidates"][selection["chosen"]]["gain_ci"][0], 3)  # rounded as the table beside it
        notices.append(_("Het gekozen model is beter dan de logistische regressie, maar de winst is niet zeker 0,02 AUC of meer: "
                         "de ondergrens van het betrouwbaarheidsinterval is %(low)s.") % {"low": low})
    if metrics.get("auc") is not None and metrics.get("auc_logistic_baseline") is not None and metrics["auc"] < metrics["auc_logistic_baseline"]:
        notices.append(_("Op de latere cohorten scoort het gekozen model lager dan de logistische regressie."))
    return notices


def _decision_charts(audit: dict, cuts: dict) -> list:
    labels = _decision_labels(cuts)
    return [(name, labels.get(name, name), decision,
             [(c, GROUP_LABELS.get(c, c), _group_chart(c, _in_words(c, g), labels.get(name, name)), _in_words(c, g)) for c, g in decision["groups"].items()])
            for name, decision in audit.get("decisions", {}).items()]


def _group_chart(column: str, groups: dict, decision: str) -> str:
    names = list(groups)
    return charts.grouped_bars(
        _("%(decision)s: foutmarges per groep, %(group)s") % {"decision": decision, "group": GROUP_LABELS.get(column, column)},
        _("Per groep: het aandeel dat werk vond maar als ver van de arbeidsmarkt werd aangeduid (fout-positief), het aandeel dat geen werk vond maar niet werd aangeduid (fout-negatief) en het aandeel aangeduid."),
        names, [(_("fout-positief"), [groups[n]["fpr"] for n in names]), (_("fout-negatief"), [groups[n]["fnr"] for n in names]),
                (_("aangeduid"), [groups[n]["selection_rate"] for n in names])], _("aandeel"))


def _figures(caption: str, columns: list[tuple[str, str]], rows: list[tuple[object, list]], row_heading: str = "",
             percent_rows: bool = False) -> dict:
    """The figures of a chart as a table beside it (walk of stop 45: seven charts per model had none). `columns`:
    (heading, "percent" or "ratio"); `rows`: (row heading, one value per column)."""
    kinds = [kind for _heading, kind in columns]
    return {"caption": caption, "columns": [heading for heading, _kind in columns], "rows": [(label, list(zip(values, kinds))) for label, values in rows],
            "row_heading": row_heading, "percent_rows": percent_rows}


def _calibration_chart(column: str, curves: dict) -> tuple[str, dict]:
    series = [charts.Line(value_label(column, value), [(1 - p["predicted"], 1 - p["observed"]) for p in reversed(points)]) for value, points in curves.items()]
    table = _figures(_("Kalibratie per groep: %(group)s") % {"group": GROUP_LABELS.get(column, column)},
                     [(_("voorspelde kans op werk"), "percent"), (_("aandeel dat werk vond"), "percent")],
                     [(line.name, [x, y]) for line in series for x, y in line.points])
    return charts.lines(_("Kalibratie per groep: %(group)s") % {"group": GROUP_LABELS.get(column, column)},
                        _("Voorspelde kans op werk tegenover het aandeel dat werk vond, per groep; de stippellijn is perfecte kalibratie."),
                        series, _("voorspelde kans op werk"), _("aandeel dat werk vond"), diagonal=True), table


def _equity_charts(curve: list[dict], protected: list[str]) -> list[tuple[str, dict]]:
    """The accuracy-equity curve as two aligned charts over the same thresholds: what a threshold costs in accuracy,
    and how unequal the false-positive rates between groups are at that threshold."""
    accuracy = charts.lines(_("Nauwkeurigheid per drempel"), _("Gebalanceerde nauwkeurigheid en nauwkeurigheid voor elke drempel op de kans op ver van werk."),
                            [charts.Line(_("gebalanceerde nauwkeurigheid"), [(p["threshold"], p["balanced_accuracy"]) for p in curve]),
                             charts.Line(_("nauwkeurigheid"), [(p["threshold"], p["accuracy"]) for p in curve])],
                            _("drempel (kans op ver van werk)"), _("nauwkeurigheid"))
    # the axis reaches the highest ratio: capped at 5 it drew 5,56 at 5,00 (re-walk of stop 45)
    high = max([1.5] + [v for p in curve for v in p["fpr_ratio"].values() if v is not None])
    ratios = charts.lines(_("Verhouding van de fout-positiefratio's per drempel"),
                          _("Per drempel en per kenmerk: de hoogste gedeeld door de laagste fout-positiefratio tussen de groepen; de rode lijn is de grens 1,25."),
                          [charts.Line(str(GROUP_LABELS.get(c, c)), [(p["threshold"], p["fpr_ratio"][c]) for p in curve if p["fpr_ratio"].get(c) is not None])
                           for c in protected], _("drempel (kans op ver van werk)"), _("verhouding fout-positieven"), y_range=(1.0, high), percent_y=False,
                          references=[(_("grens 1,25"), 1.25)])
    threshold = _("drempel (kans op ver van werk)")
    accuracy_table = _figures(_("Nauwkeurigheid per drempel"), [(_("gebalanceerde nauwkeurigheid"), "percent"), (_("nauwkeurigheid"), "percent")],
                              [(p["threshold"], [p["balanced_accuracy"], p["accuracy"]]) for p in curve], threshold, percent_rows=True)
    ratio_table = _figures(_("Verhouding van de fout-positiefratio's per drempel"), [(str(GROUP_LABELS.get(c, c)), "ratio") for c in protected],
                           [(p["threshold"], [p["fpr_ratio"].get(c) for c in protected]) for p in curve], threshold, percent_rows=True)
    return [(accuracy, accuracy_table), (ratios, ratio_table)]


def _drift_chart(model: dict) -> tuple[str, dict]:
    bins = [f"{10 * i}-{10 * (i + 1)}%" for i in range(10)]
    current = model["drift"]["histogram"] or [None] * 10
    table = _figures(_("Verdeling van de kansen: bij de training en vandaag"), [(_("bij de training"), "percent"), (_("vandaag"), "percent")],
                     [(label, [trained, now]) for label, trained, now in zip(bins, model["holdout_histogram"], current)], _("kans op werk"))
    return charts.grouped_bars(_("Verdeling van de kansen: bij de training en vandaag"),
                               _("Aandeel werkzoekenden per klasse van kans op werk: bij de test van het model en bij de laatste scoring."),
                               bins, [(_("bij de training"), model["holdout_histogram"]), (_("vandaag"), current)], _("aandeel werkzoekenden"),
                               high=max([0.05] + model["holdout_histogram"] + [c for c in current if c is not None])), table


def _datetime(text: str) -> dt.datetime:
    """An ISO time of the model card (JSON for the API) as a time the page writes the Belgian way."""
    return dt.datetime.fromisoformat(text)


@roles(Role.COUNSELLOR, Role.ANALYST, Role.ADMIN)
def model_card_page(request: HttpRequest, principal: Principal) -> HttpResponse:
    card = model_card.card()
    card["input_names"] = texts.input_names()
    for row in card["history"]:
        row["trained_on"] = _datetime(row["trained_at"])
    for model in card["models"]:
        model["trained_on"] = _datetime(model["trained_at"])
        model["period"] = [dt.date.fromisoformat(d) for d in model["data_period"]]
        model["drift"]["day"] = dt.date.fromisoformat(model["drift"]["reference_date"]) if model["drift"]["reference_date"] else None
        audit = model["audit"]
        model["charts"] = {
            "decisions": _decision_charts(audit, model["cuts_audited"] or card["cuts"]),
            "calibration": [_calibration_chart(c, curves) for c, curves in audit.get("calibration", {}).items()],
            # a breakdown with a hidden group has no ratio (model_card.suppressed_audit), at any threshold
            "equity": _equity_charts(audit["accuracy_equity_curve"], [c for c, values in audit.get("groups", {}).items()
                                                                      if not any(g.get("suppressed") for g in values.values())])
            if audit.get("accuracy_equity_curve") else [],
            "drift": _drift_chart(model),
        }
        model["notices"] = _choice_notices(model)
        model["model_name"] = MODEL_NAMES.get(model["metrics"].get("model", "boosting"), model["metrics"].get("model"))
        model["proxy_rows"] = [(GROUP_LABELS.get(c, c), p) for c, p in audit.get("proxy", {}).items()]
    overrides = services.override_statistics(principal) if perms.can_see_override_statistics(principal) else None
    if overrides:  # counsellors with a figure to show, by name; those whose every figure is hidden are counted, not listed
        rows = sorted(overrides["counsellors"].values(), key=lambda c: c["name"])
        overrides["shown_counsellors"] = [c for c in rows if c["assessments"] is not None]
        overrides["hidden_counsellors"] = len(rows) - len(overrides["shown_counsellors"])
        overrides["groups"] = {column: _in_words(column, values) for column, values in (overrides.get("groups") or {}).items()}
    return render(request, "screening/model_card.html", {"card": card, "overrides": overrides, "group_labels": GROUP_LABELS,
                                                         "cuts": {k: f"{100 * v:.0f}" for k, v in card["cuts"].items()}, "model_names": MODEL_NAMES})
