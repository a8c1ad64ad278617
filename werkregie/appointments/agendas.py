"""Agendas and slots: whose agenda, publishing a series of slots, withdrawing one, the free slots."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.text import one_line_problem
from werkregie.core.workdays import is_working_day
from werkregie.organisations.models import Organisation

from . import perms
from .common import MAX_SERIES_DAYS, MAX_SERIES_SLOTS, OFFICE_KINDS, hours_text, outside_hours, slot_hours
from .enums import HOLDING_STATES, Mode
from .models import Agenda, Appointment, Slot

# --- agendas and slots -----------------------------------------------------------------------------------------------


def own_agenda(user) -> Agenda:  # noqa: ANN001
    agenda = Agenda.objects.filter(owner=user).first()
    if agenda is None:
        # an address, never the team's name: it is printed on invitations to the office and in their calendar file
        address = user.organisation.visiting_address_or_office() if user.organisation_id else ""
        agenda, _created = Agenda.objects.get_or_create(owner=user, defaults={"name": user.get_full_name() or user.username, "address": address})
    return agenda


def office_agenda(organisation: Organisation) -> Agenda:
    agenda, _created = Agenda.objects.get_or_create(office=organisation, defaults={"name": organisation.name, "address": organisation.visiting_address_or_office()})
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
    else:
        # opening hours (a dated parameter), on working days only (attack of stop 29: slots at 03:00 and on Sundays)
        low, high = slot_hours(series.mode, series.first_day)
        if series.start_time < low:
            errors.append(FieldError("start_time", _("Te vroeg. %(hours)s") % {"hours": hours_text(series.mode, series.first_day)}))
        if series.end_time > high:
            errors.append(FieldError("end_time", _("Te laat. %(hours)s") % {"hours": hours_text(series.mode, series.first_day)}))
        if any(d in (5, 6) for d in series.weekdays or []):
            errors.append(FieldError("weekdays", _("Kies enkel weekdagen van maandag tot vrijdag. %(hours)s") % {
                "hours": hours_text(series.mode, series.first_day)}))
    if series.mode == Mode.IN_PERSON and not (series.location or agenda.address):
        errors.append(FieldError("location", _("Geef het adres van het gesprek op.")))
    elif series.location and one_line_problem(series.location):  # slots are bulk-created: the model's guard does not see them
        errors.append(FieldError("location", one_line_problem(series.location)))
    if errors:
        raise InvalidInput(_("De momenten zijn niet gepubliceerd: controleer de gemarkeerde velden."), errors)
    location = series.location or (agenda.address if series.mode == Mode.IN_PERSON else "")
    tag = secrets.token_hex(8)
    now = clock.now()
    slots: list[Slot] = []
    day = series.first_day
    length = dt.timedelta(minutes=series.minutes)
    while day <= series.last_day:
        if day.weekday() in series.weekdays and is_working_day(day):
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
    if series.mode == Mode.IN_PERSON and series.location and not agenda.address:
        # an agenda whose office has no known address keeps the first one its counsellor gives: the next publication
        # at the office needs no address typed again, and letters never fall back to a team's name
        Agenda.objects.filter(pk=agenda.pk, address="").update(address=series.location[:300])
    return list(Slot.objects.filter(agenda=agenda, series=tag))


def withdraw_slot(principal: Principal, slot_id: int) -> Slot:
    with transaction.atomic():
        slot = Slot.objects.select_for_update().filter(pk=slot_id, agenda__in=agendas_for(principal)).first()
        if slot is None:
            raise NotFound(_("Geen moment met dit nummer in uw agenda."))
        if slot.start <= clock.now():  # walk of stop 29: "Intrekken" on free slots of a past day
            raise Conflict(_("Dit moment is al voorbij; een voorbij moment blijft in de agenda."))
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
    # a slot published before the opening hours existed (at night, at a weekend) is offered to no one
    return [s for s in qs.order_by("start")[:500] if not outside_hours(s.start, s.end, s.mode)]
