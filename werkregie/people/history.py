"""Facts derived from a person's status episodes (plain Python over the episodes)."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from .enums import JOBSEEKER_KINDS

# Gaps of at most three months between job-seeker periods do not break the unemployment duration.
ALLOWED_GAP = dt.timedelta(days=92)


def nonworking_jobseeker_months(episodes: Iterable, today: dt.date) -> int:
    """Whole months of the current, unbroken spell as a (non-working) job seeker; 0 when not one today."""
    spells = sorted(((e.start, e.end or today) for e in episodes if e.kind in JOBSEEKER_KINDS and e.start <= today), reverse=True)
    if not spells or spells[0][1] < today:
        return 0
    start, _end = spells[0]
    for earlier_start, earlier_end in spells[1:]:
        if start - earlier_end > ALLOWED_GAP:
            break
        start = min(start, earlier_start)
    months = (today.year - start.year) * 12 + today.month - start.month - (today.day < start.day)
    return max(0, months)
