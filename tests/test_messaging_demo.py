"""The demo seed: messages in every channel and state for the demo citizen and the counsellor's caseload; idempotent;
a bounced e-mail goes to paper and gives the counsellor a worklist task."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f
from tests.messaging_support import clean_gateways  # noqa: F401 - fixture
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.messaging import demo
from werkregie.messaging.models import Message
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind

pytestmark = pytest.mark.django_db


def _seeker(person, start=dt.date(2024, 1, 8), end=None):
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, start, end)
    return person


def test_demo_seed_covers_every_channel_and_state_and_is_idempotent(ref, settings):
    settings.TASKS_SYNC = False  # as in `werkregie demo`: the seed dispatches itself
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team, username="bemiddelaar")
    me = f.person(street="Veldstraat 1", counsellor=counsellor)
    f.user(Role.CITIZEN, username="burger", person=me)
    caseload = [_seeker(f.person(street=f"Kerkstraat {i}", counsellor=counsellor)) for i in range(5)]
    first = demo.seed()
    assert first["messages"] >= 10
    assert demo.seed() == {"messages": 0}
    mine = Message.objects.filter(person=me)
    assert {m.channel for m in mine} >= {"inbox", "email", "sms", "ebox"}
    assert {m.state for m in mine} >= {"delivered", "opened"}
    assert all(m.deemed_notified_on for m in mine)
    bounced = Message.objects.get(dedupe_key="demo:messaging:caseload:bounced")
    assert (bounced.first_channel, bounced.channel, bounced.state) == ("email", "paper", "delivered")
    assert Message.objects.get(dedupe_key="demo:messaging:caseload:retrying").state == "retrying"
    assert Message.objects.get(dedupe_key="demo:messaging:caseload:paper").channel == "paper"
    assert Message.objects.get(dedupe_key="demo:messaging:caseload:legal-paper").channel == "registered"
    from werkregie.worklist.models import Task

    task = Task.objects.get(key=f"message:{bounced.pk}:bounced")
    assert task.kind == "message_bounced" and task.person_id == caseload[0].pk


def test_caseload_messages_fall_within_the_persons_registration(ref, settings):
    """Regression: the demo sent caseload messages to persons who had left the register (or whose file was closed)
    before the message's date. Only persons who are job seekers through every message date are picked."""
    from werkregie.people.models import StatusEpisode
    from werkregie.trajectories.models import Trajectory
    from werkregie.workflows.services import PLATFORM

    settings.TASKS_SYNC = False
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team, username="bemiddelaar")
    me = _seeker(f.person(street="Veldstraat 1", counsellor=counsellor))
    f.user(Role.CITIZEN, username="burger", person=me)
    today = clock.today()
    gone = [_seeker(f.person(street=f"Dorpsstraat {i}", counsellor=counsellor), end=today - dt.timedelta(days=20 + i)) for i in range(3)]
    recent = _seeker(f.person(street="Nieuwstraat 1", counsellor=counsellor), start=today - dt.timedelta(days=10))
    closed = _seeker(f.person(street="Stationsstraat 1", counsellor=counsellor))
    from werkregie.trajectories import use_cases as uc

    with clock.travel_to(clock.now() - dt.timedelta(days=200)):
        t = uc.open_trajectory(PLATFORM, closed.pk, "standard")
    uc.close(PLATFORM, t.pk, "moved", on=today - dt.timedelta(days=30), note="Verhuisd naar Brussel")
    staying = [_seeker(f.person(street=f"Kerkstraat {i}", counsellor=counsellor)) for i in range(5)]
    demo.seed()
    excluded = {p.pk for p in [*gone, recent, closed]}
    caseload = Message.objects.filter(dedupe_key__startswith="demo:messaging:caseload:")
    assert caseload.count() >= 5
    assert not {m.person_id for m in caseload} & excluded
    assert {m.person_id for m in caseload} <= {p.pk for p in staying}
    for m in caseload:
        day = m.created_at.astimezone(clock.BRUSSELS).date()
        assert StatusEpisode.objects.filter(person_id=m.person_id, kind__in=("jobseeker_benefit", "jobseeker_no_benefit"), start__lte=day).exists()
        assert not Trajectory.objects.filter(person_id=m.person_id, closed_on__lte=day).exists()
