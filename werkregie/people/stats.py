"""Aggregated figures for analysts: never an individual, and cells under the threshold are suppressed."""

from __future__ import annotations

from django.db.models import Count, Q

from werkregie.core import clock

from .enums import StatusKind
from .models import StatusEpisode

SUPPRESS_BELOW = 10


def current_status_counts() -> dict:
    today = clock.today()
    rows = (
        StatusEpisode.objects.filter(start__lte=today, person__merged_into__isnull=True).filter(Q(end__isnull=True) | Q(end__gte=today))
        .values("kind", "person__municipality__province_nl", "person__municipality__region")
        .annotate(persons=Count("person", distinct=True))
        .order_by("kind", "person__municipality__province_nl")
    )
    cells = []
    for row in rows:
        n = row["persons"]
        cells.append({
            "status": row["kind"], "status_label": str(StatusKind(row["kind"]).label),
            "province": row["person__municipality__province_nl"] or "Brussels Hoofdstedelijk Gewest",
            "region": row["person__municipality__region"], "persons": n if n >= SUPPRESS_BELOW else None,
            "suppressed": n < SUPPRESS_BELOW,
        })
    return {"reference_date": today.isoformat(), "suppressed_below": SUPPRESS_BELOW, "cells": cells}
