"""The one outbox. `send` renders a registered template in the person's language, chooses the channel, stores the
message with the SHA-256 of its exact content and hands its dispatch to the task runner; `dispatch` (a task) claims
the message, hands it to the channel's gateway and records the receipt, the delivery and the deemed moment of
notification, or the failure: retries with exponential backoff, then paper. Nothing is sent twice: the dedupe key is
unique, and a message is claimed (queued → dispatched) in its own transaction before any gateway is called."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import uuid
from typing import Callable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import formats
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.errors import NotFound
from werkregie.workflows import reasons
from werkregie.workflows import services as wf
from werkregie.workflows.labels import coded
from werkregie.workflows.services import PLATFORM, Who

from . import channels, runner, templates
from .enums import Channel, State
from .gateways import Envelope, GatewayError
from .models import DeliveryAttempt, Message, content_sha256

logger = logging.getLogger(__name__)

DISPATCH = "werkregie.messaging.outbox.dispatch"
DISPATCHABLE = (State.QUEUED, State.RETRYING, State.FALLBACK_PAPER)
PAPER_CHANNELS = (Channel.PAPER, Channel.REGISTERED)


def _plain(value, language: str):  # noqa: ANN001, ANN202
    """Dates in the Belgian format of the message's language."""
    from django.utils import translation

    with translation.override(language):
        if isinstance(value, dt.datetime):
            return formats.date_format(value.astimezone(clock.BRUSSELS), "d/m/Y H:i")
        if isinstance(value, dt.date):
            return formats.date_format(value, "d/m/Y")
    return value


def send(person_id: int, key: str, context: dict | None = None, *, who: Who | None = None, related: tuple[str, int] | None = None,
         dedupe_key: str | None = None, channel: str | None = None) -> Message:
    """Make a message from template `key` for a person and queue its dispatch. With a `dedupe_key` that exists, the
    existing message is returned and nothing new is made or sent."""
    from werkregie.people.models import Person

    template = templates.get(key)
    if dedupe_key:
        existing = Message.objects.filter(dedupe_key=dedupe_key).first()
        if existing is not None:
            return existing
    person = Person.objects.select_related("municipality").prefetch_related("languages").filter(pk=person_id).first()
    if person is None:
        raise NotFound(_("Geen persoon met nummer %(id)s.") % {"id": person_id})
    language, language_reason = channels.language_for(person, template.legal)
    values = {"name": f"{person.first_name} {person.last_name}", "first_name": person.first_name}
    values.update({k: _plain(v, language) for k, v in (context or {}).items()})
    subject, body = template.render(values, language)
    choice = channels.choose(person, template.legal, channel)
    who = who or PLATFORM
    try:
        with transaction.atomic():
            msg = wf.create(
                Message, who, data={"channel": choice.channel, "channel_reason": choice.reason, "language": language, "language_reason": language_reason},
                person_id=person.pk, template_key=key, language=language, subject=subject[:300], body=body, sha256=content_sha256(subject[:300], body),
                legal=template.legal, related_workflow=(related or ("", None))[0] or "", related_id=(related or ("", None))[1],
                dedupe_key=dedupe_key or f"auto:{uuid.uuid4().hex}", channel=choice.channel, first_channel=choice.channel,
                channel_reason=choice.reason[:300], address=choice.address[:300], sender_label=who.label[:200], created_at=clock.now(),
            )
            runner.enqueue(DISPATCH, msg.pk, name=f"message-{msg.pk}-dispatch", group="messaging")
    except IntegrityError:
        existing = Message.objects.filter(dedupe_key=dedupe_key).first() if dedupe_key else None
        if existing is None:
            raise
        return existing
    msg.refresh_from_db()
    return msg


def _claim(message_id: int) -> Message | None:
    """queued/retrying/fallback_paper → dispatched, in its own transaction; None when someone else has it or it is not due."""
    with transaction.atomic():
        msg = Message.objects.select_for_update().filter(pk=message_id).first()
        if msg is None or msg.state not in DISPATCHABLE:
            return None
        if msg.state == State.RETRYING and msg.next_attempt_at and msg.next_attempt_at > clock.now():
            return None
        return wf.transition(msg, "dispatch", PLATFORM, fields={"dispatched_at": clock.now(), "attempts": msg.attempts + 1, "next_attempt_at": None},
                             data={"channel": msg.channel, "attempt": msg.attempts + 1})


