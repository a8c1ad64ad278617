"""Issue 13's attack on a demo (HIGH): a partner with its own registered key submitted a credential, then re-signed the
same `id` and `credentialStatus` with other content — another title ("Master in de geneeskunde"), another holder, an
alignment that is no ESCO skill, the issuer name "VDAB – …", valid until 2099 — and the verification endpoint and the
/verifieer/ page said valid: the submission's checks were never applied at verification. A partner credential now
verifies only when it IS the kept one (the SHA-256 of its compact JWS); the platform's own credentials, and credentials
signed before a key rotation, still verify."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from tests.credentials_support import key_folder, keyed, own_key, public_jwk, self_signed, skills, world  # noqa: F401 - fixtures
from tests.test_credentials_attack30 import _post, _reserved, _submit, _verify, key  # noqa: F401 - the partner's registered key
from werkregie.core import clock, keys
from werkregie.credentials import use_cases as uc
from werkregie.credentials.models import Credential
from werkregie.workflows.services import PLATFORM

NOT_REGISTERED = "Dit is niet het digitale bewijs dat Syntra Test bij het platform registreerde"


def _checks(answer: dict) -> dict:
    return {c["name"]: (c["ok"], c["reason"]) for c in answer["checks"]}


def _submitted(client, world, key) -> tuple[str, dict, str]:
    """(the submitted token, its credentialStatus, its id)."""
    status = _reserved(client, world)
    uid = f"urn:uuid:{uuid.uuid4()}"
    token = self_signed(key, world.issuer.did, status, id=uid, jti=uid)
    assert _submit(client, world, token).status_code == 201
    assert _verify(client, token)["valid"] is True
    return token, status, uid


def test_a_partner_credential_re_signed_with_other_content_does_not_verify(world, client, key):
    token, status, uid = _submitted(client, world, key)
    forged = self_signed(key, world.issuer.did, status, id=uid, jti=uid, name="Master in de geneeskunde",
                         subject=f"urn:uuid:{uuid.uuid4()}", skill_uris=["https://example.org/geneeskunde"],
                         issuer_name="VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding",
                         validUntil="2099-12-31T00:00:00Z")
    answer = _verify(client, forged)
    assert answer["valid"] is False and answer["credential"] is None and answer["issuer_name"] is None
    ok, reason = _checks(answer)["registered"]
    assert not ok and reason.startswith(NOT_REGISTERED)
    assert _checks(answer)["signature"][0] is True  # its own key signed it: that alone proves nothing about the content
    page = client.post("/verifieer/", {"credential": forged}).content.decode()
    assert "Dit digitale bewijs is niet geldig" in page and NOT_REGISTERED in page and "Master in de geneeskunde" not in page
    # the credential it imitates still verifies, on the API and the page
    assert _verify(client, token)["valid"] is True
    assert "Geldig digitaal bewijs" in client.post("/verifieer/", {"credential": token}).content.decode()


def test_even_a_changed_holder_alone_is_not_the_registered_credential(world, client, key):
    _token, status, uid = _submitted(client, world, key)
    other_holder = self_signed(key, world.issuer.did, status, id=uid, jti=uid, subject=f"urn:uuid:{uuid.uuid4()}")
    answer = _verify(client, other_holder)
    assert answer["valid"] is False and _checks(answer)["registered"][0] is False


def test_the_kept_digest_is_the_submitted_tokens(world, client, key):
    from werkregie.credentials.models import token_digest

    token, _status, _uid = _submitted(client, world, key)
    kept = Credential.objects.get(token=token)
    assert kept.token_sha256 == token_digest(token) and len(kept.token_sha256) == 64


def test_partner_credentials_signed_before_a_key_rotation_still_verify(world, client, key):
    token, _status, _uid = _submitted(client, world, key)
    custodial = uc.issue(person=world.person, kind="training_completion", title="VCA Basis", skills=skills()[:1], who=PLATFORM,
                         issuer=world.issuer)
    nxt = own_key(f"syntra-next-{uuid.uuid4().hex[:6]}")
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": public_jwk(nxt)}, world.partner).status_code == 201
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys/rotation", {}, world.partner).status_code in (200, 201)
    assert _verify(client, token)["valid"] is True and _verify(client, custodial.token)["valid"] is True


def test_the_platforms_own_credentials_still_verify_also_after_a_rotation(world, client):
    before = uc.issue(person=world.person, kind="certified_competence", title="Heftruck", skills=skills()[:1], who=PLATFORM,
                      valid_until=clock.today() + dt.timedelta(days=400))
    keys.rotate()
    after = uc.issue(person=world.person, kind="certified_competence", title="Reachtruck", skills=skills()[:1], who=PLATFORM)
    for made in (before, after):
        answer = _verify(client, made.token)
        assert answer["valid"] is True and "registered" not in _checks(answer), json.dumps(answer)
