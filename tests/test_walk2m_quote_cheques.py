"""Browser walk 2m, item 3: the demo citizen's booking of "Aan de slag als magazijnchef" (€ 240, financing: learning
account and opleidingscheques) said only "U betaalt zelf niets" — nothing about the cheques the course lists. When the
account pays everything, the confirmation says the cheques are not needed for this booking and what they would give
otherwise; when a remainder is left, it shows the cheques for that remainder."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests import factories
from tests.training_support import provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.people.enums import StatusKind
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Session
from werkregie.training.use_cases import booking
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def _world(cost: str):
    person = factories.person(municipality_id="44021", education_level=3)
    factories.episode(person, StatusKind.EMPLOYED, dt.date(2024, 1, 1))
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    citizen = factories.user(Role.CITIZEN, person=person)
    start = (clock.today() + dt.timedelta(days=20)).isoformat()
    assert import_catalogue(provider(), [record("CHQ", cost=cost, financing=["learning_account", "opleidingscheques"],
                                                sessions=[{"session_id": "S1", "start": start, "places": 10, "free_places": 5}])]).written
    return citizen, Session.objects.get(course__course_id="CHQ")


def _page(citizen, session) -> str:
    client = Client()
    client.force_login(citizen)
    return client.get(f"/mijn-loopbaan/opleidingen/sessies/{session.pk}/inschrijven/").content.decode().replace("\xa0", " ")


def test_the_account_paying_everything_says_the_cheques_are_not_needed_and_what_they_would_give():
    citizen, session = _world("180.00")
    quote = booking.quote(factories.principal(citizen), session.pk)
    assert quote.to_pay == 0 and quote.cheques is None
    assert quote.cheques_otherwise is not None and quote.cheques_otherwise.applies
    page = _page(citizen, session)
    assert "U betaalt zelf niets" in page and 'data-testid="cheques-not-needed"' in page
    assert "Opleidingscheques zijn voor deze inschrijving niet nodig" in page
    value = quote.cheques_otherwise.amount + quote.cheques_otherwise.own_share
    assert value > 0 and f"cheques ter waarde van € {value:.2f}".replace(".", ",") in page
    assert booking.quote(factories.principal(citizen), session.pk).as_dict()["cheques_not_needed"].startswith("Opleidingscheques")


def test_a_remainder_after_the_account_shows_the_cheques_for_it():
    citizen, session = _world("3930.00")
    quote = booking.quote(factories.principal(citizen), session.pk)
    assert 0 < quote.from_account and quote.to_pay > 0 and quote.cheques is not None and quote.cheques.applies
    page = _page(citizen, session)
    assert 'data-testid="cheques"' in page and 'data-testid="after-cheques"' in page
    assert 'data-testid="cheques-not-needed"' not in page and quote.cheques_not_needed == ""
