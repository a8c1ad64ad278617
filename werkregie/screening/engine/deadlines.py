"""When a job seeker is due for screening: within the legal term after the start of their spell as a job seeker
(`screening_after_registration`), and again when an assessment has run its course (`screening_rescreen`); long-term job
seekers (`screening_long_term_after`) sooner (`screening_rescreen_long_term`). The terms are the dated parameters of
werkregie/workflows/parameters, read with `werkregie.workflows.deadlines` (one mechanism for every legal term): the
value in force on the start date applies. Plain Python (no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from werkregie.workflows import deadlines as terms

from .register import add_months

NEW = "screening_after_registration"
RESCREEN = "screening_rescreen"
RESCREEN_LONG_TERM = "screening_rescreen_long_term"
LONG_TERM_AFTER = "screening_long_term_after"


@lru_cache(maxsize=65536)
def term_end(key: str, start: dt.date) -> dt.date:
    """`werkregie.workflows.deadlines.term_end`, cached: the sweep asks it for the same few thousand dates many times.
    A spell that started before the parameter's first dated value (old registrations) gets that first value."""
    try:
        return terms.term_end(key, start)
    except ValueError:
        first = _first_date(key)
        if start >= first:
            raise
        found = terms.term(key, first)
        return terms.add(start, int(found.value), found.unit)


@lru_cache(maxsize=None)
def _first_date(key: str) -> dt.date:
    parameter = terms.dated.parameter(terms.PARAMETERS, key)
    return min(dt.date.fromisoformat(str(v.instant_str)) for v in parameter.values_list)


def threshold_months(key: str, start: dt.date) -> int:
    first = _first_date(key)
    return int(terms.term(key, max(start, first)).value)


@dataclass(frozen=True)
class Periods:
    """Overrides of the legal terms in months, for simulations and tests; None (the default) means the dated parameter."""

    due_months: int | None = None
    rescreen_months: int | None = None
    rescreen_long_term_months: int | None = None
    long_term_months: int | None = None

    def end(self, key: str, months: int | None, start: dt.date) -> dt.date:
        return term_end(key, start) if months is None else add_months(start, months)

    def is_long_term(self, spell_start: dt.date, today: dt.date) -> bool:
        return self.end(LONG_TERM_AFTER, self.long_term_months, spell_start) <= today


@dataclass(frozen=True)
class Due:
    date: dt.date
    reason: str  # "new", "rescreen", "rescreen_long_term"

    def overdue(self, today: dt.date) -> bool:
        return self.date < today


def due(spell_start: dt.date, last_assessment: dt.date | None, months_unemployed: int, periods: Periods = Periods(),
        today: dt.date | None = None) -> Due:
    """The next screening date. An assessment from before the current spell does not count: a new registration
    is screened anew. Long-term: `months_unemployed` against the term (or, given `today`, the term from the spell start)."""
    if last_assessment is None or last_assessment < spell_start:
        return Due(periods.end(NEW, periods.due_months, spell_start), "new")
    if today is not None:
        long_term = periods.is_long_term(spell_start, today)
    else:
        threshold = periods.long_term_months if periods.long_term_months is not None else threshold_months(LONG_TERM_AFTER, spell_start)
        long_term = months_unemployed >= threshold
    if long_term:
        return Due(periods.end(RESCREEN_LONG_TERM, periods.rescreen_long_term_months, last_assessment), "rescreen_long_term")
    return Due(periods.end(RESCREEN, periods.rescreen_months, last_assessment), "rescreen")
