"""Issue 17 point 12 (follow-up): optimistic concurrency is REQUIRED on every API write to something people edit.

Every write operation of the OpenAPI document is declared here: either it edits an existing versioned row (then a
request without If-Match and without the body's `version` is refused with 428 Precondition Required, an RFC 9457
problem naming what to send), or it is listed with the reason it needs no version (it creates a row, appends, or
sets one idempotent value). A new write endpoint fails `test_every_write_is_declared` until it is decided here.
The 428 comes before the row is looked up, so unknown ids are enough to show the refusal; the real rows below show
that a stale version is still 412/409 and that nothing changes on a refused write."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.matching.models import PersonSkill

from . import factories as f
from .trust_requests import UNVERSIONED, VERSIONED, send, writes


def test_every_write_is_declared():
    declared_writes = writes()
    assert not set(VERSIONED) & set(UNVERSIONED)
    assert declared_writes - set(VERSIONED) - set(UNVERSIONED) == set(), "undeclared write operations: decide whether they edit a versioned row"
    assert set(VERSIONED) | set(UNVERSIONED) <= declared_writes, "declared operations that no longer exist"


@pytest.fixture
def admin_client(db):
    client = Client()
    client.defaults["HTTP_AUTHORIZATION"] = "Bearer " + f.token(f.user(Role.ADMIN))
    return client


@pytest.mark.parametrize("key", sorted(VERSIONED))
def test_a_write_without_a_version_is_428_naming_what_tosend(admin_client, key):
    response = send(admin_client, key, VERSIONED[key])
    assert response.status_code == 428, (key, response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 428 and problem["type"].endswith("/precondition-required")  # the stable identifier
    assert problem["title"] == "Versie vereist"  # in the request's language (Dutch by default; tests/test_api_problem_language.py)
    assert "If-Match" in problem["detail"]
    assert "If-Match" in {e["field"] for e in problem["errors"]}


@pytest.mark.parametrize("key", ["PUT /api/v1/matching/persons/{person_id}/profile", "POST /api/v1/vacancies/applications/{application_id}/transitions",
                                 "POST /api/v1/appointments/{appointment_id}/cancellation"])
def test_with_if_match_the_write_reaches_the_use_case(admin_client, key):
    for etag in ('"v3"', '"3"', 'W/"v3"'):
        assert send(admin_client, key, VERSIONED[key], {"If-Match": etag}).status_code != 428


def test_if_match_star_is_not_a_version(admin_client):
    key = "PUT /api/v1/matching/persons/{person_id}/profile"
    assert send(admin_client, key, VERSIONED[key], {"If-Match": "*"}).status_code == 428


def test_a_malformed_if_match_is_400(admin_client):
    key = "PUT /api/v1/matching/persons/{person_id}/profile"
    response = send(admin_client, key, VERSIONED[key], {"If-Match": "yesterday"})
    assert response.status_code == 400 and response["Content-Type"].startswith("application/problem+json")


# --- on real rows: nothing changes without a version, a stale one is still 412/409 --------------------------------


@pytest.fixture
def counsellor_and_person(db):
    from werkregie.organisations.models import OrganisationKind
    from werkregie.people.models import StatusKind

    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    person = f.person(team=team)
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT)
    client = Client()
    client.defaults["HTTP_AUTHORIZATION"] = "Bearer " + f.token(counsellor)
    return client, person


def test_profile_put_without_if_match_changes_nothing_and_a_stale_one_is_412(counsellor_and_person):
    client, person = counsellor_and_person
    url = f"/api/v1/matching/persons/{person.pk}/profile"
    got = client.get(url)
    assert got.status_code == 200, got.content[:300]
    etag = got["ETag"]
    from .test_matching_platform import SKILLS

    skill = SKILLS[0]
    body = json.dumps({"skills": [{"uri": skill, "source": "declared"}]})
    refused = client.put(url, body, content_type="application/json")
    assert refused.status_code == 428
    assert not PersonSkill.objects.filter(person=person).exists()
    saved = client.put(url, body, content_type="application/json", headers={"If-Match": etag})
    assert saved.status_code == 200, saved.content[:400]
    stale = client.put(url, json.dumps({"skills": []}), content_type="application/json", headers={"If-Match": etag})
    assert stale.status_code == 412 and stale.json()["current_version"] == saved.json()["version"]
    assert PersonSkill.objects.filter(person=person).exists()


def test_the_helper_reads_body_before_header():
    from django.test import RequestFactory

    from werkregie.api.preconditions import MalformedPrecondition, PreconditionRequired, required_version

    request = RequestFactory().post("/", headers={"If-Match": '"v7"'})
    # stop 28 (attack of stop 27): a body version beside a different If-Match is refused, neither wins silently
    with pytest.raises(MalformedPrecondition):
        required_version(request, 5)
    assert required_version(request, 7) == 7
    assert required_version(RequestFactory().post("/"), 5) == 5
    assert required_version(request) == 7
    with pytest.raises(PreconditionRequired):
        required_version(RequestFactory().post("/"))
    assert dt.date  # keeps the module's imports honest
