"""The community demo assigns Gent's activities to residents of Gent and the municipalities around it — never to
someone living across the region — and everything in it happens on working days."""

from __future__ import annotations

import datetime as dt

from werkregie.accounts.models import Role
from werkregie.community import demo
from werkregie.community.models import Assignment, Attendance
from werkregie.core import clock
from werkregie.core.workdays import is_working_day
from werkregie.organisations.models import OrganisationKind
from werkregie.workflows.models import TransitionLog

from . import community_support as cs
from . import factories as f

OOSTENDE, ARLON, MERELBEKE = "35013", "81001", "44088"  # Merelbeke-Melle borders Gent


def test_road_distance_between_municipalities():
    assert demo.road_km(cs.GENT, cs.GENT) == 0
    assert demo.road_km(MERELBEKE, cs.GENT) < demo.MAX_KM < demo.road_km(OOSTENDE, cs.GENT)
    assert demo.road_km(None, cs.GENT) is None


def test_demo_assigns_nearby_residents_only_and_acts_on_working_days(ref):
    with clock.travel_to(cs.TODAY):
        gent = f.organisation(OrganisationKind.MUNICIPALITY, municipality_id=cs.GENT, name="OCMW Gent")
        team = f.organisation(OrganisationKind.VDAB_TEAM)
        counsellor = f.user(Role.COUNSELLOR, team, username="bemiddelaar")
        f.user(Role.MUNICIPALITY, gent, username="gemeente")
        f.user(Role.ADMIN, username="beheerder")
        far = []
        for i, place in enumerate([OOSTENDE, ARLON] * 4):  # the demo counsellor's caseload comes first: far away
            far.append(cs.seeker(dt.date(2020, 1, 6) + dt.timedelta(days=20 * i), counsellor=counsellor, municipality=place))
        for i in range(14):
            cs.seeker(dt.date(2021, 1, 4) + dt.timedelta(days=30 * i), municipality=MERELBEKE if i % 3 == 0 else cs.GENT)
        demo.seed()
    assignments = list(Assignment.objects.select_related("person", "activity"))
    assert assignments
    for a in assignments:
        km = demo.road_km(a.person.municipality_id, a.activity.municipality_id)
        assert km is not None and km <= demo.MAX_KM, (a.person.municipality_id, a.activity.municipality_id)
    assert not Assignment.objects.filter(person__in=far).exists()
    assert all(is_working_day(day) for day in Attendance.objects.values_list("day", flat=True))
    made = TransitionLog.objects.filter(workflow="community_assignment").exclude(actor_role="system").values_list("at", flat=True)
    assert all(is_working_day(at.astimezone(clock.BRUSSELS).date()) for at in made)
