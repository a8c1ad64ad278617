"""The worklist's bulk upsert (COPY into a staging table and one INSERT … ON CONFLICT on PostgreSQL, one bulk upsert
on SQLite): exact text, no duplicate key when another writer made the task meanwhile, closed tasks reopen only for a
later due date, several calls in one transaction, and a sweep run after changes touches exactly the right tasks."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkregie.people.enums import StatusKind
from werkregie.worklist import services, sweeps
from werkregie.worklist.enums import TaskKind, TaskStatus
from werkregie.worklist.models import Task

from . import factories as f
from .worklist_support import assess, caseload

D = dt.date
START = D(2026, 9, 1)
pytestmark = pytest.mark.django_db


def spec(p, key="bulk", due=D(2026, 10, 5), title="Bellen", detail=""):  # noqa: ANN001, ANN201
    return services.TaskSpec(f"{key}:{p.pk}", p.pk, TaskKind.OTHER, due, title, f"/personen/{p.pk}/", detail, "test")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60))
def test_any_text_is_stored_exactly(ref, text):
    _c, _t, (p,) = caseload(1)
    Task.objects.all().delete()
    services.upsert_tasks([spec(p, title=text[:200] or "x", detail=text + "\n\t\\N\\" + text)])
    task = Task.objects.get()
    assert task.title == (text[:200] or "x") and task.detail == text + "\n\t\\N\\" + text
    assert task.counsellor_id == p.counsellor_id and task.team_id == p.team_id and task.source == "test" and task.status == TaskStatus.OPEN
    assert services.upsert_tasks([spec(p, title=text[:200] or "x", detail=text + "\n\t\\N\\" + text)])["unchanged"] == 1


def test_a_task_made_meanwhile_by_another_writer_is_updated_not_doubled(ref):
    _c, _t, (p,) = caseload(1)
    services.upsert_task(f"bulk:{p.pk}", person_id=p.pk, kind=TaskKind.OTHER, due_on=D(2026, 10, 1), title="eerst")
    # the caller read the tasks before the other writer made this one: it believes the task is new
    counts = services.upsert_tasks([spec(p, title="daarna")], existing={})
    assert counts["created"] == 1
    task = Task.objects.get()
    assert (task.title, task.due_on) == ("daarna", D(2026, 10, 5))


def test_closed_tasks_reopen_only_for_a_later_due_date(ref):
    _c, _t, persons = caseload(2)
    services.upsert_tasks([spec(p) for p in persons])
    services.close_tasks(services.Q(key__startswith="bulk:"), "klaar")
    assert services.upsert_tasks([spec(p) for p in persons]) == {"created": 0, "updated": 0, "unchanged": 2}
    assert services.upsert_tasks([spec(persons[0], due=D(2026, 11, 5)), spec(persons[1])]) == {"created": 0, "updated": 1, "unchanged": 1}
    first, second = Task.objects.order_by("person_id")
    assert first.status == TaskStatus.OPEN and first.closed_at is None and first.close_reason == "" and first.due_on == D(2026, 11, 5)
    assert second.status == TaskStatus.DONE and second.close_reason == "klaar"


def test_several_bulk_writes_in_one_transaction(ref):
    _c, _t, persons = caseload(3)
    with transaction.atomic():
        assert services.upsert_tasks([spec(p, key="a") for p in persons])["created"] == 3
        assert services.upsert_tasks([spec(p, key="b") for p in persons])["created"] == 3
        assert services.upsert_tasks([spec(p, key="a", title="anders") for p in persons])["updated"] == 3
    assert Task.objects.count() == 6 and Task.objects.filter(title="anders").count() == 3


def test_a_failed_partition_leaves_nothing_of_its_bulk_write(ref):
    _c, _t, persons = caseload(2)
    with pytest.raises(RuntimeError), transaction.atomic():
        services.upsert_tasks([spec(p) for p in persons])
        raise RuntimeError("killed")
    assert not Task.objects.exists()
    assert services.upsert_tasks([spec(p) for p in persons])["created"] == 2


def test_a_run_after_changes_updates_and_closes_exactly_the_right_tasks(ref):
    counsellor, team, persons = caseload(9, START)
    first = sweeps.sweep(D(2026, 9, 15), size=4)
    assert first["created"] == 9
    before = {t.key: (t.status, t.due_on, t.counsellor_id) for t in Task.objects.all()}
    assess(persons[0], counsellor, D(2026, 9, 20), self_reliant=True)  # screened: its task is done
    persons[1].episodes.update(end=D(2026, 9, 25))  # found work: cancelled
    f.episode(persons[1], StatusKind.EMPLOYED, D(2026, 9, 26), None)
    other = f.user(counsellor.role, team)
    persons[2].counsellor = other  # reassigned: the task follows the person
    persons[2].save(update_fields=["counsellor"])
    again = sweeps.sweep(D(2026, 10, 1), size=4)
    assert (again["created"], again["updated"], again["closed"], again["departed"]) == (0, 1, 1, 1)
    after = {t.key: (t.status, t.due_on, t.counsellor_id) for t in Task.objects.all()}
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed == {f"screening:{p.pk}:{START.isoformat()}" for p in persons[:3]}
    assert after[f"screening:{persons[0].pk}:{START.isoformat()}"][0] == TaskStatus.DONE
    assert after[f"screening:{persons[1].pk}:{START.isoformat()}"][0] == TaskStatus.CANCELLED
    assert after[f"screening:{persons[2].pk}:{START.isoformat()}"][2] == other.pk
    assert sweeps.sweep(D(2026, 10, 1), size=4) == {**again, "created": 0, "updated": 0, "closed": 0, "departed": 0,
                                                   "unchanged": again["unchanged"] + again["updated"] + again["created"]} | {"cancelled": 0}


def test_a_partition_of_unsorted_ids_reads_only_its_own_persons(ref):
    counsellor, team, persons = caseload(6, START)
    ids = [persons[4].pk, persons[1].pk, persons[3].pk]
    with transaction.atomic():
        counts = sweeps.sweep_partition(ids, D(2026, 9, 15))
    assert counts["created"] == 3
    assert sorted(Task.objects.values_list("person_id", flat=True)) == sorted(ids)
