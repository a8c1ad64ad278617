"""Invariants of the outbox under any sequence of channel outcomes: a message is handed over successfully exactly
once, every attempt is recorded, and it ends delivered (on its channel or on paper)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.core import clock
from werkregie.messaging import gateways, outbox
from werkregie.messaging.enums import Channel, State
from werkregie.messaging.gateways import GatewayError, Receipt
from werkregie.messaging.models import DeliveryAttempt

pytestmark = pytest.mark.django_db


class Scripted:
    """A channel that answers from a script: ok, temp (temporary failure) or perm (permanent)."""

    def __init__(self, script: list[str]) -> None:
        self.script, self.handed = list(script), 0

    def send(self, envelope):  # noqa: ANN001, ANN201
        outcome = self.script.pop(0) if self.script else "ok"
        if outcome == "temp":
            raise GatewayError("try later")
        if outcome == "perm":
            raise GatewayError("no such mailbox", permanent=True)
        self.handed += 1
        return Receipt(f"scripted-{self.handed}")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=st.lists(st.sampled_from(["ok", "temp", "perm"]), max_size=6), max_attempts=st.integers(1, 4))
def test_any_sequence_of_outcomes_ends_delivered_exactly_once(ref, django_settings_for_hypothesis, script, max_attempts):
    django_settings_for_hypothesis.MESSAGING_MAX_ATTEMPTS = max_attempts
    email = Scripted(script)
    paper = Scripted([])
    p = person_with(email="x@example.be", preferred="email")
    with gateways.use(Channel.EMAIL, email), gateways.use(Channel.PAPER, paper), clock.travel_to(dt.datetime(2026, 3, 2, 9, tzinfo=clock.BRUSSELS)) as c:
        m = outbox.send(p.pk, "messaging.general", {"title": "t", "text": "t"})
        for _ in range(12):
            m.refresh_from_db()
            if m.state != State.RETRYING:
                break
            c.advance(days=1)
            outbox.retry_due()
    m.refresh_from_db()
    assert m.state == State.DELIVERED
    assert email.handed + paper.handed == 1
    assert (m.channel == Channel.EMAIL) == (email.handed == 1)
    attempts = list(DeliveryAttempt.objects.filter(message=m))
    assert len(attempts) == m.attempts and sum(a.ok for a in attempts) == 1
    assert sum(1 for a in attempts if a.channel == Channel.EMAIL) <= max_attempts
    assert outbox.dispatch(m.pk) == "skipped" and email.handed + paper.handed == 1


@pytest.fixture
def django_settings_for_hypothesis(settings):  # noqa: F811 - pytest-django's settings, restored after the test
    return settings
