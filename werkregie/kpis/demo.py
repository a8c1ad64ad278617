"""Demo of the KPIs: a full refresh after the rest of the demo exists, and the daily job installed. Idempotent."""

from __future__ import annotations


def seed(progress=None) -> dict:  # noqa: ANN001 - a tqdm update, as the other domains' demos take
    from . import refresh, tasks

    result = refresh.full(progress=progress)
    tasks.ensure_schedule()
    return result
