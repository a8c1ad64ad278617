"""Demo data of the learning account (run by `werkregie demo` after training): the yearly credit for every eligible
person since the parameter's first year, posted on 1 January of each year; training-leave hours and opleidingscheques
for some persons at work; and for the demo citizen (`burger`) a history: a course followed and paid in 2025, and —
through the training catalogue's own booking path when it has a bookable session — a course booked now (budget
reserved) and one booked and cancelled (budget released). The amounts of the yearly credit are illustrative (see the
parameter)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Callable

from django.db.models import Q

from werkregie.accounts.models import User
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import DomainError
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person, StatusEpisode
from werkregie.workflows.services import PLATFORM

from . import use_cases as uc
from .models import Reservation

FIRST_YEAR = 2024
LEAVE_PERSONS = 300
VOUCHER_PERSONS = 60


def _at(day: dt.date):  # noqa: ANN202
    return clock.travel_to(dt.datetime.combine(day, dt.time(6, 0), tzinfo=dt.UTC))


def _working_ids(today: dt.date, limit: int, **extra) -> list[int]:  # noqa: ANN003
    current = StatusEpisode.objects.filter(kind=StatusKind.EMPLOYED, start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))
    return list(Person.objects.filter(pk__in=current.values("person_id"), **extra).order_by("pk").values_list("pk", flat=True)[:limit])


def _course_bookings(citizen: User, today: dt.date) -> int:
    """Book two sessions for the demo citizen through training's own booking path; cancel one. Nothing when the
    training catalogue has no bookable session paid by the learning account."""
    try:
        from werkregie.training.models import Session
        from werkregie.training.use_cases import booking
    except ImportError:
        return 0
    if Reservation.objects.filter(person_id=citizen.person_id, key__startswith="training:").exists():
        return 0
    candidates = Session.objects.filter(course__active=True, course__learning_account=True, course__cost__gt=0, course__cost__lte=400,
                                        start_date__gt=today, free_places__gt=1).order_by("start_date", "pk")[:20]
    sessions: list = []
    for s in candidates:  # of two different courses: one live booking per person and course
        if len(sessions) < 2 and all(s.course_id != other.course_id for other in sessions):
            sessions.append(s)
    principal = Principal.for_session(citizen)
    made = 0
    for i, session in enumerate(sessions):
        try:
            b = booking.book(principal, session.pk, accepted=booking.quote(principal, session.pk).acceptance)  # as she confirmed it
            if i == 1:
                booking.cancel(principal, b.pk, "Past niet meer met mijn uurrooster", expected_version=b.version)
            made += 1
        except DomainError:
            continue
    return made


def _burger_2025(pid: int) -> None:
    """A course followed in the spring of 2025, paid from the credit (before this catalogue: not a booking in it)."""
    key = f"demo:burger:{pid}:2025"
    if not Reservation.objects.filter(key=key).exists() and uc.balance(pid) < Decimal(180):
        return
    with _at(dt.date(2025, 3, 10)):
        r = uc.reserve(pid, Decimal("180.00"), key=key, reference="Digitale vaardigheden: werken met een spreadsheet", who=PLATFORM)
    with _at(dt.date(2025, 5, 28)):
        uc.spend(r, PLATFORM)


def seed(progress: Callable[[int], None] | None = None) -> dict:
    today = clock.today()
    counts = {"credited": 0, "leave": 0, "vouchers": 0, "bookings": 0}
    citizen = User.objects.filter(username="burger").exclude(person__isnull=True).first()
    for year in range(FIRST_YEAR, today.year + 1):  # in time order, so that the ledger's order is the calendar's
        with _at(dt.date(year, 1, 1)):
            counts["credited"] += uc.credit_yearly_all(year, PLATFORM)
        if year == 2025 and citizen is not None:
            _burger_2025(citizen.person_id)
        if progress:
            progress(counts["credited"])
    school_year = today.year if today.month >= 9 else today.year - 1
    with _at(dt.date(school_year, 9, 1)):
        for pid in _working_ids(today, LEAVE_PERSONS):
            try:
                uc.grant_training_leave(pid, school_year, PLATFORM)
                counts["leave"] += 1
            except DomainError:
                continue
    for pid in _working_ids(today, VOUCHER_PERSONS, education_level__lte=4):
        try:
            uc.buy_vouchers(pid, Decimal(100 + (pid % 4) * 50), key=f"demo:cheques:{pid}:{today.year}", who=PLATFORM)
            counts["vouchers"] += 1
        except DomainError:
            continue
    if citizen is not None:
        counts["bookings"] = _course_bookings(citizen, today)
    counts["expired"] = uc.expire_due(today)
    return counts
