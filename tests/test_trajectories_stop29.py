"""Issue 11, open after stop 28: a sick person's trajectory started long after the legal month fell due the day it
started; one application counted for every application assignment running at once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

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


def _started():
    """A counsellor's person with a standard trajectory just started: (counsellor, person, counsellor's principal, trajectory)."""
    counsellor, person, _ = caseload()
    cp = factories.principal(counsellor)
    return counsellor, person, cp, uc.start_trajectory(cp, person.pk, "standard")


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


# --- walk and attack of stop 29 ----------------------------------------------------------------------------------------

def test_a_step_without_evidence_is_confirmed_by_the_counsellor_and_never_missed_by_the_sweep(ref):
    from django.urls import reverse

    from werkregie.core.errors import InvalidInput
    from werkregie.trajectories.sweeps import sweep

    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        _, agreement = accepted_agreement(counsellor, person, citizen, steps=[
            {"kind": "other", "title": "Infosessie bijwonen", "due_on": DAY + dt.timedelta(days=10), "evidence_kind": "none"},
            {"kind": "other", "title": "Gesprek met de jobcoach", "due_on": DAY + dt.timedelta(days=10), "evidence_kind": "none"}])
        first, second = agreement.steps.order_by("pk")
        page = _web(counsellor).get(reverse("trajectory_file", args=[person.pk])).content.decode()
        assert "Gedaan (bevestigen)" in page and 'value="reject"' not in page  # the "Niet gedaan" button only after the date
        assert "Bij afkeuren verplicht" not in page  # no rejection to explain for a step without evidence
        with pytest.raises(InvalidInput):
            uc.review_step(factories.principal(counsellor), second.pk, second.version, approve=False, note="Niet gekomen")
    later = DAY + dt.timedelta(days=12)
    counts = sweep(later)
    assert not counts.get("steps_missed") and not counts.get("agreements_missed")
    first.refresh_from_db()
    assert first.state == "open"
    with clock.travel_to(later):
        done = uc.review_step(factories.principal(counsellor), first.pk, first.version, approve=True)
        assert done.state == "approved"
        with pytest.raises(InvalidInput):  # not done needs a reason the citizen reads
            uc.review_step(factories.principal(counsellor), second.pk, second.version, approve=False, note="")
        missed = uc.review_step(factories.principal(counsellor), second.pk, second.version, approve=False, note="Niet op de infosessie geweest")
    assert missed.state == "missed"
    agreement.refresh_from_db()
    assert agreement.state == "missed"


def test_a_new_series_starts_as_a_sheet_unless_a_reason_is_given(ref):
    from werkregie.core.errors import InvalidInput

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        with pytest.raises(InvalidInput) as refused:
            uc.create_agreement(cp, trajectory.pk, title="Ultieme afspraak", level="final")
        assert [e.field for e in refused.value.errors] == ["level_reason"]
        r = Client(HTTP_AUTHORIZATION="Bearer " + factories.token(counsellor)).post(
            f"/api/v1/trajectories/{trajectory.pk}/agreements", {"title": "Formeel", "level": "formal"}, content_type="application/json")
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "level_reason"
        made = uc.create_agreement(cp, trajectory.pk, title="Formele afspraak", level="formal",
                                   level_reason="Vervolg op het gemiste ultieme afsprakenblad van het vorige traject")
    from werkregie.workflows.models import TransitionLog

    assert made.level == "formal"
    assert "vorige traject" in TransitionLog.objects.get(workflow="agreement", object_id=made.pk, transition="create").reason


def test_suspending_for_another_reason_says_why(ref):
    from werkregie.core.errors import InvalidInput

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        with pytest.raises(InvalidInput) as refused:
            uc.suspend_by_counsellor(cp, trajectory.pk, "other", "", trajectory.version)
        assert [e.field for e in refused.value.errors] == ["note"]
        done = uc.suspend_by_counsellor(cp, trajectory.pk, "other", "Tijdelijk in het buitenland voor mantelzorg", trajectory.version)
    assert done.state == "suspended"


def test_the_agreement_badge_names_the_day_of_its_state_and_the_acceptance_apart(ref):
    from django.urls import reverse

    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        accepted_agreement(counsellor, person, citizen)
        page = _web(counsellor).get(reverse("trajectory_file", args=[person.pk])).content.decode()
    assert f"sinds {DAY:%d/%m/%Y}" in page and f"aanvaard op {DAY:%d/%m/%Y}" in page


def test_a_partner_without_a_link_to_the_person_is_refused_on_a_step(ref):
    from werkregie.core.errors import InvalidInput
    from werkregie.organisations.models import OrganisationKind

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        agreement = uc.create_agreement(cp, trajectory.pk, title="Afsprakenblad")
        stranger = factories.organisation(OrganisationKind.PARTNER)
        linked = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        step = {"kind": "training", "title": "Opleiding", "due_on": DAY + dt.timedelta(days=20), "evidence_kind": "partner"}
        with pytest.raises(InvalidInput) as refused:
            uc.add_step(cp, agreement.pk, agreement.version, {**step, "partner_id": stranger.pk})
        assert [e.field for e in refused.value.errors] == ["partner_id"] and "geen lopende band" in refused.value.errors[0].message
        agreement.refresh_from_db()
        assert uc.add_step(cp, agreement.pk, agreement.version, {**step, "partner_id": linked.pk}).partner_id == linked.pk


def test_a_suspended_trajectorys_deadline_tasks_leave_the_worklist_and_come_back_moved(ref):
    from werkregie.worklist.models import Task

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        key = f"trajectory:{trajectory.pk}:agreement_to_make"
        due = Task.objects.get(key=key).due_on
        trajectory = uc.suspend_by_counsellor(cp, trajectory.pk, "sickness", "Ziek gemeld", trajectory.version)
        assert Task.objects.get(key=key).status == "cancelled"
    with clock.travel_to(DAY + dt.timedelta(days=30)):
        uc.resume_by_counsellor(cp, trajectory.pk, trajectory.version)
    task = Task.objects.get(key=key)
    assert task.status == "open" and task.due_on == due + dt.timedelta(days=30)


def test_a_trajectory_resumed_the_same_day_gets_its_task_back(ref):
    from werkregie.worklist.models import Task

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        trajectory = uc.suspend_by_counsellor(cp, trajectory.pk, "work", "Interimjob van een dag", trajectory.version)
        uc.resume_by_counsellor(cp, trajectory.pk, trajectory.version)
    assert Task.objects.get(key=f"trajectory:{trajectory.pk}:agreement_to_make").status == "open"


# --- second attack of stop 29 ------------------------------------------------------------------------------------------

def test_no_agreement_is_proposed_or_accepted_while_the_trajectory_is_suspended(ref):
    from werkregie.workflows.services import TransitionRefused

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        agreement = uc.create_agreement(cp, trajectory.pk, title="Afsprakenblad")
        uc.add_step(cp, agreement.pk, agreement.version, {"kind": "training", "title": "Opleiding", "due_on": DAY + dt.timedelta(days=30)})
        trajectory.refresh_from_db()
        uc.suspend_by_counsellor(cp, trajectory.pk, "sickness", "Ziek gemeld", trajectory.version)
        agreement.refresh_from_db()
        with pytest.raises(TransitionRefused):
            uc.propose(cp, agreement.pk, agreement.version)
        with pytest.raises(TransitionRefused):
            uc.accept_on_paper(cp, agreement.pk, agreement.version, "Getekend op kantoor")
    agreement.refresh_from_db()
    assert agreement.state == "draft"


def test_a_step_confirmed_by_the_partner_needs_a_partner(ref):
    from werkregie.core.errors import InvalidInput

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        agreement = uc.create_agreement(cp, trajectory.pk, title="Afsprakenblad")
        with pytest.raises(InvalidInput) as refused:
            uc.add_step(cp, agreement.pk, agreement.version, {"kind": "training", "title": "Opleiding", "due_on": DAY + dt.timedelta(days=30),
                                                               "evidence_kind": "partner"})
    assert [e.field for e in refused.value.errors] == ["partner_id"]


@pytest.mark.parametrize("reason", ["\x00" * 11, "\u200b" * 11, "   kort   ", "\u2800" * 11, "\u3164" * 11, "e" + "\u0301" * 10])
def test_a_level_reason_of_invisible_characters_is_no_reason(ref, reason):
    from werkregie.core.errors import InvalidInput

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        with pytest.raises(InvalidInput) as refused:
            uc.create_agreement(cp, trajectory.pk, title="Ultieme afspraak", level="final", level_reason=reason)
    assert [e.field for e in refused.value.errors] == ["level_reason"]


def test_a_level_reason_on_an_ordinary_sheet_is_refused(ref):
    from werkregie.core.errors import InvalidInput

    with clock.travel_to(DAY):
        counsellor, person, cp, trajectory = _started()
        with pytest.raises(InvalidInput):
            uc.create_agreement(cp, trajectory.pk, title="Afsprakenblad", level="sheet", level_reason="Waarom niet eens uitleggen")
