"""Walk of stop 28 (issue 16, point 12): the demo counsellor's Gent team held people living across Flanders, because the
demo topped up its caseload from the whole population. Fallbacks now take people of the team's reference region
first (`Organisation.region_served`)."""

from __future__ import annotations

import datetime as dt

from tests import factories
from tests.test_trajectories_demo import DAY
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person


def _seeker(municipality: str, postal: str, **overrides):
    p = factories.person(municipality_id=municipality, postal_code=postal, **overrides)
    factories.episode(p, StatusKind.JOBSEEKER_BENEFIT, dt.date(2025, 1, 1))
    return p


def test_region_served_by_an_office_and_its_teams(ref):
    office = factories.organisation(OrganisationKind.VDAB_OFFICE, name="VDAB Regio Gent")
    team = factories.organisation(OrganisationKind.VDAB_TEAM, parent=office)
    assert office.region_served() == team.region_served() == "Regio Gent"
    assert factories.organisation(OrganisationKind.VDAB_TEAM).region_served() == ""
    assert factories.organisation(OrganisationKind.EMPLOYER).region_served() == ""


def test_the_demo_tops_up_the_caseload_from_the_teams_region(ref):
    from werkregie.trajectories import demo

    office = factories.organisation(OrganisationKind.VDAB_OFFICE, name="VDAB Regio Gent")
    team = factories.organisation(OrganisationKind.VDAB_TEAM, parent=office)
    counsellor = factories.user(Role.COUNSELLOR, organisation=team, username="bemiddelaar")
    for i in range(4):
        p = _seeker("44021", "9000", birth_date=dt.date(1975 + i, 3, 1))
        Person.objects.filter(pk=p.pk).update(counsellor=counsellor, team=team)
    far = [_seeker("11002", "2000", birth_date=dt.date(1980 + i, 4, 1)) for i in range(12)]  # made first: lower ids
    near = [_seeker("44084", "9880", birth_date=dt.date(1980 + i, 5, 1)) for i in range(12)]
    factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.INTEGRATION_AGENCY, name="Agentschap Integratie en Inburgering")
    newcomer_far = factories.person(nationality="SY", municipality_id="11002", postal_code="2000", birth_date=dt.date(1994, 2, 2))
    factories.episode(newcomer_far, StatusKind.NEWCOMER, DAY - dt.timedelta(days=90))
    newcomer_near = factories.person(nationality="SY", birth_date=dt.date(1995, 2, 2))
    factories.episode(newcomer_near, StatusKind.NEWCOMER, DAY - dt.timedelta(days=90))
    with clock.travel_to(DAY):
        demo.seed()
    mine = set(Person.objects.filter(counsellor=counsellor).values_list("pk", flat=True))
    assert len(mine) >= 13
    assert not mine & {p.pk for p in far} and not {newcomer_far.pk} & mine
    assert {p.pk for p in near[:9]} <= mine and newcomer_near.pk in mine


def test_a_short_region_leaves_the_caseload_short_not_spread_over_flanders(ref):
    """Walk of issue 16: with too few job seekers in its region the demo took people of Hasselt, Olen and Ichtegem into
    a Gent team (its last fallback was the whole population), and a newcomer's integration agreement, proposed half a
    year ago, stood "Afspraak over tijd, uiterlijk 15/06/2026" on the worklist."""
    from werkregie.trajectories import demo
    from werkregie.trajectories.models import Agreement
    from werkregie.worklist.models import Task

    office = factories.organisation(OrganisationKind.VDAB_OFFICE, name="VDAB Regio Gent")
    team = factories.organisation(OrganisationKind.VDAB_TEAM, parent=office)
    counsellor = factories.user(Role.COUNSELLOR, organisation=team, username="bemiddelaar")
    near = [_seeker("44084", "9880", birth_date=dt.date(1980 + i, 5, 1)) for i in range(3)]
    far = [_seeker("11002", "2000", birth_date=dt.date(1980 + i, 4, 1)) for i in range(12)]
    factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.INTEGRATION_AGENCY, name="Agentschap Integratie en Inburgering")
    newcomer = factories.person(nationality="SY", birth_date=dt.date(1995, 2, 2))
    factories.episode(newcomer, StatusKind.NEWCOMER, DAY - dt.timedelta(days=300))
    newcomer_far = factories.person(nationality="SY", municipality_id="11002", postal_code="2000", birth_date=dt.date(1994, 2, 2))
    factories.episode(newcomer_far, StatusKind.NEWCOMER, DAY - dt.timedelta(days=90))
    with clock.travel_to(DAY):
        demo.seed()
    mine = set(Person.objects.filter(counsellor=counsellor).values_list("pk", flat=True))
    assert {p.pk for p in near} <= mine and newcomer.pk in mine
    assert not mine & {p.pk for p in far} and newcomer_far.pk not in mine
    late = [(t.kind, t.due_on) for t in Task.objects.filter(person=newcomer, status="open", due_on__lt=DAY - dt.timedelta(days=42))]
    assert not late, late
    assert Agreement.objects.filter(person=newcomer, state="accepted").exists()
