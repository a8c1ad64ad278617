"""Pages of the rules domain: "Mijn jobbonus" (public; the register holds no wages, so the person enters them)."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from werkregie.formats.numbers import AmountField

from .calc import RuleInputError
from .explain import explain_job_bonus

JOB_BONUS_YEARS = [(2024, "2024"), (2023, "2023"), (2022, "2022"), (2021, "2021")]


class JobBonusForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Refertejaar (het jaar waarin u werkte)"), choices=JOB_BONUS_YEARS, coerce=int)
    monthly_wage = AmountField(label=_("Bruto maandloon (EUR)"), min_value=0, max_value=100000, decimal_places=2,
                               help_text=_("Bijvoorbeeld 2.500 of 2.500,50."))
    fraction = AmountField(label=_("Prestatiebreuk (1 = voltijds, 0,5 = halftijds)"), min_value=0.01, max_value=1, decimal_places=3, initial=1)


def job_bonus(request: HttpRequest) -> HttpResponse:
    form = JobBonusForm(request.GET or None)
    explanation = error = None
    if form.is_valid():
        try:
            explanation = explain_job_bonus(form.cleaned_data["year"], float(form.cleaned_data["monthly_wage"]), float(form.cleaned_data["fraction"]))
        except RuleInputError as exc:
            error = str(exc)
    return render(request, "rules/job_bonus.html", {"form": form, "e": explanation, "error": error})
