"""`{% load rules_work_pays %}{% work_pays_for_vacancy %}`: the person's own "Loont werken?" figure on a vacancy page (issue 15, point 15).

Rendered from the rules app so the vacancy page needs one include line. It computes with the vacancy's gross monthly
wage and hours (a full-time week of 38 hours, or the vacancy's hours when longer) and the estimated road distance of
the match explanation; the current benefit is not in the register, so the person types it (POSTed to the same page
with form=work_pays, never stored and never in a URL: an amount in a query string lands in access logs); without it the
page shows the net wage in work and the job bonus, and says what is missing. The verdict compares net with net only
when the person also types the job's net wage; otherwise it says the wage is before withholding tax (not encoded)."""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from django import template
from django.http import QueryDict
from django.urls import reverse

from werkregie.core import clock
from werkregie.formats.numbers import AmountError, parse_amount

from ..calc import RuleInputError
from ..work_pays import FEDERAL_FROM, LIMITS, WorkPaysInput, compare

register = template.Library()

FULL_TIME_HOURS = 38.0  # assumed full-time week when the vacancy does not say its sector's (stated on the page)
BENEFIT_FIELD = "wp_uitkering"
BLUE_COLLAR_FIELD = "wp_arbeider"
NET_FIELD = "wp_netto"
FORM_NAME = "work_pays"  # the vacancy page's POST for this section (vacancies/views.py shows the page again)


def _first_month() -> datetime.date:
    today = clock.today()
    month = datetime.date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return max(month, FEDERAL_FROM)


def _amount(raw: str | None, limits: str = "benefit_monthly") -> tuple[float | None, bool]:
    """The typed amount (or None) and whether the text was wrong."""
    if raw is None or not raw.strip():
        return None, False
    try:
        value = float(parse_amount(raw.strip(), max_decimals=2))
    except (AmountError, InvalidOperation, ValueError, OverflowError):
        return None, True
    low, high = LIMITS[limits]
    return (value, False) if low <= value <= high else (None, True)


def vacancy_work_pays(monthly_wage: Decimal | float, hours: Decimal | float, distance_km: float | None, benefit: float | None,
                      blue_collar: bool = False, net_monthly: float | None = None):  # noqa: ANN201 - a WorkPays or None
    """The comparison for a vacancy, or None where the vacancy's facts cannot be computed (no wage)."""
    if monthly_wage is None or hours is None:
        return None
    hours = float(hours)
    given = WorkPaysInput(start=_first_month(), gross_monthly=float(monthly_wage), hours_per_week=hours,
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
    posted = request.POST if request.method == "POST" and request.POST.get("form") == FORM_NAME else {}
    benefit, wrong = _amount(posted.get(BENEFIT_FIELD))
    net, net_wrong = _amount(posted.get(NET_FIELD), "net_monthly")
    blue_collar = posted.get(BLUE_COLLAR_FIELD) == "1"
    result = vacancy_work_pays(vacancy.monthly_wage, vacancy.hours_per_week, distance, benefit, blue_collar, net)
    full = QueryDict(mutable=True)
    if result is not None:
        full.update({"start": result.given.start.strftime("%m/%Y"), "gross_monthly": f"{result.given.gross_monthly:.2f}".replace(".", ","),
                     "hours_per_week": f"{result.given.hours_per_week:g}".replace(".", ","),
                     "full_time_hours": f"{result.given.full_time_hours:g}".replace(".", ","),
                     "distance_km": f"{result.given.distance_km:.1f}".replace(".", ","), "days_per_week": "5"})
        if blue_collar:
            full["blue_collar"] = "on"
    first = result.months[0] if result is not None else None
    return {"show": True, "request": request, "v": vacancy, "r": result, "first": first, "benefit": benefit, "benefit_wrong": wrong,
            "benefit_text": posted.get(BENEFIT_FIELD, ""), "blue_collar": blue_collar, "distance": distance, "net_wrong": net_wrong,
            "net_text": posted.get(NET_FIELD, ""), "net_field": NET_FIELD, "form_name": FORM_NAME,
            "benefit_field": BENEFIT_FIELD, "blue_collar_field": BLUE_COLLAR_FIELD, "full_time": FULL_TIME_HOURS,
            "full_url": f"{reverse('work_pays')}?{full.urlencode()}" if result is not None else reverse("work_pays")}
