"""Partners sign credentials with their own infrastructure: they register a public JWK (or their did:web DID document),
reserve a place in their status list, sign with their own library (jwcrypto here, not the platform's joserfc) and
submit; the platform verifies on submission. Keys rotate under a new key id and earlier credentials keep verifying;
the platform-kept partner key rotates the same way."""

from __future__ import annotations

import json

import pytest
from jwcrypto import jwk

from tests import factories as f
from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from tests.credentials_support import own_key as _own_key
from tests.credentials_support import public_jwk as _public
from tests.credentials_support import self_signed as _signed
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.credentials import partner_keys, signing
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import IssuerKind
from werkregie.credentials.models import Credential, StatusReservation
from werkregie.workflows.services import PLATFORM


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def _post(client, url: str, body: dict, user):
    return client.post(url, json.dumps(body), content_type="application/json", **_bearer(user))


def _reserve(client, world) -> dict:
    response = _post(client, "/api/v1/credentials/status-entries", {}, world.partner)
    assert response.status_code == 201, response.content
    return response.json()


def _submit(client, world, token: str, kind: str = "training_completion", person=None):
    return _post(client, "/api/v1/credentials/submit", {"person_id": (person or world.person).pk, "kind": kind, "credential": token}, world.partner)


def _valid(client, token: str) -> dict:
    return client.post("/api/v1/credentials/verify", token, content_type="application/vc+jwt").json()


def test_a_partner_registers_its_key_signs_itself_and_the_platform_verifies_on_submission(world, client):
    key = _own_key("syntra-2026-1")
    registered = _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": _public(key)}, world.partner)
    assert registered.status_code == 201, registered.content
    assert "syntra-2026-1" in [k["kid"] for k in registered.json()["keys"]]
    document = client.get("/issuers/syntra-test/did.json").json()
    assert f"{world.issuer.did}#syntra-2026-1" in document["assertionMethod"]

    reserved = _reserve(client, world)
    assert reserved["issuer"] == world.issuer.did
    token = _signed(key, world.issuer.did, reserved["credentialStatus"])
    response = _submit(client, world, token)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["jwt"] == token and body["issuer_did"] == world.issuer.did and body["kind"] == "training_completion"
    assert set(body["skills"]) == set(skills()[:2])
    assert not StatusReservation.objects.exists()  # the reserved place is now the credential's
    verified = _valid(client, token)
    assert verified["valid"] and verified["issuer_name"] == "Syntra Test"
    assert Credential.objects.get(pk=body["id"]).person_id == world.person.pk

    # revocable through the platform like any credential of the partner
    revoked = _post(client, f"/api/v1/credentials/{body['id']}/revocation", {"reason": "Examen ongeldig verklaard"}, world.partner)
    assert revoked.status_code == 200, revoked.content
    after = _valid(client, token)
    assert not after["valid"] and [c for c in after["checks"] if c["name"] == "not_revoked"][0]["ok"] is False


def test_rotation_to_a_new_key_id_keeps_earlier_credentials_valid(world, client):
    first, second = _own_key("k-2025"), _own_key("k-2026")
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": _public(first)}, world.partner).status_code == 201
    old = _signed(first, world.issuer.did, _reserve(client, world)["credentialStatus"])
    assert _submit(client, world, old).status_code == 201
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": _public(second)}, world.partner).status_code == 201
    new = _signed(second, world.issuer.did, _reserve(client, world)["credentialStatus"])
    assert _submit(client, world, new).status_code == 201
    assert _valid(client, old)["valid"] and _valid(client, new)["valid"]
    # the same kid with another key is a conflict, not a silent replacement
    clash = _own_key("k-2026")
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": _public(clash)}, world.partner).status_code == 409


def test_refusals_on_submission(world, client):
    key, stranger = _own_key("mine"), _own_key("not-registered")
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": _public(key)}, world.partner).status_code == 201
    status = _reserve(client, world)["credentialStatus"]
    # a foreign key under the registered key id, and a key id the partner never registered
    impostor = _own_key("mine")
    assert _submit(client, world, _signed(impostor, world.issuer.did, status)).status_code == 422
    forged = _signed(stranger, world.issuer.did, status)
    assert _submit(client, world, forged).status_code == 422
    # a place in the status list nobody reserved
    unreserved = dict(status, statusListIndex=str((int(status["statusListIndex"]) + 1) % 131072))
    unreserved["id"] = f"{status['statusListCredential']}#{unreserved['statusListIndex']}"
    assert _submit(client, world, _signed(key, world.issuer.did, unreserved)).status_code == 422
    # no ESCO skill behind an alignment
    assert _submit(client, world, _signed(key, world.issuer.did, status, skill_uris=["http://example.org/skill/1"])).status_code == 422
    # a kind this issuer does not attest, or that comes from a procedure
    assert _submit(client, world, _signed(key, world.issuer.did, status), kind="diploma").status_code == 422
    assert _submit(client, world, _signed(key, world.issuer.did, status), kind="competence_visa").status_code == 422
    # a person the partner has no link with
    assert _submit(client, world, _signed(key, world.issuer.did, status), person=world.other).status_code == 404
    # the good one, once; the same place again is refused
    good = _signed(key, world.issuer.did, status)
    assert _submit(client, world, good).status_code == 201
    assert _submit(client, world, _signed(key, world.issuer.did, status)).status_code == 422
    assert _submit(client, world, good).status_code in (409, 422)


