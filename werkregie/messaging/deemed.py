"""The deemed moment of notification per channel: dated parameters (werkregie/messaging/parameters/deemed/*.yaml) with
their legal source, unit and uncertainty, and the moment they count from (metadata.basis: the day the message was
dispatched, e.g. a registered letter handed to the post, or the day it was delivered, e.g. placed in the eBox)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from werkregie.core import clock, dated
from werkregie.workflows.deadlines import add

PARAMETERS = Path(__file__).resolve().parent / "parameters"


def rule(channel: str, on: dt.date) -> tuple[dated.DatedValue, str]:
    found = dated.value(PARAMETERS, f"deemed.{channel}", on)
    basis = (dated.parameter(PARAMETERS, f"deemed.{channel}").metadata or {}).get("basis", "delivered")
    return found, basis


def deemed_on(channel: str, dispatched_at: dt.datetime, delivered_at: dt.datetime) -> tuple[dt.date, str]:
    """The day the message counts as notified, and the rule applied (for the evidence)."""
    start = dispatched_at.astimezone(clock.BRUSSELS).date()
    found, basis = rule(channel, start)
    if basis == "delivered":
        start = delivered_at.astimezone(clock.BRUSSELS).date()
    day = add(start, int(found.value), found.unit)
    reference = found.reference[0]["title"] if isinstance(found.reference, list) and found.reference else str(found.reference)
    moment = {"dispatched": "de verzending (afgifte aan de post)", "delivered": "de aflevering"}.get(basis, basis)
    return day, f"{found.value} {unit_name(found.unit, int(found.value))} na {moment} — {reference}"[:300]


# The rule is kept in Dutch on the message (the evidence is Dutch, whatever the page's language): singular and plural
UNITS = {"days": ("dag", "dagen"), "working_days": ("werkdag", "werkdagen"), "weeks": ("week", "weken"), "months": ("maand", "maanden")}


def unit_name(unit: str, count: int) -> str:
    one, many = UNITS.get(unit, (unit, unit))
    return one if count == 1 else many


def expected_on(person_id: int, legal: bool, now: dt.datetime | None = None) -> dt.date:
    """The day a message sent now to this person would be deemed notified, by the channel the outbox would choose
    (werkregie.messaging.channels.choose), counting dispatch and delivery as today. Used to refuse a hearing or a
    convocation set before the person can be deemed to know of it; a later fallback to paper can only move the day
    further, which the sweeps then follow for the terms."""
    from werkregie.people.models import Person

    from . import channels

    now = now or clock.now()
    person = Person.objects.get(pk=person_id)
    choice = channels.choose(person, legal)
    day, _rule = deemed_on(choice.channel, now, now)
    return day
