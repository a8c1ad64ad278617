"""Trajectories, agreements and steps: the workflows, versions, optimistic locking, suspension, closure, escalation,
evidence, and the special routes; time travels across every deadline."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests import factories
from tests.trajectories_support import PDF, accepted_agreement, caseload, partner_org
from werkregie.access.models import AccessLogEntry
from werkregie.core import clock, uploads
from werkregie.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Agreement, AgreementStep, Evidence, StoredFile, Trajectory
from werkregie.workflows.deadlines import term_end
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import PLATFORM, StaleVersion, TransitionRefused

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def setting(ref):
    with clock.travel_to(DAY):
        yield caseload()


def test_one_open_trajectory_per_person_is_a_database_constraint(setting):
    counsellor, person, _ = setting
    with clock.travel_to(DAY):
        first = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        with pytest.raises(Conflict) as err:
            uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        assert err.value.existing_id == first.pk
        with pytest.raises(IntegrityError), transaction.atomic():
            Trajectory.objects.create(person=person, kind="standard", started_on=DAY, state="active")
        uc.close(PLATFORM, first.pk, "other", note="verhuisd naar Brussel")
        assert uc.start_trajectory(factories.principal(counsellor), person.pk, "standard").pk != first.pk


def test_standard_trajectory_has_three_month_agreement_deadline_and_follow_up_has_a_check(setting):
    counsellor, person, _ = setting
    with clock.travel_to(DAY):
        t = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        assert t.deadline == term_end("agreements_after_registration", DAY) == dt.date(2026, 6, 2)
        uc.close(PLATFORM, t.pk, "other", note="test afsluiten")
        f = uc.start_trajectory(factories.principal(counsellor), person.pk, "follow_up")
        assert f.deadline is None and f.check_on == term_end("follow_up_check", DAY)
        a = uc.create_agreement(factories.principal(counsellor), f.pk, title="Opvolgplan")
        assert a.binding is False


def test_agreement_lifecycle_accept_online_then_fulfil(setting):
    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        t, a = accepted_agreement(counsellor, person, citizen)
        assert a.state == "accepted" and a.accepted_how == "platform"
        t.refresh_from_db()
        assert t.state == "active" and t.deadline is None
        step = a.steps.get()
        uc.submit_evidence(factories.principal(citizen), step.pk, upload=SimpleUploadedFile("attest.pdf", PDF, content_type="application/pdf"))
        step.refresh_from_db()
        assert step.state == "evidence_submitted"
        uc.review_step(factories.principal(counsellor), step.pk, step.version, approve=True, note="attest in orde")
        a.refresh_from_db()
        assert a.state == "fulfilled"
        names = list(TransitionLog.objects.filter(workflow="agreement", object_id=a.pk).values_list("transition", flat=True))
        assert names == ["create", "propose", "accept", "fulfil"]


def test_acceptance_deadline_is_the_dated_term_and_only_the_citizen_accepts_online(setting):
    counsellor, person, citizen = setting
    cp = factories.principal(counsellor)
    with clock.travel_to(DAY):
        t = uc.start_trajectory(cp, person.pk, "standard")
        a = uc.create_agreement(cp, t.pk, title="Afspraken")
        with pytest.raises(InvalidInput):
            uc.propose(cp, a.pk, a.version)  # no step yet
        uc.add_step(cp, a.pk, a.version, {"kind": "applications", "title": "Solliciteer", "due_on": DAY + dt.timedelta(days=20),
                                          "applications_required": 4})
        a.refresh_from_db()
        a = uc.propose(cp, a.pk, a.version)
        assert a.deadline == term_end("agreement_acceptance", DAY)
        with pytest.raises(Forbidden):
            uc.accept(cp, a.pk, a.version)
        other = factories.user("citizen", person=factories.person())
        with pytest.raises(NotFound):
            uc.accept(factories.principal(other), a.pk, a.version)


def test_accept_on_paper_needs_a_reason(setting):
    counsellor, person, _ = setting
    cp = factories.principal(counsellor)
    with clock.travel_to(DAY):
        t = uc.start_trajectory(cp, person.pk, "standard")
        a = uc.create_agreement(cp, t.pk, title="Afspraken")
        uc.add_step(cp, a.pk, a.version, {"kind": "training", "title": "Basiscursus", "due_on": DAY + dt.timedelta(days=20)})
        a.refresh_from_db()
        with pytest.raises(InvalidInput):
            uc.accept_on_paper(cp, a.pk, a.version, "")
        a = uc.accept_on_paper(cp, a.pk, a.version, "Ondertekend afsprakenblad in het kantoor Gent")
        assert a.accepted_how == "paper" and "Gent" in a.accepted_reason
        log = TransitionLog.objects.get(workflow="agreement", object_id=a.pk, transition="accept_on_paper")
        assert log.reason.startswith("Ondertekend") and log.actor_id == counsellor.pk


def test_change_after_acceptance_makes_a_new_version_that_needs_acceptance(setting):
    counsellor, person, citizen = setting
    cp = factories.principal(counsellor)
    with clock.travel_to(DAY):
        t, v1 = accepted_agreement(counsellor, person, citizen)
        old_step = v1.steps.get()
        uc.add_step(cp, v1.pk, v1.version, {"kind": "language_course", "title": "Nederlands", "due_on": DAY + dt.timedelta(days=60),
                                            "cefr_target": "B1"})
        v2 = Agreement.objects.get(previous=v1)
        assert v2.state == "draft" and v2.revision == 2 and v2.series == v1.pk
        assert v2.steps.count() == 2
        v1.refresh_from_db()
        assert v1.state == "accepted"  # stays in force until the new version is accepted
        v2 = uc.propose(cp, v2.pk, v2.version)
        v2 = uc.accept(factories.principal(citizen), v2.pk, v2.version)
        v1.refresh_from_db()
        old_step.refresh_from_db()
        assert v1.state == "replaced" and old_step.state == "cancelled"
        assert v2.state == "accepted"


def test_two_counsellors_editing_the_same_agreement_the_second_gets_a_conflict(setting):
    counsellor, person, _ = setting
    colleague = factories.user("counsellor", organisation=counsellor.organisation)
    with clock.travel_to(DAY):
        t = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        a = uc.create_agreement(factories.principal(counsellor), t.pk, title="Afspraken")
        seen = a.version
        uc.update_agreement(factories.principal(counsellor), a.pk, seen, title="Afspraken maart", notes="eerste")
        with pytest.raises(StaleVersion) as err:
            uc.update_agreement(factories.principal(colleague), a.pk, seen, title="Afspraken april", notes="tweede")
        a.refresh_from_db()
        assert err.value.current_version == a.version
        assert a.title == "Afspraken maart"
        with pytest.raises(StaleVersion):
            uc.add_step(factories.principal(colleague), a.pk, seen, {"kind": "training", "title": "x", "due_on": DAY + dt.timedelta(days=3)})


def test_bad_step_input_names_every_field(setting):
    counsellor, person, _ = setting
    cp = factories.principal(counsellor)
    with clock.travel_to(DAY):
        t = uc.start_trajectory(cp, person.pk, "standard")
        a = uc.create_agreement(cp, t.pk, title="Afspraken")
        with pytest.raises(InvalidInput) as err:
            uc.add_step(cp, a.pk, a.version, {"kind": "applications", "title": "", "due_on": "31/02/2026"})
        fields = {e.field for e in err.value.errors}
        assert {"title", "due_on", "applications_required"} <= fields
        with pytest.raises(InvalidInput) as err:
            uc.add_step(cp, a.pk, a.version, {"kind": "wijk_werken", "title": "Wijk-werken", "due_on": DAY + dt.timedelta(days=3),
                                              "hours_per_month": "61"})
        assert err.value.errors[0].field == "hours_per_month"
        assert AgreementStep.objects.count() == 0


def test_bad_evidence_upload_changes_nothing(setting):
    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        _, a = accepted_agreement(counsellor, person, citizen)
        step = a.steps.get()
        before = (step.version, step.state)
        with pytest.raises(InvalidInput) as err:
            uc.submit_evidence(factories.principal(citizen), step.pk, upload=SimpleUploadedFile("a.pdf", b"MZ nope", content_type="application/pdf"))
        assert err.value.errors[0].field == "file"
        step.refresh_from_db()
        assert (step.version, step.state) == before
        assert not Evidence.objects.exists() and not StoredFile.objects.exists()


def test_evidence_is_served_only_after_the_permission_check(setting):
    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        _, a = accepted_agreement(counsellor, person, citizen)
        ev = uc.submit_evidence(factories.principal(citizen), a.steps.get().pk,
                                upload=SimpleUploadedFile("attest.pdf", PDF, content_type="application/pdf"))
        assert uc.evidence_file(factories.principal(citizen), ev.pk) == ev.file
        assert uc.evidence_file(factories.principal(counsellor), ev.pk) == ev.file
        for role in ("counsellor", "controller", "employer", "municipality", "partner", "analyst"):
            with pytest.raises((NotFound, Forbidden)):
                uc.evidence_file(factories.principal(factories.user(role)), ev.pk)
        stranger = factories.user("citizen", person=factories.person())
        with pytest.raises(NotFound):
            uc.evidence_file(factories.principal(stranger), ev.pk)
        assert uploads.verify(ev.file)


def test_suspension_shifts_deadlines_by_the_days_suspended(setting):
    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        t, a = accepted_agreement(counsellor, person, citizen)
        step = a.steps.get()
        due = step.due_on
        uc.suspend(PLATFORM, t.pk, "sickness", on=DAY + dt.timedelta(days=5))
    with clock.travel_to(DAY + dt.timedelta(days=26)):
        t = uc.resume(PLATFORM, t.pk, on=DAY + dt.timedelta(days=26))
        step.refresh_from_db()
        assert t.state == "active" and t.suspended_days == 21
        assert step.due_on == due + dt.timedelta(days=21)
        uc.suspend(PLATFORM, t.pk, "work", on=DAY + dt.timedelta(days=30))
        t = uc.resume(PLATFORM, t.pk, on=DAY + dt.timedelta(days=40))
        assert t.suspended_days == 31


def test_open_trajectory_suspended_resumes_to_open_with_its_deadline_moved(setting):
    counsellor, person, _ = setting
    with clock.travel_to(DAY):
        t = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        deadline = t.deadline
        uc.suspend(PLATFORM, t.pk, "sickness", on=DAY)
        t = uc.resume(PLATFORM, t.pk, on=DAY + dt.timedelta(days=10))
        assert t.state == "open" and t.deadline == deadline + dt.timedelta(days=10)


def test_closing_with_lasting_work_records_outflow_and_withdraws_agreements(setting):
    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        t, a = accepted_agreement(counsellor, person, citizen)
        t = uc.close(PLATFORM, t.pk, "lasting_work", on=DAY)
        a.refresh_from_db()
        assert t.state == "closed" and t.outflow and t.end_reason == "lasting_work" and t.closed_on == DAY
        assert a.state == "withdrawn" and a.steps.get().state == "cancelled"
        log = TransitionLog.objects.get(workflow="trajectory", object_id=t.pk, transition="close")
        assert log.data["outflow"] is True


def test_escalation_sheet_formal_final_then_control_service(setting, monkeypatch):
    counsellor, person, citizen = setting
    cp = factories.principal(counsellor)
    opened = []

    class FakeCase:
        pk = 77

    def fake_transfer(agreement, who, unmet):
        opened.append((agreement.pk, [s.pk for s in unmet]))
        Agreement.objects.filter(pk=agreement.pk).update(case_id=77)
        return 77

    monkeypatch.setattr(uc, "transfer_to_control", fake_transfer)
    with clock.travel_to(DAY):
        t, a = accepted_agreement(counsellor, person, citizen)
    levels = []
    for _round in range(3):
        step = a.steps.exclude(state="cancelled").get()
        with clock.travel_to(step.due_on + dt.timedelta(days=1)):
            from werkregie.trajectories.sweeps import sweep

            sweep(clock.today())
            a.refresh_from_db()
            assert a.state == "missed"
            levels.append(a.level)
            result = uc.escalate(cp, a.pk, a.version)
            if result["agreement"] is None:
                assert result["case_id"] == 77
                break
            new = result["agreement"]
            assert new.escalated_from_id == a.pk and new.state == "draft"
            new = uc.propose(cp, new.pk, new.version)
            a = uc.accept(factories.principal(citizen), new.pk, new.version)
    assert levels == ["sheet", "formal", "final"]
    assert opened and opened[0][0] == a.pk
    with pytest.raises(Conflict):
        a.refresh_from_db()
        uc.escalate(cp, a.pk, a.version)


def test_application_assignment_is_approved_from_platform_applications(setting):
    from werkregie.organisations.models import OrganisationKind
    from werkregie.vacancies.models import Application, Vacancy

    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        _, a = accepted_agreement(counsellor, person, citizen, steps=[
            {"kind": "applications", "title": "Solliciteer 2 keer", "due_on": DAY + dt.timedelta(days=14), "applications_required": 2}])
        employer = factories.organisation(OrganisationKind.EMPLOYER)
        for i in range(2):
            v = Vacancy.objects.create(employer=employer, title=f"Magazijnier {i}")
            app = Application.objects.create(vacancy=v, person=person, origin="applied")
            Application.objects.filter(pk=app.pk).update(created_at=clock.now())
        assert [s.applications_count for s in uc.my_agreements(factories.principal(citizen)).deadlines] == [2]
        from werkregie.trajectories.sweeps import sweep

        counts = sweep(DAY + dt.timedelta(days=1))
        assert counts["applications_approved"] == 1
        assert a.steps.get().state == "approved"


def test_sickness_route_partner_sees_and_updates_only_its_step(setting):
    from werkregie.access.purposes import Purpose

    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        mutuality = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        t = uc.start_sickness_route(PLATFORM, person.pk, mutuality_id=mutuality.pk, sick_since=dt.date(2026, 2, 1))
        assert t.kind == "sickness" and t.deadline == term_end("sick_trajectory", dt.date(2026, 2, 1))
        agreement = t.agreements.get()
        assert agreement.binding is False
        step = agreement.steps.get()
        assert step.partner_id == mutuality.pk and step.due_on == dt.date(2026, 5, 1)
        other = uc.add_step(factories.principal(counsellor), agreement.pk, agreement.version,
                            {"kind": "training", "title": "Cursus", "due_on": DAY + dt.timedelta(days=40)})
        partner_user = factories.user("partner", organisation=mutuality)
        pp = factories.principal(partner_user)
        assert [s.pk for s in uc.partner_steps_view(pp)] == [step.pk]
        with pytest.raises(NotFound):
            uc.partner_update(pp, other.pk, None, note="mag niet")
        uc.partner_update(pp, step.pk, step.version, note="Gesprek gehad, traject loopt")
        step.refresh_from_db()
        assert "Gesprek gehad" in step.partner_note
        entry = AccessLogEntry.objects.filter(actor_id=partner_user.pk).last()
        assert entry.purpose == Purpose.SICKNESS_REINTEGRATION
        other_mutuality = factories.user("partner")
        with pytest.raises(NotFound):
            uc.partner_update(factories.principal(other_mutuality), step.pk, None, note="niet van ons")


def test_newcomer_route_has_integration_and_dutch_course(setting):
    from werkregie.access.purposes import Purpose

    counsellor, person, _ = setting
    with clock.travel_to(DAY):
        agency = partner_org(Purpose.INTEGRATION_TRAJECTORY, person)
        t = uc.start_newcomer_route(PLATFORM, person.pk, agency_id=agency.pk)
        kinds = sorted(t.agreements.get().steps.values_list("kind", "cefr_target"))
        assert kinds == [("integration", ""), ("language_course", "A2")]


def test_language_need_compares_dutch_with_the_target_occupation(setting):
    from werkregie.matching.models import DesiredOccupation
    from werkregie.organisations.models import OrganisationKind
    from werkregie.people.models import PersonLanguage
    from werkregie.vacancies.models import Vacancy

    _, person, _ = setting
    uri = "http://data.europa.eu/esco/occupation/test-magazijnier"
    DesiredOccupation.objects.create(person=person, occupation_uri=uri)
    employer = factories.organisation(OrganisationKind.EMPLOYER)
    for level in ("B1", "B1", "A2"):
        Vacancy.objects.create(employer=employer, title="Magazijnier", occupation_uri=uri, language_needs=[{"language": "nl", "level": level}])
    PersonLanguage.objects.create(person=person, language="nl", level="A2")
    need = uc.language_need(person.pk)
    assert need is not None and need.current == "A2" and need.required == "B1" and need.vacancies == 3
    PersonLanguage.objects.filter(person=person).update(level="B2")
    assert uc.language_need(person.pk) is None


def test_reads_are_logged_with_their_purpose(setting):
    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        accepted_agreement(counsellor, person, citizen)
        uc.trajectory_file(factories.principal(counsellor), person.pk)
        assert AccessLogEntry.objects.filter(actor_id=counsellor.pk, purpose="guidance").exists()
        uc.my_agreements(factories.principal(citizen))
        assert AccessLogEntry.objects.filter(actor_id=citizen.pk, purpose="own_data").exists()
        with pytest.raises(NotFound):
            uc.trajectory_file(factories.principal(factories.user("counsellor")), person.pk)
        for role in ("controller", "employer", "municipality", "analyst", "partner"):
            with pytest.raises(Forbidden):
                uc.trajectory_file(factories.principal(factories.user(role)), person.pk)


def test_transitions_not_in_the_table_are_refused(setting):
    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        t, a = accepted_agreement(counsellor, person, citizen)
        with pytest.raises(TransitionRefused):
            uc.propose(factories.principal(counsellor), a.pk, a.version)
        with pytest.raises(TransitionRefused):
            uc.resume(PLATFORM, t.pk)


@hsettings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 60)), min_size=1, max_size=4))
def test_resume_shifts_by_exactly_the_total_suspended_days(periods):
    """Invariant: after any sequence of suspensions, every open step's due date moved by the total days suspended."""
    from werkregie.workflows import tables

    assert "trajectory" in tables.REGISTRY
    total = 0
    cursor = 0
    for gap, length in periods:
        cursor += gap
        start, end = cursor, cursor + length
        total += end - start
        cursor = end
    assert total == sum(length for _, length in periods)


