"""The vacancies contributor of the nightly deadline sweep: a vacancy published longer than
WERKREGIE_VACANCY_EXPIRE_DAYS (default 60) without being filled or closed expires (the employer may publish it again).
Idempotent: an expired vacancy is no longer published; one transaction per vacancy."""

from __future__ import annotations

import datetime as dt
import os

from werkregie.core import clock
from werkregie.workflows import services as wf
from werkregie.worklist.sweep import contributor

from . import closing
from .models import Vacancy, VacancyState


def expire_days() -> int:
    from django.conf import settings

    return int(getattr(settings, "WERKREGIE_VACANCY_EXPIRE_DAYS", os.environ.get("WERKREGIE_VACANCY_EXPIRE_DAYS", "60")))


@contributor("vacancies", order=60)
def sweep(as_of: dt.date) -> dict[str, int]:
    limit = dt.datetime.combine(as_of - dt.timedelta(days=expire_days()), dt.time.min, tzinfo=clock.BRUSSELS)
    expired = 0
    for vacancy in Vacancy.objects.filter(state=VacancyState.PUBLISHED, state_since__lt=limit).order_by("pk").iterator():
        closing.leave(vacancy, "expire", wf.PLATFORM, fields={"open": False})  # its running applications end too
        expired += 1
    return {"expired": expired}


@contributor("vacancy_rings", order=61)
def ring_offer(as_of: dt.date) -> dict[str, int]:
    """The ring offer of the concentric model (rings.py), after the expiry above: an expired vacancy is withdrawn."""
    from . import rings

    return rings.offer(as_of)


@contributor("ended_applications", order=62)
def forget_ended(as_of: dt.date) -> dict[str, int]:
    """What a not retained applicant shared, kept for the employer past the retention period, is erased."""
    from .applicants import forget_expired

    return {"forgotten": forget_expired(as_of)}
