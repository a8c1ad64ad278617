"""Issue 13's attack on the credentials API: one Dutch answer for a person id that does not exist and one outside the
reader's access (nobody learns which ids exist), and a forged token that neither names its issuer as confirmed nor
hands back its claims."""

from __future__ import annotations

import base64
import json

import pytest

from tests import factories as f
from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import CredentialKind


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def _without_instance(response) -> dict:
    body = response.json()
    body.pop("instance")  # the request's own path: differs by id, tells nothing
    return body


@pytest.mark.parametrize("who", ["citizen", "counsellor"])
def test_an_unknown_and_a_foreign_person_get_the_same_dutch_answer(world, client, who):
    user = getattr(world, who)
    foreign = client.get(f"/api/v1/credentials/persons/{world.other.pk}", **_bearer(user))
    missing = client.get("/api/v1/credentials/persons/999999", **_bearer(user))
    assert foreign.status_code == missing.status_code == 404
    assert _without_instance(foreign) == _without_instance(missing)
    assert missing.json()["detail"] == "Geen persoon gevonden binnen uw toegang."


def test_the_api_answers_in_the_readers_language(world, client):
    body = json.dumps({"person_id": world.person.pk, "kind": "training_completion", "title": "VCA", "skills": skills()[:1]})
    refused = client.post("/api/v1/credentials/issue", body, content_type="application/json", **_bearer(world.citizen))
    assert refused.status_code == 403 and refused.json()["detail"] == "Uw rol geeft geen digitale bewijzen uit."
    english = client.post("/api/v1/credentials/issue", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en", **_bearer(world.citizen))
    assert english.json()["detail"] == "Your role does not issue credentials."
    unreadable = client.post("/api/v1/credentials/verify", json.dumps({"credential": 5}), content_type="application/json")
    assert unreadable.status_code == 400 and unreadable.json()["detail"].startswith("Stuur het digitale bewijs als tekst")
    none = client.get("/api/v1/credentials/99999", **_bearer(world.citizen))
    assert none.json()["detail"] == "Geen digitaal bewijs gevonden."
    # another's issuer and an unknown one: the same answer
    foreign = client.post(f"/api/v1/credentials/issuers/{world.issuer.slug}/keys/rotation", **_bearer(world.stranger_partner))
    unknown = client.post("/api/v1/credentials/issuers/bestaat-niet/keys/rotation", **_bearer(world.stranger_partner))
    assert foreign.status_code == unknown.status_code == 404 and _without_instance(foreign) == _without_instance(unknown)
    assert unknown.json()["detail"] == "Geen uitgever gevonden binnen uw toegang."


def _forged(world) -> str:
    token = uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title="Heftruck", skills=skills(),
                     who=world.p(world.counsellor)).token
    header, payload, signature = token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=="))
    body["name"] = "Doctor in de geneeskunde"
    return ".".join([header, base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode(), signature])


def test_a_forged_token_neither_confirms_its_issuer_nor_returns_its_claims(world, client):
    answer = client.post("/api/v1/credentials/verify", _forged(world), content_type="application/vc+jwt").json()
    assert answer["valid"] is False
    assert answer["credential"] is None and answer["issuer_name"] is None
    assert answer["claimed_issuer"].startswith("VDAB")
    issuer_check = next(c for c in answer["checks"] if c["name"] == "issuer_known")
    assert issuer_check["reason"].startswith("Het digitale bewijs noemt VDAB") and "niet bevestigd" in issuer_check["reason"]
    assert "Doctor in de geneeskunde" not in json.dumps(answer)
    page = client.post("/verifieer/", {"credential": _forged(world)}).content.decode()
    assert "Uitgegeven door VDAB" not in page and "noemt VDAB" in page and "Doctor in de geneeskunde" not in page


def test_a_valid_token_still_names_its_issuer_and_claims(world, client):
    token = uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title="Heftruck", skills=skills(),
                     who=world.p(world.counsellor)).token
    answer = client.post("/api/v1/credentials/verify", token, content_type="application/vc+jwt").json()
    assert answer["valid"] and answer["issuer_name"] == answer["claimed_issuer"] and answer["credential"]["name"] == "Heftruck"
