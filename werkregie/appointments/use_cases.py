"""Use cases of appointments: agendas and slots, invitations with a signed booking link, booking and moving, the
convocation to a fixed slot, attendance and excuses, referral to the control service, the citizen's overview, the
counsellor's week and the KPIs. Every state change goes through werkregie.workflows.services; every read of personal
data is logged here."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections import defaultdict
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.people.models import Person
from werkregie.workflows import deadlines
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.labels import coded
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import PLATFORM, Who

from . import perms
from .agendas import MAX_YEARS_AWAY, Series, _agenda, _held, agendas_for, check_day, free_slots, office_agenda, own_agenda, publish_series, withdraw_slot  # noqa: F401

# re-exported: callers use werkregie.appointments.use_cases for every use case of the domain
from .common import (  # noqa: F401
    MAX_SERIES_DAYS,
    MAX_SERIES_SLOTS,
    MIN_CELL,
    OFFICE_KINDS,
    PARAMETERS,
    SIGNER_SALT,
    booking_path,
    booking_token,
    can_convoke,
    can_move,
    convocation_window_start,
    date_text,
    earliest_convocation_day,
    from_token,
    horizon,
    hours_text,
    is_mandatory,
    link_open,
    link_reminder_on,
    local,
    move_cutoff,
    outside_hours,
    proof_due,
    public_url,
    when_text,
)
from .enums import HOLDING_STATES, UPCOMING_STATES, AppointmentKind, ExcuseStatus, Mode, Outcome
from .figures import kpis  # noqa: F401
from .models import Appointment, Slot
from .reads import AgendaWeek, CitizenItem, WeekRow, _staff_purpose, appointment_detail, citizen_overview, person_appointments, record_proof_read, week  # noqa: F401

# --- messages --------------------------------------------------------------------------------------------------------

log = logging.getLogger(__name__)


def _move_refusal() -> str:
    return _("Online verplaatsen kan tot %(hours)s uur voor de afspraak; die grens is voorbij. Neem contact op met uw bemiddelaar.") % {
        "hours": int(move_cutoff(clock.today()).total_seconds() // 3600)}


def _context(a: Appointment, key: str) -> dict:
    """The placeholders of a message, with the labels in the language the outbox will write the message in."""
    from django.utils import translation

    from werkregie.messaging import channels, templates

    person = a.person
    slot = a.slot
    language = channels.language_for(person, templates.get(key).legal)[0]
    with translation.override(language):
        kind, mode = str(a.get_kind_display()), str(Mode(slot.mode).label) if slot else ""
        place = _place_line(slot, a.agenda.address)
        # an invitation cancelled before a moment was chosen (attack of stop 27: "(Opvolgingsgesprek)  is geannuleerd")
        unset = str(_("waarvoor u nog geen moment koos")) if slot is None and key == "appointment.cancelled" else ""
    return {
        "name": f"{person.first_name} {person.last_name}",
        "kind": kind,
        "when": local(slot.start) if slot else unset,
        "mode": mode,
        "place": place,
        "link": public_url(booking_path(a)),
        "expires": a.link_expires_on or "",
        "proof_due": a.proof_due_on or "",
        "counsellor": (a.counsellor.get_full_name() or a.counsellor.username) if a.counsellor_id else a.agenda.name,
        "note": a.note,
        # the same dated parameter that refuses a later move (can_move): the letter never promises another number
        "move_hours": int(move_cutoff(clock.today()).total_seconds() // 3600),
    }


def _place_line(slot: Slot | None, agenda_address: str) -> str:
    """Where the meeting is, as a sentence of the letter: the address for a meeting at the office, the link for a video
    call, nothing for a phone call (the counsellor calls)."""
    if slot is None or slot.mode == Mode.PHONE:
        return ""
    where = slot.location or agenda_address
    if not where:
        return ""
    if slot.mode == Mode.VIDEO:
        return _("Link voor het videogesprek: %(link)s") % {"link": where}
    return _("Adres: %(address)s.") % {"address": where}


def _send(a: Appointment, key: str, dedupe: str, who: Who | None = None):  # noqa: ANN202 - a messaging.Message
    from werkregie.messaging import outbox

    return outbox.send(a.person_id, key, _context(a, key), who=who, related=("appointment", a.pk), dedupe_key=f"appointment:{a.pk}:{dedupe}")


def _task(key: str, a: Appointment, kind: str, due_on: dt.date, title: str, detail: str = "") -> None:
    from werkregie.worklist.services import upsert_task

    upsert_task(key, person_id=a.person_id, kind=kind, due_on=due_on, title=title, url=reverse("appointment_detail", args=[a.pk]),
                detail=detail, source="appointments")


def _close(key: str, reason: str = "", by: Principal | None = None) -> None:
    from werkregie.worklist.services import close_task

    close_task(key, reason, by_user_id=by.user.pk if by else None)


# --- invitation, booking, moving -------------------------------------------------------------------------------------


def invite(principal: Principal, person_id: int, kind: str, *, agenda_id: int | None = None, note: str = "") -> Appointment:
    """Invite a person to a conversation: an appointment in "invited" with a booking link valid for the dated
    number of days, sent through the outbox."""
    if not perms.can_manage(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    if kind not in AppointmentKind.values:
        raise InvalidInput(_("Onbekende soort gesprek."), [FieldError("kind", _("Kies een soort gesprek."))])
    if len(note or "") > 1000:
        raise InvalidInput(_("De toelichting is te lang."), [FieldError("note", _("Hoogstens 1000 tekens."))])
    agenda = _agenda(principal, agenda_id)
    person = Person.objects.get(pk=person_id)
    today = clock.today()
    # one running invitation per kind (walk of stop 28: a second "Infosessie" gave the citizen two cards)
    running = Appointment.objects.filter(person_id=person_id, kind=kind).filter(
        Q(state="invited", link_expires_on__gte=today) | Q(state__in=UPCOMING_STATES)).order_by("-pk").first()
    if running is not None:
        message = _("Er loopt al een uitnodiging voor dit soort gesprek (%(state)s): bekijk of verplaats die.") % {"state": running.state_label}
        raise Conflict(message, [FieldError("kind", message)], existing_id=running.pk)
    expires = deadlines.term_end("booking_link_validity", today)
    office = _office_of(agenda.office or (principal.user.organisation if principal.user.organisation_id else None))
    with transaction.atomic():
        a = wf.create(Appointment, Who.of(principal), deadline=expires, person=person, kind=kind, mandatory=is_mandatory(kind, today),
                      agenda=agenda, counsellor=principal.user if principal.role == Role.COUNSELLOR else None, office=office,
                      municipality_id=person.municipality_id, note=note or "", invited_at=clock.now(), link_expires_on=expires,
                      link_nonce=secrets.token_urlsafe(18))
        _send(a, "appointment.invitation", "invitation", Who.of(principal))
    return a


def _office_of(org: Organisation | None) -> Organisation | None:
    """The VDAB office above a team (the KPIs are per office); the team itself when it hangs under no office."""
    found = org
    while found is not None and found.kind != OrganisationKind.VDAB_OFFICE and found.parent_id:
        found = found.parent
    return found if found is not None and found.kind == OrganisationKind.VDAB_OFFICE else org


def _citizen_appointment(principal: Principal, token: str) -> Appointment:
    a = from_token(token)
    if not perms.is_citizen(principal) or principal.user.person_id != a.person_id:
        raise Forbidden(_("Deze uitnodiging is voor iemand anders. Meld u aan met uw eigen account."))
    return a


@dataclass
class BookingView:
    appointment: Appointment
    token: str
    can_book: bool
    can_move: bool
    slots: list[Slot]
    by_day: list[tuple[dt.date, list[Slot]]]
    modes: list[tuple[str, str]]
    message: str = ""


def booking_view(principal: Principal, token: str, mode: str | None = None) -> BookingView:
    a = _citizen_appointment(principal, token)
    now = clock.now()
    book, move = link_open(a), can_move(a, now)
    slots: list[Slot] = []
    if book or move:
        after, before = booking_window(now)
        slots = free_slots(a.agenda, after=after, before=before, mode=mode if mode in Mode.values else None)
    by_day: dict[dt.date, list[Slot]] = defaultdict(list)
    for s in slots:
        by_day[local(s.start).date()].append(s)
    message = ""
    if a.state == "invited" and not book:
        message = _("Deze link is verlopen. Uw bemiddelaar roept u op voor een vast moment.")
    elif a.state == "booked" and not move:
        message = _move_refusal()
    elif a.state not in ("invited", "booked"):
        message = _("Deze uitnodiging is afgehandeld (%(state)s).") % {"state": a.state_label}
    record_access(principal.actor(), [a.person_id], "afspraak: uitnodiging en vrije momenten", Purpose.OWN_DATA, principal.channel)
    return BookingView(a, token, book, move, slots, sorted(by_day.items()), list(Mode.choices), message)


def book(principal: Principal, token: str, slot_id: int, expected_version: int | None = None) -> Appointment:
    """The citizen books (or moves to) a free slot of the invitation's agenda."""
    a = _citizen_appointment(principal, token)
    return _book(a, slot_id, Who.of(principal), expected_version, citizen=True)


