"""Booking a session: the learning-account reservation, the trajectory step, cancel → release, complete → spend, a
training-completion credential, full sessions and who may do what."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client

from tests import factories
from tests.training_support import book_as_quoted, provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from werkregie.learning import use_cases as learning
from werkregie.learning.models import Reservation
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Session
from werkregie.training.use_cases import booking
from werkregie.trajectories import use_cases as trajectories
from werkregie.trajectories.models import AgreementStep
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    p = provider(organisation=org)
    start = (clock.today() + dt.timedelta(days=14)).isoformat()
    import_catalogue(p, [record("C1", cost="150.00", sessions=[{"session_id": "S1", "start": start, "places": 2, "free_places": 1}]),
                         record("FREE", cost="0.00", financing=[], sessions=[{"session_id": "S1", "start": start, "places": 5, "free_places": 5}])])
    person = factories.person(birth_date=dt.date(1990, 5, 1))
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    citizen = factories.user(Role.CITIZEN, person=person)
    partner = factories.user(Role.PARTNER, organisation=org)
    session = Session.objects.get(course__course_id="C1")
    return {"person": person, "citizen": citizen, "partner": partner, "session": session, "provider": p}


def test_booking_reserves_what_the_account_holds_and_takes_a_place(world):
    before = learning.balance(world["person"])
    made = book_as_quoted(factories.principal(world["citizen"]), world["session"].pk)
    assert made.state == "booked" and made.amount == min(Decimal("150.00"), before)
    assert learning.balance(world["person"]) == before - made.amount
    assert Reservation.objects.get(pk=int(made.reservation_id)).state == "open"
    assert Session.objects.get(pk=world["session"].pk).free_places == 0
    with pytest.raises(Conflict):
        book_as_quoted(factories.principal(world["citizen"]), world["session"].pk)  # full now (and already booked)


def test_cancel_releases_the_budget_and_frees_the_place(world):
    made = book_as_quoted(factories.principal(world["citizen"]), world["session"].pk)
    before = learning.balance(world["person"])
    booking.cancel(factories.principal(world["citizen"]), made.pk, "Ik heb werk gevonden")
    assert learning.balance(world["person"]) == before + made.amount
    assert Reservation.objects.get(pk=int(made.reservation_id)).state == "released"
    assert Session.objects.get(pk=world["session"].pk).free_places == 1


def test_a_running_trajectory_gets_a_training_step_which_follows_the_booking(world):
    trajectories.open_trajectory(PLATFORM, world["person"].pk)
    made = book_as_quoted(factories.principal(world["citizen"]), world["session"].pk)
    step = AgreementStep.objects.get(pk=made.step_id)
    assert step.kind == "training" and step.state == "open" and step.agreement.state == "draft" and step.partner_id == world["provider"].organisation_id
    with pytest.raises(InvalidInput):  # not before the course has ended (found by the browser walk: a click confirmed a future course)
        booking.complete(factories.principal(world["partner"]), made.pk)
    ended = world["session"].end_date or world["session"].start_date
    with clock.travel_to(ended + dt.timedelta(days=1)):
        done = booking.complete(factories.principal(world["partner"]), made.pk)
    assert done.state == "completed" and AgreementStep.objects.get(pk=made.step_id).state == "approved"
    assert Reservation.objects.get(pk=int(made.reservation_id)).state == "spent"
    assert done.credential_id, "a training-completion credential is issued"


def test_without_trajectory_no_step_and_free_course_reserves_nothing(world):
    free = Session.objects.get(course__course_id="FREE")
    made = book_as_quoted(factories.principal(world["citizen"]), free.pk)
    assert made.step_id is None and made.amount == 0 and made.reservation_id == ""


def test_who_may_book_cancel_and_complete(world):
    made = book_as_quoted(factories.principal(world["citizen"]), world["session"].pk)
    stranger = factories.user(Role.CITIZEN, person=factories.person())
    with pytest.raises(NotFound):
        booking.cancel(factories.principal(stranger), made.pk, "niet van mij")
    with pytest.raises(NotFound):
        book_as_quoted(factories.principal(stranger), world["session"].pk, world["person"].pk)
    with pytest.raises(NotFound):  # another provider reads 404, as for a booking that does not exist (attack round 4, L1)
        booking.complete(factories.principal(factories.user(Role.PARTNER)), made.pk)
    with pytest.raises(Forbidden):
        booking.complete(factories.principal(world["citizen"]), made.pk)


def test_api_book_cancel_and_provider_list(world):
    client = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(world['citizen'])}")
    quote = client.get(f"/api/v1/training/sessions/{world['session'].pk}/bookings/quote").json()  # shown first (attack on issue 13)
    accepted = {"accepted_account_amount": quote["account_amount"], "accepted_own_payment": quote["own_payment"]}
    response = client.post(f"/api/v1/training/sessions/{world['session'].pk}/bookings", accepted, content_type="application/json")
    assert response.status_code == 201, response.content
    made = response.json()
    assert client.post(f"/api/v1/training/sessions/{world['session'].pk}/bookings", accepted, content_type="application/json").status_code == 409
    assert [b["id"] for b in client.get("/api/v1/me/training-bookings").json()] == [made["id"]]
    partner = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(world['partner'])}")
    assert [b["id"] for b in partner.get(f"/api/v1/training/providers/{world['provider'].pk}/bookings").json()] == [made["id"]]
    assert client.get(f"/api/v1/training/providers/{world['provider'].pk}/bookings").status_code == 404
    stale = client.post(f"/api/v1/training/bookings/{made['id']}/cancel", {"reason": "Toch niet nodig", "version": made["version"] + 5},
                        content_type="application/json")
    assert stale.status_code == 409
    done = client.post(f"/api/v1/training/bookings/{made['id']}/cancel", {"reason": "Toch niet nodig", "version": made["version"]},
                       content_type="application/json")
    assert done.status_code == 200 and done.json()["state"] == "cancelled"


def test_a_step_whose_booking_was_cancelled_reads_cancelled_not_expired(world):
    """Re-walk of issue 13: the cancelled booking's training step read "toestand Vervallen" (expired) in the own-data PDF.
    Its state is "cancelled" and its label says so."""
    from django.utils import translation

    trajectories.open_trajectory(PLATFORM, world["person"].pk)
    made = book_as_quoted(factories.principal(world["citizen"]), world["session"].pk)
    booking.cancel(factories.principal(world["citizen"]), made.pk, "Ik heb werk gevonden")
    step = AgreementStep.objects.get(pk=made.step_id)
    assert step.state == "cancelled"
    with translation.override("nl"):
        assert step.state_label == "Geannuleerd"


def test_no_quote_for_a_course_already_booked(world):
    # re-walk of issue 13: the quote still gave a price for a session the person had booked
    client = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(world['citizen'])}")
    made = book_as_quoted(factories.principal(world["citizen"]), world["session"].pk)
    response = client.get(f"/api/v1/training/sessions/{world['session'].pk}/bookings/quote")
    assert response.status_code == 409, response.content
    assert response.json()["existing_id"] == made.pk and "price" not in response.json()


def test_a_cancel_without_reason_answers_who_may_not_see_the_booking_404(world):
    made = book_as_quoted(factories.principal(world["citizen"]), world["session"].pk)
    stranger = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(factories.user(Role.CITIZEN, person=factories.person()))}")
    url = f"/api/v1/training/bookings/{made.pk}/cancel"
    assert stranger.post(url, {"version": made.version}, content_type="application/json").status_code == 404
    own = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(world['citizen'])}")
    refused = own.post(url, {"version": made.version, "reason": " ab "}, content_type="application/json")
    assert refused.status_code == 422 and [e["field"] for e in refused.json()["errors"]] == ["reason"]
    assert own.post(url, {"version": made.version}, content_type="application/json").status_code == 422
