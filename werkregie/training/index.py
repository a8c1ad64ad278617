"""The catalogue as the guide searches it, kept in memory per process: every active course as a plain row, the
courses per ESCO skill, and each course's first start date with a free place. Rebuilt when the catalogue's revision
token changes (models.CatalogueRevision, bumped with every import, booking and cancellation) or the day changes; a
rebuild reads two queries (about a second for 20,000 courses), a guide then reads none."""

from __future__ import annotations

import datetime as dt
import secrets
import threading
from dataclasses import dataclass

from django.db.models import Min

from werkregie.core import clock

from .models import CatalogueRevision, Course, Session


@dataclass
class CatalogueIndex:
    token: str
    day: dt.date
    rows: dict[int, tuple[frozenset[str], float, float, str, str | None]]  # id → (skills, cost, hours, modality, nis)
    by_skill: dict[str, list[int]]
    first: dict[int, dt.date]

    def courses_for(self, skills: list[str]) -> list[int]:
        found: set[int] = set()
        for uri in skills:
            found.update(self.by_skill.get(uri, ()))
        return sorted(found)


_cache: dict[str, CatalogueIndex] = {}
_lock = threading.Lock()


def bump() -> None:
    """Call inside the transaction that changes the catalogue or a session's free places."""
    token = secrets.token_hex(16)
    if not CatalogueRevision.objects.filter(pk=1).update(token=token, changed_at=clock.now()):
        CatalogueRevision.objects.update_or_create(pk=1, defaults={"token": token, "changed_at": clock.now()})


def _build(token: str, day: dt.date) -> CatalogueIndex:
    rows, by_skill = {}, {}
    for pk, skills, cost, hours, modality, nis in Course.objects.filter(active=True).values_list(
            "pk", "skill_uris", "cost", "hours", "modality", "municipality_id").iterator(chunk_size=5000):
        rows[pk] = (frozenset(skills), float(cost), float(hours), modality, nis)
        for uri in skills:
            by_skill.setdefault(uri, []).append(pk)
    first = dict(Session.objects.filter(course__active=True, start_date__gte=day, free_places__gt=0).values_list("course_id")
                 .annotate(first=Min("start_date")))
    return CatalogueIndex(token, day, rows, by_skill, first)


def current() -> CatalogueIndex:
    token = CatalogueRevision.objects.filter(pk=1).values_list("token", flat=True).first() or ""
    day = clock.today()
    with _lock:
        cached = _cache.get("catalogue")
        if cached is None or cached.token != token or cached.day != day:
            cached = _cache["catalogue"] = _build(token, day)
        return cached
