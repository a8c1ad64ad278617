"""Demo data of appointments; called by `werkregie demo` after the population, accounts, screening and matching exist.
Idempotent: a second call adds nothing.

The demo counsellor (`bemiddelaar`) gets slots in the past four weeks and the coming two weeks; the demo citizen
(`burger`) gets an appointment in every state (an open invitation with its booking link, a booked one, an
expired → convoked one, attended, excused, and a no-show whose proof term is still open); the counsellor's caseload
gets invitations, bookings, expired links to convoke, attendance to record and a no-show referred to the control
service. Everything is made through the use cases with the clock moved back, so the transition log, the messages
and the KPIs tell a true history."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from django.db.models import Q

from werkregie.accounts.models import User
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.workdays import is_working_day
from werkregie.people.models import Person

from . import sweeps
from . import use_cases as uc
from .models import Appointment, Slot


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """That moment, but never later than now: a demo built at night must not hold messages created "this morning"
    that the task runner then sends before they were made."""
    return min(dt.datetime.combine(day, dt.time(hour, minute), clock.BRUSSELS), clock.now() - dt.timedelta(minutes=1))


def _working_day(day: dt.date, step: int) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=step)
    return day


FALLBACK_OFFICE_ADDRESS = "Kongostraat 7, 9000 Gent"


def _slot(agenda_id: int, after: dt.datetime) -> Slot:
    """The first free slot of the agenda from `after` on."""
    from .enums import HOLDING_STATES

    taken = Appointment.objects.filter(state__in=HOLDING_STATES, slot__isnull=False).values("slot_id")
    return Slot.objects.filter(agenda_id=agenda_id, start__gte=after, withdrawn_at__isnull=True).exclude(pk__in=taken).order_by("start").first()


def seed(progress: Callable[[int], None] | None = None) -> dict:
    counsellor = User.objects.filter(username="bemiddelaar").select_related("organisation").first()
    citizen = User.objects.filter(username="burger").first()
    if counsellor is None or citizen is None or citizen.person_id is None:
        return {"appointments": 0}
    if Appointment.objects.filter(counsellor=counsellor).exists():
        return {"appointments": 0}
    c = Principal.for_session(counsellor)
    me = Principal.for_session(citizen)
    today = clock.today()
    agenda = uc.own_agenda(counsellor)
    if not agenda.address:
        # the office's address; an office without one (a demo built without the offices' seed) gets a plausible one
        agenda.address = (counsellor.organisation.visiting_address_or_office() if counsellor.organisation_id else "") or FALLBACK_OFFICE_ADDRESS
        agenda.save(update_fields=["address"])
    every_day = [0, 1, 2, 3, 4]
    # slots: the past four weeks (published a month ago) and the coming two weeks
    with clock.travel_to(_at(today - dt.timedelta(days=30), 8)):
        uc.publish_series(c, uc.Series(agenda.pk, today - dt.timedelta(days=29), today - dt.timedelta(days=1), every_day, dt.time(9), dt.time(12), 30,
                                       "in_person"))
    with clock.travel_to(_at(today, 7)):
        uc.publish_series(c, uc.Series(agenda.pk, today + dt.timedelta(days=1), today + dt.timedelta(days=14), every_day, dt.time(9), dt.time(12), 30,
                                       "in_person"))
        uc.publish_series(c, uc.Series(agenda.pk, today + dt.timedelta(days=1), today + dt.timedelta(days=14), [1, 3], dt.time(13, 30), dt.time(16), 30,
                                       "phone"))
        uc.publish_series(c, uc.Series(agenda.pk, today + dt.timedelta(days=1), today + dt.timedelta(days=14), [2], dt.time(14), dt.time(16), 30, "video",
                                       "https://meet.vdab.be/bemiddelaar-de-smet"))
    made = 0

    def invite(person_id: int, kind: str, days_ago: int, note: str = "") -> Appointment:
        nonlocal made
        with clock.travel_to(_at(today - dt.timedelta(days=days_ago), 9, 15)):
            made += 1
            if progress:
                progress(1)
            return uc.invite(c, person_id, kind, agenda_id=agenda.pk, note=note)

    def book(a: Appointment, day: dt.date, by_citizen: bool, hour: int = 9) -> Appointment:
        slot = _slot(agenda.pk, _at(day, hour))
        booked_on = min(day - dt.timedelta(days=1), today)
        with clock.travel_to(_at(max(booked_on, uc.local(a.invited_at).date()), 8, 30)):
            if by_citizen:
                return uc.book(me, uc.booking_token(a), slot.pk)
            return uc.book_for(c, a.pk, slot.pk)

    def record(a: Appointment, outcome: str, reason: str = "") -> Appointment:
        with clock.travel_to(a.slot.start + dt.timedelta(hours=1) if outcome != "excuse" else a.slot.start - dt.timedelta(days=1)):
            return uc.record_attendance(c, a.pk, outcome, reason=reason)

    last_working = _working_day(today - dt.timedelta(days=1), -1)
    # the demo citizen: one appointment in every state, of the kinds that follow her sheet (her intake and screening
    # came months before, with the screening decision and the sheet: walk of issue 16 read an intake in November
    # after a sheet accepted in October; trajectories.demo)
    pid = citizen.person_id
    record(book(invite(pid, "follow_up", 27), _working_day(today - dt.timedelta(days=24), 1), True), "attend")
    record(book(invite(pid, "evaluation", 20), _working_day(today - dt.timedelta(days=14), 1), True), "excuse",
           "Sollicitatiegesprek bij Bouwbedrijf De Schelde NV op hetzelfde uur (uitnodiging van de werkgever voorgelegd)")
    record(book(invite(pid, "follow_up", 9), last_working, False, hour=10), "no_show")
    expired = invite(pid, "agreement", 14, "We maken samen uw afsprakenblad.")
    with clock.travel_to(_at(expired.link_expires_on + dt.timedelta(days=1), 2)):
        sweeps.expire_links(expired.link_expires_on + dt.timedelta(days=1))
    with clock.travel_to(_at(today, 8)):
        expired.refresh_from_db()
        fixed = max(today + dt.timedelta(days=8), uc.earliest_convocation_day(pid))  # never before the convocation can reach the person
        uc.convoke(c, expired.pk, _slot(agenda.pk, dt.datetime.combine(_working_day(fixed, 1), dt.time(10), clock.BRUSSELS)).pk)  # not _at: a future day
    book(invite(pid, "evaluation", 4), _working_day(today + dt.timedelta(days=3), 1), True, hour=11)
    invite(pid, "info_session", 1, "Infosessie over de opleiding magazijnchef (leidinggeven in de logistiek).")
    # the caseload: a realistic mix
    mine = Q(counsellor=counsellor) | Q(team_id=counsellor.organisation_id) if counsellor.organisation_id else Q(counsellor=counsellor)
    caseload = list(Person.objects.filter(mine).exclude(pk=pid).order_by("counsellor_id", "pk").values_list("pk", flat=True)[:14])
    for i, person_id in enumerate(caseload):
        kind = ("intake", "screening", "follow_up", "agreement")[i % 4]
        step = i % 7
        if step == 0:  # attended a while ago
            record(book(invite(person_id, kind, 26), _working_day(today - dt.timedelta(days=20), 1), False), "attend")
        elif step == 1:  # booked for next week
            book(invite(person_id, kind, 6), _working_day(today + dt.timedelta(days=5), 1), False)
        elif step == 2:  # open invitation
            invite(person_id, kind, 3)
        elif step == 3:  # expired link: to convoke (a worklist task)
            a = invite(person_id, kind, 13)
            with clock.travel_to(_at(a.link_expires_on + dt.timedelta(days=1), 2)):
                sweeps.expire_links(a.link_expires_on + dt.timedelta(days=1))
        elif step == 4:  # took place, attendance not yet recorded
            book(invite(person_id, kind, 10), last_working, False, hour=11)
        elif step == 5:  # missed a mandatory appointment, no proof within the term: referred to the control service
            a = record(book(invite(person_id, kind, 25), _working_day(today - dt.timedelta(days=18), 1), False), "no_show")
            after = a.deadline + dt.timedelta(days=1)
            with clock.travel_to(_at(after, 2)):
                sweeps.referrals(after)
        else:  # attended last week
            record(book(invite(person_id, kind, 12), _working_day(today - dt.timedelta(days=6), 1), False, hour=10), "attend")
    with clock.travel_to(_at(today, 2)):
        sweeps.attendance_tasks(today)
    return {"appointments": made}
