"""The platform's task runner (django-q2 with its ORM broker: tasks live in the same database, so the embedded SQLite
demo needs no extra server, and a task enqueued inside a transaction exists only if that transaction commits).

`enqueue("dotted.path", *args)` runs the task inline when settings.TASKS_SYNC is on (tests), else hands it to the
cluster (`werkregie serve` and `werkregie demo` start `qcluster` beside gunicorn). `ensure_schedules()` declares the
recurring jobs: the daily deadline sweep and the retry of due messages.

`schedule_once("dotted.path", *args, name=..., at=...)` runs a task once at a due time (a django-q2 one-off schedule,
written in the caller's transaction; the cluster's scheduler starts it within about 30 seconds of `at`); scheduling the
same name again moves it, `unschedule(name)` drops it. `run_due()` does the scheduler's work for the one-off schedules
with the injected clock (tests, and the synchronous mode where no cluster runs)."""

from __future__ import annotations

import logging
import pydoc

from django.conf import settings

logger = logging.getLogger(__name__)

SWEEP = "werkregie.batch.tasks.deadline_sweep"  # the partitioned sweep on Dask (werkregie/batch)
RETRY = "werkregie.messaging.tasks.retry_due"


def sync() -> bool:
    return bool(getattr(settings, "TASKS_SYNC", False) or settings.Q_CLUSTER.get("sync"))


def enqueue(func: str, *args, name: str = "", group: str = "") -> str | None:  # noqa: ANN002
    if sync():
        target = pydoc.locate(func)
        if target is None:
            raise ImportError(func)
        target(*args)
        return None
    from django_q.tasks import async_task

    return async_task(func, *args, task_name=name or None, group=group or None, sync=False)


def schedule_once(func: str, *args, name: str, at) -> None:  # noqa: ANN001, ANN002
    """Run `func(*args)` once at `at` (an aware datetime); one schedule per `name` (scheduling it again moves it)."""
    from django_q.models import Schedule

    if pydoc.locate(func) is None:
        raise ImportError(func)
    Schedule.objects.filter(name=name).delete()
    Schedule.objects.create(name=name, func=func, args=repr(tuple(args)), schedule_type=Schedule.ONCE, repeats=-1, next_run=at)


def unschedule(name: str) -> int:
    """Drop the one-off schedule `name` (nothing when there is none); returns how many were dropped."""
    from django_q.models import Schedule

    return Schedule.objects.filter(name=name, schedule_type=Schedule.ONCE).delete()[0]


def scheduled_at(name: str):  # noqa: ANN201 - datetime | None
    from django_q.models import Schedule

    return Schedule.objects.filter(name=name, schedule_type=Schedule.ONCE).values_list("next_run", flat=True).first()


def run_due(prefix: str = "") -> dict[str, int]:
    """Run the one-off schedules due at the injected clock's now (whose name starts with `prefix`), as the cluster's
    scheduler does: each is removed and its task runs once. Returns {name: 1} for each that ran."""
    import ast

    from django.db import transaction
    from django_q.models import Schedule

    from werkregie.core import clock

    ran: dict[str, int] = {}
    due = Schedule.objects.filter(schedule_type=Schedule.ONCE, next_run__lte=clock.now(), name__startswith=prefix).order_by("next_run", "id")
    for pk, name, func, args in due.values_list("pk", "name", "func", "args"):
        with transaction.atomic():
            if not Schedule.objects.filter(pk=pk).delete()[0]:
                continue  # someone else ran it
            values = ast.literal_eval(args) if args else ()
            target = pydoc.locate(func)
            if target is None:
                raise ImportError(func)
            target(*(values if isinstance(values, tuple) else (values,)))
        ran[name] = 1
    return ran


def ensure_schedules() -> list[str]:
    """Create or update the recurring jobs (idempotent by name)."""
    import datetime as dt

    from django_q.models import Schedule

    from werkregie.core import clock

    tomorrow_2am = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(2, 0), clock.BRUSSELS)
    wanted = {
        "deadline sweep (daily)": dict(func=SWEEP, schedule_type=Schedule.DAILY, next_run=tomorrow_2am),
        "messages: retry due (every 5 minutes)": dict(func=RETRY, schedule_type=Schedule.MINUTES, minutes=5, next_run=clock.now()),
    }
    for name, values in wanted.items():
        existing = Schedule.objects.filter(name=name).first()
        if existing is None:
            Schedule.objects.create(name=name, repeats=-1, **values)
        elif existing.func != values["func"]:
            Schedule.objects.filter(pk=existing.pk).update(func=values["func"])
    return list(wanted)
