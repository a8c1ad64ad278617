"""Demo data of worklist; called by `werkregie demo` after the population, accounts, screening, matching and the other
domains exist. Runs the deadline sweep at today's date (every domain's contributor), so every task in the demo comes
from a real deadline of a real record: no task is made up (a made-up "evidence to review" without evidence, or a
controller's hearing in a counsellor's list, misleads whoever judges the product by its demo). The demo command seeds
the screened job seekers' past trajectories and agreements first (`werkregie.demo.agreement_history`), so the sweep
finds a service at work, not thousands of agreements never made. Idempotent."""

from __future__ import annotations

from typing import Callable

from werkregie.core import clock


def seed(progress: Callable[[int], None] | None = None) -> dict:
    from .sweep import run

    result = run(clock.today())
    if progress:
        progress(sum(int(c.get("created", 0) or 0) for c in result["contributors"].values() if isinstance(c, dict)))
    return {"sweep_seconds": result["seconds"], "contributors": sorted(result["contributors"])}