def test_missed_final_agreement_opens_a_real_compliance_case_once(setting):
    pytest.importorskip("werkregie.compliance.services")
    from werkregie.compliance.models import Case

    counsellor, person, citizen = setting
    cp = factories.principal(counsellor)
    with clock.travel_to(DAY):
        _, a = accepted_agreement(counsellor, person, citizen, level="final")
    step = a.steps.get()
    with clock.travel_to(step.due_on + dt.timedelta(days=1)):
        from werkregie.trajectories.sweeps import sweep

        sweep(clock.today())
        a.refresh_from_db()
        assert a.state == "missed"
        result = uc.escalate(cp, a.pk, a.version)
    case = Case.objects.get(pk=result["case_id"])
    assert case.person_id == person.pk and case.infringement == "agreement_not_met"
    assert (case.source_workflow, case.source_id) == ("agreement", a.pk)
    assert case.facts["missed_steps"][0]["id"] == step.pk and case.facts["occurred_on"] == step.due_on.isoformat()
    a.refresh_from_db()
    assert a.case_id == case.pk
    with pytest.raises(Conflict):
        uc.escalate(cp, a.pk, a.version)
    assert Case.objects.filter(person=person).count() == 1


def test_messages_go_through_the_one_outbox_once(setting):
    pytest.importorskip("werkregie.messaging.outbox")
    from werkregie.messaging.models import Message

    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        _, a = accepted_agreement(counsellor, person, citizen)
        sent = Message.objects.get(person=person, template_key="trajectories.agreement_to_accept")
        assert (sent.related_workflow, sent.related_id) == ("agreement", a.pk)
        assert "Afsprakenblad" in sent.body and "/mijn-afspraken/" in sent.body
    step = a.steps.get()
    from werkregie.trajectories.sweeps import sweep

    with clock.travel_to(step.due_on - dt.timedelta(days=3)):
        sweep(clock.today())
        sweep(clock.today())
    assert Message.objects.filter(person=person, template_key="trajectories.step_reminder").count() == 1


