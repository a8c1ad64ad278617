"""Pages of the learning account: the citizen's statement (/mijn-loopbaan/leerrekening/) and the same page for a
counsellor or admin about a person they may see (/personen/<id>/leerrekening/). Thin: use_cases decide and log."""

from __future__ import annotations

from dataclasses import replace

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Forbidden, NotFound
from werkregie.people.models import Person
from werkregie.web.helpers import roles

from . import use_cases
from .chart import balance_chart
from .references import readable


def _named(lines: list[use_cases.StatementLine], names: dict[str, str]) -> list[use_cases.StatementLine]:
    return [replace(x, reference=names.get(x.reference, x.reference)) for x in lines]


def _context(o: use_cases.Overview) -> dict:
    today = clock.today()
    names = readable([x.reference for x in o.lines + o.hour_lines] + [r.reference for r in o.open_reservations])
    for r in o.open_reservations:
        r.reference = names.get(r.reference, r.reference)
    chart, chart_text = balance_chart([(x.on, x.balance) for x in o.lines], today, "€", "chart-eur")
    hours_chart, hours_text = balance_chart([(x.on, x.balance) for x in o.hour_lines], today, _("uur"), "chart-hours")
    return {
        "o": o, "chart": chart, "chart_text": chart_text, "hours_chart": hours_chart, "hours_text": hours_text,
        "lines": list(reversed(_named(o.lines, names))),
        "hour_lines": list(reversed(_named(o.hour_lines, names))),
    }


@roles(Role.CITIZEN)
def mine(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        o = use_cases.overview_for(principal, principal.user.person_id)
    except NotFound:
        return render(request, "learning/statement.html", {"o": None, "own": True})
    return render(request, "learning/statement.html", {**_context(o), "own": True})


@roles(Role.COUNSELLOR, Role.ADMIN)
def of_person(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    try:
        o = use_cases.overview_for(principal, person_id)
    except (Forbidden, NotFound):
        return render(request, "web/forbidden.html", status=403)
    person = Person.all_objects.only("first_name", "last_name").get(pk=person_id)
    return render(request, "learning/statement.html", {**_context(o), "own": False, "person": person})
