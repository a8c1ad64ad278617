"""The outbox contract: send renders, hashes, chooses the channel and language, dedupes; dispatch delivers, retries
with backoff, falls back to paper and never sends twice; the deemed moment of notification per channel."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from django.utils.translation import gettext_lazy as _

from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.messaging import gateways, outbox, templates
from werkregie.messaging.enums import Channel, State
from werkregie.messaging.models import DeliveryAttempt, Message
from werkregie.workflows.models import TransitionLog

pytestmark = pytest.mark.django_db

# the same (translated) texts as the platform's own "messaging.general", once as information and once with legal effect
templates.register("test.info", subject=_("Bericht van VDAB: %(title)s"), body=_("Beste %(name)s,\n\n%(text)s\n\nMet vriendelijke groeten,\nVDAB"))
templates.register("test.legal", subject=_("Bericht van VDAB: %(title)s"), body=_("Beste %(name)s,\n\n%(text)s\n\nMet vriendelijke groeten,\nVDAB"), legal=True)

MONDAY = dt.datetime(2026, 3, 2, 10, 0, tzinfo=clock.BRUSSELS)


def test_send_stores_exact_content_hash_and_is_delivered_in_the_inbox(ref):
    p = person_with(digital_consent=True)
    with clock.travel_to(MONDAY):
        m = outbox.send(p.pk, "test.info", {"title": "uw afspraak", "text": "Tot dinsdag."}, related=("appointment", 7), dedupe_key="a:7")
    assert m.channel == Channel.INBOX and m.language == "nl"
    assert m.subject == "Bericht van VDAB: uw afspraak"
    assert f"Beste {p.first_name} {p.last_name}" in m.body
    assert m.sha256 == hashlib.sha256(f"{m.subject}\n\n{m.body}".encode()).hexdigest()
    assert (m.related_workflow, m.related_id) == ("appointment", 7)
    assert m.state == State.DELIVERED and m.dispatched_at and m.delivered_at
    assert m.deemed_notified_on == dt.date(2026, 3, 3)  # inbox: first working day after availability
    states = list(TransitionLog.objects.filter(workflow="message", object_id=m.pk).values_list("to_state", flat=True))
    assert states == ["queued", "dispatched", "delivered"]


def test_same_dedupe_key_sends_nothing_twice(ref):
    p = person_with(email="an@example.be", preferred="email")
    first = outbox.send(p.pk, "test.info", {"title": "x", "text": "y"}, dedupe_key="once")
    second = outbox.send(p.pk, "test.info", {"title": "x", "text": "other"}, dedupe_key="once")
    assert first.pk == second.pk
    assert Message.objects.count() == 1
    assert len(gateways.fake(Channel.EMAIL).sent) == 1
    assert outbox.dispatch(first.pk) == "skipped"  # a second dispatch task of the same message does nothing
    assert len(gateways.fake(Channel.EMAIL).sent) == 1


def test_missing_placeholder_is_refused_and_nothing_is_stored(ref):
    p = person_with()
    with pytest.raises(InvalidInput):
        outbox.send(p.pk, "test.info", {"title": "x"})
    assert not Message.objects.exists()


def test_legal_message_without_digital_consent_goes_registered_with_deemed_third_working_day(ref):
    p = person_with(email="an@example.be", preferred="email")
    with clock.travel_to(dt.datetime(2026, 3, 5, 10, 0, tzinfo=clock.BRUSSELS)):  # a Thursday
        m = outbox.send(p.pk, "test.legal", {"title": "verhoor", "text": "U wordt gehoord."})
    assert m.channel == Channel.REGISTERED and m.state == State.DELIVERED
    assert m.receipt.startswith("registered:")
    assert m.deemed_notified_on == dt.date(2026, 3, 10)  # Fri, (weekend), Mon, Tue: the 3rd working day
    assert "53bis" in m.deemed_rule


def test_legal_message_goes_to_the_ebox_when_activated(ref):
    p = person_with(digital_consent=True)
    gateways.fake(Channel.EBOX).optins.add(p.insz)
    m = outbox.send(p.pk, "test.legal", {"title": "beslissing", "text": "..."})
    assert m.channel == Channel.EBOX and m.state == State.DELIVERED
    assert gateways.fake(Channel.EBOX).sent[0].sha256 == m.sha256


def test_legal_message_with_consent_goes_to_the_inbox(ref):
    p = person_with(digital_consent=True, email="x@example.be", preferred="email")
    m = outbox.send(p.pk, "test.legal", {"title": "t", "text": "t"})
    assert m.channel == Channel.INBOX


def test_no_digital_channel_means_paper(ref):
    p = person_with()
    m = outbox.send(p.pk, "test.info", {"title": "t", "text": "t"})
    assert m.channel == Channel.PAPER and m.state == State.DELIVERED


def test_requested_channel_is_used_when_the_person_has_it(ref):
    p = person_with(email="x@example.be", sms="+32470000001", preferred="email")
    assert outbox.send(p.pk, "test.info", {"title": "t", "text": "t"}, channel=Channel.SMS).channel == Channel.SMS
    q = person_with(email="y@example.be", preferred="email")
    assert outbox.send(q.pk, "test.info", {"title": "t", "text": "t"}, channel=Channel.SMS).channel == Channel.EMAIL


@pytest.mark.parametrize(("tongue", "municipality", "legal", "expected"), [
    ("fr", "44021", False, "fr"),  # Gent: information in the mother tongue
    ("en", "44021", False, "en"),
    ("fr", "44021", True, "nl"),  # Gent: legal messages in Dutch
    ("fr", "23102", True, "fr"),  # Wemmel, a facility municipality: French
    ("ar", "44021", False, "nl"),
    (None, "44021", False, "nl"),
])
def test_language_follows_the_language_law(ref, tongue, municipality, legal, expected):
    p = person_with(mother_tongue=tongue, municipality_id=municipality, digital_consent=True)
    m = outbox.send(p.pk, "test.legal" if legal else "test.info", {"title": "t", "text": "t"})
    assert m.language == expected
    greeting = {"nl": "Beste ", "fr": "Bonjour ", "en": "Dear "}[expected]
    assert m.body.startswith(greeting)
    assert m.subject.startswith({"nl": "Bericht van VDAB", "fr": "Message du VDAB", "en": "Message from VDAB"}[expected])


def test_failing_channel_retries_with_exponential_backoff_then_falls_back_to_paper(ref, settings):
    settings.MESSAGING_MAX_ATTEMPTS = 3
    settings.MESSAGING_RETRY_BASE_SECONDS = 60
    p = person_with(email="x@unreachable.example", preferred="email")
    with clock.travel_to(MONDAY) as c:
        m = outbox.send(p.pk, "test.info", {"title": "t", "text": "t"})
        m.refresh_from_db()
        assert m.state == State.RETRYING and m.attempts == 1
        assert m.next_attempt_at == MONDAY + dt.timedelta(seconds=60)
        assert outbox.retry_due() == {}  # not due yet: nothing happens
        c.advance(seconds=61)
        assert outbox.retry_due() == {"retrying": 1}
        m.refresh_from_db()
        assert m.attempts == 2 and m.next_attempt_at == c.now() + dt.timedelta(seconds=120)
        c.advance(seconds=121)
        assert outbox.retry_due() == {"fallback_paper": 1}
    m.refresh_from_db()
    assert m.channel == Channel.PAPER and m.first_channel == Channel.EMAIL
    assert m.state == State.DELIVERED and m.attempts == 4
    assert DeliveryAttempt.objects.filter(message=m, ok=False).count() == 3
    assert len(gateways.fake(Channel.PAPER).sent) == 1
    assert len(gateways.fake(Channel.EMAIL).sent) == 0
    path = list(TransitionLog.objects.filter(workflow="message", object_id=m.pk).values_list("to_state", flat=True))
    assert path == ["queued", "dispatched", "failed", "retrying", "dispatched", "failed", "retrying", "dispatched", "failed", "fallback_paper",
                    "dispatched", "delivered"]


def test_permanent_bounce_goes_to_paper_at_once_and_legal_ones_registered(ref):
    p = person_with(email="x@bounce.example", preferred="email")
    m = outbox.send(p.pk, "test.info", {"title": "t", "text": "t"})
    m.refresh_from_db()
    assert m.channel == Channel.PAPER and m.state == State.DELIVERED and m.attempts == 2


def test_late_bounce_of_a_delivered_email_falls_back(ref):
    p = person_with(email="x@example.be", preferred="email")
    m = outbox.send(p.pk, "test.info", {"title": "t", "text": "t"})
    assert m.state == State.DELIVERED
    m = outbox.bounce(m.pk, "550 mailbox unknown")
    m.refresh_from_db()
    assert m.channel == Channel.PAPER and m.state == State.DELIVERED


def test_opening_is_recorded_once(ref):
    from werkregie.workflows.services import Who

    p = person_with(digital_consent=True)
    with clock.travel_to(MONDAY) as c:
        m = outbox.send(p.pk, "test.info", {"title": "t", "text": "t"})
        who = Who(None, "citizen", "burger")
        m = outbox.record_opening(m, who)
        first = m.first_opened_at
        c.advance(hours=3)
        m = outbox.record_opening(m, who)
    assert m.state == State.OPENED and m.first_opened_at == first == MONDAY


def test_dates_in_context_are_formatted_the_belgian_way(ref):
    p = person_with(digital_consent=True)
    m = outbox.send(p.pk, "test.info", {"title": dt.date(2026, 4, 7), "text": "t"})
    assert m.subject.endswith("07/04/2026")


def test_a_bounce_gives_the_counsellor_a_worklist_task(ref):
    from werkregie.worklist.models import Task

    p = person_with(email="x@bounce.example", preferred="email")
    m = outbox.send(p.pk, "test.info", {"title": "t", "text": "t"})
    task = Task.objects.get(key=f"message:{m.pk}:bounced")
    assert task.kind == "message_bounced" and task.person_id == p.pk and task.url == f"/personen/{p.pk}/berichten/"


def test_the_message_table_refuses_what_it_does_not_declare(ref):
    from werkregie.workflows.services import PLATFORM, TransitionRefused, transition

    p = person_with(digital_consent=True)
    m = outbox.send(p.pk, "test.info", {"title": "t", "text": "t"})
    with pytest.raises(TransitionRefused):
        transition(m, "dispatch", PLATFORM)  # a delivered message is never dispatched again
    with pytest.raises(TransitionRefused):
        transition(m, "fallback", PLATFORM)


def test_deemed_dates_follow_their_dated_parameters_over_holidays(ref):
    from werkregie.messaging.deemed import deemed_on

    at = dt.datetime(2026, 12, 24, 15, 0, tzinfo=clock.BRUSSELS)  # Thursday before Christmas
    assert deemed_on(Channel.REGISTERED, at, at)[0] == dt.date(2026, 12, 30)  # 25/12 and the weekend do not count
    assert deemed_on(Channel.EBOX, at, at)[0] == dt.date(2026, 12, 28)
    assert deemed_on(Channel.EMAIL, at, at)[0] == dt.date(2026, 12, 24)
    late = dt.datetime(2026, 12, 24, 23, 30, tzinfo=dt.timezone.utc)  # already 25/12 in Brussels
    assert deemed_on(Channel.EMAIL, late, late)[0] == dt.date(2026, 12, 25)