def envelope(msg: Message) -> Envelope:
    """What the gateway receives; for the eBox and the post, with the sealed letter (a new seal at each attempt)."""
    from . import letter

    person = msg.person
    plain = Envelope(msg.pk, msg.channel, msg.address, msg.subject, msg.body, msg.language, msg.sha256, insz=person.insz, legal=msg.legal)
    if msg.channel not in letter.DOCUMENT_CHANNELS:
        return plain
    addressee = f"{person.first_name} {person.last_name}" + (f", {msg.address}" if msg.channel != "ebox" and msg.address else "")
    document = letter.sealed(plain, date=f"{clock.now():%d/%m/%Y}", addressee=addressee)
    return dataclasses.replace(plain, document=document)


def dispatch(message_id: int) -> str:
    """The dispatch task of one message. Safe to run twice: only a claimed message is handed to a gateway."""
    from . import gateways

    msg = _claim(message_id)
    if msg is None:
        return "skipped"
    try:
        handed = envelope(msg)
        receipt = gateways.get(msg.channel).send(handed)
    except GatewayError as exc:
        DeliveryAttempt.objects.create(message=msg, at=clock.now(), channel=msg.channel, ok=False, error=str(exc)[:500])
        return _failed(msg, str(exc), permanent=exc.permanent)
    except Exception as exc:  # a bug or an unexpected answer in an adapter: treat as a temporary failure, keep the trace
        logger.exception("gateway %s failed on message %s", msg.channel, msg.pk)
        DeliveryAttempt.objects.create(message=msg, at=clock.now(), channel=msg.channel, ok=False, error=f"{type(exc).__name__}: {exc}"[:500])
        return _failed(msg, f"{type(exc).__name__}: {exc}", permanent=False)
    DeliveryAttempt.objects.create(message=msg, at=clock.now(), channel=msg.channel, ok=True, receipt=receipt.reference[:200])
    letter_sha256 = hashlib.sha256(handed.document).hexdigest() if handed.document else ""
    Message.objects.filter(pk=msg.pk).update(receipt=receipt.reference[:200], letter_sha256=letter_sha256)
    msg.receipt, msg.letter_sha256 = receipt.reference[:200], letter_sha256
    if receipt.delivered:
        deliver(msg, receipt.reference)
        return "delivered"
    return "dispatched"


# Domains whose terms start at a message's deemed notification: related workflow → callable(related_id). Called as
# soon as the date is known, so a page never says "not yet delivered" of a delivered letter until the nightly sweep.
_ON_DEEMED: dict[str, Callable[[int], object]] = {}


def on_deemed_notification(related_workflow: str, listener: Callable[[int], object]) -> None:
    """Register (in an AppConfig.ready) what a domain does when one of its messages gets its deemed notification date."""
    _ON_DEEMED[related_workflow] = listener


def deliver(msg: Message, receipt: str = "") -> Message:
    """The gateway confirmed delivery (SMTP acceptance, availability in the eBox, posting of a registered letter):
    record it and the deemed moment of notification, which starts the terms that depend on the message."""
    from .deemed import deemed_on

    at = clock.now()
    day, rule = deemed_on(msg.channel, msg.dispatched_at or at, at)
    delivered = wf.transition(msg, "deliver", PLATFORM, fields={"delivered_at": at, "deemed_notified_on": day, "deemed_rule": rule,
                                                                "receipt": (receipt or msg.receipt)[:200]},
                              data={"receipt": receipt, "deemed_notified_on": day.isoformat()})
    listener = _ON_DEEMED.get(delivered.related_workflow or "")
    if listener is not None and delivered.related_id:
        listener(delivered.related_id)
    return delivered


def backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=settings.MESSAGING_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0))


def _failed(msg: Message, error: str, *, permanent: bool) -> str:
    msg = wf.transition(msg, "fail", PLATFORM, reason=error[:500], fields={"last_error": error[:500]}, data={"channel": msg.channel, "permanent": permanent})
    if msg.channel in PAPER_CHANNELS:
        if not permanent and msg.attempts < settings.MESSAGING_MAX_ATTEMPTS:
            _retry(msg)
            return "retrying"
        _bounced_task(msg, error)
        return "failed"
    if permanent or msg.attempts >= settings.MESSAGING_MAX_ATTEMPTS:
        fallback(msg, error)
        _bounced_task(msg, error)
        return "fallback_paper"
    _retry(msg)
    return "retrying"


