"""The worklist's contract for every domain: make (or update) a task by a stable key, and close it.

    upsert_task(key, *, person_id, kind, due_on, title, url="", detail="") -> (task, created)
    close_task(key, reason="") -> bool

The counsellor and team are taken from the person (so a task follows a reassigned person at the next upsert). A key is
one task forever: the same key updates its due date, title, url and detail; a closed task is not reopened unless its due
date moved later (a new term started). `upsert_tasks` and `close_tasks` are the bulk forms the deadline sweep uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.bulk import copy_into, copy_text
from werkregie.core.errors import FieldError, InvalidInput
from werkregie.people.models import Person

from .enums import TaskKind, TaskStatus
from .models import Task

UPDATE_FIELDS = ["person", "kind", "due_on", "title", "url", "detail", "counsellor", "team", "status", "closed_at", "closed_by", "close_reason", "source"]
# the columns the bulk upsert reads, compares and writes (in this order); every one but key and created_at is updated
COLUMNS = ("key", "person_id", "kind", "due_on", "title", "url", "detail", "counsellor_id", "team_id", "status", "created_at", "closed_at",
           "closed_by_id", "close_reason", "source")
KINDS = frozenset(TaskKind.values)
STAGING = "worklist_task_upsert"  # a temporary table per connection (PostgreSQL): COPY in, then one INSERT … ON CONFLICT


@dataclass(slots=True)
class TaskRow:
    """A task as the bulk upsert reads and writes it: plain values, no model instance (cheap for 250,000 rows)."""

    key: str
    person_id: int
    kind: str
    due_on: dt.date
    title: str
    url: str
    detail: str
    counsellor_id: int | None
    team_id: int | None
    status: str
    created_at: dt.datetime
    closed_at: dt.datetime | None
    closed_by_id: int | None
    close_reason: str
    source: str

    def values(self) -> tuple:
        return tuple(getattr(self, c) for c in COLUMNS)


def read_rows(where: Q) -> list[TaskRow]:
    """The tasks matching `where`, as rows for `upsert_tasks(existing=...)`."""
    return [TaskRow(*values) for values in Task.objects.filter(where).values_list(*COLUMNS)]


@dataclass(frozen=True)
class TaskSpec:
    """One task as a domain wants it to be; `upsert_tasks` makes the rows match."""

    key: str
    person_id: int
    kind: str
    due_on: dt.date
    title: str
    url: str = ""
    detail: str = ""
    source: str = ""


def _source(key: str, source: str) -> str:
    return (source or key.split(":", 1)[0])[:40]


def _check(spec: TaskSpec) -> None:
    errors = []
    if not spec.key or len(spec.key) > 120:
        errors.append(FieldError("key", _("een sleutel van 1 tot 120 tekens")))
    if spec.kind not in KINDS:
        errors.append(FieldError("kind", _("onbekende taaksoort '%(kind)s'; kies uit %(choices)s")
                                 % {"kind": spec.kind, "choices": ", ".join(TaskKind.values)}))
    if not isinstance(spec.due_on, dt.date):
        errors.append(FieldError("due_on", _("een datum")))
    if errors:
        raise InvalidInput(_("Ongeldige taak."), errors)


def upsert_task(key: str, *, person_id: int, kind: str, due_on: dt.date, title: str, url: str = "", detail: str = "",
                source: str = "") -> tuple[Task, bool]:
    """Make the task `key` or bring it up to date. Returns (task, created)."""
    spec = TaskSpec(key, person_id, str(kind), due_on, title, url, detail, source)
    _check(spec)
    with transaction.atomic():
        existing = Task.objects.select_for_update().filter(key=key).first()
        counsellor_id, team_id = Person.all_objects.filter(pk=person_id).values_list("counsellor_id", "team_id").get()
        if existing is None:
            task = Task.objects.create(key=key, person_id=person_id, kind=spec.kind, due_on=due_on, title=title[:200], url=url[:300],
                                       detail=detail, counsellor_id=counsellor_id, team_id=team_id, created_at=clock.now(),
                                       source=_source(key, source))
            return task, True
        _apply(existing, spec, counsellor_id, team_id)
        existing.save()
        return existing, False


def _apply(task: Task | TaskRow, spec: TaskSpec, counsellor_id: int | None, team_id: int | None) -> bool:
    """Bring `task` in line with `spec`; True when something changed. A closed task reopens only for a later due date."""
    changed = False
    if task.status != TaskStatus.OPEN:
        if spec.due_on <= task.due_on:
            return False
        task.status, task.closed_at, task.closed_by_id, task.close_reason = TaskStatus.OPEN, None, None, ""
        changed = True
    values = {"person_id": spec.person_id, "kind": spec.kind, "due_on": spec.due_on, "title": spec.title[:200], "url": spec.url[:300],
              "detail": spec.detail, "counsellor_id": counsellor_id, "team_id": team_id}
    for name, value in values.items():
        if getattr(task, name) != value:
            setattr(task, name, value)
            changed = True
    return changed


def upsert_tasks(specs: Iterable[TaskSpec], *, existing: dict[str, TaskRow] | None = None,
                 owners: dict[int, tuple[int | None, int | None]] | None = None) -> dict[str, int]:
    """Bulk `upsert_task`: one write per call (run it inside the caller's transaction, per partition). Rows that would
    not change are not written, so a second run at the same date writes nothing. On PostgreSQL the rows go in with
    COPY into a temporary table and one INSERT … ON CONFLICT (key) DO UPDATE; elsewhere with one bulk upsert.

    A caller that already read them may pass `existing` (the tasks by key, from `read_rows`; every key of `specs` that
    exists must be in it) and `owners` (person id → (counsellor id, team id)), saving two queries per partition."""
    specs = {s.key: s for s in specs}
    if not specs:
        return {"created": 0, "updated": 0, "unchanged": 0}
    for spec in specs.values():
        _check(spec)
    if owners is None:
        owners = dict((pid, (c, t)) for pid, c, t in Person.all_objects.filter(pk__in={s.person_id for s in specs.values()})
                      .values_list("pk", "counsellor_id", "team_id"))
    if existing is None:
        existing = {row.key: row for row in read_rows(Q(key__in=list(specs)))}
    now = clock.now()
    write: list[TaskRow] = []
    created = updated = 0
    for key, spec in specs.items():
        counsellor_id, team_id = owners.get(spec.person_id, (None, None))
        task = existing.get(key)
        if task is None:
            write.append(TaskRow(key, spec.person_id, spec.kind, spec.due_on, spec.title[:200], spec.url[:300], spec.detail, counsellor_id, team_id,
                                 TaskStatus.OPEN, now, None, None, "", _source(key, spec.source)))
            created += 1
        elif _apply(task, spec, counsellor_id, team_id):
            write.append(task)
            updated += 1
    if write:
        write_rows(write)
    return {"created": created, "updated": updated, "unchanged": len(specs) - created - updated}


def write_rows(rows: list[TaskRow]) -> None:
    """Insert the rows, or update the task with the same key (every column but key and created_at)."""
    if connection.vendor != "postgresql":
        tasks = [Task(**dict(zip(COLUMNS, row.values()))) for row in rows]
        Task.objects.bulk_create(tasks, update_conflicts=True, unique_fields=["key"], update_fields=UPDATE_FIELDS, batch_size=2000)
        return
    table = connection.ops.quote_name(Task._meta.db_table)
    columns = ", ".join(COLUMNS)
    changed = ", ".join(f"{c} = EXCLUDED.{c}" for c in COLUMNS if c not in ("key", "created_at"))
    with transaction.atomic(), connection.cursor() as cursor:  # the staging rows live only inside this transaction
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {STAGING} ON COMMIT DELETE ROWS AS SELECT {columns} FROM {table} WITH NO DATA")
        cursor.execute(f"TRUNCATE {STAGING}")
        copy_into(STAGING, COLUMNS, copy_text([row.values() for row in rows]))
        cursor.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {STAGING} ON CONFLICT (key) DO UPDATE SET {changed}")
        cursor.execute(f"TRUNCATE {STAGING}")


def close_task(key: str, reason: str = "", *, done: bool = True, by_user_id: int | None = None) -> bool:
    """Close the open task `key` (done, or cancelled when `done` is False). False when there is no open task by that key."""
    return close_tasks(Q(key=key), reason, done=done, by_user_id=by_user_id) > 0


def close_tasks(where: Q, reason: str = "", *, done: bool = True, by_user_id: int | None = None) -> int:
    """Close every open task matching `where` in one UPDATE; returns how many."""
    return Task.objects.filter(where, status=TaskStatus.OPEN).update(
        status=TaskStatus.DONE if done else TaskStatus.CANCELLED, closed_at=clock.now(), closed_by_id=by_user_id, close_reason=reason[:200]
    )


# a task whose deadline stops while its trajectory is suspended: out of the worklist until it resumes (walk of stop 29:
# "Afspraken te maken — 527 dagen te laat" stood on the worklist of a suspended trajectory)
PAUSED = "paused: trajectory suspended"


def pause_tasks(where: Q) -> int:
    """Take the open tasks matching `where` off the worklist while their deadlines stop (cancelled, reason PAUSED)."""
    return close_tasks(where, PAUSED, done=False)


def resume_tasks(where: Q, shift: dt.timedelta) -> int:
    """Put back the tasks `pause_tasks` took off, their due date moved by `shift` (the days the deadlines stopped)."""
    resumed = 0
    with transaction.atomic():
        for task in Task.objects.select_for_update().filter(where, status=TaskStatus.CANCELLED, close_reason=PAUSED):
            task.status, task.closed_at, task.closed_by_id, task.close_reason = TaskStatus.OPEN, None, None, ""
            task.due_on += shift
            task.save(update_fields=["status", "closed_at", "closed_by_id", "close_reason", "due_on"])
            resumed += 1
    return resumed
