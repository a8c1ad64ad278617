"""The scheduled job: an incremental KPI refresh every night (django-q2 runs it; `werkregie kpi schedule` installs it)."""

from __future__ import annotations

REFRESH = "werkregie.kpis.tasks.refresh_kpis"
NAME = "kpi refresh (daily, incremental)"


def refresh_kpis() -> dict:
    """The refresh as a batch job on Dask (werkregie/batch): the same as `werkregie kpi refresh`, partitioned."""
    from werkregie.batch.tasks import kpi_refresh

    return kpi_refresh()


def ensure_schedule() -> str:
    """Create the daily job at 03:00 (idempotent by name)."""
    import datetime as dt

    from django_q.models import Schedule

    from werkregie.core import clock

    next_run = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(3, 0), clock.BRUSSELS)
    Schedule.objects.update_or_create(name=NAME, defaults={"func": REFRESH, "schedule_type": Schedule.DAILY, "repeats": -1, "next_run": next_run})
    return NAME
