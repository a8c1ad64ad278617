"""Issue 11, point 1: the demo's messages are dispatched, delivered and opened at times that fit their story. The demo
runs without the task runner while it builds (the runner starts when it serves), so the messages its use cases make
under a travelled clock wait in the queue: they must not be received on the build day, weeks after the appointment
they invited to, nor be "new" for the citizen months later."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f
from tests.appointments_support import MONDAY, at, fakes  # noqa: F401 - fixture
from werkregie.core import clock

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fakes")]


def test_demo_messages_are_delivered_and_read_when_their_story_says(ref, settings):
    from werkregie.accounts.models import Role
    from werkregie.appointments import demo
    from werkregie.appointments.models import Appointment
    from werkregie.demo import message_times
    from werkregie.messaging.models import Message
    from werkregie.organisations.models import OrganisationKind

    settings.TASKS_SYNC = False  # as in `werkregie demo`: tasks wait for the runner, which is not running yet
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    now = at(MONDAY, 6)
    with clock.travel_to(now):
        team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent 1")
        counsellor = f.user(Role.COUNSELLOR, organisation=team, username="bemiddelaar", first_name="Bart", last_name="De Smet")
        person = f.person(first_name="Sofie", last_name="Peeters", counsellor=counsellor, team=team)
        f.user(Role.CITIZEN, person=person, username="burger")
        for _ in range(3):
            f.person(counsellor=counsellor, team=team)
        demo.seed()
        assert Message.objects.filter(state="queued").exists(), "the use cases leave their messages to the runner"
        message_times.deliver_in_time()
    messages = list(Message.objects.all())
    assert messages and not [m.pk for m in messages if m.state == "queued"]
    for m in messages:
        assert m.dispatched_at - m.created_at < dt.timedelta(hours=1), (m.subject, m.created_at, m.dispatched_at)
        assert m.delivered_at is None or m.delivered_at <= now
        assert m.deemed_notified_on is None or m.deemed_notified_on <= m.delivered_at.astimezone(clock.BRUSSELS).date() + dt.timedelta(days=5)
    invitations = Message.objects.filter(template_key="appointment.invitation", related_workflow="appointment")
    for m in invitations:
        slot = Appointment.objects.select_related("slot").get(pk=m.related_id).slot
        assert slot is None or m.delivered_at < slot.start, (m.subject, m.delivered_at, slot.start)
    mine = [m for m in messages if m.person_id == person.pk and m.delivered_at is not None]
    old = [m for m in mine if m.delivered_at < now - dt.timedelta(days=3)]
    assert old and all(m.first_opened_at is not None and m.delivered_at < m.first_opened_at < now for m in old), "old messages are read"
    assert all(8 <= m.first_opened_at.astimezone(clock.BRUSSELS).hour < 21 for m in old), "read in the day, not at night"
    assert [m for m in mine if m.first_opened_at is None], "the last days' messages are still new"
