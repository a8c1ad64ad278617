"""When a job seeker is due for screening: within 2 months of the start of their spell as a job seeker, and again
after a while; long-term job seekers sooner (accelerated re-screening). Periods are configurable. Plain Python."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .register import add_months


@dataclass(frozen=True)
class Periods:
    due_months: int = 2
    rescreen_months: int = 12
    rescreen_long_term_months: int = 6
    long_term_months: int = 12


@dataclass(frozen=True)
class Due:
    date: dt.date
    reason: str  # "new", "rescreen", "rescreen_long_term"

    def overdue(self, today: dt.date) -> bool:
        return self.date < today


def due(spell_start: dt.date, last_assessment: dt.date | None, months_unemployed: int, periods: Periods = Periods()) -> Due:
    """The next screening date. An assessment from before the current spell does not count: a new registration
    is screened anew."""
    if last_assessment is None or last_assessment < spell_start:
        return Due(add_months(spell_start, periods.due_months), "new")
    if months_unemployed >= periods.long_term_months:
        return Due(add_months(last_assessment, periods.rescreen_long_term_months), "rescreen_long_term")
    return Due(add_months(last_assessment, periods.rescreen_months), "rescreen")
