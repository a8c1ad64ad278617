"""The reminder before an appointment, sent at its time: "48 hours" ahead (the dated term `appointment_reminder`,
subtracted from the appointment's start), give or take the task runner's tick — not by the nightly sweep, which would
send it anywhere between 48 and 72 hours ahead (and at night).

One one-off schedule of the task runner per appointment (werkregie.messaging.runner.schedule_once, named
``appointment-<id>-reminder``), kept in line with the appointment by `sync`, which runs on every save of an
appointment, in the same transaction:

* booked, moved or convoked to a slot → the reminder is (re)scheduled at the slot's start minus the term;
* unbooked, cancelled, attendance recorded (or excused beforehand) → the schedule is dropped;
* booked or convoked inside the term (the reminder's time has passed already) → no reminder: the confirmation or the
  convocation, just sent, names the time.

`remind` (the task) checks again when it runs: the appointment still upcoming on the same slot, not started yet, the
reminder not sent before for that slot (the outbox's dedupe key). So a reminder is never sent for a past, moved or
cancelled appointment, and never twice. The nightly sweep only repairs: `ensure` schedules what has no schedule yet
(appointments made before this mechanism, or written without a save)."""

from __future__ import annotations

import datetime as dt
import logging

from django.db import transaction

from werkregie.core import clock
from werkregie.messaging import runner
from werkregie.workflows import deadlines

from .enums import UPCOMING_STATES
from .models import Appointment

log = logging.getLogger(__name__)
TASK = "werkregie.appointments.reminders.remind"
KEY = "appointment.reminder"
EARLY = dt.timedelta(minutes=5)  # a run this much before the due time (another clock) is rescheduled, not sent


def name(appointment_id: int) -> str:
    return f"appointment-{appointment_id}-reminder"


def dedupe(appointment_id: int, slot_id: int) -> str:
    return f"appointment:{appointment_id}:reminder:{slot_id}"


def due_at(start: dt.datetime) -> dt.datetime:
    """When the reminder goes out: the start minus the dated term (2 days = 48 hours, counted in hours, whatever the
    daylight-saving change in between)."""
    found = deadlines.term("appointment_reminder", start.astimezone(clock.BRUSSELS).date())
    amount = int(found.value)
    start = start.astimezone(dt.timezone.utc)  # elapsed hours: arithmetic on a Brussels time would count wall-clock hours
    if found.unit == "days":
        return start - dt.timedelta(days=amount)
    if found.unit == "weeks":
        return start - dt.timedelta(weeks=amount)
    raise ValueError(f"appointment_reminder: unit {found.unit!r} is not a fixed number of hours")


def _sent(appointment_id: int, slot_id: int) -> bool:
    from werkregie.messaging.models import Message

    return Message.objects.filter(dedupe_key=dedupe(appointment_id, slot_id)).exists()


def wanted_at(a: Appointment, now: dt.datetime | None = None) -> dt.datetime | None:
    """The time the reminder of `a` should go out, or None when it should have none (not upcoming, no slot, its time
    already passed, or sent for this slot)."""
    if a.state not in UPCOMING_STATES or a.slot_id is None:
        return None
    now = now or clock.now()
    when = due_at(a.slot.start)
    if when <= now or _sent(a.pk, a.slot_id):
        return None
    return when


def sync(a: Appointment) -> dt.datetime | None:
    """Make the schedule of `a`'s reminder match the appointment (call it inside the transaction that changed it)."""
    when = wanted_at(a)
    if when is None:
        runner.unschedule(name(a.pk))
    else:  # written again each time: the same time may come with another slot (a move to another agenda)
        runner.schedule_once(TASK, a.pk, a.slot_id, name=name(a.pk), at=when)
    return when


def on_save(sender, instance: Appointment, raw: bool = False, **kwargs) -> None:  # noqa: ANN001, ANN003
    """post_save of Appointment: keep the reminder's schedule in line (fixtures loaded raw are left alone)."""
    if not raw:
        sync(instance)


def remind(appointment_id: int, slot_id: int) -> str:
    """The task: send the reminder of an appointment, if it still applies. Returns what it did."""
    from . import use_cases as uc

    with transaction.atomic():
        a = (Appointment.objects.select_for_update(of=("self",)).select_related("person", "slot", "agenda", "counsellor")
             .filter(pk=appointment_id).first())
        if a is None or a.state not in UPCOMING_STATES or a.slot_id != slot_id:
            return "no longer applies"
        now = clock.now()
        if a.slot.start <= now:
            return "appointment passed"
        if now < due_at(a.slot.start) - EARLY:
            sync(a)
            return "early: rescheduled"
        if _sent(a.pk, slot_id):
            return "sent before"
        uc._send(a, KEY, f"reminder:{slot_id}")
    log.info("appointment %s: reminder sent for slot %s", appointment_id, slot_id)
    return "sent"


def ensure(as_of: dt.date) -> int:
    """The sweep's repair: schedule the reminder of every upcoming appointment that should have one and has none.
    Returns how many were scheduled."""
    from django_q.models import Schedule

    now = max(clock.now(), dt.datetime.combine(as_of, dt.time(0), clock.BRUSSELS))
    upcoming = list(Appointment.objects.filter(state__in=UPCOMING_STATES, slot__start__gt=now).select_related("slot"))
    have = set(Schedule.objects.filter(name__startswith="appointment-", name__endswith="-reminder").values_list("name", flat=True))
    made = 0
    for a in upcoming:
        if name(a.pk) in have:
            continue
        with transaction.atomic():
            if sync(a) is not None:
                made += 1
    return made
