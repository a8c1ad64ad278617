"""Walk 11b, N-M2: a demo "missed appointment" case rests on a real appointment of the person. The counsellor convoked
them to a slot of their agenda (the convocation delivered and deemed notified before the slot), the no-show was recorded
after the slot, no excuse came, and the referral after the proof term opened the case (source ("appointment", id))."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import compliance_support as cs
from tests import factories as f
from tests.appointments_support import fakes  # noqa: F401 - fixture
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.workdays import is_working_day
from werkregie.organisations.models import OrganisationKind

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def world(db, fakes, settings):
    # as in `werkregie demo`: tasks wait for the runner, so the demo itself delivers each letter at the story's time
    settings.TASKS_SYNC = False
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, organisation=team, username="bemiddelaar")
    f.user(Role.CONTROLLER, username="controleur")
    # half of them have the counsellor as their own, the other half only the team (a counsellor of the team convokes)
    guided = [cs.jobseeker(team=team, counsellor=counsellor if i % 2 else None) for i in range(20)]
    alone = [cs.jobseeker() for _ in range(4)]  # no counsellor nor team: nobody convokes them
    f.user(Role.CITIZEN, username="burger", person=guided[0])
    return counsellor, guided, alone


def test_every_missed_appointment_case_comes_from_a_real_convoked_no_show(world):
    from werkregie.appointments.common import outside_hours, proof_due
    from werkregie.appointments.models import Appointment
    from werkregie.compliance import demo
    from werkregie.compliance.models import Case
    from werkregie.messaging.models import Message
    from werkregie.people import perms as people_perms
    from werkregie.people.models import StatusEpisode
    from werkregie.workflows.models import TransitionLog

    counsellor, _guided, alone = world
    with clock.travel_to(DAY):
        made = demo.seed()["cases"]
        controller = cs.controller()
        assert made == Case.objects.count() > 20
        cases = list(Case.objects.filter(infringement="missed_appointment"))
        assert len(cases) > 10
        for case in cases:
            assert (case.source_workflow, case.source_id) == ("appointment", case.facts["appointment_id"]), case.pk
            a = Appointment.objects.select_related("slot", "agenda").get(pk=case.source_id)
            start = a.slot.start.astimezone(clock.BRUSSELS)
            assert a.person_id == case.person_id and a.state in ("no_show", "referred") and a.mandatory, case.pk
            assert a.compliance_case_id == case.pk
            assert start.date() == case.occurred_on and is_working_day(case.occurred_on), case.pk
            assert not outside_hours(a.slot.start, a.slot.end, a.slot.mode), case.pk
            assert a.agenda.owner_id == a.counsellor_id and a.counsellor.role == Role.COUNSELLOR
            assert a.excuse_status == "" and a.proof_due_on == proof_due(case.occurred_on)
            # the convocation (after the invitation whose link expired unused) was delivered and deemed notified in time
            convocation = Message.objects.get(related_workflow="appointment", related_id=a.pk, template_key="appointment.convocation")
            invitation = Message.objects.get(related_workflow="appointment", related_id=a.pk, template_key="appointment.invitation")
            assert invitation.delivered_at and convocation.delivered_at and invitation.delivered_at < convocation.created_at
            assert convocation.created_at < convocation.dispatched_at < convocation.created_at + dt.timedelta(hours=1)
            assert convocation.delivered_at < a.slot.start and convocation.deemed_notified_on < case.occurred_on, case.pk
            reminder = Message.objects.get(related_workflow="appointment", related_id=a.pk, template_key="appointment.reminder")
            assert convocation.delivered_at < reminder.created_at < reminder.delivered_at < a.slot.start, case.pk
            assert Message.objects.filter(related_workflow="appointment", related_id=a.pk, template_key="appointment.no_show",
                                          created_at__gt=a.slot.end).exists()
            assert not Message.objects.filter(related_workflow="appointment", related_id=a.pk, state="queued").exists()
            steps = list(TransitionLog.objects.filter(workflow="appointment", object_id=a.pk).order_by("at", "pk"))
            assert [s.transition for s in steps] == ["create", "expire", "convoke", "no_show", "refer"], case.pk
            no_show, refer = steps[3], steps[4]
            assert no_show.at > a.slot.end and refer.at.astimezone(clock.BRUSSELS).date() > a.proof_due_on
            opened = TransitionLog.objects.get(workflow=case.workflow_name, object_id=case.pk, transition="create")
            assert opened.at >= refer.at and all(s.at <= clock.now() for s in steps)
            # the facts are the referral's, not invented text
            assert case.facts["summary"].startswith("Niet gekomen op") and case.facts["convoked"] is True
            # the person was a job seeker on benefit that day, visible to the controller
            assert people_perms.can_view_person(controller, case.person_id)
            assert StatusEpisode.objects.filter(person_id=case.person_id, kind="jobseeker_benefit", start__lte=case.occurred_on, end__isnull=True).exists()
        assert not Case.objects.filter(person__in=alone, infringement="missed_appointment").exists()
        assert {"opened", "hearing_planned", "to_decide", "notified", "appealed", "closed"} <= set(Case.objects.values_list("state", flat=True))
        assert Case.objects.filter(infringement="missed_appointment", decision="suspension", proposed_weeks=4).exists(), "a repetition escalates"
        appointments = Appointment.objects.count()
        assert demo.seed() == {"cases": 0}
        assert Case.objects.count() == made and Appointment.objects.count() == appointments
