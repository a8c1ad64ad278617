"""The task runner's entry points for the nightly batch jobs (django-q2 schedules them by dotted path; the daily
deadline sweep of werkregie/messaging/runner.py and the KPI refresh of werkregie/kpis/tasks.py start theirs here).

django-q2 runs a task in a daemonic process, which may not start the local cluster's worker processes: there the job
runs as `werkregie batch run JOB` in a child process (the same code, the same ledger). Elsewhere (the synchronous mode
of tests and the demo without a task worker) it runs in this process."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys

NAMES = {
    "batch: screening scores (daily)": ("werkregie.batch.tasks.screening_scores", 1, 30),
    "batch: nightly matching (daily)": ("werkregie.batch.tasks.nightly_matching", 3, 30),
}


def _start(job: str, **params: object) -> dict:
    if multiprocessing.current_process().daemon:
        args = [sys.executable, "-m", "werkregie.cli", "batch", "run", job]
        for name, value in params.items():
            args += [f"--{name.replace('_', '-')}", str(value)]
        done = subprocess.run(args, check=True, capture_output=True, text=True)  # noqa: S603 - our own command
        return json.loads(done.stdout.strip().splitlines()[-1])
    from .use_cases import start

    return start(job, **params)


def deadline_sweep(as_of: str | None = None) -> dict:
    import datetime as dt

    return _start("sweep", **({"as_of": dt.date.fromisoformat(as_of)} if as_of else {}))


def kpi_refresh() -> dict:
    return _start("kpis")


def screening_scores() -> dict:
    return _start("screening")


def nightly_matching() -> dict:
    return _start("matching")


def ensure_schedules() -> list[str]:
    """The daily batch jobs that no other domain schedules (idempotent by name): screening scores at 01:30, the
    nightly matching at 03:30 (the deadline sweep at 02:00 and the KPI refresh at 03:00 are scheduled by their domains)."""
    import datetime as dt

    from django_q.models import Schedule

    from werkregie.core import clock

    for name, (func, hour, minute) in NAMES.items():
        next_run = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(hour, minute), clock.BRUSSELS)
        Schedule.objects.update_or_create(name=name, defaults={"func": func, "schedule_type": Schedule.DAILY, "repeats": -1, "next_run": next_run})
    return list(NAMES)
