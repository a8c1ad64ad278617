"""The learning account's contributor to the nightly sweep (run by the task runner): unused credit whose validity has
ended lapses (use_cases.expire_due). Idempotent: one expiry posting per account and day, keyed."""

from __future__ import annotations

import datetime as dt

from werkregie.worklist.sweep import contributor


@contributor("learning", order=90)
def sweep(as_of: dt.date) -> dict[str, int]:
    from .use_cases import expire_due

    return {"expired": expire_due(as_of)}
