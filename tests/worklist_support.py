"""Helpers for the worklist and deadline tests: a counsellor with a caseload of job seekers, and assessments made
directly (without a trained model)."""

from __future__ import annotations

import datetime as dt

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.screening.models import Assessment

from . import factories as f


def assess(person, counsellor, on: dt.date, *, self_reliant: bool = False, category: str = "medium") -> Assessment:  # noqa: ANN001
    """An assessment as the counsellor would record it (no override), dated `on` at noon in Brussels."""
    at = dt.datetime.combine(on, dt.time(12), tzinfo=clock.BRUSSELS)
    return Assessment.objects.create(
        person=person, counsellor=counsellor, assessed_at=at, competences="sufficient", dutch_level="B2", digital_skills="basic",
        motivation="high", proposed_category=category, proposed_self_reliant=self_reliant, reasons=[], category=category,
        self_reliant=self_reliant,
    )


def caseload(n: int = 3, start: dt.date = dt.date(2026, 9, 1), kind: str = StatusKind.JOBSEEKER_BENEFIT, counsellor=None, team=None):  # noqa: ANN001, ANN201
    """A counsellor (in a team) and `n` job seekers in their caseload whose spell started on `start`."""
    team = team or f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = counsellor or f.user(Role.COUNSELLOR, team)
    persons = []
    for _ in range(n):
        p = f.person(counsellor=counsellor, team=team)
        f.episode(p, kind, start, None)
        persons.append(p)
    return counsellor, team, persons
