"""The attack of stop 30 on credentials (issue 13): dates at the calendar's edge, partner-signed credentials that went
around the issuing rules (a kind the issuer may not issue, no status, another credential's status place, another
issuer's name), what a valid credential says about its presenter, a partner key id that is the platform's, and a
.jwt saved with a byte order mark."""

from __future__ import annotations

import base64
import json
import uuid

import pytest

from tests import factories as f
from tests.credentials_support import key_folder, keyed, own_key, public_jwk, self_signed, skills, world  # noqa: F401 - fixtures
from werkregie.core import keys
from werkregie.credentials import signing
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import CredentialKind
from werkregie.credentials.models import Credential
from werkregie.workflows.services import PLATFORM


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def _post(client, url: str, body: dict, user):
    return client.post(url, json.dumps(body), content_type="application/json", **_bearer(user))


def _checks(answer: dict) -> dict:
    return {c["name"]: (c["ok"], c["reason"]) for c in answer["checks"]}


def _verify(client, token: str) -> dict:
    response = client.post("/api/v1/credentials/verify", json.dumps({"credential": token}), content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def key(world, client):
    """The partner's own registered key (the attacker used Syntra's own key: a correct signature)."""
    # a fresh key id per test: the process caches verification keys per DID and key id, and every test's issuer has the same DID
    mine = own_key(f"syntra-{uuid.uuid4().hex[:8]}")
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": public_jwk(mine)}, world.partner).status_code == 201
    return mine


def _reserved(client, world) -> dict:
    response = _post(client, "/api/v1/credentials/status-entries", {}, world.partner)
    assert response.status_code == 201, response.content
    return response.json()["credentialStatus"]


def _submit(client, world, token: str, kind: str = "training_completion"):
    return _post(client, "/api/v1/credentials/submit", {"person_id": world.person.pk, "kind": kind, "credential": token}, world.partner)


# --- H1: dates at the calendar's edge --------------------------------------------------------------------------------


@pytest.mark.parametrize("dates", [
    {"validFrom": "9999-12-31T23:59:59Z"},
    {"validUntil": "0001-01-01T00:00:00+01:00"},
    {"validUntil": "9999-12-31T23:59:59-01:00"},
])
def test_a_signed_credential_with_dates_out_of_range_is_invalid_not_a_crash(world, client, key, dates):
    token = self_signed(key, world.issuer.did, _reserved(client, world), **dates)
    answer = _verify(client, token)
    assert answer["valid"] is False
    ok, reason = _checks(answer)["not_expired"]
    assert not ok and "buiten het bereik" in reason and _checks(answer)["signature"][0] is True
    page = client.post("/verifieer/", {"credential": token})
    assert page.status_code == 200 and "buiten het bereik" in page.content.decode()


# --- M3: the issuing rules hold for what a partner signs itself --------------------------------------------------------


def test_a_kind_the_issuer_may_not_issue_without_status_and_naming_another_issuer_is_invalid(world, client, key):
    token = self_signed(key, world.issuer.did, None, name="Master in de geneeskunde", valid_for=None,
                        issuer_name="VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding", achievement={"achievementType": "Diploma"})
    answer = _verify(client, token)
    checks = _checks(answer)
    assert answer["valid"] is False and answer["credential"] is None
    assert checks["issuer_known"] == (False, "Syntra Test mag dit digitale bewijs niet uitreiken: Opleidingsverstrekker reikt geen diploma uit.")
    assert not checks["not_revoked"][0] and "geen statusvermelding" in checks["not_revoked"][1]
    page = client.post("/verifieer/", {"credential": token}).content.decode()
    assert "Dit digitale bewijs is niet geldig" in page and "Master in de geneeskunde" not in page and "Vlaamse Dienst" not in page


def test_another_credentials_status_place_does_not_make_a_self_signed_one_valid(world, client, key):
    issued = uc.issue(person=world.person, kind=CredentialKind.TRAINING_COMPLETION, title="VCA Basis", skills=skills()[:1],
                      who=world.p(world.partner))
    assert _verify(client, issued.token)["valid"]
    borrowed = json.loads(base64.urlsafe_b64decode(issued.token.split(".")[1] + "=="))["credentialStatus"]
    copy = self_signed(key, world.issuer.did, borrowed)
    answer = _verify(client, copy)
    assert answer["valid"] is False and _checks(answer)["not_revoked"] == (False, "Deze plaats in de statuslijst hoort bij een ander digitaal bewijs van de uitgever.")
    assert _submit(client, world, copy).status_code == 422


def test_a_reserved_place_counts_once_the_credential_is_submitted(world, client, key):
    token = self_signed(key, world.issuer.did, _reserved(client, world))
    before = _verify(client, token)
    assert before["valid"] is False and "niet bij het platform ingediend" in _checks(before)["not_revoked"][1]
    assert _submit(client, world, token).status_code == 201
    assert _verify(client, token)["valid"] is True
    # a second credential signed over the same place stays invalid
    assert _verify(client, self_signed(key, world.issuer.did, json.loads(json.dumps(_status_of(token)))))["valid"] is False


def _status_of(token: str) -> dict:
    return signing.peek(token)[1]["credentialStatus"]


def test_submission_refuses_another_type_or_another_issuers_name(world, client, key):
    status = _reserved(client, world)
    diploma = self_signed(key, world.issuer.did, status, achievement={"achievementType": "Diploma"})
    refused = _submit(client, world, diploma)
    assert refused.status_code == 422 and "reikt geen diploma uit" in json.dumps(refused.json(), ensure_ascii=False)
    competence = self_signed(key, world.issuer.did, status, achievement={"achievementType": "Competency"})
    assert _submit(client, world, competence).status_code == 422  # allowed for this issuer, but not what it is submitted as
    vdab = self_signed(key, world.issuer.did, status, issuer_name="VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding")
    named = _submit(client, world, vdab)
    assert named.status_code == 422 and "geregistreerd als „Syntra Test”" in json.dumps(named.json(), ensure_ascii=False)
    course = self_signed(key, world.issuer.did, status, achievement={"achievementType": "Course"})
    assert _submit(client, world, course).status_code == 201 and _verify(client, course)["valid"]


def test_a_kept_credential_is_checked_against_the_kind_it_was_issued_as(world, client):
    issued = uc.issue(person=world.person, kind=CredentialKind.TRAINING_COMPLETION, title="VCA Basis", skills=skills()[:1],
                      who=world.p(world.partner))
    Credential.objects.filter(pk=issued.pk).update(kind=CredentialKind.DIPLOMA)  # a row from before the rules, or changed by hand
    assert _checks(_verify(client, issued.token))["issuer_known"][0] is False
    platform = uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title="Heftruck", skills=skills(), who=PLATFORM)
    assert _verify(client, platform.token)["valid"]  # the platform's own credentials keep verifying


