"""The worklist contract (upsert_task / close_task), the legal terms as dated parameters, and the deadline sweep:
due dates from the terms, time travel across each term, idempotence, a run killed halfway, and the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person
from werkregie.screening.engine.deadlines import due
from werkregie.workflows import deadlines as terms
from werkregie.worklist import services, sweep, sweeps
from werkregie.worklist.enums import TaskKind, TaskStatus
from werkregie.worklist.models import Task

from . import factories as f
from .worklist_support import assess, caseload

D = dt.date
START = D(2026, 9, 1)

# ---- the legal terms -------------------------------------------------------------------------------------------------

EXPECTED_TERMS = {
    "screening_after_registration": (2, "months"), "agreements_after_registration": (3, "months"), "newcomer_registration": (60, "days"),
    "sick_reintegration_review": (3, "months"), "sick_trajectory": (5, "months"), "community_service_after": (24, "months"),
    "missed_appointment_proof": (3, "working_days"), "agreement_acceptance": (10, "working_days"),
    "compliance_hearing_response": (14, "days"), "compliance_appeal": (3, "months"), "follow_up_check": (3, "months"), "booking_link_validity": (10, "days"), "booking_link_reminder": (2, "days"), "appointment_reminder": (2, "days"),
    "screening_rescreen": (12, "months"), "screening_rescreen_long_term": (6, "months"), "screening_long_term_after": (12, "months"),
    "late_start": (20, "working_days"),
}


@pytest.mark.parametrize("key", sorted(EXPECTED_TERMS))
def test_each_legal_term_has_value_unit_source_and_uncertainty(key):
    found = terms.term(key, D(2026, 6, 1))
    assert (found.value, found.unit) == EXPECTED_TERMS[key]
    assert found.reference and all(r.get("href") and r.get("title") for r in found.reference), key
    assert found.uncertainty, f"{key}: say how sure we are"


def test_terms_without_a_legal_text_say_so():
    for key in ("sick_reintegration_review", "sick_trajectory"):
        assert "NIET GEDOCUMENTEERD" in terms.term(key, D(2026, 1, 1)).uncertainty
    # the decree's 60 days apply from 1 March 2022, not the "two months" of the policy text; before that there was no term
    assert terms.term_end("newcomer_registration", D(2026, 1, 1)) == D(2026, 3, 2)
    with pytest.raises(ValueError):
        terms.term("newcomer_registration", D(2022, 2, 28))


def test_missed_appointment_proof_counts_working_days():
    # appointment on Thursday 24/12/2026: Christmas and the weekend do not count
    assert terms.term_end("missed_appointment_proof", D(2026, 12, 24)) == D(2026, 12, 30)


def test_screening_due_dates_come_from_the_parameters():
    assert due(D(2026, 1, 31), None, 0).date == terms.term_end("screening_after_registration", D(2026, 1, 31)) == D(2026, 3, 31)
    assert due(D(2026, 1, 10), D(2026, 2, 1), 3).date == terms.term_end("screening_rescreen", D(2026, 2, 1))
    assert due(D(2024, 1, 10), D(2026, 2, 1), 25).date == terms.term_end("screening_rescreen_long_term", D(2026, 2, 1))
    # a spell from before the parameters' first date gets their first value
    assert due(D(2010, 3, 5), None, 0).date == D(2010, 5, 5)


@given(st.dates(min_value=D(2016, 1, 1), max_value=D(2035, 12, 31)), st.integers(min_value=0, max_value=800))
def test_screening_due_is_never_before_the_start_and_overdue_only_after(start, days):
    d = due(start, None, 0)
    assert start < d.date <= start + dt.timedelta(days=62)
    today = start + dt.timedelta(days=days)
    assert d.overdue(today) == (today > d.date)


# ---- the contract ----------------------------------------------------------------------------------------------------


def test_upsert_task_is_idempotent_and_takes_counsellor_and_team_from_the_person(db, ref):
    counsellor, team, (p,) = caseload(1)
    with clock.travel_to(D(2026, 10, 1)):
        task, created = services.upsert_task("test:1", person_id=p.pk, kind=TaskKind.OTHER, due_on=D(2026, 10, 5), title="Bellen")
        assert created and task.counsellor == counsellor and task.team == team and task.source == "test" and task.status == TaskStatus.OPEN
        again, created = services.upsert_task("test:1", person_id=p.pk, kind=TaskKind.OTHER, due_on=D(2026, 10, 9), title="Bellen")
    assert not created and again.pk == task.pk and again.due_on == D(2026, 10, 9)
    assert Task.objects.count() == 1


def test_a_closed_task_reopens_only_when_its_due_date_moves_later(db, ref):
    _c, _t, (p,) = caseload(1)
    services.upsert_task("test:2", person_id=p.pk, kind=TaskKind.OTHER, due_on=D(2026, 10, 5), title="Bellen")
    assert services.close_task("test:2", "gebeld") is True
    assert services.close_task("test:2") is False, "closing twice changes nothing"
    services.upsert_task("test:2", person_id=p.pk, kind=TaskKind.OTHER, due_on=D(2026, 10, 5), title="Bellen")
    services.upsert_task("test:2", person_id=p.pk, kind=TaskKind.OTHER, due_on=D(2026, 10, 1), title="Bellen")
    task = Task.objects.get(key="test:2")
    assert task.status == TaskStatus.DONE and task.close_reason == "gebeld" and task.due_on == D(2026, 10, 5)
    services.upsert_task("test:2", person_id=p.pk, kind=TaskKind.OTHER, due_on=D(2026, 11, 1), title="Opnieuw bellen")
    task.refresh_from_db()
    assert task.status == TaskStatus.OPEN and task.closed_at is None and task.due_on == D(2026, 11, 1) and task.title == "Opnieuw bellen"


def test_upsert_refuses_an_unknown_kind(db, ref):
    _c, _t, (p,) = caseload(1)
    with pytest.raises(InvalidInput) as err:
        services.upsert_task("test:3", person_id=p.pk, kind="invented", due_on=D(2026, 10, 5), title="x")
    assert err.value.errors[0].field == "kind"
    assert not Task.objects.exists()


def test_bulk_upsert_writes_nothing_the_second_time(db, ref):
    _c, _t, persons = caseload(3)
    specs = [services.TaskSpec(f"bulk:{p.pk}", p.pk, TaskKind.OTHER, D(2026, 10, 5), "x") for p in persons]
    assert services.upsert_tasks(specs) == {"created": 3, "updated": 0, "unchanged": 0}
    assert services.upsert_tasks(specs) == {"created": 0, "updated": 0, "unchanged": 3}
    specs[0] = services.TaskSpec(specs[0].key, persons[0].pk, TaskKind.OTHER, D(2026, 10, 7), "x")
    assert services.upsert_tasks(specs)["updated"] == 1


def test_a_contributor_name_is_registered_once():
    sweep.contributor("test-once")(test_a_contributor_name_is_registered_once)
    sweep.contributor("test-once")(test_a_contributor_name_is_registered_once)  # the same function again (a reload) is fine
    with pytest.raises(ValueError, match="twice"):
        sweep.contributor("test-once")(test_missed_appointment_proof_counts_working_days)
    del sweep.REGISTRY["test-once"]


# ---- the sweep -------------------------------------------------------------------------------------------------------


def _tasks(kind: str = TaskKind.SCREENING_DUE, **filters) -> list[Task]:
    return list(Task.objects.filter(kind=kind, **filters).order_by("person_id", "id"))


def test_sweep_makes_a_screening_task_with_the_legal_due_date_and_is_idempotent(db, ref):
    counsellor, team, persons = caseload(3, START)
    employed = f.person(counsellor=counsellor)
    f.episode(employed, StatusKind.EMPLOYED, START, None)
    first = sweep.run(D(2026, 9, 15), only=["worklist"])
    assert first["contributors"]["worklist"]["created"] == 3
    tasks = _tasks()
    assert [t.person_id for t in tasks] == [p.pk for p in persons]
    assert {t.due_on for t in tasks} == {D(2026, 11, 1)} and {t.counsellor_id for t in tasks} == {counsellor.pk}
    assert tasks[0].key == f"screening:{persons[0].pk}:2026-09-01" and tasks[0].url == f"/personen/{persons[0].pk}/screening/"
    again = sweep.run(D(2026, 9, 15), only=["worklist"])["contributors"]["worklist"]
    assert (again["created"], again["updated"], again["closed"], again["cancelled"]) == (0, 0, 0, 0)
    assert Task.objects.count() == 3


def test_time_travel_across_the_screening_term(db, ref):
    counsellor, _team, (p,) = caseload(1, START)
    for day, overdue in ((D(2026, 10, 31), False), (D(2026, 11, 1), False), (D(2026, 11, 2), True)):
        sweep.run(day, only=["worklist"])
        (task,) = _tasks(status=TaskStatus.OPEN)
        assert (task.due_on < day) == overdue, day
    # assessed on 10/11: the task is closed as done; a year later (minus the lead) the re-screening appears
    assess(p, counsellor, D(2026, 11, 10), self_reliant=True, category="short")
    sweep.run(D(2026, 11, 11), only=["worklist"])
    assert _tasks(status=TaskStatus.OPEN) == [] and _tasks(status=TaskStatus.DONE)[0].close_reason
    # 31/08/2027: 11 months of search, the re-screening is due 12 months after the assessment (10/11/2027), beyond the 31-day lead
    sweep.run(D(2027, 8, 31), only=["worklist"])
    assert _tasks(status=TaskStatus.OPEN) == []
    # 01/09/2027: 12 months of search, long-term: the assessment ran out after 6 months (10/05/2027), so overdue at once
    sweep.run(D(2027, 9, 1), only=["worklist"])
    (rescreen,) = _tasks(status=TaskStatus.OPEN)
    assert rescreen.due_on == D(2027, 5, 10) and rescreen.key == f"screening:{p.pk}:2026-11-10" and "langdurig" in rescreen.title


def test_long_term_job_seekers_are_rescreened_after_six_months(db, ref):
    counsellor, _team, (p,) = caseload(1, D(2024, 1, 1))
    assess(p, counsellor, D(2026, 11, 27), self_reliant=True, category="short")
    sweep.run(D(2027, 4, 25), only=["worklist"])
    assert _tasks(status=TaskStatus.OPEN) == []
    sweep.run(D(2027, 4, 27), only=["worklist"])
    (task,) = _tasks(status=TaskStatus.OPEN)
    assert task.due_on == D(2027, 5, 27) and "langdurig" in task.title


def test_agreements_to_make_for_the_non_self_reliant_on_benefit(db, ref):
    counsellor, team, (on_benefit, self_reliant) = caseload(2, START)
    _c, _t, (no_benefit,) = caseload(1, START, kind=StatusKind.JOBSEEKER_NO_BENEFIT, counsellor=counsellor, team=team)
    for p in (on_benefit, no_benefit):
        assess(p, counsellor, D(2026, 10, 1), self_reliant=False)
    assess(self_reliant, counsellor, D(2026, 10, 1), self_reliant=True, category="short")
    sweep.run(D(2026, 10, 2), only=["worklist"])
    (task,) = _tasks(TaskKind.AGREEMENT_TO_MAKE)
    assert task.person_id == on_benefit.pk and task.due_on == D(2026, 12, 1) and task.key == f"agreement_to_make:{on_benefit.pk}:2026-09-01"
    # across the term: overdue from 2 December
    sweep.run(D(2026, 12, 2), only=["worklist"])
    (task,) = _tasks(TaskKind.AGREEMENT_TO_MAKE, status=TaskStatus.OPEN)
    assert task.due_on < D(2026, 12, 2)


def test_a_late_non_self_reliant_judgement_gets_the_full_term_from_the_assessment(db, ref):
    counsellor, _team, (p,) = caseload(1, D(2025, 1, 6))
    assess(p, counsellor, D(2026, 6, 15), self_reliant=False)
    sweep.run(D(2026, 6, 16), only=["worklist"])
    (task,) = _tasks(TaskKind.AGREEMENT_TO_MAKE)
    assert task.due_on == D(2026, 9, 15)


def test_an_accepted_binding_agreement_closes_the_task(db, ref):
    trajectories = pytest.importorskip("werkregie.trajectories.models")
    counsellor, _team, (p,) = caseload(1, START)
    assess(p, counsellor, D(2026, 10, 1), self_reliant=False)
    sweep.run(D(2026, 10, 2), only=["worklist"])
    assert len(_tasks(TaskKind.AGREEMENT_TO_MAKE, status=TaskStatus.OPEN)) == 1
    with clock.travel_to(D(2026, 10, 20)):
        trajectory = trajectories.Trajectory.objects.create(person=p, started_on=D(2026, 10, 20), state="active")
        trajectories.Agreement.objects.create(trajectory=trajectory, person=p, title="Afsprakenblad", state="accepted", binding=True,
                                              accepted_at=clock.now())
    sweep.run(D(2026, 10, 21), only=["worklist"])
    (task,) = _tasks(TaskKind.AGREEMENT_TO_MAKE)
    assert task.status == TaskStatus.DONE


def test_tasks_of_someone_who_found_work_are_cancelled(db, ref):
    _c, _t, (p, stays) = caseload(2, START)
    sweep.run(D(2026, 9, 15), only=["worklist"])
    p.episodes.update(end=D(2026, 9, 30))
    f.episode(p, StatusKind.EMPLOYED, D(2026, 10, 1), None)
    counts = sweep.run(D(2026, 10, 2), only=["worklist"])["contributors"]["worklist"]
    assert counts["departed"] == 1
    assert [t.status for t in _tasks()] == [TaskStatus.CANCELLED, TaskStatus.OPEN]


def test_a_sweep_killed_halfway_leaves_whole_partitions_and_the_next_run_completes(db, ref, monkeypatch):
    _c, _t, persons = caseload(10, START)
    real = sweeps.sweep_partition
    calls = {"n": 0}

    def dies_in_third_partition(ids, as_of):  # noqa: ANN001
        calls["n"] += 1
        counts = real(ids, as_of)  # the partition's tasks are written…
        if calls["n"] == 3:
            raise RuntimeError("killed")  # …and rolled back with its transaction
        return counts

    monkeypatch.setattr(sweeps, "sweep_partition", dies_in_third_partition)
    monkeypatch.setattr(sweeps, "PARTITION", 3)
    with pytest.raises(RuntimeError):
        sweeps.sweep(D(2026, 9, 15), size=3)
    made = _tasks()
    assert len(made) == 6 and [t.person_id for t in made] == [p.pk for p in persons[:6]]
    assert all(t.due_on and t.counsellor_id and t.title and t.url for t in made), "no half-made task"
    monkeypatch.setattr(sweeps, "sweep_partition", real)
    counts = sweeps.sweep(D(2026, 9, 15), size=3)
    assert counts["created"] == 4 and counts["unchanged"] == 6
    assert len(_tasks()) == 10


def test_an_assessment_refreshes_the_worklist_at_once(db, ref, django_capture_on_commit_callbacks):
    counsellor, _team, (p,) = caseload(1, START)
    sweep.run(D(2026, 9, 15), only=["worklist"])
    with clock.travel_to(D(2026, 9, 20)), django_capture_on_commit_callbacks(execute=True):
        assess(p, counsellor, D(2026, 9, 20), self_reliant=False)
    assert _tasks()[0].status == TaskStatus.DONE
    (agreement,) = _tasks(TaskKind.AGREEMENT_TO_MAKE, status=TaskStatus.OPEN)
    assert agreement.due_on == D(2026, 12, 1)


def test_merged_persons_get_no_tasks(db, ref):
    _c, _t, (p, q) = caseload(2, START)
    Person.all_objects.filter(pk=q.pk).update(merged_into=p)
    sweep.run(D(2026, 9, 15), only=["worklist"])
    assert [t.person_id for t in _tasks()] == [p.pk]


def test_command_line_sweep(db, ref, capsys):
    from werkregie.cli import main

    caseload(2, START)
    assert main(["deadlines", "sweep", "--as-of", "2026-09-15", "--progress", "--only", "worklist"]) == 0
    out = capsys.readouterr()
    result = json.loads(out.out)
    assert result["as_of"] == "2026-09-15" and result["contributors"]["worklist"]["created"] == 2
    assert "worklist" in out.err
    assert main(["deadlines", "sweep", "--as-of", "2026-09-15", "--only", "worklist"]) == 0
    assert json.loads(capsys.readouterr().out)["contributors"]["worklist"]["created"] == 0


def test_command_line_refuses_a_bad_date(capsys):
    from werkregie.cli import main

    with pytest.raises(SystemExit):
        main(["deadlines", "sweep", "--as-of", "31/12/2026"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_no_second_agreement_task_when_another_domain_tracks_it(db, ref):
    counsellor, _team, (p, q) = caseload(2, START)
    for person in (p, q):
        assess(person, counsellor, D(2026, 10, 1), self_reliant=False)
    sweep.run(D(2026, 10, 2), only=["worklist"])
    assert len(_tasks(TaskKind.AGREEMENT_TO_MAKE, status=TaskStatus.OPEN)) == 2
    # e.g. the trajectories sweep: one agreement_to_make task per open trajectory
    services.upsert_task("trajectory:77:agreement_to_make", person_id=p.pk, kind=TaskKind.AGREEMENT_TO_MAKE, due_on=D(2026, 12, 1), title="x")
    sweep.run(D(2026, 10, 3), only=["worklist"])
    open_tasks = _tasks(TaskKind.AGREEMENT_TO_MAKE, status=TaskStatus.OPEN)
    assert sorted((t.person_id, t.key.split(":")[0]) for t in open_tasks) == sorted([(p.pk, "trajectory"), (q.pk, "agreement_to_make")])


def test_a_failing_contributor_does_not_stop_the_others(db, ref, capsys):
    from werkregie.cli import main

    caseload(1, START)

    @sweep.contributor("test-broken", order=1)
    def broken(as_of):  # noqa: ANN001, ANN202
        raise RuntimeError("gateway down")

    try:
        result = sweep.run(D(2026, 9, 15), only=["test-broken", "worklist"])
        assert result["errors"] == {"test-broken": "RuntimeError: gateway down"}
        assert result["contributors"]["worklist"]["created"] == 1, "the next contributor still ran"
        assert main(["deadlines", "sweep", "--as-of", "2026-09-15", "--only", "test-broken", "worklist"]) == 1
        assert json.loads(capsys.readouterr().out)["errors"]
        with pytest.raises(RuntimeError):
            sweep.run(D(2026, 9, 15), only=["test-broken"], stop_on_error=True)
    finally:
        del sweep.REGISTRY["test-broken"]


def test_a_partition_read_as_an_id_range_touches_only_its_job_seekers(db, ref):
    counsellor, team, _ = caseload(0)
    seekers, others = [], []
    for i in range(60):
        seeker = f.person(counsellor=counsellor, team=team)
        f.episode(seeker, StatusKind.JOBSEEKER_BENEFIT, START, None)
        seekers.append(seeker)
        other = f.person(counsellor=counsellor, team=team)  # in the id range, never a job seeker
        f.episode(other, StatusKind.EMPLOYED, START, None)
        others.append(other)
    services.upsert_task(f"screening:{others[10].pk}:2026-01-01", person_id=others[10].pk, kind=TaskKind.SCREENING_DUE, due_on=D(2026, 3, 1), title="x")
    counts = sweeps.sweep(D(2026, 9, 15), size=200)
    assert counts["created"] == 60 and counts["departed"] == 1
    assert {t.person_id for t in _tasks(status=TaskStatus.OPEN)} == {p.pk for p in seekers}
    assert sweeps.sweep(D(2026, 9, 15), size=200)["unchanged"] == 60