def test_only_public_ed25519_keys_of_ones_own_issuer(world, client):
    key = _own_key("private")
    private = json.loads(key.export_private())
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": private}, world.partner).status_code == 422
    ec = json.loads(jwk.JWK.generate(kty="EC", crv="P-256", kid="ec").export_public())
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": ec}, world.partner).status_code == 422
    # another partner or a citizen cannot touch this issuer's keys; a counsellor neither
    for user in (world.stranger_partner, world.citizen, world.counsellor):
        assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": _public(key)}, user).status_code in (403, 404)
    assert _post(client, "/api/v1/credentials/status-entries", {}, world.citizen).status_code in (403, 404)
    assert _post(client, "/api/v1/credentials/issuers/syntra-test/keys", {"jwk": _public(key)}, f.user(Role.ADMIN)).status_code == 201


def test_the_platform_kept_partner_key_rotates_and_earlier_credentials_verify(world, client):
    before = uc.issue(person=world.person, kind="training_completion", title="VCA Basis", skills=skills()[:1], who=PLATFORM, issuer=world.issuer)
    old_kid = before.token and signing.peek(before.token)[0]["kid"]
    rotated = _post(client, "/api/v1/credentials/issuers/syntra-test/keys/rotation", {}, world.partner)
    assert rotated.status_code == 201 and len(rotated.json()["keys"]) == 2
    world.issuer.refresh_from_db()
    after = uc.issue(person=world.person, kind="training_completion", title="VCA Vol", skills=skills()[:1], who=PLATFORM, issuer=world.issuer)
    assert signing.peek(after.token)[0]["kid"] != old_kid
    assert uc.verify(before.token).valid and uc.verify(after.token).valid


def test_a_partner_with_its_own_did_web_registers_its_did_document(world, client):
    issuer = uc.register_issuer(name="CVO Eigen Domein", slug="cvo-eigen", kind=IssuerKind.SCHOOL, who=PLATFORM)
    key = _own_key("school-1")
    did = "did:web:cvo.example.be"
    document = {"@context": ["https://www.w3.org/ns/did/v1"], "id": did,
                "verificationMethod": [{"id": f"{did}#school-1", "type": "JsonWebKey2020", "controller": did, "publicKeyJwk": {
                    k: v for k, v in _public(key).items() if k != "kid"}}],
                "assertionMethod": [f"{did}#school-1"]}
    imported = partner_keys.import_did_document(issuer, document, PLATFORM)
    assert imported.did == did and "school-1" in [k["kid"] for k in imported.public_jwks]
    # a document for another DID of an issuer that already issued credentials is refused
    uc.issue(person=world.person, kind="diploma", title="Diploma secundair onderwijs", skills=[], who=PLATFORM, issuer=imported)
    with pytest.raises(uc.InvalidInput):
        partner_keys.import_did_document(imported, dict(document, id="did:web:other.example.be"), PLATFORM)
    # a credential the school signed under its own DID verifies
    from werkregie.credentials import submission
    from werkregie.credentials.statuslist import allocate

    with uc.transaction.atomic():
        status_list, index = allocate(imported)
        StatusReservation.objects.create(issuer=imported, status_list=status_list, status_index=index, reserved_at=clock.now())
    token = _signed(key, did, submission.entry(status_list, index), name="Diploma secundair onderwijs", issuer_name="CVO Eigen Domein")
    # valid for the submission, which takes the reserved place; publicly only once submitted (attack of stop 30: a place
    # reserved but never used for this credential cannot revoke it)
    assert uc.verify(token, pending=True).valid and not uc.verify(token).valid
    admin = Principal.for_session(f.user(Role.ADMIN))
    submission.submit(admin, world.person.pk, token, "diploma", slug=imported.slug)
    assert uc.verify(token).valid


def test_cli_adds_a_partner_key_takes_a_did_document_and_rotates(world, capsys, tmp_path):
    from werkregie.cli import main

    key = _own_key("cli-1")
    path = tmp_path / "key.json"
    path.write_text(json.dumps(_public(key)))
    assert main(["credentials", "issuers", "keys", "syntra-test", "--add", str(path)]) == 0
    assert "cli-1" in [k["kid"] for k in json.loads(capsys.readouterr().out)["keys"]]
    path.write_text(key.export_private())
    assert main(["credentials", "issuers", "keys", "syntra-test", "--add", str(path)]) == 2
    assert "privésleutel" in capsys.readouterr().err
    assert main(["credentials", "issuers", "keys", "syntra-test", "--rotate"]) == 0
    assert len(json.loads(capsys.readouterr().out)["keys"]) == 3
    assert main(["credentials", "issuers", "keys", "vdab", "--rotate"]) == 2


def test_only_the_administrator_gives_a_partner_another_did_and_never_a_former_one(world):
    """Found by the attack: a partner's own token could switch its issuer to any did:web (a university's domain, or a
    DID the platform was known by before and keeps as an alias), without proof that it controls that domain."""
    from werkregie.accounts.principal import Principal
    from werkregie.core.errors import Forbidden
    from werkregie.credentials.models import IssuerAlias

    key = _own_key("own-1")

    def document(did: str) -> dict:
        return {"id": did, "verificationMethod": [{"id": f"{did}#own-1", "type": "JsonWebKey2020", "controller": did, "publicKeyJwk": {
            k: v for k, v in _public(key).items() if k != "kid"}}], "assertionMethod": [f"{did}#own-1"]}

    issuer = world.issuer  # the two checks come before the one on credentials already issued
    with pytest.raises(Forbidden):
        partner_keys.import_did_document(issuer, document("did:web:ugent.be"), Principal.for_session(world.partner))
    IssuerAlias.objects.create(issuer=world.issuer, did="did:web:oud.example.be", until=clock.now())
    with pytest.raises(uc.InvalidInput):
        partner_keys.import_did_document(issuer, document("did:web:oud.example.be"), PLATFORM)
