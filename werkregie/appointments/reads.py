"""Reading appointments: the detail, a person's appointments, the citizen's overview, the agenda week. Every read
of personal data is logged here once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Forbidden, NotFound
from werkregie.people import perms as people_perms
from werkregie.workflows import services as wf

from . import perms
from .agendas import _agenda, agendas_for, check_day, free_slots
from .common import booking_path, can_convoke, can_move, convocation_window_start, link_open, local
from .enums import HOLDING_STATES, UPCOMING_STATES, ExcuseStatus
from .models import Agenda, Appointment, Slot

# --- reads -----------------------------------------------------------------------------------------------------------


def appointment_detail(principal: Principal, appointment_id: int) -> dict:
    a = Appointment.objects.select_related("slot", "person", "agenda", "counsellor", "office").filter(pk=appointment_id).first()
    if a is None or not perms.can_see(principal, a.person_id) or not (perms.is_citizen(principal) or perms.can_use_agenda(principal)):
        raise NotFound(_("Geen afspraak met dit nummer binnen uw toegang."))
    purpose = Purpose.OWN_DATA if perms.is_citizen(principal) else _staff_purpose(principal, a.person_id)
    record_access(principal.actor(), [a.person_id], "afspraak: soort, moment, aanwezigheid, verontschuldiging", purpose, principal.channel)
    manage = perms.can_manage(principal, a.person_id)
    convoke_slots: list[Slot] = []
    if manage and can_convoke(a):
        now = clock.now()
        candidates = [a.agenda] if principal.role == Role.ADMIN else agendas_for(principal)
        after = max(now + dt.timedelta(hours=1), convocation_window_start(a.person_id, now))  # only slots the convocation can reach in time
        for agenda in candidates:
            convoke_slots += free_slots(agenda, after=after, before=after + dt.timedelta(days=42))
        convoke_slots.sort(key=lambda s: s.start)
    return {
        "a": a, "history": wf.history(a), "manage": manage, "convoke_slots": convoke_slots[:200],
        "can_record": manage and a.state in UPCOMING_STATES, "started": a.slot_id is not None and a.slot.start <= clock.now(),
        "booking_url": booking_path(a) if a.state == "invited" else "", "can_convoke": manage and can_convoke(a),
    }


def _staff_purpose(principal: Principal, person_id: int) -> Purpose:
    allowed = people_perms.purposes_for(principal, person_id)
    for preferred in (Purpose.GUIDANCE, Purpose.ADMINISTRATION):
        if preferred in allowed:
            return preferred
    raise Forbidden(_("Uw rol geeft geen toegang tot afspraken."))


def record_proof_read(principal: Principal, a: Appointment) -> None:
    purpose = Purpose.OWN_DATA if perms.is_citizen(principal) else _staff_purpose(principal, a.person_id)
    record_access(principal.actor(), [a.person_id], "afspraak: bewijsstuk van afwezigheid", purpose, principal.channel)


def person_appointments(principal: Principal, person_id: int) -> list[Appointment]:
    if not perms.can_see(principal, person_id) or not (perms.is_citizen(principal) or perms.can_use_agenda(principal)):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    found = list(Appointment.objects.filter(person_id=person_id).select_related("slot", "agenda", "counsellor"))
    purpose = Purpose.OWN_DATA if perms.is_citizen(principal) else _staff_purpose(principal, person_id)
    record_access(principal.actor(), [person_id], "afspraken: soort, moment, toestand", purpose, principal.channel)
    return found


@dataclass
class CitizenItem:
    appointment: Appointment
    booking_url: str = ""
    can_move: bool = False
    can_unbook: bool = False
    needs_proof: bool = False
    ics_url: str = ""
    no_move: str = ""  # why an upcoming appointment cannot be moved online, and whom to contact


def citizen_overview(principal: Principal) -> dict:
    """The citizen's appointments for "Mijn afspraken": open invitations with their booking links, upcoming and past
    appointments, cancelled ones that would still have been to come, and missed ones that still need a proof. Logged as a look at their own data."""
    if not perms.is_citizen(principal):
        return {"open": [], "upcoming": [], "past": [], "cancelled": [], "proof": [], "has_any": False}
    person_id = principal.user.person_id
    now = clock.now()
    today = local(now).date()
    rows = list(Appointment.objects.filter(person_id=person_id).select_related("slot", "agenda", "counsellor").order_by("-invited_at", "-id")[:100])
    opened, upcoming, past, cancelled, proof = [], [], [], [], []
    for a in rows:
        item = CitizenItem(a, ics_url=reverse("appointment_ics", args=[a.pk]) if a.slot_id and a.state in UPCOMING_STATES else "")
        if a.state == "invited" and link_open(a, today):
            item.booking_url = booking_path(a)
            opened.append(item)
        elif a.state in UPCOMING_STATES and a.slot.start > now:
            item.can_move = can_move(a, now)
            item.can_unbook = item.can_move and a.link_expires_on is not None and a.link_expires_on >= today
            item.booking_url = booking_path(a) if item.can_move else ""
            if not item.can_move:
                item.no_move = _no_move(a)
            upcoming.append(item)
        elif a.state == "cancelled" and (a.slot_id is None or a.slot.start > now):
            cancelled.append(item)  # not a past appointment: one that will not take place (walk of stop 28)
        else:
            item.needs_proof = a.state == "no_show" and a.excuse_status in ("", ExcuseStatus.REFUSED)
            (proof if a.state == "no_show" and a.excuse_status != ExcuseStatus.ACCEPTED else past).append(item)
    upcoming.sort(key=lambda i: i.appointment.slot.start)
    if rows:
        record_access(principal.actor(), [person_id], "mijn afspraken: uitnodigingen, afspraken, aanwezigheid", Purpose.OWN_DATA, principal.channel)
    return {"open": opened, "upcoming": upcoming, "past": past, "cancelled": cancelled, "proof": proof, "has_any": bool(rows)}


def _no_move(a: Appointment) -> str:
    """Why the citizen cannot move this appointment online any more, and whom to contact (walk of stop 29: inside the
    cut-off "Verplaatsen" disappeared without a word)."""
    from .common import move_cutoff

    who = (a.counsellor.get_full_name() or a.counsellor.username) if a.counsellor_id else a.agenda.name
    if a.state == "convoked":
        return _("Dit is een oproeping voor een vast moment. Kunt u niet komen? Neem zo snel mogelijk contact op met %(who)s.") % {"who": who}
    return _("Online verplaatsen kan tot %(hours)s uur voor de afspraak. Kunt u niet komen? Neem zo snel mogelijk contact op met %(who)s.") % {
        "hours": int(move_cutoff(clock.today()).total_seconds() // 3600), "who": who}


@dataclass
class WeekRow:
    slot: Slot
    appointment: Appointment | None
    person_visible: bool


@dataclass
class AgendaWeek:
    agenda: Agenda
    agendas: list[Agenda]
    monday: dt.date
    rows: list[WeekRow]
    to_record: list[Appointment] = field(default_factory=list)
    to_convoke: list[Appointment] = field(default_factory=list)
    to_review: list[Appointment] = field(default_factory=list)
    invited: list[Appointment] = field(default_factory=list)


def week(principal: Principal, monday: dt.date | None = None, agenda_id: int | None = None) -> AgendaWeek:
    """The counsellor's week: every slot with who booked it, and the appointments that need an action (attendance to
    record, expired links to convoke, excuses to review). Persons shown are logged (guidance)."""
    check_day(monday, "week")
    agenda = _agenda(principal, agenda_id)
    monday = monday or clock.today()
    monday = monday - dt.timedelta(days=monday.weekday())
    start = dt.datetime.combine(monday, dt.time(0), clock.BRUSSELS)
    slots = list(Slot.objects.filter(agenda=agenda, withdrawn_at__isnull=True, start__gte=start, start__lt=start + dt.timedelta(days=7)).order_by("start"))
    holding = {a.slot_id: a for a in Appointment.objects.filter(slot__in=slots, state__in=HOLDING_STATES).select_related("person")}
    visible = set(people_perms.visible_persons(principal).filter(pk__in={a.person_id for a in holding.values()}).values_list("pk", flat=True))
    rows = [WeekRow(s, holding.get(s.pk), holding.get(s.pk) is not None and holding[s.pk].person_id in visible) for s in slots]
    mine = Appointment.objects.filter(Q(agenda=agenda) | Q(counsellor=principal.user)).filter(
        person__in=people_perms.visible_persons(principal)).select_related("person", "slot")
    now = clock.now()
    result = AgendaWeek(agenda, agendas_for(principal), monday, rows,
                        to_record=list(mine.filter(state__in=UPCOMING_STATES, slot__start__lte=now).order_by("slot__start")[:100]),
                        to_convoke=list(mine.filter(state="expired").order_by("link_expires_on")[:100]),
                        to_review=list(mine.filter(state="no_show", excuse_status=ExcuseStatus.PENDING).order_by("deadline")[:100]),
                        invited=list(mine.filter(state="invited").order_by("link_expires_on")[:100]))
    shown = {r.appointment.person_id for r in rows if r.person_visible}
    for group in (result.to_record, result.to_convoke, result.to_review, result.invited):
        shown |= {a.person_id for a in group}
    if shown:
        purpose = Purpose.GUIDANCE if principal.role == Role.COUNSELLOR else Purpose.ADMINISTRATION
        record_access(principal.actor(), sorted(shown), "agenda: naam, soort en moment van de afspraak", purpose, principal.channel)
    return result
