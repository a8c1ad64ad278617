"""Legal terms as dated parameters (werkregie/workflows/parameters/*.yaml): how long, in which unit (days, working
days, weeks, months), from which date, on which legal source, and how sure we are. `term_end` turns a term into the
date it ends for a start date; a change in law is a new dated value in the YAML, never a code change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateutil.relativedelta import relativedelta

from werkregie.core import dated
from werkregie.core.workdays import add_working_days

PARAMETERS = Path(__file__).resolve().parent / "parameters"
UNITS = ("days", "working_days", "weeks", "months")


def term(key: str, on: dt.date) -> dated.DatedValue:
    found = dated.value(PARAMETERS, key, on)
    if found.unit not in UNITS:
        raise ValueError(f"legal term {key} has unit {found.unit!r}; expected one of {UNITS}")
    return found


def add(start: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "working_days":
        return add_working_days(start, amount)
    if unit == "days":
        return start + dt.timedelta(days=amount)
    if unit == "weeks":
        return start + dt.timedelta(weeks=amount)
    if unit == "months":
        return start + relativedelta(months=amount)
    raise ValueError(f"unknown unit {unit!r}")


def term_end(key: str, start: dt.date) -> dt.date:
    """The last day of the legal term `key` that starts on `start`, with the value in force on the start date."""
    found = term(key, start)
    return add(start, int(found.value), found.unit)


def due_from(key: str, start: dt.date, today: dt.date) -> dt.date:
    """The end of the legal term `key` from `start`; when that day has already passed on `today` (a route that starts
    late, e.g. a sickness reported months after it began), the platform's late-start term from `today` instead, so the
    work never falls due the day it is created (`late_start.yaml`). The legal date stays what the KPIs count."""
    legal = term_end(key, start)
    return legal if legal >= today else term_end("late_start", today)
