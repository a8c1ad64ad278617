"""The attack on issue 13 against bookings: a provider's delivery withdrew a booked session or course, or cut a session's
places below its bookings, and the booking stayed "booked" with its money reserved and no one told; and the same
course could be booked twice through two of its sessions (reserving the learning account twice)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.db import IntegrityError, transaction

from tests import factories
from tests.training_support import book_as_quoted, provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.errors import Conflict, NotFound
from werkregie.learning import use_cases as learning
from werkregie.learning.check import check_books
from werkregie.learning.models import Posting, Reservation
from werkregie.messaging.models import Message
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Booking, Course, Session
from werkregie.training.use_cases import booking
from werkregie.trajectories import use_cases as trajectories
from werkregie.trajectories.models import AgreementStep
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def _sessions(*ids: str, places: int = 3) -> list[dict]:
    start = clock.today() + dt.timedelta(days=14)
    return [{"session_id": sid, "start": (start + dt.timedelta(days=7 * n)).isoformat(), "places": places, "free_places": places}
            for n, sid in enumerate(ids)]


@pytest.fixture
def world():
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    p = provider(organisation=org)
    courses = [record("C1", cost="150.00", sessions=_sessions("S1", "S2")), record("C2", cost="0.00", financing=[], sessions=_sessions("S1")),
               record("C3", cost="0.00", financing=[], sessions=_sessions("S1")), record("C4", cost="0.00", financing=[], sessions=_sessions("S1"))]
    import_catalogue(p, courses)
    persons = [factories.person(birth_date=dt.date(1990, 5, 1)) for _ in range(2)]
    for person in persons:
        learning.credit_yearly(person, clock.today().year, PLATFORM)
    return {"provider": p, "partner": factories.user(Role.PARTNER, organisation=org), "courses": courses, "persons": persons,
            "citizens": [factories.principal(factories.user(Role.CITIZEN, person=person)) for person in persons]}


def _session(course_id: str, session_id: str = "S1") -> Session:
    return Session.all_objects.get(course__course_id=course_id, session_id=session_id)


def _put(client, world, body, query=""):
    return client.put(f"/api/v1/training/providers/{world['provider'].pk}/courses{query}", json.dumps(body),
                      content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(world['partner'])}")


def _without_session(world, course_id: str, session_id: str) -> list[dict]:
    return [{**c, "sessions": [s for s in c["sessions"] if s["session_id"] != session_id]} if c["course_id"] == course_id else c
            for c in world["courses"]]


def test_withdrawing_a_booked_session_is_refused_until_confirmed_then_the_booking_is_cancelled(client, world):
    person = world["persons"][0]
    trajectories.open_trajectory(PLATFORM, person.pk)
    before = learning.balance(person)
    made = book_as_quoted(world["citizens"][0], _session("C1", "S2").pk)
    assert made.amount == 150 and learning.balance(person) == before - 150
    body = _without_session(world, "C1", "S2")

    refused = _put(client, world, body)
    assert refused.status_code == 422
    problem = refused.json()
    assert "lopende inschrijvingen (1)" in problem["detail"] and "C1/S2" in problem["detail"]
    assert [e["field"] for e in problem["errors"]] == ["confirm_cancellations", "record 1.sessions"]
    assert Booking.objects.get(pk=made.pk).state == "booked" and _session("C1", "S2").withdrawn_at is None

    done = _put(client, world, body, "?confirm_cancellations=true")
    assert done.status_code == 200, done.content
    assert done.json()["cancelled_bookings"] == [{"booking": made.pk, "course_id": "C1", "session_id": "S2", "reason": "session_withdrawn"}]
    cancelled = Booking.objects.get(pk=made.pk)
    assert cancelled.state == "cancelled"
    assert Reservation.objects.get(pk=int(made.reservation_id)).state == "released" and learning.balance(person) == before
    assert AgreementStep.objects.get(pk=made.step_id).state == "cancelled"
    [told] = Message.objects.filter(person=person)
    assert told.template_key == "training.booking_withdrawn_refund" and "€ 150,00" in told.body and "geschrapt" in told.body
    # withdrawn: kept for its booking, never listed or bookable again
    withdrawn = _session("C1", "S2")
    assert withdrawn.withdrawn_at is not None and withdrawn.free_places == 0
    listed = client.get(f"/api/v1/training/courses/{withdrawn.course_id}",
                        HTTP_AUTHORIZATION=f"Bearer {factories.token(world['partner'])}").json()["sessions"]
    assert [s["session_id"] for s in listed] == ["S1"]
    with pytest.raises(NotFound):
        book_as_quoted(world["citizens"][1], withdrawn.pk)
    # the same delivery again changes nothing: no second refund, no second message
    postings = Posting.objects.count()
    again = _put(client, world, body, "?confirm_cancellations=true").json()
    assert again["cancelled_bookings"] == [] and again["updated"] == 0 and Posting.objects.count() == postings
    assert Message.objects.filter(person=person).count() == 1
    assert check_books().ok
    # listing it again brings it back
    assert _put(client, world, world["courses"]).json()["updated"] == 1
    assert _session("C1", "S2").withdrawn_at is None and _session("C1", "S2").free_places == 3


def test_cutting_places_below_the_bookings_cancels_the_last_ones_made(client, world):
    first = book_as_quoted(world["citizens"][0], _session("C2").pk)
    with clock.travel_to(clock.now() + dt.timedelta(minutes=5)):
        last = book_as_quoted(world["citizens"][1], _session("C2").pk)
    cut = [{**c, "sessions": [{**c["sessions"][0], "places": 1, "free_places": 0}]} if c["course_id"] == "C2" else c for c in world["courses"]]
    refused = _put(client, world, cut)
    assert refused.status_code == 422
    assert [e["field"] for e in refused.json()["errors"]] == ["confirm_cancellations", "record 2.sessions[1].places"]
    assert _session("C2").places == 3

    done = _put(client, world, cut, "?confirm_cancellations=true").json()
    assert [c["booking"] for c in done["cancelled_bookings"]] == [last.pk] and done["cancelled_bookings"][0]["reason"] == "places_cut"
    assert Booking.objects.get(pk=first.pk).state == "booked" and Booking.objects.get(pk=last.pk).state == "cancelled"
    session = _session("C2")
    assert (session.places, session.free_places, session.withdrawn_at) == (1, 0, None)
    [told] = Message.objects.filter(person=world["persons"][1])
    assert told.template_key == "training.booking_withdrawn" and "minder plaatsen" not in told.subject


def test_places_zero_on_a_booked_session_is_not_accepted_silently(client, world):
    """The attack's (b): places 0 on a session with a live booking went through without a word."""
    made = book_as_quoted(world["citizens"][0], _session("C3").pk)
    zero = [{**c, "sessions": [{**c["sessions"][0], "places": 0, "free_places": 0}]} if c["course_id"] == "C3" else c for c in world["courses"]]
    assert _put(client, world, zero).status_code == 422
    assert Booking.objects.get(pk=made.pk).state == "booked"


