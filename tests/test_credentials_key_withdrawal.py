"""Issue 13 follow-up: a partner issuer (an accredited EVC centre, a training provider) withdraws a compromised key; the
key is no longer published, credentials signed with it no longer verify (the verifier is told the key was withdrawn and
when), it never comes back under any key id, and the key the platform signs with is withdrawn only after a rotation.
Every addition, rotation and withdrawal is audited (who, when, which key, why). Rotation respects the limit of keys
(before, a rotation appended a 51st key)."""

from __future__ import annotations

import json

import pytest

from tests import factories as f
from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from tests.test_credentials_partner_keys import _own_key, _post, _public, _reserve, _signed, _submit, _valid
from werkregie.accounts.models import Role
from werkregie.core.errors import Conflict, InvalidInput
from werkregie.credentials import partner_keys, signing
from werkregie.credentials import use_cases as uc
from werkregie.credentials.models import Issuer, IssuerKeyEvent
from werkregie.workflows.services import PLATFORM

KEYS = "/api/v1/credentials/issuers/syntra-test/keys"


def _withdraw(client, kid: str, user, reason: str = "De privésleutel is gelekt"):
    return _post(client, f"{KEYS}/{kid}/withdrawal", {"reason": reason}, user)


def test_a_withdrawn_key_is_unpublished_and_its_credentials_stop_verifying(world, client):  # noqa: F811
    key, other = _own_key("k-lek"), _own_key("k-goed")
    assert _post(client, KEYS, {"jwk": _public(key)}, world.partner).status_code == 201
    assert _post(client, KEYS, {"jwk": _public(other)}, world.partner).status_code == 201
    leaked = _signed(key, world.issuer.did, _reserve(client, world)["credentialStatus"])
    kept = _signed(other, world.issuer.did, _reserve(client, world)["credentialStatus"])
    assert _submit(client, world, leaked).status_code == 201 and _submit(client, world, kept).status_code == 201
    assert _valid(client, leaked)["valid"]  # the key is cached by the verifier now

    response = _withdraw(client, "k-lek", world.partner)
    assert response.status_code == 200, response.content
    assert "k-lek" not in [k["kid"] for k in response.json()["keys"]]
    assert f"{world.issuer.did}#k-lek" not in client.get("/issuers/syntra-test/did.json").json()["assertionMethod"]
    after = _valid(client, leaked)
    signature = next(c for c in after["checks"] if c["name"] == "signature")
    assert not after["valid"] and not signature["ok"] and "ingetrokken op" in signature["reason"]
    assert _valid(client, kept)["valid"]

    assert _withdraw(client, "k-lek", world.partner).status_code == 409  # one-shot
    assert _post(client, KEYS, {"jwk": _public(key)}, world.partner).status_code == 409  # never back
    assert _post(client, KEYS, {"jwk": dict(_public(key), kid="k-lek-2")}, world.partner).status_code == 409  # not under another kid
    assert _post(client, KEYS, {"jwk": _public(_own_key("k-lek"))}, world.partner).status_code == 409  # nor its kid for another key
    assert _withdraw(client, "k-nooit", world.partner).status_code == 404


def test_who_added_and_withdrew_which_key_when(world, client):  # noqa: F811
    key = _own_key("k-audit")
    assert _post(client, KEYS, {"jwk": _public(key)}, world.partner).status_code == 201
    admin = f.user(Role.ADMIN)
    assert _withdraw(client, "k-audit", admin, "Verloren laptop van de partner").status_code == 200
    events = client.get(f"{KEYS}/events", HTTP_AUTHORIZATION=f"Bearer {f.token(world.partner)}")
    assert events.status_code == 200, events.content
    rows = [(e["kid"], e["action"], e["source"], e["role"]) for e in events.json()]
    custodial = signing.partner_public_jwk(world.issuer)["kid"]
    assert rows == [(custodial, "added", "registration", "system"), ("k-audit", "added", "jwk", "partner"), ("k-audit", "withdrawn", "", "admin")]
    withdrawn = events.json()[-1]
    assert withdrawn["actor"] == admin.label and withdrawn["reason"] == "Verloren laptop van de partner" and withdrawn["x"] == _public(key)["x"]
    assert IssuerKeyEvent.objects.filter(issuer=world.issuer).count() == 3
    # another partner neither sees nor withdraws this issuer's keys; a short reason is refused
    for user in (world.stranger_partner, world.citizen, world.counsellor):
        assert client.get(f"{KEYS}/events", HTTP_AUTHORIZATION=f"Bearer {f.token(user)}").status_code in (403, 404)
        assert _withdraw(client, custodial, user).status_code in (403, 404)
    assert _withdraw(client, custodial, world.partner, "x").status_code == 422