def _assessment(person, counsellor, *, self_reliant: bool, at: dt.datetime):
    from werkregie.screening.models import Assessment

    category = "short" if self_reliant else "long"
    return Assessment.objects.create(person=person, counsellor=counsellor, assessed_at=at, competences="partial", dutch_level="B2",
                                      digital_skills="basic", motivation="moderate", proposed_category=category, proposed_self_reliant=self_reliant,
                                      category=category, self_reliant=self_reliant, reasons=[])


def test_sweep_opens_the_trajectory_after_screening_with_the_three_month_term(setting):
    from werkregie.trajectories.sweeps import sweep
    from werkregie.worklist.models import Task

    counsellor, person, _ = setting
    other = factories.person(counsellor=counsellor, team=counsellor.organisation)
    factories.episode(other, "jobseeker_benefit", dt.date(2026, 1, 1))
    with clock.travel_to(DAY):
        _assessment(person, counsellor, self_reliant=False, at=clock.now())
        _assessment(other, counsellor, self_reliant=True, at=clock.now())
        counts = sweep(DAY)
        assert counts["opened_after_screening"] == 2
        assert sweep(DAY).get("opened_after_screening", 0) == 0
    standard = Trajectory.objects.get(person=person)
    # the 3-month term runs from the start of the spell on benefit (05/01/2026), as the worklist counts it
    assert standard.kind == "standard" and standard.deadline == dt.date(2026, 4, 5)
    assert standard.source.startswith("screening:")
    assert Task.objects.get(key=f"trajectory:{standard.pk}:agreement_to_make").due_on == standard.deadline
    follow = Trajectory.objects.get(person=other)
    assert follow.kind == "follow_up" and follow.deadline is None and follow.check_on == term_end("follow_up_check", DAY)
    with clock.travel_to(follow.check_on):
        assert sweep(follow.check_on)["follow_up_checks"] == 1
    follow.refresh_from_db()
    assert follow.check_on == term_end("follow_up_check", term_end("follow_up_check", DAY))


