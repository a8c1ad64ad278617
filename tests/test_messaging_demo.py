"""The demo seed: messages in every channel and state for the demo citizen and the counsellor's caseload; idempotent;
a bounced e-mail goes to paper and gives the counsellor a worklist task."""

from __future__ import annotations

import pytest

from tests import factories as f
from tests.messaging_support import clean_gateways  # noqa: F401 - fixture
from werkregie.accounts.models import Role
from werkregie.messaging import demo
from werkregie.messaging.models import Message
from werkregie.organisations.models import OrganisationKind

pytestmark = pytest.mark.django_db


def test_demo_seed_covers_every_channel_and_state_and_is_idempotent(ref, settings):
    settings.TASKS_SYNC = False  # as in `werkregie demo`: the seed dispatches itself
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team, username="bemiddelaar")
    me = f.person(street="Veldstraat 1", counsellor=counsellor)
    f.user(Role.CITIZEN, username="burger", person=me)
    caseload = [f.person(street=f"Kerkstraat {i}", counsellor=counsellor) for i in range(5)]
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
