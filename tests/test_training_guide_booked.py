"""Issue 13 follow-up: a course the person already booked is shown in the guide (page, API) and on the course page as
booked, with cancel, never again as "Inschrijven"; and what its booking reserved on the learning account counts as paid
by the account, not in "wat u zelf betaalt" (before the fix, booking a course raised what the person pays by the
amount the account had just reserved for it)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client

from tests import factories
from tests.training_support import OCCUPATION, book_as_quoted, essential, provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.matching.models import DesiredOccupation
from werkregie.training import rights
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Session
from werkregie.training.use_cases import guide as guide_cases
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeker():
    person = factories.person(municipality_id="44021", birth_date=dt.date(1990, 5, 1))
    DesiredOccupation.objects.create(person=person, occupation_uri=OCCUPATION)
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    citizen = factories.user(Role.CITIZEN, person=person)
    start = (clock.today() + dt.timedelta(days=20)).isoformat()
    # dearer than the yearly credit: the account pays part, the person the rest
    assert import_catalogue(provider(), [record("ALL", title_nl="Heftruckchauffeur – basisopleiding", skills=essential()[1:5], cost="5000.00",
                                                financing=["learning_account"],
                                                sessions=[{"session_id": "S1", "start": start, "places": 10, "free_places": 5}])]).written
    return person, citizen


def _account(view) -> rights.Right:
    return next(r for r in view.rights.rights if r.code == "learning_account")


def test_booking_a_proposed_course_does_not_raise_what_the_person_pays(seeker):
    person, citizen = seeker
    me = factories.principal(citizen)
    balance = learning.balance(person.pk)
    assert balance > 0
    before = guide_cases.guide(me, person.pk, OCCUPATION)
    [proposal] = before.proposals
    assert proposal.booking is None and before.rights.to_pay == Decimal("5000.00") - balance
    made = book_as_quoted(me, proposal.next_session.pk)
    assert made.amount == balance and learning.balance(person.pk) == 0
    after = guide_cases.guide(me, person.pk, OCCUPATION)
    [booked] = after.proposals
    assert booked.booking is not None and booked.booking.pk == made.pk
    assert after.rights.to_pay == before.rights.to_pay  # was 5000: the reservation counted as the person's own cost
    assert _account(after).amount == balance and "al € " in _account(after).explanation


def test_reserved_amounts_count_as_paid_by_the_account():
    facts = rights.Facts(False, False, None, Decimal("1"), False, Decimal("100"), Decimal("0"), Decimal("0"))
    courses = [rights.PlanCourse(1, Decimal("300"), 10, dt.date(2026, 5, 1), False, False, Decimal("250")),
               rights.PlanCourse(2, Decimal("200"), 10, dt.date(2026, 5, 1), False, False)]
    result = rights.compute(courses, facts, dt.date(2026, 3, 2))
    assert result.to_pay == Decimal("150.00")  # 500 - 250 reserved - 100 still available
    assert next(r for r in result.rights if r.code == "learning_account").amount == Decimal("350")


def test_the_guide_page_shows_the_booking_with_cancel_and_no_second_booking_button(seeker):
    person, citizen = seeker
    session = Session.objects.get(course__course_id="ALL")
    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION}).content.decode()
    assert "Inschrijven voor de sessie van" in page
    made = book_as_quoted(factories.principal(citizen), session.pk)
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION}).content.decode()
    assert "Inschrijven voor de sessie van" not in page
    assert f'data-booked="{made.pk}"' in page and "Ingeschreven voor de sessie van" in page
    assert _cancel_url(made.pk) in page
    back = f"/mijn-loopbaan/opleidingen/?beroep={OCCUPATION}"
    response = client.post(_cancel_url(made.pk), {"reason": "Toch een job gevonden", "version": made.version, "next": back})
    assert response.status_code == 302 and response["Location"] == back
    made.refresh_from_db()
    assert made.state == "cancelled"
    assert "Inschrijven voor de sessie van" in client.get(back).content.decode()


def test_the_course_page_shows_the_own_booking_instead_of_the_button(seeker):
    _person, citizen = seeker
    session = Session.objects.get(course__course_id="ALL")
    client = Client()
    client.force_login(citizen)
    url = f"/opleidingen/{session.course_id}/"
    assert "Inschrijven (" in client.get(url).content.decode()
    made = book_as_quoted(factories.principal(citizen), session.pk)
    page = client.get(url).content.decode()
    assert "Inschrijven (" not in page and "Ingeschreven" in page and _cancel_url(made.pk) in page


def test_the_guide_api_names_the_booking(seeker):
    person, citizen = seeker
    session = Session.objects.get(course__course_id="ALL")
    made = book_as_quoted(factories.principal(citizen), session.pk)
    client = Client()
    client.force_login(citizen)
    body = client.get("/api/v1/me/training-guide", {"occupation": OCCUPATION}).json()
    [proposal] = body["proposals"]
    assert proposal["booking"]["id"] == made.pk and proposal["booking"]["state"] == "booked"
    assert Decimal(body["rights"]["to_pay"]) == Decimal("5000.00") - made.amount


def _cancel_url(booking_id: int) -> str:
    from django.urls import reverse

    return reverse("training_cancel", args=[booking_id])