def _retry(msg: Message) -> Message:
    when = clock.now() + backoff(msg.attempts)
    return wf.transition(msg, "retry", PLATFORM, fields={"next_attempt_at": when}, data={"next_attempt_at": when.isoformat()})


def fallback(msg: Message, error: str = "", who: Who = PLATFORM) -> Message:
    """The digital channel failed: put the message in the print queue (a registered letter when it has legal effect)."""
    paper = Channel.REGISTERED if msg.legal else Channel.PAPER
    msg = wf.transition(msg, "fallback", who, reason=(error or "fallback")[:500],
                        fields={"channel": paper, "address": channels.postal_address(msg.person)[:300], "next_attempt_at": None},
                        data={"from_channel": msg.channel, "to_channel": paper})
    runner.enqueue(DISPATCH, msg.pk, name=f"message-{msg.pk}-paper", group="messaging")
    msg.refresh_from_db()
    return msg


def bounce(message_id: int, error: str) -> Message:
    """A bounce reported later by a channel (an NDR for an accepted e-mail, an eBox message rejected after
    acceptance): fail the message, fall back to paper and tell the counsellor."""
    msg = Message.objects.get(pk=message_id)
    if msg.state not in (State.DISPATCHED, State.DELIVERED):
        return msg
    msg = wf.transition(msg, "fail", PLATFORM, reason=error[:500], fields={"last_error": error[:500]}, data={"bounce": True})
    _bounced_task(msg, error)
    if msg.channel not in PAPER_CHANNELS:
        msg = fallback(msg, error)
    return msg


def _bounced_task(msg: Message, error: str) -> None:
    try:
        from werkregie.worklist.enums import TaskKind
        from werkregie.worklist.services import upsert_task
    except ImportError:  # the worklist is built beside this app; without it the failure stays visible on the message
        logger.warning("worklist not available: bounced message %s has no task", msg.pk)
        return
    from django.urls import NoReverseMatch, reverse

    try:
        url = reverse("person_messages", args=[msg.person_id])
    except NoReverseMatch:
        url = ""
    upsert_task(f"message:{msg.pk}:bounced", person_id=msg.person_id, kind=TaskKind.MESSAGE_BOUNCED, due_on=clock.today(),
                title=coded(reasons.MESSAGE_BOUNCED, subject=msg.subject), url=url,
                detail=coded(reasons.MESSAGE_BOUNCED_DETAIL, max_length=1000, first=reasons.channel(msg.first_channel),
                             channel=reasons.channel(msg.channel), error=error))


def record_opening(msg: Message, who: Who) -> Message:
    """The citizen opened the message in the inbox: the first time is kept (and moves a delivered message to opened)."""
    if msg.first_opened_at is not None:
        return msg
    at = clock.now()
    if msg.state == State.DELIVERED:
        return wf.transition(msg, "open", who, fields={"first_opened_at": at})
    Message.objects.filter(pk=msg.pk, first_opened_at__isnull=True).update(first_opened_at=at)
    msg.refresh_from_db()
    return msg


def retry_due() -> dict[str, int]:
    """The scheduled job: dispatch what is due (retries whose time has come; queued or paper messages whose task was
    lost). Each dispatch claims its message first, so running this twice sends nothing twice."""
    now = clock.now()
    stale = now - dt.timedelta(minutes=10)
    ids = list(
        Message.objects.filter(state=State.RETRYING, next_attempt_at__lte=now).values_list("pk", flat=True)
    ) + list(Message.objects.filter(state__in=[State.QUEUED, State.FALLBACK_PAPER], state_since__lte=stale).values_list("pk", flat=True))
    counts: dict[str, int] = {}
    for pk in ids:
        result = dispatch(pk)
        counts[result] = counts.get(result, 0) + 1
    return counts


def flush() -> dict[str, int]:
    """Dispatch everything dispatchable now, whatever its time (tests and the demo)."""
    counts: dict[str, int] = {}
    for pk in Message.objects.filter(state__in=[State.QUEUED, State.FALLBACK_PAPER]).values_list("pk", flat=True):
        result = dispatch(pk)
        counts[result] = counts.get(result, 0) + 1
    return counts
