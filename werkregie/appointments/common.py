"""What the appointment use cases share: the dated parameters (mandatory kinds, the move cut-off, the horizon), the
signed booking links, and what an appointment's state allows (move, book, convoke)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from werkregie.core import clock, dated, suppression
from werkregie.core.errors import NotFound
from werkregie.organisations.models import OrganisationKind
from werkregie.workflows import deadlines

from .models import Appointment

PARAMETERS = Path(__file__).resolve().parent / "parameters"
SIGNER_SALT = "werkregie.appointments.booking"
MAX_SERIES_DAYS = 92
MAX_SERIES_SLOTS = 400
MIN_CELL = suppression.DEFAULT_THRESHOLD  # KPI cells with fewer ended appointments are not shown (setting WERKREGIE_SUPPRESS_BELOW)
OFFICE_KINDS = (OrganisationKind.VDAB_OFFICE, OrganisationKind.VDAB_TEAM)


# --- parameters ----------------------------------------------------------------------------------------------------


def is_mandatory(kind: str, on: dt.date) -> bool:
    """Whether not coming to this kind of conversation can be sanctioned (a dated parameter per kind)."""
    return bool(dated.value(PARAMETERS, f"mandatory.{kind}", on).value)


def move_cutoff(on: dt.date) -> dt.timedelta:
    return dt.timedelta(hours=int(dated.value(PARAMETERS, "booking.move_cutoff_hours", on).value))


def horizon(on: dt.date) -> dt.timedelta:
    return dt.timedelta(days=int(dated.value(PARAMETERS, "booking.horizon_days", on).value))


def slot_hours(mode: str, on: dt.date) -> tuple[dt.time, dt.time]:
    """The hours in force on a day within which a slot of this mode lies (parameter slot_hours: start ≤ begin, end ≤
    end): office hours in person and by phone, a somewhat wider day window for video; never at night."""
    prefix = "video" if mode == "video" else "office"
    start, end = (dt.time.fromisoformat(str(dated.value(PARAMETERS, f"slot_hours.{prefix}_{edge}", on).value)) for edge in ("start", "end"))
    return start, end


def hours_text(mode: str, on: dt.date) -> str:
    start, end = slot_hours(mode, on)
    if mode == "video":
        return _("Een videogesprek valt op een werkdag tussen %(start)s en %(end)s (geen weekend of feestdag).") % {
            "start": f"{start:%H:%M}", "end": f"{end:%H:%M}"}
    return _("Een gesprek op kantoor of per telefoon valt binnen de kantooruren: op een werkdag tussen %(start)s en %(end)s "
             "(geen weekend of feestdag).") % {"start": f"{start:%H:%M}", "end": f"{end:%H:%M}"}


def outside_hours(start: dt.datetime, end: dt.datetime, mode: str) -> bool:
    """Whether a slot lies outside the hours of its mode, or on a weekend or a Belgian public holiday (attack of stop
    29: a mandatory appointment was booked at 03:00 at the office)."""
    from werkregie.core.workdays import is_working_day

    first, last = local(start), local(end)
    low, high = slot_hours(mode, first.date())
    return (not is_working_day(first.date()) or first.date() != last.date() or first.time() < low or last.time() > high)


def link_reminder_on(expires_on: dt.date) -> dt.date:
    found = deadlines.term("booking_link_reminder", expires_on)
    return expires_on - dt.timedelta(days=int(found.value))


def proof_due(day: dt.date) -> dt.date:
    """The last day to prove a valid reason for not coming to an appointment on `day` (3 working days)."""
    return deadlines.term_end("missed_appointment_proof", day)


def local(at: dt.datetime) -> dt.datetime:
    return at.astimezone(clock.BRUSSELS)


def when_text(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    at = local(at)
    return f"{at:%d/%m/%Y} {at:%H:%M}"


# --- booking links ---------------------------------------------------------------------------------------------------


def booking_token(appointment: Appointment) -> str:
    """The signed, unguessable token of the invitation's booking link (a random nonce per invitation, signed with the
    platform's secret). It is valid while the invitation is open and its expiry day has not passed."""
    return signing.Signer(salt=SIGNER_SALT).sign(f"{appointment.pk}.{appointment.link_nonce}")


def booking_path(appointment: Appointment) -> str:
    return reverse("appointment_book", args=[booking_token(appointment)])


def public_url(path: str) -> str:
    return getattr(settings, "WERKREGIE_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/") + path


def from_token(token: str) -> Appointment:
    try:
        value = signing.Signer(salt=SIGNER_SALT).unsign(token or "")
        pk, nonce = value.split(".", 1)
        return Appointment.objects.select_related("agenda", "slot", "person").get(pk=int(pk), link_nonce=nonce)
    except (signing.BadSignature, ValueError, Appointment.DoesNotExist):
        raise NotFound(_("Deze link is ongeldig. Gebruik de link uit uw uitnodiging, of neem contact op met uw bemiddelaar.")) from None


# --- what the state of an appointment allows ---------------------------------------------------------------------


def can_move(a: Appointment, now: dt.datetime | None = None) -> bool:
    now = now or clock.now()
    return a.state == "booked" and a.slot_id is not None and now < a.slot.start - move_cutoff(now.date())


def link_open(a: Appointment, today: dt.date | None = None) -> bool:
    return a.state == "invited" and a.link_expires_on is not None and (today or clock.today()) <= a.link_expires_on


def can_convoke(a: Appointment, today: dt.date | None = None) -> bool:
    """A convocation follows an invitation whose link expired unused (the sweep may not have marked it yet); never
    while the person can still choose a moment themselves."""
    return a.state == "expired" or (a.state == "invited" and not link_open(a, today))


def date_text(day: dt.date) -> str:
    return formats.date_format(day, "d/m/Y")


CONVOCATION_NOTICE = "appointment_convocation_notice"  # a legal term of werkregie/workflows/parameters
CONVOCATION_TEMPLATE = "appointment.convocation"


def earliest_convocation_day(person_id: int, now: dt.datetime | None = None) -> dt.date:
    """The first day a binding convocation sent now may fix: the minimum notice CONVOCATION_NOTICE after the day the
    convocation is deemed notified by the channel the outbox would choose for this person."""
    from werkregie.messaging import deemed, templates

    notified = deemed.expected_on(person_id, templates.get(CONVOCATION_TEMPLATE).legal, now)
    return deadlines.term_end(CONVOCATION_NOTICE, notified)


def convocation_window_start(person_id: int, now: dt.datetime | None = None) -> dt.datetime:
    """The earliest moment a convocation's slot may start (midnight, Brussels, of earliest_convocation_day)."""
    return dt.datetime.combine(earliest_convocation_day(person_id, now), dt.time(0), tzinfo=clock.BRUSSELS)