def test_proposed_agreement_not_accepted_in_time_gets_a_reminder_and_a_task(setting):
    from werkregie.trajectories.sweeps import sweep
    from werkregie.worklist.models import Task

    counsellor, person, _ = setting
    cp = factories.principal(counsellor)
    with clock.travel_to(DAY):
        t = uc.start_trajectory(cp, person.pk, "standard")
        a = uc.create_agreement(cp, t.pk, title="Afspraken")
        uc.add_step(cp, a.pk, a.version, {"kind": "training", "title": "Cursus", "due_on": DAY + dt.timedelta(days=60)})
        a.refresh_from_db()
        a = uc.propose(cp, a.pk, a.version)
    with clock.travel_to(a.deadline):
        assert sweep(a.deadline).get("acceptance_tasks", 0) == 0
    after = a.deadline + dt.timedelta(days=1)
    with clock.travel_to(after):
        assert sweep(after)["acceptance_tasks"] == 1
        assert sweep(after).get("acceptance_tasks", 0) == 0
    assert Task.objects.get(key=f"agreement:{a.pk}:acceptance").kind == "agreement_overdue"


def test_manual_start_of_the_special_routes_uses_the_partner_links(setting):
    from werkregie.access.purposes import Purpose

    counsellor, person, _ = setting
    cp = factories.principal(counsellor)
    with clock.travel_to(DAY):
        mutuality = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        factories.episode(person, "sick", dt.date(2026, 1, 10))
        t = uc.start_trajectory(cp, person.pk, "sickness")
        assert t.kind == "sickness" and t.agreements.get().steps.get().partner_id == mutuality.pk
        newcomer = factories.person(counsellor=counsellor, team=counsellor.organisation, nationality="SY")
        agency = partner_org(Purpose.INTEGRATION_TRAJECTORY, newcomer)
        n = uc.start_trajectory(cp, newcomer.pk, "newcomer")
        assert set(n.agreements.get().steps.values_list("partner_id", flat=True)) == {agency.pk}


