"""Attack on issue 16: PUT /api/v1/matching/persons/{id}/profile refused the body's `version` (428 "Stuur de versie
mee") though the API documents it as a version, and the GET's own body sent back was refused ("Geef een of meer van …")
before any version check. Now a body version is a version, and a GET body sent back unchanged is a no-op save."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.matching.models import DesiredOccupation, PersonExperience, PersonSkill
from werkregie.organisations.models import OrganisationKind

from . import factories as f
from .test_matching_platform import FORKLIFT, SKILLS, seeker


@pytest.fixture
def profile(db, ref):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    person = seeker(SKILLS[:3], team=team, counsellor=counsellor)
    DesiredOccupation.objects.create(person=person, occupation_uri=FORKLIFT.uri)
    PersonSkill.objects.filter(person=person, skill_uri=SKILLS[0]).update(source="certified")
    client = Client(HTTP_AUTHORIZATION="Bearer " + f.token(counsellor))
    return client, person, f"/api/v1/matching/persons/{person.pk}/profile"


def _put(client: Client, url: str, body: dict, **headers: str):
    return client.put(url, json.dumps(body), content_type="application/json", headers=headers)


def test_the_body_version_is_a_version(profile):
    client, person, url = profile
    version = client.get(url).json()["version"]
    saved = _put(client, url, {"desired_occupations": [], "version": version})
    assert saved.status_code == 200, saved.content[:300]
    assert not DesiredOccupation.objects.filter(person=person).exists()
    stale = _put(client, url, {"desired_occupations": [FORKLIFT.uri], "version": version})
    assert stale.status_code == 412 and stale.json()["current_version"] == version + 1
    assert _put(client, url, {"desired_occupations": []}).status_code == 428  # neither If-Match nor version


def test_a_version_that_is_no_number_is_named(profile):
    client, _person, url = profile
    response = _put(client, url, {"desired_occupations": [], "version": "drie"})
    assert response.status_code == 422 and [e["field"] for e in response.json()["errors"]] == ["version"]


@pytest.mark.parametrize("with_if_match", [True, False])
def test_the_gets_body_sent_back_unchanged_is_a_no_op_save(profile, with_if_match):
    client, person, url = profile
    got = client.get(url)
    body = got.json()
    before = (sorted(PersonSkill.objects.filter(person=person).values_list("skill_uri", "source")),
              sorted(PersonExperience.objects.filter(person=person).values_list("occupation_uri", "years")),
              sorted(DesiredOccupation.objects.filter(person=person).values_list("occupation_uri", flat=True)))
    headers = {"If-Match": got["ETag"]} if with_if_match else {}
    saved = _put(client, url, body, **headers)
    assert saved.status_code == 200, saved.content[:400]
    after = (sorted(PersonSkill.objects.filter(person=person).values_list("skill_uri", "source")),
             sorted(PersonExperience.objects.filter(person=person).values_list("occupation_uri", "years")),
             sorted(DesiredOccupation.objects.filter(person=person).values_list("occupation_uri", flat=True)))
    assert after == before
    assert {k: v for k, v in saved.json().items() if k != "version"} == {k: v for k, v in body.items() if k != "version"}


def test_a_changed_read_only_field_is_named_not_ignored(profile):
    client, _person, url = profile
    body = client.get(url).json()
    body["municipality"] = "11002"
    response = _put(client, url, body)
    assert response.status_code == 422 and [e["field"] for e in response.json()["errors"]] == ["municipality"]


@pytest.mark.parametrize("section", ["experience", "skills", "desired_occupations"])
def test_a_changed_label_is_named_not_silently_dropped(profile, section):
    # re-attack of issue 16: experience[0].label changed to a text with U+202E and NUL answered 200, the label dropped
    client, _person, url = profile
    body = client.get(url).json()
    body[section][0]["label"] = "heftruck\u202echauffeur\x00"
    response = _put(client, url, body)
    assert response.status_code == 422, response.content[:300]
    assert [e["field"] for e in response.json()["errors"]] == [f"{section}[0].label"]


def test_the_gets_body_in_french_sent_back_is_still_a_no_op_save(profile):
    client, _person, url = profile
    body = client.get(url + "?language=fr").json()
    assert _put(client, url, body).status_code == 200


def test_a_skill_listed_twice_is_named(profile):
    client, person, url = profile
    body = client.get(url).json()
    body["skills"].append(dict(body["skills"][1], source="extracted"))
    response = _put(client, url, body)
    assert response.status_code == 422, response.content[:300]
    errors = response.json()["errors"]
    assert [e["field"] for e in errors] == [f"skills[{len(body['skills']) - 1}].uri"] and "twee keer" in errors[0]["message"]
    assert PersonSkill.objects.filter(person=person, skill_uri=body["skills"][1]["uri"]).get().source == "declared"
