"""Issue 13's attack on a demo (MEDIUM): an EVC request by occupation (POST /api/v1/careers/evc {"occupation": …}) asked
again for skills already certified or already in another open request, where an explicit list of skills was refused
for the latter. One rule for both routes now: skills certified already are left out, and the answer says which; skills
in an open request are refused, naming them."""

from __future__ import annotations

import json

import pytest

from tests import factories as f
from tests.careers_support import key_folder, setup, world  # noqa: F401 - fixtures
from werkregie.careers.models import EvcSkill
from werkregie.careers.use_cases import common
from werkregie.core import clock
from werkregie.matching.models import PersonSkill, SkillSource

pytestmark = pytest.mark.django_db


def _ask(client, world, body: dict):
    return client.post("/api/v1/careers/evc", json.dumps(body), content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {f.token(world.citizen)}")


def _certify(world, uris: list[str]) -> None:
    for uri in uris:
        PersonSkill.objects.update_or_create(person=world.person, skill_uri=uri, defaults={"source": SkillSource.CERTIFIED, "added_at": clock.now()})


def test_by_occupation_skills_certified_already_are_left_out_and_named(world, client):
    essential = common.essential_skills(world.occupation)
    _certify(world, essential[:1])
    made = _ask(client, world, {"occupation": world.occupation})
    assert made.status_code == 201, made.content
    body = made.json()
    assert [s["uri"] for s in body["skills"]] == essential[1:40]
    assert [s["uri"] for s in body["left_out_certified"]] == essential[:1]
    assert not EvcSkill.objects.filter(skill_uri=essential[0]).exists()


def test_by_a_list_skills_certified_already_are_left_out_the_same_way(world, client):
    essential = common.essential_skills(world.occupation)
    _certify(world, essential[:1])
    made = _ask(client, world, {"skills": essential[:3]})
    assert made.status_code == 201, made.content
    assert [s["uri"] for s in made.json()["skills"]] == essential[1:3]
    assert [s["uri"] for s in made.json()["left_out_certified"]] == essential[:1]


def test_an_occupation_whose_skills_are_all_certified_is_refused(world, client):
    essential = common.essential_skills(world.occupation)
    _certify(world, essential)
    refused = _ask(client, world, {"occupation": world.occupation})
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "occupation"
    assert "al erkend" in refused.json()["errors"][0]["message"]


@pytest.mark.parametrize("second", ["occupation", "skills"])
def test_skills_in_an_open_request_are_refused_by_either_route(world, client, second):
    essential = common.essential_skills(world.occupation)
    assert _ask(client, world, {"skills": essential[:2]}).status_code == 201
    refused = _ask(client, world, {"occupation": world.occupation} if second == "occupation" else {"skills": essential[1:3]})
    assert refused.status_code == 422, refused.content
    [error] = refused.json()["errors"]
    assert error["field"] == ("occupation" if second == "occupation" else "skills") and "lopende aanvraag" in error["message"]
    assert common.skill_label(essential[1], "nl") in error["message"]
    assert EvcSkill.objects.filter(skill_uri=essential[1]).count() == 1


def test_the_page_says_which_skills_were_left_out(world, client):
    essential = common.essential_skills(world.occupation)
    _certify(world, essential[:1])
    client.force_login(world.citizen)
    done = client.post("/mijn-loopbaan/evc/aanvragen/", {"kind": "beroep", "occupation": world.occupation, "motivation": ""}, follow=True)
    page = done.content.decode()
    assert done.status_code == 200 and "Uw aanvraag is verstuurd" in page
    assert "1 competentie is al erkend en werd niet opnieuw aangevraagd" in page
