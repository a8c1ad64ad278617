"""Issue 11, point 2: a demo person's history agrees with itself. The trajectory closed because the person found lasting
work ends the job-seeker spell and shows the employment in the register, is closed on the day the page dates it, and
the compliance demo opens no case about facts after such a trajectory or during work."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from tests import factories
from tests.test_trajectories_demo import DAY, demo_world  # noqa: F401 - fixture
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.people.enums import JOBSEEKER_KINDS, StatusKind
from werkregie.people.models import StatusEpisode


def test_closed_to_work_means_employed_and_no_later_case(demo_world):  # noqa: F811 - the fixture
    from werkregie.compliance import demo as compliance_demo
    from werkregie.compliance.models import Case
    from werkregie.trajectories import demo
    from werkregie.trajectories.models import Trajectory
    from werkregie.workflows.models import TransitionLog

    factories.user(Role.CONTROLLER, username="controleur")
    with clock.travel_to(DAY):
        demo.seed()
        assert compliance_demo.seed()["cases"] > 10
    outflow = Trajectory.objects.get(state="closed", outflow=True, source__startswith="demo")
    closed = TransitionLog.objects.get(workflow="trajectory", object_id=outflow.pk, transition="close")
    assert closed.at.astimezone(clock.BRUSSELS).date() == outflow.closed_on, "the history closes it on the page's date"
    episodes = StatusEpisode.objects.filter(person_id=outflow.person_id)
    assert episodes.filter(kind=StatusKind.EMPLOYED, start=outflow.closed_on).filter(Q(end__isnull=True) | Q(end__gt=outflow.closed_on)).exists()
    assert not episodes.filter(kind__in=JOBSEEKER_KINDS, start__lte=outflow.closed_on).filter(Q(end__isnull=True) | Q(end__gte=outflow.closed_on)).exists()
    for case in Case.objects.filter(source_workflow=compliance_demo.SOURCE):
        occurred = dt.date.fromisoformat(case.facts["occurred_on"])
        ended = Trajectory.objects.filter(person_id=case.person_id, state="closed", closed_on__lte=occurred)
        assert not ended.exists(), (case.pk, occurred, list(ended.values_list("closed_on", "end_reason")))
        working = StatusEpisode.objects.filter(person_id=case.person_id, kind=StatusKind.EMPLOYED, start__lte=occurred)
        assert not working.filter(Q(end__isnull=True) | Q(end__gte=occurred)).exists(), (case.pk, occurred)


def test_no_demo_trajectory_runs_while_the_person_works_or_is_sick(demo_world):  # noqa: F811 - the fixture
    """Walk of stop 28: a demo trajectory started 01/06/2026 and its transfer to the control service ran while the person
    was employed until 07/11/2026. Every scenario's person was a job seeker on benefit all through the trajectory."""
    from werkregie.compliance.models import Case
    from werkregie.trajectories import demo
    from werkregie.trajectories.models import Trajectory

    factories.user(Role.CONTROLLER, username="controleur")
    # the first of the counsellor's job seekers fits today's picture but worked until last month: never a scenario's person
    from werkregie.people.models import Person

    recent = Person.objects.filter(counsellor=demo_world).order_by("pk").first()
    StatusEpisode.objects.filter(person=recent).delete()
    StatusEpisode.objects.create(person=recent, kind=StatusKind.EMPLOYED, start=dt.date(2023, 4, 13), end=DAY - dt.timedelta(days=30))
    StatusEpisode.objects.create(person=recent, kind=StatusKind.JOBSEEKER_BENEFIT, start=DAY - dt.timedelta(days=29))
    with clock.travel_to(DAY):
        demo.seed()
    for t in Trajectory.objects.filter(source__startswith="demo", kind="standard"):
        # work or sickness already running when the trajectory started (the scenarios' own later jobs aside)
        busy = StatusEpisode.objects.filter(person_id=t.person_id, kind__in=(StatusKind.EMPLOYED, StatusKind.SICK), start__lte=t.started_on)
        assert not busy.filter(Q(end__isnull=True) | Q(end__gte=t.started_on)).exists(), (t.pk, t.started_on)
    assert not Trajectory.objects.filter(person_id=recent.pk).exists()
    for case in Case.objects.filter(source_workflow="agreement"):
        working = StatusEpisode.objects.filter(person_id=case.person_id, kind=StatusKind.EMPLOYED, start__lte=case.occurred_on)
        assert not working.filter(Q(end__isnull=True) | Q(end__gte=case.occurred_on)).exists(), case.pk


def test_every_agreement_case_comes_from_a_missed_final_agreement_of_the_person(demo_world):  # noqa: F811 - the fixture
    """Walk of stop 29: demo cases cited an "ultiem afsprakenblad" that the person's trajectory never had."""
    from werkregie.compliance import demo as compliance_demo
    from werkregie.compliance.models import Case
    from werkregie.trajectories import demo
    from werkregie.trajectories.models import Agreement

    factories.user(Role.CONTROLLER, username="controleur")
    with clock.travel_to(DAY):
        demo.seed()
        compliance_demo.seed()
    cases = list(Case.objects.filter(infringement="agreement_not_met"))
    assert cases, "the trajectories demo escalates one missed final agreement to the control service"
    for case in cases:
        assert case.source_workflow == "agreement", case.pk
        agreement = Agreement.objects.get(pk=case.source_id)
        assert (agreement.person_id, agreement.level, agreement.state) == (case.person_id, "final", "missed")


def test_the_follow_up_plan_goes_to_someone_judged_self_reliant(demo_world):  # noqa: F811 - the fixture
    """Walk of stop 29: a person judged not self-reliant, on benefit, had the non-binding follow-up plan."""
    from tests.test_demo_agreement_history import _assessment
    from werkregie.people.models import Person
    from werkregie.trajectories import demo
    from werkregie.trajectories.models import Trajectory

    counsellor = demo_world
    mine = list(Person.objects.filter(counsellor=counsellor, account__isnull=True).order_by("-pk"))  # not the demo citizen
    with clock.travel_to(DAY):
        for person in mine:
            _assessment(person, counsellor, at=clock.now() - dt.timedelta(days=30), self_reliant=person.pk == mine[0].pk)
        demo.seed()
    follow_up = Trajectory.objects.get(kind="follow_up", source__startswith="demo")
    assert follow_up.person_id == mine[0].pk
    assert not Trajectory.objects.filter(kind="standard", person_id=mine[0].pk).exists()


def test_nobody_judged_not_self_reliant_gets_the_follow_up_plan(demo_world):  # noqa: F811 - the fixture
    from tests.test_demo_agreement_history import _assessment
    from werkregie.people.models import Person
    from werkregie.trajectories import demo
    from werkregie.trajectories.models import Trajectory

    counsellor = demo_world
    with clock.travel_to(DAY):
        for person in Person.objects.filter(counsellor=counsellor, account__isnull=True):
            _assessment(person, counsellor, at=clock.now() - dt.timedelta(days=30), self_reliant=False)
        demo.seed()
    assert not Trajectory.objects.filter(kind="follow_up", source__startswith="demo").exists()
