"""Careers' contributor to the nightly deadline sweep (the task runner's daily schedule, messaging.runner): certified
competences whose credential expired go back to their earlier source, or leave the profile (certified.expire_due). Idempotent."""

from __future__ import annotations

import datetime as dt

from werkregie.worklist.sweep import contributor


@contributor("careers", order=95)
def sweep(as_of: dt.date) -> dict[str, int]:
    from .certified import expire_due

    return expire_due(as_of)
