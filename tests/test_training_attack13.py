"""Issue 13's attack on the catalogue delivery: an empty (or truncated) whole catalogue took every course out without a
word, and a re-import gave back the places people had booked on the platform (overbooking)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests import factories
from tests.training_support import book_as_quoted, provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Course, Session
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    p = provider(organisation=org)
    start = (clock.today() + dt.timedelta(days=14)).isoformat()
    courses = [record(f"C{n}", cost="0.00", financing=[], sessions=[{"session_id": "S1", "start": start, "places": 3, "free_places": 3}])
               for n in range(1, 4)]
    import_catalogue(p, courses)
    return {"provider": p, "partner": factories.user(Role.PARTNER, organisation=org), "courses": courses}


def _put(client, catalogue, body, query=""):
    return client.put(f"/api/v1/training/providers/{catalogue['provider'].pk}/courses{query}", json.dumps(body),
                      content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(catalogue['partner'])}")


def test_an_empty_catalogue_is_refused_unless_confirmed(client, catalogue):
    refused = _put(client, catalogue, [])
    assert refused.status_code == 422
    body = refused.json()
    assert "3 van uw 3 actieve opleidingen" in body["detail"] and body["errors"][0]["field"] == "confirm_deactivation"
    assert Course.objects.filter(provider=catalogue["provider"], active=True).count() == 3
    # most of it (two of three) is refused as well; one of three is an ordinary replace
    assert _put(client, catalogue, catalogue["courses"][:1]).status_code == 422
    assert _put(client, catalogue, catalogue["courses"][:2]).json()["deactivated"] == 1
    confirmed = _put(client, catalogue, [], "?confirm_deactivation=true")
    assert confirmed.status_code == 200 and confirmed.json()["deactivated"] == 2


def test_the_page_import_asks_for_the_same_confirmation(client, catalogue):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(catalogue["partner"])
    url = f"/opleidingen/aanbieders/{catalogue['provider'].pk}/"
    empty = SimpleUploadedFile("catalogus.json", b"[]", content_type="application/json")
    refused = client.post(url, {"file": empty, "replace": "on"})
    assert refused.status_code == 422 and "3 van uw 3 actieve opleidingen" in refused.content.decode()
    assert Course.objects.filter(provider=catalogue["provider"], active=True).count() == 3
    empty = SimpleUploadedFile("catalogus.json", b"[]", content_type="application/json")
    assert client.post(url, {"file": empty, "replace": "on", "confirm_deactivation": "on"}).status_code == 302
    assert not Course.objects.filter(provider=catalogue["provider"], active=True).exists()


def test_a_reimport_keeps_the_places_booked_on_the_platform(client, catalogue):
    person = factories.person(birth_date=dt.date(1990, 5, 1))
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    session = Session.objects.get(course__provider=catalogue["provider"], course__course_id="C1")
    book_as_quoted(factories.principal(factories.user(Role.CITIZEN, person=person)), session.pk)
    assert Session.objects.get(pk=session.pk).free_places == 2
    report = _put(client, catalogue, catalogue["courses"]).json()  # the provider's own count: still 3 free
    assert Session.objects.get(pk=session.pk).free_places == 2
    assert report["capped_free_places"] == [{"course_id": "C1", "session_id": "S1", "delivered_free_places": 3, "free_places": 2, "bookings": 1}]
    again = _put(client, catalogue, catalogue["courses"]).json()
    assert again["unchanged"] == 3 and again["updated"] == 0


def test_what_the_api_reads_goes_back_unchanged(client, catalogue):
    """Found by the browser walk: GET left out the description while PUT replaces it, so a read-modify-write through the
    API erased every description (and the sessions' start_date did not go back in)."""
    described = [{**c, "description": f"Over {c['course_id']}"} for c in catalogue["courses"]]
    assert _put(client, catalogue, described).json()["updated"] == 3
    read = client.get(f"/api/v1/training/providers/{catalogue['provider'].pk}/courses",
                      HTTP_AUTHORIZATION=f"Bearer {factories.token(catalogue['partner'])}").json()
    assert {c["course_id"]: c["description"] for c in read} == {"C1": "Over C1", "C2": "Over C2", "C3": "Over C3"}
    again = _put(client, catalogue, read).json()
    assert (again["unchanged"], again["updated"], again["rejected"]) == (3, 0, 0), again
    assert set(Course.objects.filter(provider=catalogue["provider"]).values_list("description", flat=True)) == {"Over C1", "Over C2", "Over C3"}
