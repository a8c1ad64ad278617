"""A step whose date passes during recognised incapacity for work is suspended, never missed; it resumes with its
date moved when the incapacity ends. The mutuality's re-integration step of the sick runs DURING the incapacity: it is
neither suspended nor missed by the sweep (walk of stop 29, a deliberate change: it stood frozen "Geschorst" while the
worklist called its review late); the suspension is shown on an ordinary step of someone who falls sick."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests import factories
from tests.trajectories_support import caseload, partner_org
from werkregie.access.purposes import Purpose
from werkregie.core import clock
from werkregie.people.enums import StatusKind
from werkregie.people.models import StatusEpisode
from werkregie.trajectories import incapacity
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import AgreementStep
from werkregie.trajectories.sweeps import sweep
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import PLATFORM

DAY = dt.date(2026, 3, 2)
dates = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31))
episodes = st.lists(st.tuples(dates, st.one_of(st.none(), st.integers(min_value=0, max_value=400))), max_size=4).map(
    lambda rows: [(start, None if length is None else start + dt.timedelta(days=length)) for start, length in rows])


@hsettings(max_examples=500, deadline=None)
@given(dates, st.integers(min_value=1, max_value=400), episodes)
def test_a_step_is_missed_only_when_its_date_and_today_are_outside_every_incapacity(due_on, late, sick):
    as_of = due_on + dt.timedelta(days=late)
    outcome = incapacity.overdue_step_outcome(due_on, as_of, sick)
    unfit = any(s <= day and (e is None or day <= e) for s, e in sick for day in (due_on, as_of))
    assert outcome == (incapacity.SUSPENDED if unfit else incapacity.MISSED)


@hsettings(max_examples=300, deadline=None)
@given(dates, st.integers(min_value=0, max_value=300), st.integers(min_value=-30, max_value=300))
def test_a_resumed_step_keeps_the_time_it_had_left_and_lies_after_the_resumption(due_on, suspended_for, offset):
    suspended_on = due_on + dt.timedelta(days=offset)
    resumed_on = suspended_on + dt.timedelta(days=suspended_for)
    new = incapacity.resumed_due_on(due_on, suspended_on, resumed_on)
    assert new > resumed_on and new >= due_on + dt.timedelta(days=suspended_for)


@pytest.fixture
def sick_route(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        mutuality = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        StatusEpisode.objects.create(person=person, kind=StatusKind.SICK, start=dt.date(2026, 2, 1))
        t = uc.start_sickness_route(PLATFORM, person.pk, mutuality_id=mutuality.pk, sick_since=dt.date(2026, 2, 1))
        a = t.agreements.get()
        uc.accept_on_paper(factories.principal(counsellor), a.pk, a.version, "Besproken met de TNW-coördinator van het ziekenfonds")
    return {"person": person, "step": a.steps.get(), "mutuality": mutuality, "counsellor": counsellor}


def test_a_step_is_suspended_during_incapacity_and_resumes_after_it(ref):
    """An incapacity reported afterwards (the person was sick around the step's date, fit again now): the step is
    suspended, not missed, then resumes with its date moved."""
    from tests.trajectories_support import accepted_agreement

    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        _, a = accepted_agreement(counsellor, person, citizen)
    step = a.steps.get()
    due = step.due_on
    StatusEpisode.objects.create(person=person, kind=StatusKind.SICK, start=due - dt.timedelta(days=10), end=due + dt.timedelta(days=2))
    late = due + dt.timedelta(days=5)
    with clock.travel_to(late):
        counts = sweep(late)
    assert counts.get("steps_suspended") == 1 and not counts.get("steps_missed") and not counts.get("agreements_missed")
    step.refresh_from_db()
    assert step.state == "suspended" and step.agreement.state == "accepted"
    log = TransitionLog.objects.get(workflow="agreement_step", object_id=step.pk, transition="suspend")
    assert "arbeidsongeschiktheid" in log.reason and log.actor_role == "system"
    # fit again: the next run resumes it with its date moved by the suspension
    with clock.travel_to(late):
        again = sweep(late)
    assert again.get("steps_resumed") == 1 and again.get("steps_suspended", 0) == 0
    step.refresh_from_db()
    assert step.state == "open" and step.due_on == incapacity.resumed_due_on(due, late, late) and step.due_on > late


def test_the_mutualitys_step_stays_open_during_incapacity_and_its_review_stays_on_the_worklist(sick_route):
    from werkregie.worklist.models import Task

    step, person = sick_route["step"], sick_route["person"]
    assert step.agreement.binding is False and step.evidence_kind == "partner" and step.kind == "reintegration"
    late = step.due_on + dt.timedelta(days=5)
    with clock.travel_to(late):
        counts = sweep(late)
    assert not counts.get("steps_suspended") and not counts.get("steps_missed") and not counts.get("agreements_missed")
    step.refresh_from_db()
    assert step.state == "open" and step.agreement.state == "accepted"
    review = Task.objects.get(person_id=person.pk, kind="reintegration_review")
    assert review.closed_at is None and review.due_on == step.due_on


def test_the_partner_may_approve_its_step_after_its_date(sick_route):
    step = sick_route["step"]
    late = step.due_on + dt.timedelta(days=2)
    with clock.travel_to(late):
        sweep(late)
        step.refresh_from_db()
        partner = factories.user("partner", organisation=sick_route["mutuality"])
        done = uc.partner_update(factories.principal(partner), step.pk, step.version, note="Gesprek gehad, hervatting deeltijds.", outcome="approve")
    assert done.state == "approved"


def test_a_step_of_someone_no_longer_sick_on_its_date_is_still_missed(ref):
    """A binding step, outside any incapacity, is missed as before (the escalation path is unchanged)."""
    from tests.trajectories_support import accepted_agreement

    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        StatusEpisode.objects.create(person=person, kind=StatusKind.SICK, start=dt.date(2025, 6, 1), end=dt.date(2025, 7, 1))
        _, a = accepted_agreement(counsellor, person, citizen)
    step = a.steps.get()
    later = step.due_on + dt.timedelta(days=1)
    with clock.travel_to(later):
        assert sweep(later)["steps_missed"] == 1
    assert AgreementStep.objects.get(pk=step.pk).state == "missed"
