"""Issue 13's attack on bookings: `POST /api/v1/training/sessions/{id}/bookings` with `{}` booked a € 3,930 course,
€ 390 from the learning account and € 3,540 to pay oneself, the price never shown; the page's confirmation was only a
GET and its POST booked regardless. A booking now carries the quote the person accepts (what the account pays, what
they pay themselves); absent or no longer current: nothing is booked and the current quote is returned."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.training_support import provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Booking, Session
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    start = (clock.today() + dt.timedelta(days=14)).isoformat()
    import_catalogue(provider(organisation=org), [record("DEAR", cost="3930.00", sessions=[{"session_id": "S1", "start": start, "places": 5,
                                                                                           "free_places": 5}])])
    person = factories.person(birth_date=dt.date(1990, 5, 1))
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    citizen = factories.user(Role.CITIZEN, person=person)
    return {"person": person, "session": Session.objects.get(course__course_id="DEAR"), "citizen": citizen,
            "api": Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(citizen)}")}


def _url(world) -> str:
    return f"/api/v1/training/sessions/{world['session'].pk}/bookings"


def _expected(world) -> dict:
    balance = learning.balance(world["person"])
    account = min(balance, Decimal("3930.00"))
    return {"session_id": world["session"].pk, "price": "3930.00", "balance": f"{balance:.2f}", "account_amount": f"{account:.2f}",
            "own_payment": f"{Decimal('3930.00') - account:.2f}", "remaining": f"{balance - account:.2f}"}


def _amounts(quote: dict) -> dict:
    """The quote's amounts: the opleidingscheques (stop 33: `cheques`, `cheques_not_needed`) are a part of their own."""
    return {k: v for k, v in quote.items() if k not in ("cheques", "cheques_not_needed")}


def test_the_api_quotes_first(world):
    quote = world["api"].get(_url(world) + "/quote")
    assert quote.status_code == 200
    assert {k: Decimal(str(v)) for k, v in _amounts(quote.json()).items()} == {k: Decimal(str(v)) for k, v in _expected(world).items()}
    assert "cheques" in quote.json()
    assert Decimal(str(quote.json()["own_payment"])) > 0  # the account does not cover the price


def test_a_booking_without_acceptance_books_nothing_and_returns_the_quote(world):
    refused = world["api"].post(_url(world), {}, content_type="application/json")
    assert refused.status_code == 409, refused.content
    body = refused.json()
    assert _amounts(body["quote"]) == _expected(world) and "Bevestig eerst wat de inschrijving kost" in body["detail"]
    assert not Booking.objects.exists() and Session.objects.get(pk=world["session"].pk).free_places == 5


def test_a_booking_accepting_other_amounts_books_nothing(world):
    wrong = {"accepted_account_amount": _expected(world)["account_amount"], "accepted_own_payment": "0.00"}
    refused = world["api"].post(_url(world), wrong, content_type="application/json")
    assert refused.status_code == 409 and _amounts(refused.json()["quote"]) == _expected(world) and "veranderd" in refused.json()["detail"]
    assert not Booking.objects.exists()


def test_a_quote_that_changed_since_it_was_shown_books_nothing(world):
    shown = _expected(world)
    learning.credit_yearly(world["person"], clock.today().year + 1, PLATFORM)  # the balance moved after the quote was shown
    accepted = {"accepted_account_amount": shown["account_amount"], "accepted_own_payment": shown["own_payment"]}
    if _expected(world) == shown:
        pytest.skip("the second credit did not change the balance")
    refused = world["api"].post(_url(world), accepted, content_type="application/json")
    assert refused.status_code == 409 and _amounts(refused.json()["quote"]) == _expected(world)
    assert not Booking.objects.exists()


def test_the_accepted_quote_books_and_the_answer_states_what_each_pays(world):
    shown = _expected(world)
    made = world["api"].post(_url(world), {"accepted_account_amount": shown["account_amount"], "accepted_own_payment": shown["own_payment"]},
                             content_type="application/json")
    assert made.status_code == 201, made.content
    body = made.json()
    assert Decimal(str(body["account_amount"])) == Decimal(shown["account_amount"]) == Decimal(str(body["amount"]))
    assert Decimal(str(body["own_payment"])) == Decimal(shown["own_payment"]) and Decimal(str(body["price"])) == Decimal("3930.00")


def test_a_comma_decimal_is_a_schema_error_not_a_booking(world):
    refused = world["api"].post(_url(world), {"accepted_account_amount": "390,00", "accepted_own_payment": "3540,00"},
                                content_type="application/json")
    assert refused.status_code == 422 and not Booking.objects.exists()


def test_the_pages_post_without_the_confirmed_amounts_goes_back_to_the_confirmation(world):
    page = Client()
    page.force_login(world["citizen"])
    url = reverse("training_book", args=[world["session"].pk])
    answer = page.post(url, {"next": "/mijn-loopbaan/opleidingen/"})
    assert answer.status_code == 302 and answer["Location"].startswith(url + "?") and not Booking.objects.exists()
    shown = page.get(answer["Location"])
    assert shown.status_code == 200 and "Bevestig eerst wat de inschrijving kost" in shown.content.decode()
    form = {"next": "/mijn-loopbaan/opleidingen/", "accepted_account_amount": _expected(world)["account_amount"],
            "accepted_own_payment": _expected(world)["own_payment"]}
    assert f'name="accepted_own_payment" value="{form["accepted_own_payment"]}"' in shown.content.decode()
    done = page.post(url, form)
    assert done.status_code == 302 and done["Location"] == "/mijn-loopbaan/opleidingen/" and Booking.objects.count() == 1
