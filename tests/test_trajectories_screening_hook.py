"""A trajectory opens at the screening assessment (in the transaction that saves it), through the screening's hook;
the nightly sweep stays as the safety net and agrees with what the hook made."""

import datetime as dt
import pathlib

import pytest

from tests import factories
from tests.trajectories_support import caseload
from werkregie.core import clock
from werkregie.people.enums import StatusKind
from werkregie.screening import hooks
from werkregie.screening import use_cases as screening
from werkregie.screening.models import Assessment
from werkregie.trajectories.models import Trajectory
from werkregie.trajectories.sweeps import sweep
from werkregie.trajectories.use_cases import open_after_screening
from werkregie.workflows.deadlines import term_end
from werkregie.worklist.models import Task

DAY = dt.date(2026, 3, 2)
ANSWERS = {"competences": "sufficient", "dutch_level": "B2", "digital_skills": "basic", "motivation": "high"}
NOT_SELF_RELIANT = {**ANSWERS, "category": "long", "self_reliant": False, "override_reason": "Lange afstand tot de arbeidsmarkt volgens het gesprek."}
SELF_RELIANT = {**ANSWERS, "category": "short", "self_reliant": True, "override_reason": "Zelfredzaam volgens het gesprek van vandaag."}


@pytest.fixture
def setting(ref):
    with clock.travel_to(DAY):
        yield caseload()


def _assess(counsellor, person, data):
    return screening.record_assessment(factories.principal(counsellor), person.pk, data)


def test_trajectories_registers_its_listener_at_app_ready():
    assert open_after_screening in hooks.listeners()


def test_screening_does_not_import_trajectories():
    root = pathlib.Path(screening.__file__).parent
    for path in root.rglob("*.py"):
        assert "werkregie.trajectories" not in path.read_text(), path


def test_not_self_reliant_assessment_opens_the_trajectory_with_its_three_month_term_at_once(setting):
    counsellor, person, _ = setting
    with clock.travel_to(DAY):
        assessment = _assess(counsellor, person, NOT_SELF_RELIANT)
        trajectory = Trajectory.objects.get(person=person)
        assert trajectory.kind == "standard" and trajectory.state == "open" and trajectory.source == f"screening:{assessment.pk}"
        # the term runs from the start of the spell on benefit (05/01/2026), as the sweep counts it
        assert trajectory.started_on == DAY and trajectory.deadline == dt.date(2026, 4, 5)
        assert Task.objects.get(key=f"trajectory:{trajectory.pk}:agreement_to_make").due_on == trajectory.deadline
        # the sweep, the safety net, finds nothing left to do
        assert sweep(DAY).get("opened_after_screening", 0) == 0
    assert Trajectory.objects.filter(person=person).count() == 1


def test_the_trajectory_and_the_assessment_share_one_transaction(setting):
    counsellor, person, _ = setting

    def broken(assessment):
        raise RuntimeError("listener failed")

    hooks.on_assessment_saved(broken)
    try:
        with clock.travel_to(DAY), pytest.raises(RuntimeError):
            _assess(counsellor, person, NOT_SELF_RELIANT)
    finally:
        hooks._LISTENERS.remove(broken)
    assert not Assessment.objects.filter(person=person).exists() and not Trajectory.objects.filter(person=person).exists()


def test_self_reliant_get_a_follow_up_plan_which_becomes_a_trajectory_when_no_longer_self_reliant(setting):
    counsellor, person, _ = setting
    with clock.travel_to(DAY):
        _assess(counsellor, person, SELF_RELIANT)
    follow = Trajectory.objects.get(person=person)
    assert follow.kind == "follow_up" and follow.deadline is None and follow.check_on == term_end("follow_up_check", DAY)
    later = DAY + dt.timedelta(days=120)
    with clock.travel_to(later):
        _assess(counsellor, person, NOT_SELF_RELIANT)
    follow.refresh_from_db()
    assert follow.state == "closed" and follow.end_reason == "other" and not follow.outflow
    standard = Trajectory.objects.get(person=person, state="open")
    # the assessment came after the 3-month term from registration ended: the full term from the assessment
    assert standard.kind == "standard" and standard.deadline == term_end("agreements_after_registration", later)
    with clock.travel_to(later):  # a second assessment the same day changes nothing
        _assess(counsellor, person, NOT_SELF_RELIANT)
    assert Trajectory.objects.filter(person=person).count() == 2


def test_not_on_benefit_no_binding_term_and_the_sweep_agrees(ref):
    with clock.travel_to(DAY):
        counsellor = factories.user("counsellor")
        person = factories.person(counsellor=counsellor, team=counsellor.organisation)
        factories.episode(person, StatusKind.JOBSEEKER_NO_BENEFIT, dt.date(2026, 1, 5))
        _assess(counsellor, person, NOT_SELF_RELIANT)
        trajectory = Trajectory.objects.get(person=person)
        assert trajectory.kind == "standard" and trajectory.deadline is None
        assert sweep(DAY).get("opened_after_screening", 0) == 0


def test_no_trajectory_for_someone_not_seeking_work_or_not_deployable(ref):
    with clock.travel_to(DAY):
        counsellor = factories.user("counsellor")
        employed = factories.person(counsellor=counsellor, team=counsellor.organisation)
        factories.episode(employed, StatusKind.JOBSEEKER_BENEFIT, dt.date(2025, 1, 5), dt.date(2026, 2, 1))
        stub = Assessment(person=employed, assessed_at=clock.now(), not_deployable=False, self_reliant=False)
        assert open_after_screening(stub) is None
        seeker = factories.person(counsellor=counsellor, team=counsellor.organisation)
        factories.episode(seeker, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 1, 5))
        assert open_after_screening(Assessment(person=seeker, assessed_at=clock.now(), not_deployable=True, self_reliant=False)) is None
    assert not Trajectory.objects.exists()


def test_the_sweep_still_opens_what_the_hook_did_not_see(setting):
    """An assessment saved without the use case (an import, an older release): the nightly sweep opens it."""
    counsellor, person, _ = setting
    with clock.travel_to(DAY):
        Assessment.objects.create(person=person, counsellor=counsellor, assessed_at=clock.now(), competences="partial", dutch_level="B2",
                                  digital_skills="basic", motivation="moderate", proposed_category="long", proposed_self_reliant=False,
                                  category="long", self_reliant=False, reasons=[])
        assert sweep(DAY)["opened_after_screening"] == 1
    assert Trajectory.objects.get(person=person).deadline == dt.date(2026, 4, 5)
