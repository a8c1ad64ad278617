"""The trajectories demo seed on a small world shaped like the demo's: every state shows up, and a second call adds nothing."""

import datetime as dt

import pytest

from tests import factories
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people.enums import StatusKind
from werkregie.trajectories import demo
from werkregie.trajectories.models import Agreement, AgreementStep, Trajectory
from werkregie.workflows.models import TransitionLog

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def demo_world(ref):
    team = factories.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = factories.user(Role.COUNSELLOR, organisation=team, username="bemiddelaar")
    for i in range(13):
        p = factories.person(counsellor=counsellor, team=team, education_level=2 + i % 3, birth_date=dt.date(1975 + i, 3, 1))
        factories.episode(p, StatusKind.JOBSEEKER_BENEFIT, dt.date(2025, 1, 1))
    sofie = factories.person(team=team, counsellor=counsellor, first_name="Sofie", last_name="Peeters")
    factories.episode(sofie, StatusKind.JOBSEEKER_BENEFIT, dt.date(2025, 6, 1))
    factories.user(Role.CITIZEN, person=sofie, username="burger")
    mutuality = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.MUTUALITY)
    factories.user(Role.PARTNER, organisation=mutuality, username="partner")
    factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.INTEGRATION_AGENCY, name="Agentschap Integratie en Inburgering")
    sick = factories.person(team=team, birth_date=dt.date(1979, 5, 5))
    factories.episode(sick, StatusKind.SICK, DAY - dt.timedelta(days=70))
    newcomer = factories.person(nationality="SY", birth_date=dt.date(1994, 2, 2))
    factories.episode(newcomer, StatusKind.NEWCOMER, DAY - dt.timedelta(days=90))
    return counsellor


def test_demo_has_every_state_and_is_idempotent(demo_world):
    with clock.travel_to(DAY):
        made = demo.seed()
        assert made["trajectories"] == 16
        assert demo.seed() == {"trajectories": 0}
    assert {"open", "active", "suspended", "closed"} <= set(Trajectory.objects.values_list("state", flat=True))
    states = set(Agreement.objects.values_list("state", flat=True))
    assert {"draft", "proposed", "accepted", "missed", "replaced"} <= states
    levels = set(Agreement.objects.values_list("level", flat=True))
    assert {"sheet", "formal", "final"} <= levels
    assert set(Trajectory.objects.values_list("kind", flat=True)) == {"standard", "follow_up", "sickness", "newcomer"}
    assert AgreementStep.objects.filter(state="evidence_submitted").exists()
    assert AgreementStep.objects.filter(partner__partner_type=PartnerType.MUTUALITY).exists()
    assert Trajectory.objects.filter(state="closed", outflow=True).exists()
    burger = Agreement.objects.filter(person__account__username="burger")
    assert set(burger.values_list("state", flat=True)) == {"accepted", "proposed"}
    # everything happened through the one transition mechanism, at plausible dates
    assert TransitionLog.objects.filter(workflow="agreement", transition="accept_on_paper").exists()
    assert not TransitionLog.objects.filter(at__date__gt=DAY).exists()
    # the night's sweep keeps the picture: nothing the demo made is undone by the register's episodes
    from werkregie.trajectories.sweeps import sweep

    with clock.travel_to(DAY):
        sweep(DAY)
    assert {"open", "active", "suspended"} <= set(Trajectory.objects.values_list("state", flat=True))
    assert set(Agreement.objects.filter(level="formal").values_list("state", flat=True)) >= {"accepted", "missed"}
    assert Agreement.objects.filter(state="draft").exists()