# --- M2: what a valid credential says about whoever presents it -----------------------------------------------------


def test_a_valid_credential_says_it_does_not_prove_who_presents_it(world, client):
    token = uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title="Heftruck", skills=skills(), who=PLATFORM).token
    answer = _verify(client, token)
    holder = answer["holder"]
    assert holder["binding"] == "none" and holder["id"].startswith("urn:uuid:") and holder["identities"] == []
    assert "niet dat wie het toont die houder is" in holder["note"] and "gedeelde paspoortlink" in holder["note"]
    assert world.person.first_name not in json.dumps(answer)  # nothing personal is added
    page = client.post("/verifieer/", {"credential": token}).content.decode()
    assert "Van wie is dit digitale bewijs?" in page and "niet dat wie het toont die houder is" in page


def test_a_holder_binding_in_the_credential_is_shown(world, client):
    payload = signing.peek(uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title="Heftruck", skills=skills(),
                                    who=PLATFORM).token)[1]
    subject = dict(payload["credentialSubject"], id="did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
    # the JWT's sub repeats the subject's id (VC-JOSE; a mismatch is refused since the attack on issue 13)
    bound = _verify(client, signing.sign(uc.platform_issuer(), dict(payload, credentialSubject=subject, sub=subject["id"])))["holder"]
    assert bound["binding"] == "did" and "did:key:z6Mk" in bound["note"]
    hashed = dict(payload["credentialSubject"], identifier=[{"type": "IdentityObject", "identityType": "emailAddress", "hashed": True,
                                                             "identityHash": "sha256$" + "ab" * 32}])
    other = f"urn:uuid:{uuid.uuid4()}"
    answer = _verify(client, signing.sign(uc.platform_issuer(), dict(payload, credentialSubject=hashed, id=other, jti=other)))
    assert answer["holder"]["binding"] == "identity_hash" and answer["holder"]["identities"][0]["type"] == "emailAddress"
    assert _verify(client, "eyJ.bad.token")["holder"] is None  # an invalid credential's content says nothing


# --- L3: a partner key id is its own -----------------------------------------------------------------------------------


def test_a_partner_key_id_may_not_be_the_platforms_or_another_issuers(world, client):
    uc.platform_issuer()
    keys.ensure()
    for kid in (keys.current_kid(), "wr-20991231-000000000000"):
        refused = _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": public_jwk(own_key(kid))}, world.partner)
        assert refused.status_code == 409, refused.content
    other = uc.register_issuer(name="CVO Ander", slug="cvo-ander", kind="school", who=PLATFORM)
    theirs = other.public_jwks[0]["kid"]
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": public_jwk(own_key(theirs))}, world.partner).status_code == 409
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": public_jwk(own_key("syntra-2027"))}, world.partner).status_code == 201


# --- L4: a byte order mark -----------------------------------------------------------------------------------------------


def test_a_jwt_file_with_a_byte_order_mark_verifies(world, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    token = uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title="Heftruck", skills=skills(), who=PLATFORM).token
    upload = SimpleUploadedFile("credential.jwt", b"\xef\xbb\xbf" + token.encode() + b"\r\n", content_type="application/octet-stream")
    page = client.post("/verifieer/", {"file": upload})
    assert page.status_code == 200 and "Geldig digitaal bewijs" in page.content.decode()
    body = client.post("/api/v1/credentials/verify", b"\xef\xbb\xbf" + token.encode(), content_type="application/vc+jwt").json()
    assert body["valid"] is True
    assert uc.verify("\ufeff" + token + "\n").valid
