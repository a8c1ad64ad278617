"""Aggregated figures for analysts: never an individual, and cells under the threshold are suppressed."""

from __future__ import annotations

from django.db.models import Count, Q

from werkregie.core import clock

from .enums import StatusKind
from .models import StatusEpisode

SUPPRESS_BELOW = 10


def _cell(n: int) -> int | None:
    return n if n >= SUPPRESS_BELOW else None


def current_status_counts() -> dict:
    """Persons per current status, in total and per province (Brussels as its own column)."""
    today = clock.today()
    current = StatusEpisode.objects.filter(start__lte=today, person__merged_into__isnull=True).filter(Q(end__isnull=True) | Q(end__gte=today))
    totals = {row["kind"]: row["persons"] for row in current.values("kind").annotate(persons=Count("person", distinct=True))}
    rows = current.values("kind", "person__municipality__province_nl").annotate(persons=Count("person", distinct=True))
    provinces = sorted({row["person__municipality__province_nl"] or "Brussels Hoofdstedelijk Gewest" for row in rows})
    by_status: dict[str, dict[str, int]] = {}
    for row in rows:
        province = row["person__municipality__province_nl"] or "Brussels Hoofdstedelijk Gewest"
        by_status.setdefault(row["kind"], {})[province] = row["persons"]
    statuses = []
    for kind in sorted(totals, key=lambda k: -totals[k]):
        statuses.append({
            "status": kind, "status_label": str(StatusKind(kind).label), "persons": _cell(totals[kind]),
            "provinces": [_cell(by_status.get(kind, {}).get(p, 0)) for p in provinces],
        })
    return {"reference_date": today.isoformat(), "suppressed_below": SUPPRESS_BELOW, "provinces": provinces, "statuses": statuses}