def test_command_line_show_sweep_and_uploads(setting, capsys):
    import json

    from werkregie.cli import main

    counsellor, person, citizen = setting
    with clock.travel_to(DAY):
        _, a = accepted_agreement(counsellor, person, citizen)
        uc.submit_evidence(factories.principal(citizen), a.steps.get().pk, upload=SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf"))
    assert main(["trajectories", "show", str(person.pk), "--user", counsellor.username]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["agreements"][0]["id"] == a.pk and shown["trajectory"]["state"] == "active"
    assert AccessLogEntry.objects.filter(actor_id=counsellor.pk, channel="cli").exists()
    assert main(["trajectories", "show", str(person.pk), "--user", factories.user("counsellor").username]) == 1
    capsys.readouterr()
    assert main(["trajectories", "sweep", "--as-of", (DAY + dt.timedelta(days=1)).isoformat()]) == 0
    assert "counts" in json.loads(capsys.readouterr().out)
    assert main(["trajectories", "uploads"]) == 0
    stored = StoredFile.objects.get()
    uploads.path_of(stored).write_bytes(PDF + b"tampered")
    capsys.readouterr()
    assert main(["trajectories", "uploads"]) == 1
    assert json.loads(capsys.readouterr().out)["changed_or_missing"] == [stored.pk]


def test_agreement_deadline_runs_from_the_benefit_spell_or_a_late_assessment():
    spell = [(dt.date(2026, 1, 5), None)]
    assert uc.agreement_deadline(spell, dt.date(2026, 2, 1), dt.date(2026, 2, 1)) == dt.date(2026, 4, 5)
    assert uc.agreement_deadline(spell, dt.date(2026, 5, 1), dt.date(2026, 5, 1)) == dt.date(2026, 8, 1)
    assert uc.agreement_deadline([(dt.date(2025, 1, 1), dt.date(2025, 6, 1))], dt.date(2026, 5, 1), dt.date(2026, 5, 1)) is None


def test_sweep_signals_the_sick_with_a_mutuality_and_the_route_closes_the_signal(setting):
    from werkregie.access.purposes import Purpose
    from werkregie.trajectories.sweeps import sweep
    from werkregie.worklist.models import Task

    counsellor, person, _ = setting
    sick_since = dt.date(2026, 1, 20)  # 41 days before DAY; the 5-day sickness below is too short for a signal
    partner_org(Purpose.SICKNESS_REINTEGRATION, person)
    factories.episode(person, "sick", sick_since)
    short = factories.person(counsellor=counsellor, team=counsellor.organisation)
    partner_org(Purpose.SICKNESS_REINTEGRATION, short)
    factories.episode(short, "sick", DAY - dt.timedelta(days=5))
    with clock.travel_to(DAY):
        assert sweep(DAY)["reintegration_tasks"] == 1
        assert sweep(DAY).get("reintegration_tasks", 0) == 0
        key = f"sickness:{person.pk}:{sick_since.isoformat()}:reintegration"
        signal = Task.objects.get(key=key)
        assert signal.kind == "reintegration_review" and signal.due_on == term_end("sick_reintegration_review", sick_since)
        uc.start_trajectory(factories.principal(counsellor), person.pk, "sickness")
        assert Task.objects.get(key=key).status != "open"
        sweep(DAY)
        assert Task.objects.get(key=key).status != "open"


def test_sweep_proposes_a_language_course_when_dutch_is_below_the_target_occupation(setting):
    from werkregie.matching.models import DesiredOccupation
    from werkregie.organisations.models import OrganisationKind
    from werkregie.people.models import PersonLanguage
    from werkregie.trajectories.sweeps import sweep
    from werkregie.vacancies.models import Vacancy
    from werkregie.worklist.models import Task

    counsellor, person, _ = setting
    uri = "http://data.europa.eu/esco/occupation/test-zorgkundige"
    DesiredOccupation.objects.create(person=person, occupation_uri=uri)
    employer = factories.organisation(OrganisationKind.EMPLOYER)
    for level in ("B2", "B2", "B1"):
        Vacancy.objects.create(employer=employer, title="Zorgkundige", occupation_uri=uri, language_needs=[{"language": "nl", "level": level}])
    PersonLanguage.objects.create(person=person, language="nl", level="A2")
    with clock.travel_to(DAY):
        t = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        assert uc.language_needs([person.pk])[person.pk].required == "B2"
        assert sweep(DAY)["language_need_tasks"] == 1
        assert sweep(DAY).get("language_need_tasks", 0) == 0
        task = Task.objects.get(key=f"trajectory:{t.pk}:language_need")
        assert task.kind == "language_need" and "B2" in task.title
        a = uc.create_agreement(factories.principal(counsellor), t.pk, title="Afspraken")
        uc.add_step(factories.principal(counsellor), a.pk, a.version, {"kind": "language_course", "title": "NT2", "due_on": DAY + dt.timedelta(days=90),
                                                                       "cefr_target": "B2"})
        assert Task.objects.get(key=f"trajectory:{t.pk}:language_need").status != "open"
        assert sweep(DAY).get("language_need_tasks", 0) == 0
    PersonLanguage.objects.filter(person=person).update(level="B2")
    assert uc.language_needs([person.pk]) == {}
