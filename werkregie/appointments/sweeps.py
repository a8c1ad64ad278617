"""The appointments' part of the nightly deadline sweep (werkregie.worklist.sweep). For one date it:

1. expires booking links not used by their last day and puts "convoke" on the counsellor's worklist;
2. reminds people of a link that expires soon (dated number of days before);
3. schedules the reminder "48 hours" before an appointment where it has no schedule yet (a repair: the reminder is
   scheduled with the task runner when the appointment is booked, moved or convoked, and sent at its time — see
   reminders.py);
4. puts "record attendance" on the worklist for appointments that took place without an outcome;
5. refers mandatory no-shows without an accepted excuse after the proof term (3 working days) to the control service.

Idempotent: each row is handled in its own transaction, messages carry dedupe keys and tasks stable keys, so a rerun
at the same date (or after a kill) makes nothing twice. The queries are bulk and indexed (state + date)."""

from __future__ import annotations

import datetime as dt
import logging

from django.db import transaction

from werkregie.core import clock
from werkregie.core.workdays import add_working_days
from werkregie.workflows import deadlines
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.labels import coded
from werkregie.workflows.services import PLATFORM
from werkregie.worklist.sweep import chunks, contributor

from . import reminders
from . import use_cases as uc
from .enums import UPCOMING_STATES, AppointmentKind, ExcuseStatus
from .models import Appointment

logger = logging.getLogger(__name__)
CONVOKE_WITHIN_WORKING_DAYS = 5


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), clock.BRUSSELS)


def _related(ids: list[int]):  # noqa: ANN202
    return Appointment.objects.filter(pk__in=ids).select_related("person", "slot", "agenda", "counsellor")


def _send_once(a: Appointment, key: str, dedupe: str) -> int:
    """Send a message once ever (its dedupe key); 1 when it was made now, 0 when it existed."""
    from werkregie.messaging.models import Message

    if Message.objects.filter(dedupe_key=f"appointment:{a.pk}:{dedupe}").exists():
        return 0
    uc._send(a, key, dedupe)
    return 1


def expire_links(as_of: dt.date) -> int:
    from werkregie.worklist.enums import TaskKind

    ids = list(Appointment.objects.filter(state="invited", link_expires_on__lt=as_of).values_list("pk", flat=True))
    done = 0
    for a in _related(ids):
        with transaction.atomic():
            current = Appointment.objects.select_for_update().get(pk=a.pk)
            if current.state != "invited":
                continue
            wf.transition(current, "expire", PLATFORM, reason=coded(R.LINK_EXPIRED), deadline=add_working_days(as_of, CONVOKE_WITHIN_WORKING_DAYS))
            uc._task(f"appointment:{a.pk}:convoke", a, TaskKind.APPOINTMENT_TO_CONVOKE, add_working_days(as_of, CONVOKE_WITHIN_WORKING_DAYS),
                     coded(R.CONVOKE, kind=R.appointment_kind(a.kind)), coded(R.CONVOKE_DETAIL, day=a.link_expires_on))
        done += 1
    return done


def link_reminders(as_of: dt.date) -> int:
    lead = int(deadlines.term("booking_link_reminder", as_of).value)
    ids = list(Appointment.objects.filter(state="invited", link_expires_on__gte=as_of, link_expires_on__lte=as_of + dt.timedelta(days=lead))
               .values_list("pk", flat=True))
    sent = 0
    for a in _related(ids):
        if uc.link_reminder_on(a.link_expires_on) > as_of:
            continue
        sent += _send_once(a, "appointment.link_reminder", f"link-reminder:{a.link_expires_on.isoformat()}")
    return sent


def attendance_tasks(as_of: dt.date) -> int:
    """One task per appointment that took place before `as_of` without a recorded outcome (bulk upsert: a rerun
    writes nothing)."""
    from django.urls import reverse

    from werkregie.worklist.enums import TaskKind
    from werkregie.worklist.services import TaskSpec, upsert_tasks

    rows = list(Appointment.objects.filter(state__in=UPCOMING_STATES, slot__start__lt=_day_start(as_of))
                .values_list("pk", "person_id", "kind", "slot__start"))
    kinds = dict(AppointmentKind.choices)
    specs = [TaskSpec(f"appointment:{pk}:attendance", person_id, TaskKind.ATTENDANCE_TO_RECORD, uc.local(start).date() + dt.timedelta(days=1),
                      coded(R.ATTENDANCE, kind=R.appointment_kind(kind) if kind in kinds else kind, when=uc.when_text(start)),
                      reverse("appointment_detail", args=[pk]), "", "appointments")
             for pk, person_id, kind, start in rows]
    for part in chunks(specs):
        with transaction.atomic():
            upsert_tasks(part)
    return len(specs)


def referrals(as_of: dt.date) -> int:
    ids = list(Appointment.objects.filter(state="no_show", mandatory=True, deadline__lt=as_of, compliance_case_id__isnull=True)
               .exclude(excuse_status__in=(ExcuseStatus.PENDING, ExcuseStatus.ACCEPTED)).values_list("pk", flat=True))
    for pk in ids:
        uc.refer(pk, PLATFORM)
    return len(ids)


@contributor("appointments", order=40)
def sweep(as_of: dt.date) -> dict[str, int]:
    return {
        "links_expired": expire_links(as_of),
        "link_reminders": link_reminders(as_of),
        "reminders_scheduled": reminders.ensure(as_of),
        "attendance_tasks": attendance_tasks(as_of),
        "referred": referrals(as_of),
    }
