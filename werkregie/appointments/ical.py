"""iCalendar (RFC 5545) with the `icalendar` package: the counsellor's agenda feed (every slot of the coming weeks,
booked ones with the person and the kind) and one appointment's file for the citizen."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vText

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import NotFound
from werkregie.formats.punctuation import colon
from werkregie.people import perms as people_perms

from . import perms
from . import use_cases as uc
from .enums import HOLDING_STATES, UPCOMING_STATES, Mode
from .models import Appointment, Slot

PRODID = "-//VDAB//werkregie afspraken//NL"
FEED_PAST_DAYS = 14
FEED_FUTURE_DAYS = 90


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Brussels")
    return cal


def _event(uid: str, slot: Slot, summary: str, description: str = "", status: str = "CONFIRMED") -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", clock.now().astimezone(dt.timezone.utc))
    event.add("dtstart", slot.start.astimezone(dt.timezone.utc))
    event.add("dtend", slot.end.astimezone(dt.timezone.utc))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    location = slot.location if slot.mode != Mode.PHONE else _("Telefonisch")
    if location:
        event["location"] = vText(location)
    event.add("status", status)
    return event


def agenda_feed(principal: Principal, agenda_id: int | None = None) -> bytes:
    """The counsellor's agenda as iCalendar: free slots as "vrij", booked ones with the person (when the counsellor may see
    them) and the kind. The persons named are logged (guidance)."""
    agenda = uc._agenda(principal, agenda_id)
    now = clock.now()
    slots = list(Slot.objects.filter(agenda=agenda, withdrawn_at__isnull=True, start__gte=now - dt.timedelta(days=FEED_PAST_DAYS),
                                     start__lt=now + dt.timedelta(days=FEED_FUTURE_DAYS)).order_by("start"))
    held = {a.slot_id: a for a in Appointment.objects.filter(slot__in=slots, state__in=HOLDING_STATES).select_related("person")}
    visible = set(people_perms.visible_persons(principal).filter(pk__in={a.person_id for a in held.values()}).values_list("pk", flat=True))
    cal = _calendar(agenda.name)
    named = []
    for slot in slots:
        a = held.get(slot.pk)
        if a is None:
            cal.add_component(_event(f"slot-{slot.pk}@werkregie", slot, _("Vrij moment (%(mode)s)") % {"mode": Mode(slot.mode).label}, status="TENTATIVE"))
            continue
        who = f"{a.person.last_name}, {a.person.first_name}" if a.person_id in visible else _("bezet")
        if a.person_id in visible:
            named.append(a.person_id)
        cal.add_component(_event(f"appointment-{a.pk}@werkregie", slot, f"{a.get_kind_display()}{colon()} {who}", f"{a.state_label} · {Mode(slot.mode).label}"))
    if named:
        purpose = Purpose.GUIDANCE if principal.role == Role.COUNSELLOR else Purpose.ADMINISTRATION
        record_access(principal.actor(), named, "agenda (iCalendar): naam, soort en moment van de afspraak", purpose, principal.channel)
    return cal.to_ical()


def appointment_file(principal: Principal, appointment_id: int) -> bytes:
    """One appointment as an .ics file (for the citizen's own calendar)."""
    a = Appointment.objects.select_related("slot", "agenda", "counsellor").filter(pk=appointment_id).first()
    if a is None or a.slot_id is None or a.state not in UPCOMING_STATES + ("attended", "no_show", "excused"):
        raise NotFound(_("Geen geplande afspraak met dit nummer."))
    if not perms.can_see(principal, a.person_id) or not (perms.is_citizen(principal) or perms.can_use_agenda(principal)):
        raise NotFound(_("Geen geplande afspraak met dit nummer."))
    purpose = Purpose.OWN_DATA if perms.is_citizen(principal) else uc._staff_purpose(principal, a.person_id)
    record_access(principal.actor(), [a.person_id], "afspraak (iCalendar): soort en moment", purpose, principal.channel)
    cal = _calendar(_("Afspraak VDAB"))
    with_whom = (a.counsellor.get_full_name() or a.counsellor.username) if a.counsellor_id else a.agenda.name
    description = _("Gesprek met %(who)s (%(mode)s).") % {"who": with_whom, "mode": Mode(a.slot.mode).label}
    cal.add_component(_event(f"appointment-{a.pk}@werkregie", a.slot, f"VDAB: {a.get_kind_display()}", description))
    return cal.to_ical()
