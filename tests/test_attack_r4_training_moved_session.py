"""Attack round 4, H1, L1, L2 on training: a provider re-delivered its catalogue with a booked session moved into the
past and at once confirmed completion (the learning account spent, a credential issued in the person's name). A
booking keeps the dates it was made against; completion waits for them; a delivery that moves a booked session is
refused (an administrator may move one, never into the past); the confirmation shows in the person's activity. A
provider reads 404 for another provider's booking as for a missing one; a read-only token confirms nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests import factories
from tests.training_support import book_as_quoted, provider, record
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role, Scope
from werkregie.core import clock
from werkregie.core.errors import InvalidInput, NotFound
from werkregie.learning import use_cases as learning
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Booking, Session
from werkregie.training.use_cases import booking, catalogue
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def _record(start: dt.date, end: dt.date | None = None) -> dict:
    session = {"session_id": "S1", "start_date": start.isoformat(), "places": 5, "free_places": 5}
    if end:
        session["end_date"] = end.isoformat()
    return record("C1", cost="150.00", sessions=[session])


@pytest.fixture
def world():
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    p = provider(organisation=org)
    start = clock.today() + dt.timedelta(days=14)
    import_catalogue(p, [_record(start, start + dt.timedelta(days=5))])
    person = factories.person(birth_date=dt.date(1990, 5, 1))
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    citizen = factories.user(Role.CITIZEN, person=person)
    partner = factories.user(Role.PARTNER, organisation=org)
    made = book_as_quoted(factories.principal(citizen), Session.objects.get(course__course_id="C1").pk)
    return {"provider": p, "partner": partner, "person": person, "booking": made, "start": start}


def _deliver_as(user, provider_id: int, start: dt.date, end: dt.date | None = None):  # noqa: ANN001, ANN202
    """Deliver the catalogue of provider `provider_id` (its own id: on PostgreSQL it is not the organisation's)."""
    client = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(user)}")
    return client.put(f"/api/v1/training/providers/{provider_id}/courses", [_record(start, end)], content_type="application/json")


def test_the_provider_cannot_move_a_booked_session_into_the_past_and_confirm_it(world):
    past = clock.today() - dt.timedelta(days=10)
    answer = _deliver_as(world["partner"], world["provider"].pk, past, past + dt.timedelta(days=1))
    assert answer.status_code == 422, answer.content
    body = answer.json()
    assert any("sessions[1]" in e["field"] and "lopende inschrijvingen" in e["message"] for e in body["errors"]), body
    session = Session.objects.get(course__course_id="C1")
    assert session.start_date == world["start"]  # nothing written
    client = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(world['partner'])}")
    done = client.post(f"/api/v1/training/bookings/{world['booking'].pk}/complete")
    assert done.status_code == 422 and Booking.objects.get(pk=world["booking"].pk).state == "booked"


def test_a_move_into_the_future_by_the_provider_is_refused_too(world):
    later = world["start"] + dt.timedelta(days=30)
    answer = _deliver_as(world["partner"], world["provider"].pk, later)
    assert answer.status_code == 422


def test_completion_waits_for_the_dates_the_booking_was_made_against(world):
    made = world["booking"]
    assert (made.session_start, made.session_end) == (world["start"], world["start"] + dt.timedelta(days=5))
    Session.objects.filter(pk=made.session_id).update(start_date=clock.today() - dt.timedelta(days=9), end_date=clock.today() - dt.timedelta(days=8))
    with pytest.raises(InvalidInput):
        booking.complete(factories.principal(world["partner"]), made.pk)
    with clock.travel_to(world["start"] + dt.timedelta(days=6)):
        assert booking.complete(factories.principal(world["partner"]), made.pk).state == "completed"


def test_an_administrator_may_move_a_booked_session_later_never_into_the_past(world):
    admin = factories.principal(factories.user(Role.ADMIN))
    with pytest.raises(InvalidInput):
        catalogue.deliver(admin, world["provider"].pk, [_record(clock.today() - dt.timedelta(days=3))])
    later = world["start"] + dt.timedelta(days=20)
    catalogue.deliver(admin, world["provider"].pk, [_record(later)])
    assert Session.objects.get(course__course_id="C1").start_date == later
    with clock.travel_to(world["start"] + dt.timedelta(days=6)), pytest.raises(InvalidInput):  # the later day counts now
        booking.complete(factories.principal(world["partner"]), world["booking"].pk)


def test_the_confirmation_shows_in_the_persons_activity(world):
    with clock.travel_to(world["start"] + dt.timedelta(days=6)):
        booking.complete(factories.principal(world["partner"]), world["booking"].pk)
    found = list(AccessLogEntry.objects.filter(person_id=world["person"].pk).values_list("what", "actor_id"))
    assert any("als gevolgd bevestigd" in what and actor == world["partner"].pk for what, actor in found), found


def test_another_providers_booking_reads_as_missing(world):
    other = factories.user(Role.PARTNER, organisation=factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER))
    client = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(other)}")
    theirs = client.post(f"/api/v1/training/bookings/{world['booking'].pk}/complete")
    missing = client.post("/api/v1/training/bookings/99999999/complete")
    assert theirs.status_code == missing.status_code == 404
    with pytest.raises(NotFound):
        booking.complete(factories.principal(other), world["booking"].pk)


def test_a_read_only_partner_token_confirms_nothing(world):
    client = Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(world['partner'], [Scope.PERSONS_READ])}")
    with clock.travel_to(world["start"] + dt.timedelta(days=6)):
        answer = client.post(f"/api/v1/training/bookings/{world['booking'].pk}/complete")
    assert answer.status_code in (403, 404)
    assert Booking.objects.get(pk=world["booking"].pk).state == "booked"
