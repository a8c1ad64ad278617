"""The platform's task runner (django-q2 with its ORM broker: tasks live in the same database, so the embedded SQLite
demo needs no extra server, and a task enqueued inside a transaction exists only if that transaction commits).

`enqueue("dotted.path", *args)` runs the task inline when settings.TASKS_SYNC is on (tests), else hands it to the
cluster (`werkregie serve` and `werkregie demo` start `qcluster` beside gunicorn). `ensure_schedules()` declares the
recurring jobs: the daily deadline sweep and the retry of due messages."""

from __future__ import annotations

import logging
import pydoc

from django.conf import settings

logger = logging.getLogger(__name__)

SWEEP = "werkregie.worklist.sweep.run"
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
