"""The register's one definition of a person's age and of an unemployment spell, in plain Python (no Django), so that
the engines (screening, matching's suitability, KPIs, rules) and the domains compute them the same way.

- Age: completed years on a day (a birthday counts from the day itself; 29 February birthdays age on 1 March in
  common years, as Belgian civil law counts).
- Unemployment spell: the unbroken run of job-seeker periods that includes the day; a gap of at most three months
  (92 days) between two periods does not break it (the platform's reading of the policy's "werkloosheidsduur").
- Whole months: calendar months completed between two days (31/01 → 28/02 is 0 months, → 01/03 is 1).
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

ALLOWED_GAP = dt.timedelta(days=92)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years of someone born on `birth`, on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def whole_months(start: dt.date, day: dt.date) -> int:
    """Completed calendar months from `start` to `day` (0 when `day` is before `start`)."""
    return max(0, (day.year - start.year) * 12 + day.month - start.month - (day.day < start.day))


def spell_start(periods: Iterable[tuple[dt.date, dt.date | None]], day: dt.date) -> dt.date | None:
    """Start of the unbroken spell of (start, end or None) job-seeker periods that runs on `day`; None when no period
    runs on `day`. Gaps of up to ALLOWED_GAP between periods do not break the spell."""
    # Merged in order of start, so that overlapping periods (an open one under a closed one) count as one spell.
    spell: tuple[dt.date, dt.date] | None = None
    for start, end in sorted((start, end or day) for start, end in periods if start <= day):
        if spell is not None and start - spell[1] <= ALLOWED_GAP:
            spell = (spell[0], max(spell[1], end))
        else:
            spell = (start, end)
    return spell[0] if spell is not None and spell[1] >= day else None


def spell_months(periods: Iterable[tuple[dt.date, dt.date | None]], day: dt.date) -> int:
    """Whole months of the spell that runs on `day` (0 when none runs)."""
    start = spell_start(periods, day)
    return 0 if start is None else whole_months(start, day)
