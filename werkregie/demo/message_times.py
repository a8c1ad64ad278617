"""The demo's messages sent, delivered and read when their story says so.

The domain demos make their messages through the use cases under a travelled clock; the outbox hands each dispatch to
the task runner, which the demo starts only when it serves. Left there, every message of the past weeks would be
dispatched at the start of the server: received weeks after the appointment it invited to, and "new" in the citizen's
list. `deliver_in_time` dispatches each waiting message through the outbox a few minutes after it was made (the
clock travelled to that moment: the gateway's receipt, the delivery and the deemed notification follow the channel's
own rules), follows a failed attempt to its retry or to paper at their own times while those lie in the past, and
lets the citizen open what reached their inbox days ago, hours after it arrived. The runner's own task later finds
these messages dispatched and does nothing."""

from __future__ import annotations

import datetime as dt

from werkregie.core import clock

DISPATCH_AFTER = dt.timedelta(minutes=2)  # the runner picks a message up moments after it was made
STILL_NEW = dt.timedelta(days=3)  # what arrived in the last days is still unread
ATTEMPTS = 8  # more than the outbox's retries: the loop ends on paper or on a retry due in the future


def _dispatch_at_its_time(pk: int, made: dt.datetime, now: dt.datetime) -> None:
    from werkregie.messaging import outbox
    from werkregie.messaging.enums import State
    from werkregie.messaging.models import Message

    at = min(made + DISPATCH_AFTER, now)
    for _attempt in range(ATTEMPTS):
        with clock.travel_to(at):
            outbox.dispatch(pk)
        msg = Message.objects.only("state", "next_attempt_at", "state_since").get(pk=pk)
        if msg.state == State.RETRYING and msg.next_attempt_at:
            at = msg.next_attempt_at
        elif msg.state == State.FALLBACK_PAPER:
            at = (msg.state_since or at) + dt.timedelta(hours=1)  # the print queue takes it the same day
        else:
            return
        if at >= now:
            return


def _awake(at: dt.datetime, spread: int) -> dt.datetime:
    """That moment, or the next morning when it falls at night (between 21:00 and 08:00 in Brussels)."""
    local = at.astimezone(clock.BRUSSELS)
    if 8 <= local.hour < 21:
        return at
    morning = local.date() + dt.timedelta(days=local.hour >= 21)
    return dt.datetime.combine(morning, dt.time(8, spread % 60), clock.BRUSSELS)


def _opened_by_the_citizen(pks: list[int], now: dt.datetime) -> int:
    """The citizen (a person with an account) read what was delivered to them more than STILL_NEW ago, within a day."""
    from werkregie.messaging import outbox
    from werkregie.messaging.enums import State
    from werkregie.messaging.models import Message

    opened = 0
    delivered = Message.objects.filter(pk__in=pks, state=State.DELIVERED, first_opened_at__isnull=True, delivered_at__lt=now - STILL_NEW,
                                       person__account__isnull=False).select_related("person__account")
    for msg in delivered:
        with clock.travel_to(_awake(msg.delivered_at + dt.timedelta(hours=2 + msg.pk % 20), msg.pk)):
            outbox.record_opening(msg, outbox.Who(msg.person.account.pk, "citizen", f"{msg.person.first_name} {msg.person.last_name}"))
        opened += 1
    return opened


def deliver_in_time() -> dict[str, int]:
    from werkregie.messaging.enums import State
    from werkregie.messaging.models import Message

    now = clock.now()
    # only what never left the queue: a message already dispatched (a retry under way, paper) keeps the runner's schedule
    waiting = list(Message.objects.filter(state=State.QUEUED, created_at__lt=now)
                   .order_by("created_at", "pk").values_list("pk", "created_at"))
    for pk, made in waiting:
        _dispatch_at_its_time(pk, made, now)
    return {"dispatched": len(waiting), "opened": _opened_by_the_citizen([pk for pk, _made in waiting], now)}


def deliver(pks: list[int]) -> None:
    """Dispatch these waiting messages as the runner would, moments after they were made at the travelled time (a
    domain demo that needs them delivered before its story goes on: a convocation deemed notified before the
    appointment it fixes). What already left the queue keeps its course."""
    from werkregie.messaging.enums import State
    from werkregie.messaging.models import Message

    now = clock.now()
    waiting = Message.objects.filter(pk__in=pks, state=State.QUEUED, created_at__lte=now).order_by("created_at", "pk").values_list("pk", "created_at")
    for pk, made in waiting:
        _dispatch_at_its_time(pk, made, now + DISPATCH_AFTER)
