"""Helpers for the compliance tests: a job seeker on benefit (visible to controllers), a controller, and cases at
each step of the procedure."""

from __future__ import annotations

import datetime as dt
import itertools

from werkregie.accounts.models import Role
from werkregie.compliance import services
from werkregie.compliance.enums import Infringement
from werkregie.core import clock
from werkregie.core.workdays import working_day_on_or_after
from werkregie.people.enums import StatusKind

from . import factories

_source = itertools.count(1)
START = dt.date(2026, 3, 2)  # a Monday


def jobseeker(**overrides):
    p = factories.person(**overrides)
    factories.episode(p, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2024, 1, 1))
    return p


def controller():
    return factories.principal(factories.user(Role.CONTROLLER))


def suitable(verdict: str = "suitable", sources=("declared", "certified")) -> dict:
    return {"verdict": verdict, "skill_sources": list(sources), "on": START.isoformat(), "vacancy_id": 1, "criteria": []}


def open_case(person, infringement: str = Infringement.MISSED_APPOINTMENT, on: dt.date = START, **facts):
    source = ("test", next(_source))
    suitability = suitable() if infringement == Infringement.REFUSED_SUITABLE_JOB else None
    with clock.travel_to(dt.datetime.combine(on, dt.time(10), tzinfo=clock.BRUSSELS)):
        return services.open_case(person.pk, infringement, facts={"occurred_on": on.isoformat(), "summary": "test", **facts}, source=source,
                                  suitability=suitability)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=clock.BRUSSELS)


def hearing_day(day: dt.date) -> dt.date:
    """The first day a hearing planned on `day` may take place: the minimum notice after the invitation's deemed
    notification by a registered letter (the slowest legal channel), on a working day."""
    from werkregie.compliance import rules
    from werkregie.messaging.deemed import deemed_on

    sent = at(day)
    return working_day_on_or_after(rules.earliest_hearing_day(deemed_on("registered", sent, sent)[0]))


def through_hearing(principal, case, day: dt.date, *, respond_with=None):
    """Plan the hearing on `day` (a week later) and let the person respond (or the controller record it)."""
    from werkregie.compliance import use_cases

    with clock.travel_to(at(day)):
        case = use_cases.plan_hearing(principal, case.pk, hearing_at=at(hearing_day(day), 14), mode="in_person", place="VDAB Gent",
                                      version=case.version)
    with clock.travel_to(at(hearing_day(day), 15)):
        if respond_with is not None:
            return use_cases.respond(respond_with, case.pk, text="Ik was ziek, hier is het attest.", version=case.version, waive_hearing=True)
        return use_cases.record_hearing(principal, case.pk, report="Verhoord; de persoon erkent de feiten.", version=case.version)


def decided(principal, case, day: dt.date, decision: str | None = None, weeks: int | None = None, **kwargs):
    """Take a case from opened to decided on `day` (the proposal unless told otherwise)."""
    from werkregie.compliance import use_cases

    case = through_hearing(principal, case, day)
    with clock.travel_to(at(max(day + dt.timedelta(days=8), hearing_day(day) + dt.timedelta(days=1)))):
        return use_cases.decide(principal, case.pk, decision=decision or case.proposed_decision,
                                weeks=case.proposed_weeks if weeks is None else weeks, motivation="De feiten staan vast na het verhoor.",
                                version=case.version, **kwargs)
