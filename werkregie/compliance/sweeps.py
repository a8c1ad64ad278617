"""Deadline sweep contributor of compliance (werkregie deadlines sweep): start the terms that depend on a message's
deemed notification, move hearings whose response term is over to "to decide", and close cases whose appeal term is
over. Idempotent: each step only touches cases still in the state it moves them out of."""

from __future__ import annotations

import datetime as dt

from werkregie.worklist.sweep import contributor


@contributor("compliance", order=60)
def sweep(as_of: dt.date) -> dict[str, int]:
    from .services import sweep_cases

    return sweep_cases(as_of)
