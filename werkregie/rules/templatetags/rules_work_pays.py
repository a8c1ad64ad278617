"""`{% load rules_work_pays %}{% work_pays_for_vacancy %}`: the person's own "Loont werken?" figure on a vacancy page (issue 15, point 15).

Rendered from the rules app so the vacancy page needs one include line. It computes with the vacancy's gross monthly
wage and hours (a full-time week of 38 hours, or the vacancy's hours when longer) and the estimated road distance of
the match explanation; the current benefit is not in the register, so the person types it (POSTed to the same page
with form=work_pays, never stored and never in a URL: an amount in a query string lands in access logs); without it the
page shows the net wage in work and the job bonus, and says what is missing. The verdict compares net with net only
when the person also types the job's net wage; otherwise it says the wage is before withholding tax (not encoded)."""

from __future__ import annotations

from decimal import Decimal

from django import forms, template
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkregie.core import clock
from werkregie.formats.numbers import AmountField

from ..calc import RuleInputError
from ..work_pays import LIMITS, WorkPaysInput, compare, default_start

register = template.Library()

FULL_TIME_HOURS = 38.0  # assumed full-time week when the vacancy does not say its sector's (stated on the page)
BENEFIT_FIELD = "wp_uitkering"
BLUE_COLLAR_FIELD = "wp_arbeider"
NET_FIELD = "wp_netto"
AMOUNT_ERROR = _("Typ een bedrag zoals 1.250 of 1.250,50.")
FORM_NAME = "work_pays"  # the vacancy page's POST for this section (vacancies/views.py shows the page again)


class VacancyWorkPaysForm(forms.Form):
    """The section's three fields, as a Django form so that the page's components show it: an error summary at the top
    linking to the field (focus moved there), the error beside the field, the checkbox before its label (walk of issue
    16: "abc" showed only beside the field, and the checkbox stood on a line above its label)."""

    wp_uitkering = AmountField(label=_("Uw huidige netto-uitkering per maand (EUR)"), required=False,
                               help_text=_("Zoals op uw betaling; ze wordt niet bewaard. Werkloosheidsuitkering, leefloon of een andere uitkering."),
                               error_messages={"invalid": AMOUNT_ERROR})
    wp_netto = AmountField(label=_("Netto maandloon van deze job, als u het kent (EUR)"), required=False,
                           help_text=_("Bijvoorbeeld van de werkgever. Dan vergelijken we netto met netto; anders is het loon vóór bedrijfsvoorheffing."),
                           error_messages={"invalid": AMOUNT_ERROR})
    wp_arbeider = forms.BooleanField(label=_("Arbeider (geen bediende)"), required=False)

    def clean_wp_uitkering(self) -> float | None:
        return _within(self.cleaned_data.get("wp_uitkering"), "benefit_monthly")

    def clean_wp_netto(self) -> float | None:
        return _within(self.cleaned_data.get("wp_netto"), "net_monthly")


def _within(value: Decimal | None, limits: str) -> float | None:
    """The amount as a float within the rules' limits, at most two decimals; else the field's error."""
    if value is None:
        return None
    low, high = LIMITS[limits]
    if not low <= value <= high or value != value.quantize(Decimal("0.01")):
        raise forms.ValidationError(AMOUNT_ERROR, code="invalid")
    return float(value)


def vacancy_work_pays(monthly_wage: Decimal | float, hours: Decimal | float, distance_km: float | None, benefit: float | None,
                      blue_collar: bool = False, net_monthly: float | None = None):  # noqa: ANN201 - a WorkPays or None
    """The comparison for a vacancy, or None where the vacancy's facts cannot be computed (no wage)."""
    if monthly_wage is None or hours is None:
        return None
    hours = float(hours)
    given = WorkPaysInput(start=default_start(clock.today()), gross_monthly=float(monthly_wage), hours_per_week=hours,
                          full_time_hours=max(FULL_TIME_HOURS, hours), distance_km=float(distance_km or 0.0),
                          benefit_monthly=benefit or 0.0, blue_collar=blue_collar, net_monthly=net_monthly)
    try:
        return compare(given)
    except RuleInputError:
        return None


@register.inclusion_tag("rules/_work_pays_vacancy.html", takes_context=True)
def work_pays_for_vacancy(context: template.Context) -> dict:
    """Only for the job seeker reading the page (`is_seeker`), and only when the vacancy states its wage."""
    vacancy = context.get("v")
    request = context.get("request")
    if not context.get("is_seeker") or vacancy is None or request is None:
        return {"show": False}
    explained = context.get("e")
    distance = getattr(explained, "distance_km", None)
    posted = request.method == "POST" and request.POST.get("form") == FORM_NAME
    form = VacancyWorkPaysForm(request.POST if posted else None)
    if form.is_bound:
        form.is_valid()  # fills cleaned_data with each valid field: one counts also beside a wrong one
    given = getattr(form, "cleaned_data", {})
    benefit, net, blue_collar = given.get(BENEFIT_FIELD), given.get(NET_FIELD), bool(given.get(BLUE_COLLAR_FIELD))
    result = vacancy_work_pays(vacancy.monthly_wage, vacancy.hours_per_week, distance, benefit, blue_collar, net)
    full = QueryDict(mutable=True)
    if result is not None:
        full.update({"start": result.given.start.strftime("%m/%Y"), "gross_monthly": f"{result.given.gross_monthly:.2f}".replace(".", ","),
                     "hours_per_week": f"{result.given.hours_per_week:g}".replace(".", ","),
                     "full_time_hours": f"{result.given.full_time_hours:g}".replace(".", ","),
                     "days_per_week": "5"})
        if distance is not None:  # an unknown distance is not prefilled as 0 km
            full["distance_km"] = f"{result.given.distance_km:.1f}".replace(".", ",")
        if blue_collar:
            full["blue_collar"] = "on"
    first = result.months[0] if result is not None else None
    return {"show": True, "request": request, "v": vacancy, "r": result, "first": first,
            "benefit": benefit, "distance": distance, "wp_form": form, "form_name": FORM_NAME, "full_time": FULL_TIME_HOURS,
            "full_url": f"{reverse('work_pays')}?{full.urlencode()}" if result is not None else reverse("work_pays")}
