"""Issue 13's attack on partner credentials: the JWT's registered claims (`iss`, `sub`, `jti`, `exp`, `nbf`) were
ignored, so a partner's credential with `iss` the platform's DID, an expired `exp`, a future `nbf` or a `sub` naming
someone else was accepted on submission and verified. They must agree with the credential and hold now, on submission
and verification, as an independent JOSE library (jwcrypto here) would have it."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from jwcrypto import jwt

from tests.credentials_support import key_folder, keyed, self_signed, skills, world  # noqa: F401 - fixtures
from tests.test_credentials_attack30 import _post, _reserved, key  # noqa: F401 - the partner's registered key (a fixture)
from werkregie.core import clock
from werkregie.credentials import signing
from werkregie.credentials.models import Credential


def _submit(client, world, token: str):
    return _post(client, "/api/v1/credentials/submit", {"person_id": world.person.pk, "kind": "training_completion", "credential": token},
                 world.partner)


def _verify(client, token: str) -> dict:
    response = client.post("/api/v1/credentials/verify", json.dumps({"credential": token}), content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()


def _checks(answer: dict) -> dict:
    return {c["name"]: (c["ok"], c["reason"]) for c in answer["checks"]}


def _now() -> int:
    return int(clock.now().timestamp())


def _subject() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def test_iss_must_be_the_credentials_issuer(world, client, key):
    token = self_signed(key, world.issuer.did, _reserved(client, world), iss=signing.platform_did())
    refused = _submit(client, world, token)
    assert refused.status_code == 422 and "(iss)" in json.dumps(refused.json(), ensure_ascii=False)
    answer = _verify(client, token)
    assert answer["valid"] is False and _checks(answer)["issuer_known"] == (
        False, "De JWT noemt een andere uitgever (iss) dan het digitale bewijs (issuer.id).")
    assert answer["issuer_name"] is None and not Credential.objects.filter(token=token).exists()


def test_an_iss_equal_to_the_issuer_is_accepted(world, client, key):
    subject = _subject()
    token = self_signed(key, world.issuer.did, _reserved(client, world), subject=subject, iss=world.issuer.did, sub=subject)
    assert _submit(client, world, token).status_code == 201
    assert _verify(client, token)["valid"] is True


@pytest.mark.parametrize("claim, offset, words", [("exp", -100, "verlopen"), ("nbf", 3600, "nog niet geldig")])
def test_an_expired_exp_or_a_future_nbf_fails_as_an_independent_jose_library_says(world, client, key, claim, offset, words):
    token = self_signed(key, world.issuer.did, _reserved(client, world), valid_for=None, **{claim: _now() + offset})
    with pytest.raises(jwt.JWTExpired if claim == "exp" else jwt.JWTNotYetValid):  # the independent reading
        jwt.JWT(jwt=token, key=key, algs=["EdDSA"], expected_type="JWS").claims  # noqa: B018
    assert _submit(client, world, token).status_code == 422
    answer = _verify(client, token)
    ok, reason = _checks(answer)["not_expired"]
    assert answer["valid"] is False and not ok and words in reason and _checks(answer)["signature"][0] is True


def test_exp_and_nbf_must_agree_with_valid_until_and_valid_from(world, client, key):
    # validUntil ten years on, exp tomorrow: two validity periods in one credential
    token = self_signed(key, world.issuer.did, _reserved(client, world), exp=_now() + 86400)
    assert _submit(client, world, token).status_code == 422
    ok, reason = _checks(_verify(client, token))["not_expired"]
    assert not ok and "(exp" in reason and "validUntil" in reason
    token = self_signed(key, world.issuer.did, _reserved(client, world), nbf=_now() - 86400)
    ok, reason = _checks(_verify(client, token))["not_expired"]
    assert not ok and "(nbf" in reason and "validFrom" in reason


def test_exp_and_nbf_that_agree_verify(world, client, key):
    start = clock.now().astimezone(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(seconds=5)
    end = start + dt.timedelta(days=30)
    token = self_signed(key, world.issuer.did, _reserved(client, world), validFrom=start.isoformat(), validUntil=end.isoformat(),
                        nbf=int(start.timestamp()), exp=int(end.timestamp()))
    assert _submit(client, world, token).status_code == 201
    assert _verify(client, token)["valid"] is True


def test_a_sub_that_is_not_the_subject_is_refused(world, client, key):
    token = self_signed(key, world.issuer.did, _reserved(client, world), subject=_subject(), sub=_subject())
    refused = _submit(client, world, token)
    assert refused.status_code == 422 and "(sub)" in json.dumps(refused.json(), ensure_ascii=False)
    answer = _verify(client, token)
    assert answer["valid"] is False and answer["holder"] is None
    assert _checks(answer)["format"] == (False, "Het digitale bewijs spreekt zichzelf tegen: de JWT noemt een ander subject (sub) dan "
                                                "credentialSubject.id.")


def test_the_platforms_own_credentials_still_verify(world, client):
    from werkregie.credentials import use_cases as uc
    from werkregie.workflows.services import PLATFORM

    made = uc.issue(person=world.person, kind="certified_competence", title="Heftruck", skills=skills()[:1], who=PLATFORM,
                    valid_until=clock.today() + dt.timedelta(days=400))
    assert _verify(client, made.token)["valid"] is True
