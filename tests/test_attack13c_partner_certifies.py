"""Issue 13's attack on a demo (MEDIUM, design): a training provider issued a "certified competence" for any ESCO skill
(surgical asepsis) and it became a certified skill in matching. A partner now certifies only skills its own courses in
the catalogue teach, or any skill as an accredited EVC centre; others are refused with a 422 naming the skill, through
the issuing API and through the submission of a credential it signed itself."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests import factories as f
from tests.credentials_support import key_folder, keyed, self_signed, world  # noqa: F401 - fixtures
from tests.test_credentials_attack30 import _reserved, key  # noqa: F401 - the partner's registered key
from tests.training_support import essential, provider, record
from werkregie.careers.models import EvcAccreditation
from werkregie.credentials.models import Credential
from werkregie.matching.models import PersonSkill, SkillSource
from werkregie.training import importer

SURGICAL_ASEPSIS = "http://data.europa.eu/esco/skill/3d395072-95d7-4706-986f-a7d29ddbd547"


@pytest.fixture
def taught(world) -> list[str]:
    """The partner's catalogue: one course teaching two skills."""
    mine = provider(name="Syntra Test", organisation=world.issuer.organisation)
    importer.import_catalogue(mine, [record("VCA-1", skills=essential()[:2])])
    return essential()[:2]


def _issue(client, world, skill_uris: list[str]):
    body = {"person_id": world.person.pk, "kind": "certified_competence", "title": "Competentie", "skills": skill_uris,
            "valid_until": (dt.date.today() + dt.timedelta(days=365)).isoformat()}
    return client.post("/api/v1/credentials/issue", json.dumps(body), content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {f.token(world.partner)}")


def _fields(answer) -> list[str]:
    return [e["field"] for e in answer.json()["errors"]]


def test_a_training_provider_cannot_certify_a_skill_it_does_not_teach(world, client, taught):
    refused = _issue(client, world, [taught[0], SURGICAL_ASEPSIS])
    assert refused.status_code == 422, refused.content
    text = json.dumps(refused.json(), ensure_ascii=False)
    assert "chirurgische asepsis" in text and SURGICAL_ASEPSIS in text and _fields(refused) == ["skills"]
    assert not Credential.objects.filter(kind="certified_competence").exists()
    assert not PersonSkill.objects.filter(person=world.person, skill_uri=SURGICAL_ASEPSIS).exists()


def test_it_certifies_what_its_courses_teach(world, client, taught):
    made = _issue(client, world, taught)
    assert made.status_code == 201, made.content
    assert set(PersonSkill.objects.filter(person=world.person, source=SkillSource.CERTIFIED).values_list("skill_uri", flat=True)) == set(taught)


def test_a_provider_without_a_catalogue_certifies_nothing(world, client):
    refused = _issue(client, world, essential()[:1])
    assert refused.status_code == 422 and _fields(refused) == ["skills"]


def test_an_accredited_evc_centre_certifies_any_skill(world, client, taught):
    EvcAccreditation.objects.create(organisation=world.issuer.organisation, valid_from=dt.date(2020, 1, 1))
    assert _issue(client, world, [SURGICAL_ASEPSIS]).status_code == 201


def test_a_self_signed_certified_competence_outside_the_catalogue_is_refused_on_submission(world, client, key, taught):
    token = self_signed(key, world.issuer.did, _reserved(client, world), name="Chirurgische asepsis", skill_uris=[SURGICAL_ASEPSIS],
                        achievement={"achievementType": "Competency"})
    refused = client.post("/api/v1/credentials/submit", json.dumps({"person_id": world.person.pk, "kind": "certified_competence",
                                                                    "credential": token}),
                          content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(world.partner)}")
    assert refused.status_code == 422 and _fields(refused) == ["alignment"] and "chirurgische asepsis" in refused.content.decode()
    ok = self_signed(key, world.issuer.did, _reserved(client, world), name="VCA", skill_uris=taught, achievement={"achievementType": "Competency"})
    accepted = client.post("/api/v1/credentials/submit", json.dumps({"person_id": world.person.pk, "kind": "certified_competence",
                                                                     "credential": ok}),
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(world.partner)}")
    assert accepted.status_code == 201, accepted.content