def test_dropping_a_booked_course_cancels_its_bookings_and_releases_the_money(client, world):
    person = world["persons"][0]
    before = learning.balance(person)
    made = book_as_quoted(world["citizens"][0], _session("C1").pk)
    body = [c for c in world["courses"] if c["course_id"] != "C1"]
    refused = _put(client, world, body)
    assert refused.status_code == 422
    assert [e["field"] for e in refused.json()["errors"]] == ["confirm_cancellations", "course_id C1"]
    assert Course.objects.get(course_id="C1").active

    done = _put(client, world, body, "?confirm_cancellations=true").json()
    assert done["deactivated"] == 1 and done["cancelled_bookings"][0]["reason"] == "course_withdrawn"
    assert Booking.objects.get(pk=made.pk).state == "cancelled" and learning.balance(person) == before
    assert Reservation.objects.get(pk=int(made.reservation_id)).state == "released"
    assert Message.objects.filter(person=person, template_key="training.booking_withdrawn_refund").count() == 1
    assert check_books().ok


def test_a_delivery_that_leaves_bookings_alone_needs_no_confirmation(client, world):
    book_as_quoted(world["citizens"][0], _session("C1").pk)
    fewer = [{**c, "sessions": [{**s, "places": 2, "free_places": 2} for s in c["sessions"]]} for c in world["courses"]]
    done = _put(client, world, fewer)
    assert done.status_code == 200 and done.json()["cancelled_bookings"] == []
    assert _session("C1").free_places == 1  # two places, one booked


def test_the_command_line_import_asks_for_the_same_confirmation(tmp_path, capsys, world):
    from werkregie.cli import main

    made = book_as_quoted(world["citizens"][0], _session("C1", "S2").pk)
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(_without_session(world, "C1", "S2")))
    assert main(["training", "import", str(path), "--provider", world["provider"].code, "--replace"]) == 1
    assert "--confirm-cancellations" in capsys.readouterr().err and Booking.objects.get(pk=made.pk).state == "booked"
    assert main(["training", "import", str(path), "--provider", world["provider"].code, "--replace", "--confirm-cancellations"]) == 0
    assert Booking.objects.get(pk=made.pk).state == "cancelled"


def test_one_live_booking_per_person_and_course(world):
    """The attack's L2: sessions 461 and 462 of one course both booked, reserving 140 + 250."""
    citizen, person = world["citizens"][0], world["persons"][0]
    made = book_as_quoted(citizen, _session("C1", "S1").pk)
    with pytest.raises(Conflict) as refused:
        book_as_quoted(citizen, _session("C1", "S2").pk)
    assert "al ingeschreven voor deze opleiding" in refused.value.detail and _session("C1", "S2").free_places == 3
    assert Booking.objects.filter(person=person, state="booked").count() == 1
    # the database refuses it too, whoever writes
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(person=person, session=_session("C1", "S2"), course=made.course, amount=0, booked_at=clock.now(), state="booked")
    # to change session: cancel, then book the other one
    booking.cancel(citizen, made.pk, "Andere sessie past beter")
    assert book_as_quoted(citizen, _session("C1", "S2").pk).state == "booked"


def test_the_page_import_asks_for_the_same_confirmation(client, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    made = book_as_quoted(world["citizens"][0], _session("C1", "S2").pk)
    client.force_login(world["partner"])
    url = f"/opleidingen/aanbieders/{world['provider'].pk}/"
    data = json.dumps(_without_session(world, "C1", "S2")).encode()
    refused = client.post(url, {"file": SimpleUploadedFile("catalogus.json", data, content_type="application/json"), "replace": "on"})
    assert refused.status_code == 422 and "C1/S2" in refused.content.decode() and Booking.objects.get(pk=made.pk).state == "booked"
    done = client.post(url, {"file": SimpleUploadedFile("catalogus.json", data, content_type="application/json"), "replace": "on",
                             "confirm_cancellations": "on"})
    assert done.status_code == 302 and Booking.objects.get(pk=made.pk).state == "cancelled"
