"""The page "Loont werken?" (issue 15, point 15; it replaces "Mijn jobbonus" in the citizen's menu, the job bonus
inside). Public like the job bonus page: the register holds no wages or benefits, so the person types them."""

from __future__ import annotations

import datetime

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _

from werkregie.core import clock
from werkregie.formats.numbers import AmountField

from .calc import RuleInputError
from .work_pays import FEDERAL_FROM, WorkPaysInput, compare, default_start, parse_month

ENGINE_ERRORS = {
    "start": _("Kies een maand vanaf 07/2023: de federale bedragen zijn verzameld vanaf 1 juli 2023."),
    "hours_per_week": _("Meer dan 0 uur en hoogstens een voltijdse week."),
    "full_time_hours": _("Tussen 0 en 60 uur per week."),
    "days_per_week": _("Tussen 0 en 7 dagen."),
}


HOURS_ERROR = _("Typ een aantal uren, zoals 38 of 19,5.")


class MonthField(forms.CharField):
    """A month typed MM/JJJJ (or 2024-09)."""

    def to_python(self, value: object) -> datetime.date | None:
        text = super().to_python(value)
        if not text:
            return None
        try:
            return parse_month(text)
        except RuleInputError:
            raise forms.ValidationError(_("Typ een maand zoals 09/2025."), code="invalid") from None


def _amount(label: object, required: bool = True, help_text: object = "", **kwargs: object) -> AmountField:
    return AmountField(label=label, required=required, min_value=0, max_value=100000, decimal_places=2, help_text=help_text, **kwargs)


class WorkPaysForm(forms.Form):
    start = MonthField(label=_("Eerste maand van het werk (MM/JJJJ)"))  # its help text says the prefilled month (__init__)
    gross_monthly = _amount(_("Bruto maandloon van het aanbod (EUR)"), help_text=_("Bijvoorbeeld 2.500 of 2.500,50."))
    hours_per_week = _amount(_("Uren per week in het aanbod"), error_messages={"invalid": HOURS_ERROR})
    full_time_hours = _amount(_("Uren per week van een voltijdse job in die sector"), initial=38, error_messages={"invalid": HOURS_ERROR})
    blue_collar = forms.BooleanField(label=_("Arbeider (geen bediende)"), required=False)
    distance_km = _amount(_("Afstand van huis naar het werk, enkele rit (km)"), required=False,
                          help_text=_("Leeg laten: niet opgegeven, de verplaatsing telt dan niet mee."),
                          error_messages={"invalid": _("Typ een afstand in kilometer, zoals 12 of 12,5.")})
    days_per_week = _amount(_("Dagen per week dat u naar het werk gaat"), initial=5,
                            error_messages={"invalid": _("Typ een aantal dagen, zoals 5 of 4,5.")})
    cost_per_km = _amount(_("Wat een kilometer u kost (EUR)"), required=False,
                          help_text=_("Brandstof of ticket; leeg laten telt geen verplaatsingskosten."))
    travel_allowance_monthly = _amount(_("Vergoeding voor verplaatsing van de werkgever per maand (EUR)"), required=False)
    benefit_monthly = _amount(_("Uw huidige netto-uitkering per maand (EUR)"),
                              help_text=_("Werkloosheidsuitkering, leefloon of een andere uitkering: zoals op uw betaling."))
    net_monthly = _amount(_("Netto maandloon van het aanbod, als u het kent (EUR)"), required=False)
    withholding_monthly = _amount(_("Bedrijfsvoorheffing per maand, als u ze kent (EUR)"), required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # what the prefilled month is and why, in words (walk of issue 16: "01/2027" on 1 December, unexplained)
        start = default_start(clock.today())
        self.fields["start"].help_text = gettext_now("Vooraf ingevuld: %(month)s, de eerste volle maand als u nu begint. Begint het werk later, "
                                           "typ dan die maand. Vanaf 07/2023.") % {"month": date_format(start, "F Y")}


PERSONAL = ("benefit_monthly", "net_monthly", "withholding_monthly")  # amounts of the person: POSTed, never read from a URL


def work_pays(request: HttpRequest) -> HttpResponse:
    """GET shows the form, prefilled with a job offer's facts from the query (the vacancy page links here with them);
    POST computes. The person's own amounts (benefit, net wage, withholding tax) come only in the POST body, so that
    they never stand in a URL (access logs, browser history, Referer)."""
    initial = {"start": default_start(clock.today()).strftime("%m/%Y")}
    initial.update({k: v for k, v in request.GET.items() if k in WorkPaysForm.base_fields and k not in PERSONAL})
    form = WorkPaysForm(request.POST if request.method == "POST" else None, initial=initial)
    result = None
    if form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if v is not None}
        values = {k: (float(v) if k not in ("start", "blue_collar") else v) for k, v in data.items()}
        values.setdefault("distance_km", 0.0)  # not given: no travel counted (the result says so)
        try:
            result = compare(WorkPaysInput(**values))
        except RuleInputError as exc:
            for field in exc.fields:
                form.add_error(field if field in form.fields else None, ENGINE_ERRORS.get(field, str(exc)))
    status = 422 if form.is_bound and form.errors else 200
    distance_given = result is not None and form.cleaned_data.get("distance_km") is not None
    return render(request, "rules/work_pays.html", {"form": form, "r": result, "federal_from": FEDERAL_FROM, "distance_given": distance_given},
                  status=status)
