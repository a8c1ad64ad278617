"""The attack on issue 13 against a catalogue record: negative places answered with a 500 (the database's CHECK), a NUL
in a title got in, a session on 30/12/9999 could be booked, `"sessions": null` silently dropped every session, and a
POST to /training/sessions/-1/bookings got a bare 403."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from tests import factories
from tests.training_support import provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.importer import SESSION_MAX_YEARS, SESSION_YEARS_AHEAD, SESSION_YEARS_BACK, import_catalogue
from werkregie.training.models import Course, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    p = provider(organisation=org)
    import_catalogue(p, [record("C1")])
    return {"provider": p, "partner": factories.user(Role.PARTNER, organisation=org)}


def _put(client, world, body):
    return client.put(f"/api/v1/training/providers/{world['provider'].pk}/courses", json.dumps(body), content_type="application/json",
                      HTTP_AUTHORIZATION=f"Bearer {factories.token(world['partner'])}")


def _session(**overrides) -> dict:
    start = clock.today() + dt.timedelta(days=30)
    return {"session_id": "S9", "start": start.isoformat(), "end": (start + dt.timedelta(days=20)).isoformat(), "places": 5,
            "free_places": 5, **overrides}


def _day(days: int) -> str:
    return (clock.today() + dt.timedelta(days=days)).isoformat()


@pytest.mark.parametrize(("session", "field"), [
    ({"places": -1, "free_places": -1}, "places free_places"),  # the attack's 500
    ({"places": 5, "free_places": -1}, "free_places"),
    ({"places": "-3", "free_places": 0}, "places"),
    ({"places": "²", "free_places": 0}, "places"),  # str.isdigit() holds, int() refuses
    ({"places": 10**20, "free_places": 0}, "places"),
    ({"places": 3.5, "free_places": 0}, "places"),
])
def test_bad_numbers_in_a_session_are_a_422_naming_record_and_field(client, world, session, field):
    response = _put(client, world, [record("C1"), record("C2", sessions=[_session(**session)])])
    assert response.status_code == 422, response.content
    fields = [e["field"] for e in response.json()["errors"]]
    assert fields == [f"record 2.sessions[1].{name}" for name in field.split()], fields
    assert not Course.objects.filter(course_id="C2").exists()


@pytest.mark.parametrize(("overrides", "field"), [
    ({"hours": -1}, "hours"), ({"hours": "²"}, "hours"), ({"eqf_level": -2}, "eqf_level"), ({"cost": "-0.01"}, "cost"),
    ({"title_nl": "a\x00b"}, "title_nl"), ({"title_fr": "x\u202ey"}, "title_fr"), ({"title_en": "two\nlines"}, "title_en"),
    ({"course_id": "C\x002"}, "course_id"), ({"description": "nul \x00 in text"}, "description"),
    ({"description": "x" * 10_001}, "description"),
    ({"sessions": [_session(session_id="S\x00")]}, "sessions[1].session_id"),
    ({"sessions": [_session(session_id={"a": 1})]}, "sessions[1].session_id"),
])
def test_every_field_of_a_record_is_checked_before_the_database_sees_it(client, world, overrides, field):
    response = _put(client, world, [record("C1"), {**record("C2"), **overrides}])
    assert response.status_code == 422, response.content
    body = response.json()
    assert [e["field"] for e in body["errors"]] == [f"record 2.{field}"], body
    value = next(iter(overrides.values()))
    if isinstance(value, str) and "\x00" in value:
        assert "U+0000" in body["errors"][0]["message"]  # the platform's text rule names the character


def test_a_description_keeps_its_line_breaks(world):
    report = import_catalogue(world["provider"], [record("C1"), record("C2", description="Eerste regel.\nTweede regel.\tMet tab.")])
    assert report.written and Course.objects.get(course_id="C2").description.count("\n") == 1


def test_a_course_saved_one_by_one_keeps_to_the_same_text_rules(world):
    course = Course.objects.get(course_id="C1")
    course.title_nl = "a\x00b"
    with pytest.raises(InvalidInput):
        course.save()


@pytest.mark.parametrize(("session", "field"), [
    ({"start": "9999-12-30", "end": "9999-12-31"}, "start"),  # the attack's bookable session
    ({"start": _day(365 * SESSION_YEARS_AHEAD + 1), "end": ""}, "start"),
    ({"start": "0001-01-01", "end": ""}, "start"),
    ({"start": _day(-365 * SESSION_YEARS_BACK - 1), "end": ""}, "start"),
    ({"start": _day(30), "end": "9999-12-31"}, "end"),
    ({"start": _day(30), "end": _day(30 + 365 * SESSION_MAX_YEARS + 1)}, "end"),
])
def test_sessions_stay_within_a_sensible_window(client, world, session, field):
    response = _put(client, world, [record("C1"), record("C2", sessions=[_session(**session)])])
    assert response.status_code == 422, response.content
    assert [e["field"] for e in response.json()["errors"]] == [f"record 2.sessions[1].{field}"]


def test_the_edges_of_the_window_are_accepted(world):
    far = _session(session_id="FAR", start=_day(365 * SESSION_YEARS_AHEAD), end=_day(365 * SESSION_YEARS_AHEAD + 365 * SESSION_MAX_YEARS))
    past = _session(session_id="PAST", start=_day(-365 * SESSION_YEARS_BACK), end="")
    report = import_catalogue(world["provider"], [record("C1"), record("C2", sessions=[far, past])])
    assert report.written and not report.errors
    assert Session.objects.filter(course__course_id="C2").count() == 2


def test_sessions_null_is_refused_and_no_sessions_is_an_empty_list(client, world):
    """`null` would read as "none" and, the delivery replacing, silently drop every session of the course (and the
    bookings on them): refused. A course without dates yet says [] or leaves the field out."""
    refused = _put(client, world, [record("C1", sessions=None)])
    assert refused.status_code == 422
    assert [e["field"] for e in refused.json()["errors"]] == ["record 1.sessions"]
    assert Session.objects.filter(course__course_id="C1").count() == 1
    without = record("C2")
    del without["sessions"]
    done = _put(client, world, [record("C1"), without, record("C3", sessions=[])])
    assert done.status_code == 200, done.content
    assert not Session.objects.filter(course__course_id__in=["C2", "C3"]).exists()


@pytest.mark.parametrize("session", ["-1", "abc", "1e3"])
def test_a_post_to_a_session_that_cannot_exist_is_a_404_with_its_reason(world, session):
    """Django's own CSRF check answered the unmatched path with a bare 403 (the test client skips that check unless asked)."""
    citizen = factories.user(Role.CITIZEN, person=factories.person())
    client = Client(enforce_csrf_checks=True, HTTP_AUTHORIZATION=f"Bearer {factories.token(citizen)}")
    response = client.post(f"/api/v1/training/sessions/{session}/bookings", "{}", content_type="application/json")
    assert response.status_code == 404
    assert response.json()["detail"].startswith("Geen API-eindpunt")
