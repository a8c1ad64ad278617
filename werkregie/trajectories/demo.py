"""Demo data of trajectories; called by `werkregie demo` after the population, accounts, screening and matching exist.
Idempotent: a second call adds nothing."""

from __future__ import annotations

from typing import Callable


def seed(progress: Callable[[int], None] | None = None) -> dict:
    return {}
