"""Steps during recognised incapacity for work: suspended, never missed.

Policy (issue 11, point 3 and 9): sickness suspends the running deadlines of a trajectory. A job seeker's trajectory
is suspended as a whole when they fall sick (sweeps._episodes); the re-integration route of the sick is not (it is
made for them), so its steps — the mutuality's re-integration talk among them — meet their date while the person is
still recognised unfit for work. Such a step was not missed: the person could not be held to it. It is suspended
(a state of the step's transition table, with the reason in the log) and resumes when the incapacity ends, its date
moved by the days it was suspended. Only a step whose date passed outside any incapacity can be missed.

"Recognised incapacity" is the register's status episode "sick" (the mutuality's recognition, through the partner
link or the register import), current on the step's due date or on the day of the sweep."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

SUSPENDED, MISSED = "suspended", "missed"


def covers(episode: tuple[dt.date, dt.date | None], day: dt.date) -> bool:
    start, end = episode
    return start <= day and (end is None or day <= end)


def overdue_step_outcome(due_on: dt.date, as_of: dt.date, sick: Iterable[tuple[dt.date, dt.date | None]]) -> str:
    """What becomes of a step whose date `due_on` passed (due_on < as_of): suspended when the person was recognised
    unfit for work on its date or is so today, missed otherwise."""
    sick = list(sick)
    if any(covers(e, due_on) or covers(e, as_of) for e in sick):
        return SUSPENDED
    return MISSED


def resumed_due_on(due_on: dt.date, suspended_on: dt.date, resumed_on: dt.date) -> dt.date:
    """The step's new date: moved by the days it was suspended, and never before the day after it resumes."""
    moved = due_on + dt.timedelta(days=max(0, (resumed_on - suspended_on).days))
    return max(moved, resumed_on + dt.timedelta(days=1))
