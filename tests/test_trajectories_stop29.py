"""Issue 11, open after stop 28: a sick person's trajectory started long after the legal month fell due the day it
started; one application counted for every application assignment running at once."""

from __future__ import annotations

import datetime as dt

from tests import factories
from tests.trajectories_support import accepted_agreement, caseload, partner_org
from werkregie.access.purposes import Purpose
from werkregie.core import clock
from werkregie.core.workdays import add_working_days
from werkregie.people.enums import StatusKind
from werkregie.people.models import StatusEpisode
from werkregie.trajectories import use_cases as uc
from werkregie.workflows.deadlines import term_end

DAY = dt.date(2026, 3, 2)


def _sick_route(since: dt.date):
    counsellor, person, _ = caseload()
    StatusEpisode.objects.create(person=person, kind=StatusKind.SICK, start=since)
    partner_org(Purpose.SICKNESS_REINTEGRATION, person)
    return uc.start_trajectory(factories.principal(counsellor), person.pk, "sickness")


def test_a_late_sickness_route_gets_the_late_start_term_not_today(ref):
    with clock.travel_to(DAY):
        trajectory = _sick_route(dt.date(2022, 10, 20))
    step = trajectory.agreements.get().steps.get()
    expected = add_working_days(DAY, 20)
    assert trajectory.deadline == expected > DAY
    assert step.due_on == expected


def test_a_sickness_route_in_time_keeps_its_legal_dates(ref):
    since = dt.date(2026, 1, 15)
    with clock.travel_to(DAY):
        trajectory = _sick_route(since)
    assert trajectory.deadline == term_end("sick_trajectory", since) == dt.date(2026, 6, 15)
    assert trajectory.agreements.get().steps.get().due_on == term_end("sick_reintegration_review", since)


def _apply(person, times):
    from werkregie.organisations.models import OrganisationKind
    from werkregie.vacancies.models import Application, Vacancy

    employer = factories.organisation(OrganisationKind.EMPLOYER)
    for i, moment in enumerate(times):
        app = Application.objects.create(vacancy=Vacancy.objects.create(employer=employer, title=f"Magazijnier {i}"), person=person, origin="applied")
        Application.objects.filter(pk=app.pk).update(created_at=moment)


def test_one_application_counts_for_one_assignment_the_one_due_first_that_needs_it(ref):
    from werkregie.trajectories.sweeps import sweep

    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        _, agreement = accepted_agreement(counsellor, person, citizen, steps=[
            {"kind": "applications", "title": "Solliciteer 2 keer als magazijnier", "due_on": DAY + dt.timedelta(days=14), "applications_required": 2},
            {"kind": "applications", "title": "Solliciteer 2 keer als heftruckchauffeur", "due_on": DAY + dt.timedelta(days=28), "applications_required": 2}])
        _apply(person, [clock.now() + dt.timedelta(hours=h) for h in (1, 2, 3)])
        counts = [s.applications_count for s in uc.my_agreements(factories.principal(citizen)).deadlines]
    assert counts == [2, 1]  # not [3, 3]: three applications, each counted once
    sweep(DAY + dt.timedelta(days=1))
    assert list(agreement.steps.order_by("due_on").values_list("state", flat=True)) == ["approved", "open"]
    with clock.travel_to(DAY + dt.timedelta(days=2)):
        _apply(person, [clock.now()])
        counts = [s.applications_count for s in uc.my_agreements(factories.principal(citizen)).deadlines]
    assert counts == [2]  # the approved step keeps its two; the fourth application completes the second
    sweep(DAY + dt.timedelta(days=3))
    assert list(agreement.steps.order_by("due_on").values_list("state", flat=True)) == ["approved", "approved"]


def test_applications_beyond_every_assignment_count_for_the_one_due_first(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        accepted_agreement(counsellor, person, citizen, steps=[
            {"kind": "applications", "title": "Solliciteer 1 keer", "due_on": DAY + dt.timedelta(days=14), "applications_required": 1},
            {"kind": "applications", "title": "Solliciteer 1 keer meer", "due_on": DAY + dt.timedelta(days=28), "applications_required": 1}])
        _apply(person, [clock.now() + dt.timedelta(hours=h) for h in (1, 2, 3)])
        counts = [s.applications_count for s in uc.my_agreements(factories.principal(citizen)).deadlines]
    assert counts == [2, 1]


def _web(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def test_a_refused_close_comes_back_open_as_posted_with_its_error_beside_the_field(ref):
    from django.urls import reverse

    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        trajectory = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        r = _web(counsellor).post(reverse("trajectory_action", args=[person.pk]),
                                  {"action": "close", "id": trajectory.pk, "version": trajectory.version, "end_reason": "other", "note": "kort"})
    page = r.content.decode()
    assert r.status_code == 422
    assert '<details open><summary>Afsluiten</summary>' in page
    assert 'id="close-errors"' in page and "minstens 5 tekens" in page
    assert '<option value="other" selected>' in page and 'value="kort"' in page
    trajectory.refresh_from_db()
    assert trajectory.state == "open"


def test_a_refused_suspension_comes_back_open(ref):
    from django.urls import reverse

    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        trajectory = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        r = _web(counsellor).post(reverse("trajectory_action", args=[person.pk]),
                                  {"action": "suspend", "id": trajectory.pk, "version": trajectory.version, "reason": "", "note": "ziek gemeld"})
    page = r.content.decode()
    assert r.status_code == 422
    assert '<details open><summary>Schorsen</summary>' in page and 'id="suspend-errors"' in page and 'value="ziek gemeld"' in page


def test_a_past_trajectory_closed_for_another_reason_says_why(ref):
    from django.urls import reverse

    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        trajectory = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        client = _web(counsellor)
        r = client.post(reverse("trajectory_action", args=[person.pk]),
                        {"action": "close", "id": trajectory.pk, "version": trajectory.version, "end_reason": "other",
                         "note": "Verhuisd naar Wallonië (Forem)"})
        assert r.status_code == 302
        page = client.get(reverse("trajectory_file", args=[person.pk])).content.decode()
    assert "Andere reden): Verhuisd naar Wallonië (Forem)" in page
