"""The trend for analysts: persons per status on the first day of each of the last months. Aggregates only; every
cell below the platform's threshold is hidden (werkregie.core.suppression). No totals are published across statuses
(they overlap) or months (a person counts in many), so no cell can be recovered from a margin."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Q

from werkregie.core import clock
from werkregie.core.suppression import suppress, threshold

from .enums import StatusKind
from .models import StatusEpisode


def month_starts(today: dt.date, months: int) -> list[dt.date]:
    """The first days of the last `months` months, oldest first, the current month's included."""
    year, month = today.year, today.month
    days = []
    for _ in range(months):
        days.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(days))


def monthly_status_counts(months: int = 12) -> dict:
    """{"days": [...], "rows": [{"status", "status_label", "counts": [int | None per day]}], "suppressed_below"}."""
    if not 1 <= months <= 60:
        raise ValueError("months: between 1 and 60")
    days = month_starts(clock.today(), months)
    cells: dict[tuple[str, dt.date], int] = {}
    for day in days:
        current = StatusEpisode.objects.filter(start__lte=day, person__merged_into__isnull=True).filter(Q(end__isnull=True) | Q(end__gte=day))
        for row in current.values("kind").annotate(persons=Count("person", distinct=True)):
            cells[(row["kind"], day)] = row["persons"]
    below = threshold()
    hidden = suppress(cells, [], below)
    kinds = sorted({kind for kind, _day in cells}, key=lambda k: -cells.get((k, days[-1]), 0))
    rows = [{"status": kind, "status_label": str(StatusKind(kind).label),
             "counts": [None if (kind, day) in hidden else cells.get((kind, day), 0) for day in days]} for kind in kinds]
    return {"days": days, "rows": rows, "suppressed_below": below}