def test_the_key_the_platform_signs_with_is_withdrawn_only_after_a_rotation(world, client):  # noqa: F811
    before = uc.issue(person=world.person, kind="training_completion", title="VCA Basis", skills=skills()[:1], who=PLATFORM, issuer=world.issuer)
    old_kid = signing.peek(before.token)[0]["kid"].split("#", 1)[1]
    refused = _withdraw(client, old_kid, world.partner)
    assert refused.status_code == 409 and "rotatie" in refused.json()["detail"]
    assert _post(client, f"{KEYS}/rotation", {}, world.partner).status_code == 201
    assert _withdraw(client, old_kid, world.partner).status_code == 200
    assert not uc.verify(before.token).valid
    world.issuer.refresh_from_db()
    after = uc.issue(person=world.person, kind="training_completion", title="VCA Vol", skills=skills()[:1], who=PLATFORM, issuer=world.issuer)
    assert uc.verify(after.token).valid
    assert [e.action for e in IssuerKeyEvent.objects.filter(issuer=world.issuer)] == ["added", "rotated", "withdrawn"]


def test_rotation_respects_the_limit_of_keys(world):  # noqa: F811
    issuer = world.issuer
    filler = [dict(_public(_own_key(f"k-{i}"))) for i in range(partner_keys.MAX_KEYS - 1)]
    Issuer.objects.filter(pk=issuer.pk).update(public_jwks=list(issuer.public_jwks) + filler)
    issuer.refresh_from_db()
    key_ref = issuer.key_ref
    with pytest.raises(InvalidInput) as refused:
        partner_keys.rotate_custodial(issuer, PLATFORM)
    assert "trek eerst een oude sleutel in" in refused.value.detail
    issuer.refresh_from_db()
    assert len(issuer.public_jwks) == partner_keys.MAX_KEYS and issuer.key_ref == key_ref
    with pytest.raises(InvalidInput):
        partner_keys.register_key(issuer, _public(_own_key("k-extra")), PLATFORM)
    partner_keys.withdraw_key(issuer, "k-0", "Oude sleutel opgeruimd", PLATFORM)
    rotated = partner_keys.rotate_custodial(issuer, PLATFORM)
    assert len(rotated.public_jwks) == partner_keys.MAX_KEYS and rotated.key_ref != key_ref
    with pytest.raises(Conflict):
        partner_keys.withdraw_key(rotated, signing.partner_public_jwk(rotated)["kid"], "de sleutel in gebruik", PLATFORM)


def test_cli_withdraws_a_key_and_prints_the_audit(world, capsys, tmp_path):  # noqa: F811
    from werkregie.cli import main

    path = tmp_path / "key.json"
    path.write_text(json.dumps(_public(_own_key("cli-weg"))))
    assert main(["credentials", "issuers", "keys", "syntra-test", "--add", str(path)]) == 0
    capsys.readouterr()
    assert main(["credentials", "issuers", "keys", "syntra-test", "--withdraw", "cli-weg"]) == 2  # a reason is required
    assert "reden" in capsys.readouterr().err
    assert main(["credentials", "issuers", "keys", "syntra-test", "--withdraw", "cli-weg", "--reason", "Gelekt via e-mail"]) == 0
    assert "cli-weg" not in [k["kid"] for k in json.loads(capsys.readouterr().out)["keys"]]
    assert main(["credentials", "issuers", "keys", "syntra-test", "--events"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [(e["kid"], e["action"]) for e in events][-2:] == [("cli-weg", "added"), ("cli-weg", "withdrawn")]
    assert events[-1]["reason"] == "Gelekt via e-mail"
