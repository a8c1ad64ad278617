"""Facts derived from a person's status episodes (plain Python over the episodes)."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from werkregie.core.lifecourse import ALLOWED_GAP, spell_months  # noqa: F401 - ALLOWED_GAP: the one definition, named here too

from .enums import JOBSEEKER_KINDS


def nonworking_jobseeker_months(episodes: Iterable, today: dt.date) -> int:
    """Whole months of the current, unbroken spell as a (non-working) job seeker; 0 when not one today."""
    return spell_months(((e.start, e.end) for e in episodes if e.kind in JOBSEEKER_KINDS), today)
