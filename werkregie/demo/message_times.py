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
from werkregie.messaging.demo import dispatch_at_its_time

STILL_NEW = dt.timedelta(days=3)  # what arrived in the last days is still unread


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
        dispatch_at_its_time(pk, made, now)
    return {"dispatched": len(waiting), "opened": _opened_by_the_citizen([pk for pk, _made in waiting], now)}

