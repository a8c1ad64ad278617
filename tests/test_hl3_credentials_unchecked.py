"""Re-walk of issue 13: a token naming VDAB signed with another issuer's key read "De uitgever is onbekend." on its
signature while the issuer check said the key was not the named issuer's; and a broken signature with a changed `iss`
kept a checked verdict drawn from unsigned content."""

from __future__ import annotations

import json
import uuid

import pytest

from tests import factories as f
from tests.credentials_support import key_folder, keyed, own_key, public_jwk, self_signed, world  # noqa: F401 - fixtures
from werkregie.credentials import signing
from werkregie.credentials import use_cases as uc


@pytest.fixture
def key(world, client):
    mine = own_key(f"syntra-{uuid.uuid4().hex[:8]}")
    response = client.post("/api/v1/credentials/issuers/syntra-test/keys", json.dumps({"jwk": public_jwk(mine)}),
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(world.partner)}")
    assert response.status_code == 201
    return mine


def _checks(token: str) -> dict:
    return {c.name: c for c in uc.verify(token).checks}


def test_a_key_of_another_issuer_is_said_on_the_signature_too(world, key):
    vdab = uc.platform_issuer()
    token = self_signed(key, world.issuer.did, None, issuer={"id": vdab.did, "type": ["Profile"], "name": vdab.name})
    checks = _checks(token)
    assert checks["issuer_known"].reason == "De sleutel hoort niet bij de uitgever die het digitale bewijs noemt."
    signature = checks["signature"]
    assert signature.checked is False and signature.ok is False
    assert "onbekend" not in signature.reason and "hoort niet bij de uitgever" in signature.reason


def test_an_unregistered_issuer_still_reads_unknown_on_the_signature(world, key):
    token = self_signed(key, "did:web:nobody.example", None)
    assert _checks(token)["signature"].reason == "De uitgever is onbekend."


def test_a_changed_iss_under_a_broken_signature_is_not_checked(world, key):
    forger = own_key(key.key_id)  # the same kid, another key: the signature does not hold
    token = self_signed(forger, world.issuer.did, None, iss=signing.platform_did())
    checks = _checks(token)
    assert checks["signature"].ok is False and checks["signature"].checked is True
    issuer = checks["issuer_known"]
    assert issuer.checked is False and issuer.ok is False and "(iss)" not in issuer.reason


def test_a_changed_iss_under_a_valid_signature_stays_a_checked_refusal(world, key):
    token = self_signed(key, world.issuer.did, None, iss=signing.platform_did())
    issuer = _checks(token)["issuer_known"]
    assert issuer.checked is True and issuer.ok is False and "(iss)" in issuer.reason
