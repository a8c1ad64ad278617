"""The community demo: activities in a few municipalities and assignments in every state with months of attendance,
idempotent."""

from __future__ import annotations

import datetime as dt

from werkregie.accounts.models import Role
from werkregie.community import demo
from werkregie.community.models import Activity, Assignment, Attendance
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind
from werkregie.workflows.models import TransitionLog

from . import community_support as cs
from . import factories as f


def test_demo_has_every_state_and_is_idempotent(db):
    with clock.travel_to(cs.TODAY):
        gent = f.organisation(OrganisationKind.MUNICIPALITY, municipality_id=cs.GENT, name="OCMW Gent")
        f.organisation(OrganisationKind.MUNICIPALITY, municipality_id=demo.ANTWERPEN, name="OCMW Antwerpen")
        team = f.organisation(OrganisationKind.VDAB_TEAM)
        counsellor = f.user(Role.COUNSELLOR, team, username="bemiddelaar")
        f.user(Role.MUNICIPALITY, gent, username="gemeente")
        f.user(Role.ADMIN, username="beheerder")
        for i in range(14):
            cs.seeker(dt.date(2021, 1, 4) + dt.timedelta(days=30 * i), counsellor=counsellor if i < 5 else None)
        cs.seeker(dt.date(2025, 1, 1), counsellor=counsellor)  # too short: never proposed
        first = demo.seed()
        assert demo.seed() == {"activities": 0, "assignments": 0}
    assert first["activities"] == 6 and first["assignments"] == 12  # Leuven has no municipality organisation here
    states = {a.state for a in Assignment.objects.all()}
    assert states == {"proposed", "accepted", "active", "completed", "stopped", "refused", "withdrawn"}
    assert Activity.objects.filter(kind="wijk_werken").exists() and Activity.objects.filter(owner=gent).count() == 4
    for a in Assignment.objects.filter(state__in=["active", "completed", "stopped"]):
        assert Attendance.objects.filter(assignment=a).count() >= 4, a
        assert a.started_on >= a.proposed_on
    completed = Assignment.objects.get(state="completed")
    assert TransitionLog.objects.filter(workflow="community_assignment", object_id=completed.pk, to_state="completed", actor_role="system").exists()
    refused = Assignment.objects.filter(state="refused")
    assert {a.good_reason for a in refused} == {True, False}
    assert refused.get(good_reason=False).compliance_case_id is not None

