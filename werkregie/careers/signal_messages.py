"""The monthly career-signals message: a daily job on the task runner sends each person who opted in (the consent
purpose "career_signals") their signals through the one outbox, at most once a month — never before the same day of
the next month after the last one (and one per calendar month at most, by the outbox's dedupe key, should two runs
race). Withdrawing the consent stops the messages: only active consents are read, at each run. A person without an
occupation, or whose signals have nothing to say, gets no message that month.

`ensure_schedule()` declares the daily job (`werkregie serve` calls it beside messaging.runner.ensure_schedules)."""

from __future__ import annotations

import datetime as dt
import logging

from django.db.models import Max
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from werkregie.core import clock
from werkregie.messaging import outbox
from werkregie.messaging.templates import register

log = logging.getLogger(__name__)

KEY = "careers.signals"
TASK = "werkregie.careers.signal_messages.send_due"
SCHEDULE = "careers: career signals messages (daily; at most monthly per person)"

register(
    KEY,
    subject=_("Uw loopbaansignalen"),
    body=_("Beste %(name)s,\n\nDit zijn uw loopbaansignalen van deze maand, berekend uit de vacatures en werkzoekenden op het platform.\n\n"
           "%(text)s\n\nMeer uitleg, een grafiek en de cijfers per kwartaal vindt u op Mijn Loopbaan. Wilt u deze berichten niet meer, "
           "dan zet u ze daar uit.\n\nMet vriendelijke groeten,\nVDAB"),
)


def add_month(moment: dt.datetime) -> dt.datetime:
    """The same day and time one calendar month later (the last day of a shorter month: 31 January → 28 February)."""
    local = moment.astimezone(clock.BRUSSELS)
    year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
    for day in range(local.day, 27, -1):
        try:
            return local.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return local.replace(year=year, month=month, day=min(local.day, 28))


def dedupe(person_id: int, day: dt.date) -> str:
    return f"careers:signals:{person_id}:{day:%Y-%m}"


def text_for(person) -> str:  # noqa: ANN001 - a Person
    """The signals in words, in the active language (the outbox renders inside the person's language)."""
    from django.utils.translation import get_language

    from . import signals_panel

    lines = []
    for block in signals_panel.blocks_for(person, get_language() or "nl"):
        lines.append(f"• {block['summary']}")
        for a in block["adjacent"]:
            lines.append("  " + gettext("Verwant beroep met veel vacatures: %(label)s (u mist %(n)s vereiste competenties).")
                         % {"label": a["label"], "n": a["missing_count"]})
        for r in block["rising"]:
            lines.append("  " + gettext("Vaker gevraagd: %(label)s (in %(recent)s van de vacatures, eerder %(earlier)s).")
                         % {"label": r["label"], "recent": r["recent"], "earlier": r["earlier"]})
    return "\n".join(lines)


def due_persons(now: dt.datetime) -> list[int]:
    """The persons with an active consent whose last signals message is at least a calendar month old (or who had none)."""
    from werkregie.messaging.models import Message
    from werkregie.people.enums import ConsentPurpose
    from werkregie.people.models import Consent, Person

    consenting = set(Consent.objects.filter(purpose=ConsentPurpose.CAREER_SIGNALS, withdrawn_at__isnull=True).values_list("person_id", flat=True))
    consenting &= set(Person.objects.filter(pk__in=consenting).values_list("pk", flat=True))  # merged duplicates drop out
    last = dict(Message.objects.filter(template_key=KEY, person_id__in=consenting).values("person_id").annotate(last=Max("created_at"))
                .values_list("person_id", "last"))
    return sorted(pk for pk in consenting if pk not in last or add_month(last[pk]) <= now)


def send_due() -> dict[str, int]:
    """The scheduled job. Returns {"sent": n, "nothing_to_say": n}."""
    from werkregie.people.models import Person

    now = clock.now()
    counts = {"sent": 0, "nothing_to_say": 0}
    for pk in due_persons(now):
        person = Person.objects.filter(pk=pk).first()
        if person is None:
            continue
        from . import signals_data

        if not signals_data.occupations_of(pk):
            counts["nothing_to_say"] += 1
            continue
        text = lazy(text_for, str)(person)
        outbox.send(pk, KEY, {"text": text}, dedupe_key=dedupe(pk, now.astimezone(clock.BRUSSELS).date()))
        counts["sent"] += 1
    log.info("career signals: %s", counts)
    return counts


def ensure_schedule() -> str:
    """Declare the daily job at 09:00 (idempotent by name)."""
    from django_q.models import Schedule

    next_run = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(9, 0), clock.BRUSSELS)
    Schedule.objects.update_or_create(name=SCHEDULE, defaults={"func": TASK, "schedule_type": Schedule.DAILY, "repeats": -1, "next_run": next_run})
    return SCHEDULE