def book_for(principal: Principal, appointment_id: int, slot_id: int, expected_version: int | None = None) -> Appointment:
    """A counsellor books or moves on the person's behalf (e.g. on the phone)."""
    a = _managed(principal, appointment_id)
    return _book(a, slot_id, Who.of(principal), expected_version, citizen=False)


BOOKING_LEAD = dt.timedelta(hours=1)  # the booking page offers no slot that starts within the hour


def booking_window(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The slots a citizen may choose: after the lead time, before the booking horizon (exactly what the page offers)."""
    return now + BOOKING_LEAD, now + horizon(now.date())


def _free_slot(agenda_ids: list[int], slot_id: int, now: dt.datetime, *, window: bool = False) -> Slot:
    slot = Slot.objects.select_for_update().filter(pk=slot_id, agenda_id__in=agenda_ids, withdrawn_at__isnull=True).first()
    if slot is None:
        raise InvalidInput(_("Kies een vrij moment uit de lijst."), [FieldError("slot", _("Kies een vrij moment uit de lijst."))])
    if slot.start <= now:
        raise InvalidInput(_("Dit moment ligt in het verleden."), [FieldError("slot", _("Dit moment ligt in het verleden."))])
    if outside_hours(slot.start, slot.end, slot.mode):  # published before the opening hours existed (attack of stop 29)
        message = _("Het moment van %(when)s valt buiten de uren voor een gesprek. %(hours)s") % {
            "when": when_text(slot.start), "hours": hours_text(slot.mode, local(slot.start).date())}
        raise InvalidInput(message, [FieldError("slot", message)])
    if window:
        after, before = booking_window(now)
        if not after < slot.start < before:
            message = _("Het moment van %(when)s kan niet online gekozen worden: kies een moment uit de lijst.") % {"when": when_text(slot.start)}
            raise InvalidInput(message, [FieldError("slot", message)])
    if Appointment.objects.filter(slot=slot, state__in=HOLDING_STATES).exists():
        raise Conflict(_("Dit moment is intussen door iemand anders gekozen. Kies een ander moment."), [FieldError("slot", _("Niet meer vrij."))])
    return slot


def _book(a: Appointment, slot_id: int, who: Who, expected_version: int | None, citizen: bool) -> Appointment:
    now = clock.now()
    if a.state == "invited":
        if citizen and not link_open(a, now.astimezone(clock.BRUSSELS).date()):
            raise Conflict(_("Deze link is verlopen. Uw bemiddelaar roept u op voor een vast moment."))
        name = "book"
    elif a.state == "booked":
        if citizen and not can_move(a, now):
            raise Conflict(_move_refusal())
        name = "move"
    else:
        raise Conflict(_("Deze uitnodiging is afgehandeld (%(state)s).") % {"state": a.state_label})
    try:
        with transaction.atomic():
            slot = _free_slot([a.agenda_id], int(slot_id), now, window=citizen)
            a = wf.transition(a, name, who, expected_version=expected_version, deadline=local(slot.start).date(),
                              fields={"slot": slot, "mode": slot.mode}, data={"slot": slot.pk, "start": slot.start.isoformat()})
            a = Appointment.objects.select_related("person", "slot", "agenda", "counsellor").get(pk=a.pk)
            _send(a, "appointment.booked", f"booked:{slot.pk}", who)
    except IntegrityError:
        raise Conflict(_("Dit moment is intussen door iemand anders gekozen. Kies een ander moment."), [FieldError("slot", _("Niet meer vrij."))]) from None
    return a


def unbook(principal: Principal, appointment_id: int, expected_version: int | None = None) -> Appointment:
    """The citizen gives the booked moment back (until the cut-off) and chooses another one with the same link."""
    a = Appointment.objects.select_related("slot", "person", "agenda").filter(pk=appointment_id).first()
    if a is not None and not perms.is_citizen(principal) and perms.can_see(principal, a.person_id):
        # staff who can read the appointment hear why, not "no such appointment" (attack of stop 29)
        raise Forbidden(_("Enkel de burger zelf geeft een geboekt moment vrij. Als bemiddelaar verplaatst u de afspraak naar een ander moment "
                          "of annuleert u ze."))
    if a is None or not perms.is_citizen(principal) or principal.user.person_id != a.person_id:
        raise NotFound(_("Geen afspraak met dit nummer."))
    if not can_move(a):
        raise Conflict(_("Deze afspraak kan niet meer online geannuleerd worden. Neem contact op met uw bemiddelaar."))
    if a.link_expires_on is None or a.link_expires_on < clock.today():
        raise Conflict(_("De termijn om zelf een moment te kiezen is voorbij. Verplaats de afspraak naar een ander moment, of neem contact op met uw "
                         "bemiddelaar."))
    return wf.transition(a, "unbook", Who.of(principal), expected_version=expected_version, deadline=a.link_expires_on, fields={"slot": None, "mode": ""})


# --- the counsellor's actions ----------------------------------------------------------------------------------------


def _managed(principal: Principal, appointment_id: int) -> Appointment:
    a = Appointment.objects.select_related("slot", "person", "agenda", "counsellor").filter(pk=appointment_id).first()
    if a is None or not perms.can_manage(principal, a.person_id):
        raise NotFound(_("Geen afspraak met dit nummer binnen uw toegang."))
    return a


def convoke(principal: Principal, appointment_id: int, slot_id: int, expected_version: int | None = None) -> Appointment:
    """Convoke the person to a fixed slot of one of the counsellor's agendas (a legal message)."""
    a = _managed(principal, appointment_id)
    if not can_convoke(a):
        raise Conflict(_convoke_refusal(a))
    who = Who.of(principal)
    now = clock.now()
    try:
        with transaction.atomic():
            slot = _free_slot([g.pk for g in agendas_for(principal)], int(slot_id), now)
            if slot.start < (earliest := convocation_window_start(a.person_id, now)):
                message = _("De oproeping geldt pas later als ontvangen: kies een moment vanaf %(day)s.") % {"day": date_text(earliest.date())}
                raise InvalidInput(message, [FieldError("slot", message)])
            a = wf.transition(a, "convoke", who, expected_version=expected_version, deadline=local(slot.start).date(),
                              fields={"slot": slot, "mode": slot.mode, "agenda": slot.agenda}, data={"slot": slot.pk, "start": slot.start.isoformat()})
            a = Appointment.objects.select_related("person", "slot", "agenda", "counsellor").get(pk=a.pk)
            _send(a, "appointment.convocation", f"convocation:{slot.pk}", who)
            _close(f"appointment:{a.pk}:convoke", "opgeroepen", principal)
    except IntegrityError:
        raise Conflict(_("Dit moment is intussen door iemand anders gekozen. Kies een ander moment."), [FieldError("slot", _("Niet meer vrij."))]) from None
    return a


def _convoke_refusal(a: Appointment) -> str:
    """Why this appointment cannot be convoked, said for its state (attack of stop 29: an appointment already convoked
    or attended was told that the person "can still choose" with a link "valid until" a past date)."""
    when = when_text(a.slot.start) if a.slot_id else ""
    if a.state == "invited":
        return _("De persoon kan nog zelf een moment kiezen: de link is geldig tot en met %(day)s. Oproepen kan pas daarna.") % {
            "day": date_text(a.link_expires_on)}
    if a.state == "booked":
        return _("De persoon koos al een moment: %(when)s. Verplaats of annuleer die afspraak in plaats van op te roepen.") % {"when": when}
    if a.state == "convoked":
        return _("Deze afspraak is al opgeroepen voor %(when)s. Verplaats of annuleer die oproeping.") % {"when": when}
    if a.state == "cancelled":
        return _("Deze afspraak is geannuleerd. Nodig de persoon opnieuw uit.")
    if when:
        return _("Deze afspraak is al voorbij: %(when)s (%(state)s). Nodig de persoon opnieuw uit voor een nieuw gesprek.") % {
            "when": when, "state": a.state_label}
    return _("Deze afspraak is afgehandeld (%(state)s). Nodig de persoon opnieuw uit voor een nieuw gesprek.") % {"state": a.state_label}


def record_attendance(principal: Principal, appointment_id: int, outcome: str, *, reason: str = "", proof=None,  # noqa: ANN001
                      expected_version: int | None = None) -> Appointment:
    """Came, excused (reason, proof optional) or did not come. A no-show of a mandatory kind starts the term to
    prove a valid reason (3 working days after the appointment)."""
    a = _managed(principal, appointment_id)
    if outcome not in Outcome.values:
        raise InvalidInput(_("Kies wat er gebeurde."), [FieldError("outcome", _("Kies: aanwezig, verontschuldigd of niet gekomen."))])
    if a.state not in UPCOMING_STATES:
        raise Conflict(_("De aanwezigheid is al geregistreerd of de afspraak is niet gepland (%(state)s).") % {"state": a.state_label})
    now = clock.now()
    if outcome != Outcome.EXCUSED and a.slot.start > now:
        raise InvalidInput(_("De afspraak heeft nog niet plaatsgevonden."), [FieldError("outcome", _("Registreer dit na het gesprek."))])
    who = Who.of(principal)
    fields: dict = {}
    deadline = None
    with transaction.atomic():
        if outcome == Outcome.EXCUSED:
            if proof is not None:
                from werkregie.core import uploads

                fields["proof_file_id"] = uploads.store(proof, person_id=a.person_id, field="proof", uploaded_by=principal.user).pk
            fields.update(excuse_reason=reason.strip(), excuse_status=ExcuseStatus.ACCEPTED)
        if outcome == Outcome.NO_SHOW and a.mandatory:
            deadline = proof_due(local(a.slot.start).date())
            fields["proof_due_on"] = deadline
        elif outcome == Outcome.NO_SHOW:
            fields["deadline"] = None  # nothing runs: the kind is not sanctionable
        a = wf.transition(a, outcome, who, reason=reason, expected_version=expected_version, deadline=deadline, fields=fields)
        _close(f"appointment:{a.pk}:attendance", "geregistreerd", principal)
        if outcome == Outcome.NO_SHOW and a.mandatory:
            a = Appointment.objects.select_related("person", "slot", "agenda", "counsellor").get(pk=a.pk)
            _send(a, "appointment.no_show", "no_show", who)
    return a


def submit_excuse(principal: Principal, appointment_id: int, reason: str, proof, expected_version: int | None = None) -> Appointment:  # noqa: ANN001
    """After a no-show, the person (or the counsellor for them) gives the reason and uploads the proof."""
    a = Appointment.objects.select_related("slot", "person").filter(pk=appointment_id).first()
    if a is None or not (perms.can_see(principal, a.person_id) and (perms.is_citizen(principal) or perms.can_manage(principal, a.person_id))):
        raise NotFound(_("Geen afspraak met dit nummer."))
    if a.state != "no_show":
        raise Conflict(_("Voor deze afspraak is geen bewijs nodig (%(state)s).") % {"state": a.state_label})
    errors = []
    if len((reason or "").strip()) < 5:
        errors.append(FieldError("reason", _("Geef de reden van uw afwezigheid (minstens 5 tekens).")))
    elif len(reason.strip()) > 2000:  # refused, never cut (attack of stop 27)
        errors.append(FieldError("reason", _("Hoogstens %(n)s tekens.") % {"n": 2000}))
    if proof is None:
        errors.append(FieldError("proof", _("Laad een bewijsstuk op (PDF, JPEG of PNG).")))
    if errors:
        raise InvalidInput(_("Het bewijs is niet verstuurd: controleer de gemarkeerde velden."), errors)
    from werkregie.core import uploads

    with transaction.atomic():
        current = Appointment.objects.select_for_update().get(pk=a.pk)
        wf.check_version(current, expected_version)
        if current.excuse_status == ExcuseStatus.ACCEPTED:
            raise Conflict(_("Uw verontschuldiging is al aanvaard."))
        stored = uploads.store(proof, person_id=a.person_id, field="proof", uploaded_by=principal.user)
        # every submission is kept (a resubmission never erases an earlier reason or proof)
        entry = {"at": clock.now().isoformat(), "reason": reason.strip()[:2000], "proof_file_id": stored.pk, "by": principal.user.pk,
                 "replaces": current.proof_file_id}
        current.excuse_history = [*(current.excuse_history or []), entry]
        current.excuse_reason, current.excuse_status, current.proof_file_id = reason.strip()[:2000], ExcuseStatus.PENDING, stored.pk
        current.version += 1
        current.save(update_fields=["excuse_reason", "excuse_status", "proof_file_id", "excuse_history", "version"])
        log.info("appointment %s: excuse %s submitted (proof file %s, earlier proof %s kept)", a.pk, len(current.excuse_history), stored.pk,
                 entry["replaces"])
        from werkregie.worklist.enums import TaskKind

        _task(f"appointment:{a.pk}:excuse", current, TaskKind.EVIDENCE_TO_REVIEW, clock.today() + dt.timedelta(days=2),
              coded(R.EXCUSE_REVIEW), reason.strip()[:300])
    return current


def review_excuse(principal: Principal, appointment_id: int, accept: bool, reason: str, expected_version: int | None = None) -> Appointment:
    """Accept the excuse (→ excused) or refuse it (stays a no-show; after the term the case goes to the control service)."""
    a = _managed(principal, appointment_id)
    if a.state != "no_show":
        raise Conflict(_("Er is geen verontschuldiging te beoordelen (%(state)s).") % {"state": a.state_label})
    if a.excuse_status != ExcuseStatus.PENDING:
        # walk of stop 29: judging an excuse nobody sent; one received on paper is recorded first (submit_excuse)
        raise Conflict(_("Er is nog geen verontschuldiging met bewijs ingediend om te beoordelen. Kreeg u die op papier, registreer ze dan "
                         "eerst als ontvangen."))
    who = Who.of(principal)
    with transaction.atomic():
        if accept:
            a = wf.transition(a, "accept_excuse", who, reason=reason, expected_version=expected_version, fields={"excuse_status": ExcuseStatus.ACCEPTED})
        else:
            if len((reason or "").strip()) < 5:
                raise InvalidInput(_("Geef een reden op (minstens 5 tekens)."), [FieldError("reason", _("Geef een reden op (minstens 5 tekens)."))])
            current = Appointment.objects.select_for_update().get(pk=a.pk)
            wf.check_version(current, expected_version)
            current.excuse_status = ExcuseStatus.REFUSED
            current.excuse_reason = (current.excuse_reason + "\n" + _("Geweigerd: %(reason)s") % {"reason": reason.strip()}).strip()[:4000]
            current.version += 1
            current.save(update_fields=["excuse_status", "excuse_reason", "version"])
            a = current
        _close(f"appointment:{a.pk}:excuse", "beoordeeld", principal)
        if not accept and a.mandatory and a.deadline and a.deadline < clock.today():
            a = refer(a.pk, who)
    return a


def cancel(principal: Principal, appointment_id: int, reason: str, expected_version: int | None = None) -> Appointment:
    a = _managed(principal, appointment_id)
    who = Who.of(principal)
    with transaction.atomic():
        a = wf.transition(a, "cancel", who, reason=reason, expected_version=expected_version)
        a = Appointment.objects.select_related("person", "slot", "agenda", "counsellor").get(pk=a.pk)
        _send(a, "appointment.cancelled", "cancelled", who)
        for what in ("convoke", "attendance", "excuse"):
            _close(f"appointment:{a.pk}:{what}", "geannuleerd", principal)
    return a


def refer(appointment_id: int, who: Who = PLATFORM) -> Appointment:
    """A mandatory appointment missed without an accepted excuse after the proof term: open the compliance case
    (idempotent by source) and mark the appointment referred, in one atomic step."""
    from werkregie.compliance import services as compliance

    with transaction.atomic():
        a = Appointment.objects.select_for_update(of=("self",)).select_related("slot", "agenda", "counsellor").get(pk=appointment_id)
        if a.state != "no_show":
            return a
        facts = {
            "occurred_on": local(a.slot.start).date().isoformat() if a.slot_id else clock.today().isoformat(),
            "summary": _("Niet gekomen op %(kind)s van %(when)s zonder aanvaarde geldige reden") % {"kind": a.get_kind_display(), "when": when_text(a.start)},
            "appointment_id": a.pk, "kind": a.kind, "kind_label": str(a.get_kind_display()), "mandatory": a.mandatory,
            "start": a.slot.start.isoformat() if a.slot_id else None, "mode": a.mode, "invited_at": a.invited_at.isoformat(),
            "convoked": TransitionLog.objects.filter(workflow="appointment", object_id=a.pk, transition="convoke").exists(),
            "proof_due_on": a.proof_due_on.isoformat() if a.proof_due_on else None, "excuse_status": a.excuse_status or "none",
            "excuse_reason": a.excuse_reason, "counsellor": a.counsellor.label if a.counsellor_id else "",
        }
        case = compliance.open_case(a.person_id, "missed_appointment", facts=facts, source=("appointment", a.pk), who=who)
        a = wf.transition(a, "refer", who, reason=coded(R.REFERRED),
                          fields={"compliance_case_id": case.pk}, data={"case": case.pk})
    return a
