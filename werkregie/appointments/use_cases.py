"""Use cases of appointments: agendas and slots, invitations with a signed booking link, booking and moving, the
convocation to a fixed slot, attendance and excuses, referral to the control service, the citizen's overview, the
counsellor's week and the KPIs. Every state change goes through werkregie.workflows.services; every read of personal
data is logged here."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock, dated, suppression
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.workdays import is_working_day
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.people import perms as people_perms
from werkregie.people.models import Person
from werkregie.workflows import deadlines
from werkregie.workflows import services as wf
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import PLATFORM, Who

from . import perms
from .enums import HOLDING_STATES, UPCOMING_STATES, AppointmentKind, ExcuseStatus, Mode, Outcome
from .models import Agenda, Appointment, Slot

log = logging.getLogger(__name__)
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


# --- agendas and slots -----------------------------------------------------------------------------------------------


def own_agenda(user) -> Agenda:  # noqa: ANN001
    agenda = Agenda.objects.filter(owner=user).first()
    if agenda is None:
        address = user.organisation.name if user.organisation_id else ""
        agenda, _created = Agenda.objects.get_or_create(owner=user, defaults={"name": user.get_full_name() or user.username, "address": address})
    return agenda


def office_agenda(organisation: Organisation) -> Agenda:
    agenda, _created = Agenda.objects.get_or_create(office=organisation, defaults={"name": organisation.name, "address": organisation.name})
    return agenda


def agendas_for(principal: Principal) -> list[Agenda]:
    """The agendas a counsellor works in: their own, and those of their team and its office. An administrator: all."""
    if not perms.can_use_agenda(principal):
        raise Forbidden(_("Enkel een bemiddelaar werkt met een agenda."))
    user = principal.user
    if principal.role == Role.ADMIN:
        return list(Agenda.objects.select_related("owner", "office"))
    found = [own_agenda(user)]
    org = user.organisation
    while org is not None and org.kind in OFFICE_KINDS:
        found.append(office_agenda(org))
        org = org.parent
    return found


MAX_YEARS_AWAY = 100


def check_day(day: dt.date | None, name: str) -> dt.date | None:
    """A date the user gave: refused (naming the field) when it lies more than a century from today, so that no
    computation around it leaves the calendar (years 1 and 9999)."""
    if day is None:
        return None
    today = clock.today()
    if abs(day.year - today.year) > MAX_YEARS_AWAY:
        message = _("Kies een datum tussen %(low)s en %(high)s.") % {"low": today.year - MAX_YEARS_AWAY, "high": today.year + MAX_YEARS_AWAY}
        raise InvalidInput(message, [FieldError(name, message)])
    return day


def _agenda(principal: Principal, agenda_id: int | str | None) -> Agenda:
    mine = agendas_for(principal)
    if agenda_id in (None, ""):
        if not mine:
            raise NotFound(_("Er is nog geen agenda."))
        return mine[0]
    try:
        wanted = int(agenda_id)
    except (TypeError, ValueError):
        raise InvalidInput(_("Het agendanummer is geen getal."), [FieldError("agenda", _("Het agendanummer is geen getal."))]) from None
    for agenda in mine:
        if agenda.pk == wanted:
            return agenda
    raise NotFound(_("Geen agenda met dit nummer binnen uw toegang."))


@dataclass
class Series:
    agenda_id: int | None
    first_day: dt.date
    last_day: dt.date
    weekdays: list[int]
    start_time: dt.time
    end_time: dt.time
    minutes: int
    mode: str
    location: str = ""


def publish_series(principal: Principal, series: Series) -> list[Slot]:
    """Publish a series of slots: on each chosen weekday between two dates (Belgian public holidays skipped), from the
    start to the end time, one slot per `minutes`. Slots that already exist are kept, not doubled."""
    check_day(series.first_day, "first_day")
    check_day(series.last_day, "last_day")
    agenda = _agenda(principal, series.agenda_id)
    today = clock.today()
    errors = []
    if series.first_day < today:
        errors.append(FieldError("first_day", _("De eerste dag ligt in het verleden.")))
    if series.last_day < series.first_day:
        errors.append(FieldError("last_day", _("De laatste dag ligt vóór de eerste dag.")))
    elif (series.last_day - series.first_day).days > MAX_SERIES_DAYS:
        errors.append(FieldError("last_day", _("Publiceer hoogstens %(n)s dagen tegelijk.") % {"n": MAX_SERIES_DAYS}))
    if not series.weekdays or any(d not in range(7) for d in series.weekdays):
        errors.append(FieldError("weekdays", _("Kies minstens één weekdag.")))
    if series.end_time <= series.start_time:
        errors.append(FieldError("end_time", _("Het einduur ligt niet na het beginuur.")))
    if not 10 <= series.minutes <= 240:
        errors.append(FieldError("minutes", _("Een gesprek duurt tussen 10 en 240 minuten.")))
    if series.mode not in Mode.values:
        errors.append(FieldError("mode", _("Kies een vorm: op kantoor, telefonisch of video.")))
    if series.mode == Mode.IN_PERSON and not (series.location or agenda.address):
        errors.append(FieldError("location", _("Geef het adres van het gesprek op.")))
    if errors:
        raise InvalidInput(_("De momenten zijn niet gepubliceerd: controleer de gemarkeerde velden."), errors)
    location = series.location or (agenda.address if series.mode == Mode.IN_PERSON else "")
    tag = secrets.token_hex(8)
    now = clock.now()
    slots: list[Slot] = []
    day = series.first_day
    length = dt.timedelta(minutes=series.minutes)
    while day <= series.last_day:
        if day.weekday() in series.weekdays and (day.weekday() >= 5 or is_working_day(day)):
            start = dt.datetime.combine(day, series.start_time, clock.BRUSSELS)
            stop = dt.datetime.combine(day, series.end_time, clock.BRUSSELS)
            while start + length <= stop:
                if start > now:
                    slots.append(Slot(agenda=agenda, start=start, end=start + length, mode=series.mode, location=location,
                                      created_by=principal.user, series=tag))
                start += length
        day += dt.timedelta(days=1)
    if len(slots) > MAX_SERIES_SLOTS:
        raise InvalidInput(_("Dat zijn te veel momenten tegelijk (%(n)s); hoogstens %(max)s.") % {"n": len(slots), "max": MAX_SERIES_SLOTS},
                           [FieldError("last_day", _("Kies een kortere periode of langere gesprekken."))])
    if not slots:
        raise InvalidInput(_("Deze keuze geeft geen enkel moment."), [FieldError("weekdays", _("Deze keuze geeft geen enkel moment."))])
    existing = set(Slot.objects.filter(agenda=agenda, start__in=[s.start for s in slots]).values_list("start", flat=True))
    new = [s for s in slots if s.start not in existing]
    Slot.objects.bulk_create(new, ignore_conflicts=True)
    return list(Slot.objects.filter(agenda=agenda, series=tag))


def withdraw_slot(principal: Principal, slot_id: int) -> Slot:
    with transaction.atomic():
        slot = Slot.objects.select_for_update().filter(pk=slot_id, agenda__in=agendas_for(principal)).first()
        if slot is None:
            raise NotFound(_("Geen moment met dit nummer in uw agenda."))
        if Appointment.objects.filter(slot=slot, state__in=HOLDING_STATES).exists():
            raise Conflict(_("Dit moment is geboekt; verplaats of annuleer eerst de afspraak."))
        slot.withdrawn_at = clock.now()
        slot.save(update_fields=["withdrawn_at"])
    return slot


def _held() -> Exists:
    return Exists(Appointment.objects.filter(slot=OuterRef("pk"), state__in=HOLDING_STATES))


def free_slots(agenda: Agenda, *, after: dt.datetime, before: dt.datetime, mode: str | None = None) -> list[Slot]:
    qs = Slot.objects.filter(agenda=agenda, withdrawn_at__isnull=True, start__gt=after, start__lt=before).exclude(_held())
    if mode:
        qs = qs.filter(mode=mode)
    return list(qs.order_by("start")[:500])


# --- messages --------------------------------------------------------------------------------------------------------


def _context(a: Appointment, key: str) -> dict:
    """The placeholders of a message, with the labels in the language the outbox will write the message in."""
    from django.utils import translation

    from werkregie.messaging import channels, templates

    person = a.person
    slot = a.slot
    language = channels.language_for(person, templates.get(key).legal)[0]
    with translation.override(language):
        kind, mode = str(a.get_kind_display()), str(Mode(slot.mode).label) if slot else ""
    return {
        "name": f"{person.first_name} {person.last_name}",
        "kind": kind,
        "when": local(slot.start) if slot else "",
        "mode": mode,
        "place": (slot.location or a.agenda.address) if slot and slot.mode != Mode.PHONE else "",
        "link": public_url(booking_path(a)),
        "expires": a.link_expires_on or "",
        "proof_due": a.proof_due_on or "",
        "counsellor": (a.counsellor.get_full_name() or a.counsellor.username) if a.counsellor_id else a.agenda.name,
        "note": a.note,
    }


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


def can_move(a: Appointment, now: dt.datetime | None = None) -> bool:
    now = now or clock.now()
    return a.state == "booked" and a.slot_id is not None and now < a.slot.start - move_cutoff(now.date())


def link_open(a: Appointment, today: dt.date | None = None) -> bool:
    return a.state == "invited" and a.link_expires_on is not None and (today or clock.today()) <= a.link_expires_on


def can_convoke(a: Appointment, today: dt.date | None = None) -> bool:
    """A convocation follows an invitation whose link expired unused (the sweep may not have marked it yet); never
    while the person can still choose a moment themselves."""
    return a.state == "expired" or (a.state == "invited" and not link_open(a, today))


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
        message = _("Deze afspraak kan niet meer online verplaatst worden. Neem contact op met uw bemiddelaar.")
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
            raise Conflict(_("Deze afspraak kan niet meer online verplaatst worden. Neem contact op met uw bemiddelaar."))
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
        raise Conflict(_("De persoon kan nog zelf een moment kiezen: de link is geldig tot en met %(day)s. Oproepen kan pas daarna.")
                       % {"day": date_text(a.link_expires_on)})
    who = Who.of(principal)
    now = clock.now()
    try:
        with transaction.atomic():
            slot = _free_slot([g.pk for g in agendas_for(principal)], int(slot_id), now)
            a = wf.transition(a, "convoke", who, expected_version=expected_version, deadline=local(slot.start).date(),
                              fields={"slot": slot, "mode": slot.mode, "agenda": slot.agenda}, data={"slot": slot.pk, "start": slot.start.isoformat()})
            a = Appointment.objects.select_related("person", "slot", "agenda", "counsellor").get(pk=a.pk)
            _send(a, "appointment.convocation", f"convocation:{slot.pk}", who)
            _close(f"appointment:{a.pk}:convoke", "opgeroepen", principal)
    except IntegrityError:
        raise Conflict(_("Dit moment is intussen door iemand anders gekozen. Kies een ander moment."), [FieldError("slot", _("Niet meer vrij."))]) from None
    return a


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
              _("Bewijs van afwezigheid beoordelen"), reason.strip()[:300])
    return current


def review_excuse(principal: Principal, appointment_id: int, accept: bool, reason: str, expected_version: int | None = None) -> Appointment:
    """Accept the excuse (→ excused) or refuse it (stays a no-show; after the term the case goes to the control service)."""
    a = _managed(principal, appointment_id)
    if a.state != "no_show":
        raise Conflict(_("Er is geen verontschuldiging te beoordelen (%(state)s).") % {"state": a.state_label})
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
        a = wf.transition(a, "refer", who, reason=_("Niet gekomen zonder aanvaarde geldige reden binnen de termijn"),
                          fields={"compliance_case_id": case.pk}, data={"case": case.pk})
    return a


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
        for agenda in candidates:
            convoke_slots += free_slots(agenda, after=now + dt.timedelta(hours=1), before=now + dt.timedelta(days=42))
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


def citizen_overview(principal: Principal) -> dict:
    """The citizen's appointments for "Mijn afspraken": open invitations with their booking links, upcoming and past
    appointments, and missed ones that still need a proof. Logged as a look at their own data."""
    if not perms.is_citizen(principal):
        return {"open": [], "upcoming": [], "past": [], "proof": [], "has_any": False}
    person_id = principal.user.person_id
    now = clock.now()
    today = local(now).date()
    rows = list(Appointment.objects.filter(person_id=person_id).select_related("slot", "agenda", "counsellor").order_by("-invited_at", "-id")[:100])
    opened, upcoming, past, proof = [], [], [], []
    for a in rows:
        item = CitizenItem(a, ics_url=reverse("appointment_ics", args=[a.pk]) if a.slot_id and a.state in UPCOMING_STATES else "")
        if a.state == "invited" and link_open(a, today):
            item.booking_url = booking_path(a)
            opened.append(item)
        elif a.state in UPCOMING_STATES and a.slot.start > now:
            item.can_move = can_move(a, now)
            item.can_unbook = item.can_move and a.link_expires_on is not None and a.link_expires_on >= today
            item.booking_url = booking_path(a) if item.can_move else ""
            upcoming.append(item)
        else:
            item.needs_proof = a.state == "no_show" and a.excuse_status in ("", ExcuseStatus.REFUSED)
            (proof if a.state == "no_show" and a.excuse_status != ExcuseStatus.ACCEPTED else past).append(item)
    upcoming.sort(key=lambda i: i.appointment.slot.start)
    if rows:
        record_access(principal.actor(), [person_id], "mijn afspraken: uitnodigingen, afspraken, aanwezigheid", Purpose.OWN_DATA, principal.channel)
    return {"open": opened, "upcoming": upcoming, "past": past, "proof": proof, "has_any": bool(rows)}


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


# --- KPIs ------------------------------------------------------------------------------------------------------------


def kpis(principal: Principal, since: dt.date | None = None, until: dt.date | None = None) -> dict:
    """No-show rate and days from invitation to appointment, per office and per municipality, from the transition
    log (the final outcome of each appointment: attended, excused, no-show; a referral counts as a no-show)."""
    if not perms.can_see_kpis(principal):
        raise Forbidden(_("Uw rol geeft geen toegang tot deze cijfers."))
    check_day(since, "since")
    check_day(until, "until")
    until = until or clock.today()
    since = since or until - dt.timedelta(days=365)
    lo = dt.datetime.combine(since, dt.time(0), clock.BRUSSELS)
    hi = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(0), clock.BRUSSELS)
    outcome: dict[int, str] = {}
    for object_id, to_state in TransitionLog.objects.filter(workflow="appointment", to_state__in=("attended", "excused", "no_show", "referred"),
                                                            at__gte=lo, at__lt=hi).order_by("at", "id").values_list("object_id", "to_state"):
        outcome[object_id] = "no_show" if to_state == "referred" else to_state
    invited = dict(TransitionLog.objects.filter(workflow="appointment", transition="create", object_id__in=list(outcome))
                   .values_list("object_id", "at"))
    facts = Appointment.objects.filter(pk__in=list(outcome)).values_list("pk", "office__name", "municipality__name_nl", "slot__start")
    groups: dict[str, dict[str, dict]] = {"office": defaultdict(lambda: {"ended": 0, "no_show": 0, "days": []}),
                                          "municipality": defaultdict(lambda: {"ended": 0, "no_show": 0, "days": []})}
    for pk, office, municipality, start in facts:
        for group, name in (("office", office or "—"), ("municipality", municipality or "—")):
            cell = groups[group][name]
            cell["ended"] += 1
            cell["no_show"] += outcome[pk] == "no_show"
            if start is not None and pk in invited:
                cell["days"].append((local(start).date() - local(invited[pk]).date()).days)

    # the platform's one small-cell rule on the group sizes: offices and municipalities are two breakdowns of the same
    # ended appointments, so a hidden group is never left recoverable from the other groups (complementary suppression)
    sizes = {group: {name: {"ended": cell["ended"]} for name, cell in cells.items()} for group, cells in groups.items()}
    _total, shown = suppression.suppress_breakdowns({"ended": sum(cell["ended"] for cell in groups["office"].values())}, sizes, ["ended"])

    def rows(group: str) -> list[dict]:
        out = []
        for name, cell in sorted(groups[group].items()):
            enough = shown[group][name]["ended"] is not None
            # a hidden group is suppressed entirely (count and derived figures): a small count can single out a person
            out.append({"name": name, "ended": cell["ended"] if enough else None, "no_show": cell["no_show"] if enough else None,
                        "no_show_rate": round(cell["no_show"] / cell["ended"], 3) if enough else None,
                        "days_median": statistics.median(cell["days"]) if enough and cell["days"] else None,
                        "days_mean": round(statistics.fmean(cell["days"]), 1) if enough and cell["days"] else None})
        return out

    return {"since": since, "until": until, "min_cell": suppression.threshold(), "offices": rows("office"), "municipalities": rows("municipality")}


def date_text(day: dt.date) -> str:
    return formats.date_format(day, "d/m/Y")
