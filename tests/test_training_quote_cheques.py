"""Browser walk of issue 13: the confirmation of a booking payable with opleidingscheques said only "Vraag uw
bemiddelaar naar opleidingscheques of andere steun". Now the quote carries the cheques the rules package computes for
what is left to pay after the learning account (rights.cheques_for, the guide's own computation): the cheques' value,
the citizen's share and the government's, and what the citizen pays in the end, in Belgian format, on the page and in
the API."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client

from tests import factories
from tests.training_support import provider, record
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.people.enums import StatusKind
from werkregie.training import rights
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Session
from werkregie.training.use_cases import booking, guide

pytestmark = pytest.mark.django_db


def _world(employed: bool = True, financing: tuple[str, ...] = ("learning_account", "opleidingscheques")):
    person = factories.person(municipality_id="44021", education_level=3)
    factories.episode(person, StatusKind.EMPLOYED if employed else StatusKind.JOBSEEKER_BENEFIT, dt.date(2024, 1, 1))
    citizen = factories.user(Role.CITIZEN, person=person)
    start = (clock.today() + dt.timedelta(days=20)).isoformat()
    assert import_catalogue(provider(), [record("CHQ", cost="600.00", financing=list(financing),
                                                sessions=[{"session_id": "S1", "start": start, "places": 10, "free_places": 5}])]).written
    session = Session.objects.get(course__course_id="CHQ")
    assert learning.balance(person.pk) == 0  # nothing on the account: the whole price is left to pay
    return person, citizen, session


def test_the_quote_shows_the_cheques_as_the_rules_compute_them():
    person, citizen, session = _world()
    quote = booking.quote(factories.principal(citizen), session.pk)
    assert quote.to_pay == Decimal("600.00")
    # the rules' yearly maximum (€ 250), half of it the citizen's share: the same right the guide computes
    plan = rights.PlanCourse(session.course.pk, Decimal("600.00"), 40, session.start_date, True, False)
    facts = guide.facts_of(person, Decimal("1"), False, clock.today())
    [expected] = [r for r in rights.compute([plan], facts, clock.today()).rights if r.code == "cheques"]
    assert quote.cheques.applies and (quote.cheques.amount, quote.cheques.own_share) == (expected.amount, expected.own_share)
    assert (quote.cheques.amount, quote.cheques.own_share) == (Decimal("125.00"), Decimal("125.00"))
    assert quote.after_cheques == Decimal("475.00")
    assert quote.acceptance == booking.Acceptance(Decimal("0"), Decimal("600.00"))  # what is booked is unchanged
    assert AccessLogEntry.objects.filter(what="opleidingen: leerrekening en opleidingscheques voor een inschrijving").exists()

    client = Client()
    client.force_login(citizen)
    page = client.get(f"/mijn-loopbaan/opleidingen/sessies/{session.pk}/inschrijven/").content.decode().replace("\xa0", " ")
    assert 'data-testid="cheques"' in page
    assert (f"In {session.start_date.year} koopt u opleidingscheques voor € 250,00 (ten hoogste € 250,00 per jaar): u betaalt € 125,00, "
            "de Vlaamse overheid € 125,00.") in page
    assert "Met opleidingscheques betaalt u in totaal € 475,00 zelf." in page
    assert "Vraag uw bemiddelaar naar opleidingscheques" not in page

    api = client.get(f"/api/v1/training/sessions/{session.pk}/bookings/quote")
    assert api.status_code == 200, api.content
    cheques = api.json()["cheques"]
    assert cheques["applies"] and Decimal(cheques["value"]) == 250 and Decimal(cheques["own_share"]) == 125
    assert Decimal(cheques["government_share"]) == 125 and Decimal(cheques["own_payment_after_cheques"]) == 475


def test_a_job_seeker_reads_why_the_cheques_are_not_theirs_and_a_course_without_cheques_shows_none():
    _person, citizen, session = _world(employed=False)
    quote = booking.quote(factories.principal(citizen), session.pk)
    assert not quote.cheques.applies and quote.after_cheques == quote.to_pay
    client = Client()
    client.force_login(citizen)
    page = client.get(f"/mijn-loopbaan/opleidingen/sessies/{session.pk}/inschrijven/").content.decode()
    assert "Opleidingscheques zijn voor werknemers; volgens het register werkt u nu niet als werknemer." in page
    assert 'data-testid="after-cheques"' not in page
    assert client.get(f"/api/v1/training/sessions/{session.pk}/bookings/quote").json()["cheques"]["applies"] is False


def test_no_cheques_row_for_a_course_that_does_not_take_them():
    _person, citizen, session = _world(financing=("learning_account",))
    assert booking.quote(factories.principal(citizen), session.pk).cheques is None
    client = Client()
    client.force_login(citizen)
    assert 'data-testid="cheques"' not in client.get(f"/mijn-loopbaan/opleidingen/sessies/{session.pk}/inschrijven/").content.decode()
    assert client.get(f"/api/v1/training/sessions/{session.pk}/bookings/quote").json()["cheques"] is None
