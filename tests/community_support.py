"""Helpers of the community tests: a municipality with its worker, a VDAB team with a counsellor, long-term job seekers
in the counsellor's caseload, and activities."""

from __future__ import annotations

import datetime as dt

from werkregie.accounts.models import Role
from werkregie.community.models import Activity
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person

from . import factories as f

TODAY = dt.date(2026, 3, 10)
GENT = "44021"


def seeker(since: dt.date, *, counsellor=None, team=None, municipality: str = GENT, **overrides) -> Person:  # noqa: ANN001
    """A person searching for work without a job since `since`."""
    p = f.person(municipality_id=municipality, **overrides)
    f.episode(p, StatusKind.JOBSEEKER_BENEFIT, start=since)
    if counsellor is not None or team is not None:
        Person.objects.filter(pk=p.pk).update(counsellor=counsellor, team=team)
        p.refresh_from_db()
    return p


def activity(owner, *, kind: str = "community_service", capacity: int = 3, start: dt.date = dt.date(2026, 1, 1), end=None,  # noqa: ANN001
             municipality: str = GENT, **overrides) -> Activity:
    now = clock.now()
    values = dict(kind=kind, title=overrides.pop("title", "Hulp in de schoolbibliotheek"), owner=owner, host_name="Basisschool De Regenboog",
                  host_kind="school", address="Kerkstraat 1", municipality_id=municipality, hours_per_week=8, capacity=capacity, start=start,
                  end=end, description="Boeken sorteren en kinderen helpen", created_at=now, updated_at=now)
    values.update(overrides)
    return Activity.objects.create(**values)


def world() -> dict:
    """A municipality (Gent) with its worker, another municipality, a team with a counsellor, and persons:
    two long-term seekers in the caseload, a short-term one, a sick one, one outside the caseload, and a leefloon
    client of Gent who has been searching for 3 years."""
    gent = f.organisation(OrganisationKind.MUNICIPALITY, municipality_id=GENT)
    antwerp = f.organisation(OrganisationKind.MUNICIPALITY, municipality_id="11002")
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    municipality = f.user(Role.MUNICIPALITY, gent)
    other_municipality = f.user(Role.MUNICIPALITY, antwerp)
    admin = f.user(Role.ADMIN)
    long1 = seeker(dt.date(2023, 6, 1), counsellor=counsellor, last_name="Aerts")
    long2 = seeker(dt.date(2022, 9, 1), team=team, last_name="Bosmans")
    short = seeker(dt.date(2025, 6, 1), counsellor=counsellor, last_name="Claes")
    sick = seeker(dt.date(2023, 1, 1), counsellor=counsellor, last_name="Dierckx")
    f.episode(sick, StatusKind.SICK, start=dt.date(2026, 2, 1))
    outside = seeker(dt.date(2022, 1, 1), last_name="Goossens")
    client = seeker(dt.date(2023, 1, 1), last_name="Hermans")
    f.episode(client, StatusKind.LEEFLOON, start=dt.date(2024, 1, 1), municipality=GENT)
    library = activity(gent)
    park = activity(antwerp, title="Parkonderhoud", municipality="11002", host_name="Stad Antwerpen", host_kind="local_authority")
    return {"gent": gent, "antwerp": antwerp, "team": team, "counsellor": counsellor, "municipality": municipality,
            "other_municipality": other_municipality, "admin": admin, "long1": long1, "long2": long2, "short": short, "sick": sick,
            "outside": outside, "client": client, "library": library, "park": park}
