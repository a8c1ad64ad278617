"""Issue 13: the administrator's page and API of the platform's signing keys (werkregie/credentials/platform_keys.py):
the list shows public facts only, "Sleutel vernieuwen" needs a confirmation and a reason, is the same use case as
`werkregie keys rotate`, records who did it, and what was signed before still verifies."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives import serialization
from django.test import Client

from tests import factories as f
from tests.credentials_support import key_folder, keyed, world  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.cli import main
from werkregie.core import keys
from werkregie.core.errors import Forbidden, InvalidInput
from werkregie.credentials import platform_keys
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import CredentialKind, KeyAction
from werkregie.credentials.models import IssuerKeyEvent

pytestmark = pytest.mark.django_db


def _private_b64(kid: str) -> str:
    raw = keys.load(kid).ed25519.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return keys._b64(raw)


def _admin_client(user) -> Client:  # noqa: ANN001
    client = Client()
    client.force_login(user)
    return client


def test_the_list_shows_public_facts_and_never_private_material(keyed):  # noqa: F811
    kid = keys.ensure()
    admin = f.user(Role.ADMIN)
    listed = {k.kid: k for k in platform_keys.list_keys(f.principal(admin))}
    key = listed[kid]
    assert key.active and key.published and key.algorithm == "EdDSA (Ed25519)" and key.use == "sig"
    assert key.fingerprint == keys.thumbprint(keys.public_jwk(kid)) and len(key.fingerprint) == 43
    assert key.created is not None and key.rotated_at is None and key.seal_not_after > key.created
    html = _admin_client(admin).get("/sleutels/").content.decode()
    api = Client().get("/api/v1/keys", HTTP_AUTHORIZATION=f"Bearer {f.token(admin)}").content.decode()
    for text in (html, api):
        assert kid in text and key.fingerprint in text
        assert _private_b64(kid) not in text and "PRIVATE KEY" not in text and '"d"' not in text


def test_rotation_through_the_page_keeps_earlier_credentials_valid(world):  # noqa: F811
    admin = f.user(Role.ADMIN)
    old_kid = keys.ensure()
    before = uc.issue(person=world.person, kind=CredentialKind.TRAINING_COMPLETION, title="VCA Basis", skills=[], who=f.principal(admin))
    signed_before = {k.kid: k.credentials_signed for k in platform_keys.list_keys(f.principal(admin))}
    client = _admin_client(admin)
    response = client.post("/sleutels/", {"reason": "jaarlijkse vernieuwing", "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/sleutels/"
    new_kid = keys.current_kid()
    assert new_kid != old_kid
    page = client.get("/sleutels/").content.decode()
    assert "De sleutel is vernieuwd" in page and new_kid in page and "jaarlijkse vernieuwing" in page
    assert page.index("De sleutel is vernieuwd") < page.index("<h1>")  # the message at the top of <main>
    assert uc.verify(before.token).valid  # signed with the earlier key, still valid
    after = uc.issue(person=world.person, kind=CredentialKind.TRAINING_COMPLETION, title="Heftruck", skills=[], who=f.principal(admin))
    assert uc.verify(after.token).valid and json.loads(keys._unb64(after.token.split(".")[0]))["kid"].endswith("#" + new_kid)
    listed = {k.kid: k for k in platform_keys.list_keys(f.principal(admin))}
    assert listed[old_kid].credentials_signed == signed_before[old_kid] and listed[new_kid].credentials_signed == 1
    assert listed[new_kid].active and not listed[old_kid].active and listed[old_kid].rotated_at == listed[new_kid].created
    assert {old_kid, new_kid} <= {k["kid"] for k in Client().get("/.well-known/jwks.json").json()["keys"]}
    event = IssuerKeyEvent.objects.get(kid=new_kid)
    assert (event.action, event.source, event.role, event.user_id, event.reason) == (KeyAction.ROTATED, "platform", "admin", admin.pk,
                                                                                       "jaarlijkse vernieuwing")
    assert event.issuer.is_platform and event.x == keys.public_jwk(new_kid)["x"]


def test_the_page_asks_for_confirmation_and_reason(keyed):  # noqa: F811
    kid = keys.ensure()
    client = _admin_client(f.user(Role.ADMIN))
    response = client.post("/sleutels/", {"reason": "kort"})
    assert response.status_code == 422
    html = response.content.decode()
    assert "Er is een probleem" in html and "Bevestig dat u de sleutel wilt vernieuwen." in html
    assert keys.current_kid() == kid and not IssuerKeyEvent.objects.exists()


def test_the_api_lists_and_rotates_for_the_administrator(keyed):  # noqa: F811
    kid = keys.ensure()
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(f.user(Role.ADMIN))}"}
    client = Client()
    listed = client.get("/api/v1/keys", **headers).json()
    assert listed[0]["kid"] == kid and listed[0]["active"] and listed[0]["published"]
    refused = client.post("/api/v1/keys/rotation", {"confirm": False, "reason": "x"}, content_type="application/json", **headers)
    assert refused.status_code == 422 and refused["Content-Type"] == "application/problem+json"
    assert {e["field"] for e in refused.json()["errors"]} == {"confirm", "reason"} and keys.current_kid() == kid
    done = client.post("/api/v1/keys/rotation", {"confirm": True, "reason": "vermoeden van een lek"}, content_type="application/json", **headers)
    assert done.status_code == 201
    body = done.json()
    assert body["previous"] == kid and body["key_id"] == keys.current_kid() != kid
    assert [k["active"] for k in body["keys"]][:2] == [True, False] and body["keys"][0]["kid"] == body["key_id"]


@pytest.mark.parametrize("role", [r for r in Role.values if r != Role.ADMIN])
def test_every_other_role_is_refused(keyed, role):  # noqa: F811
    user = f.user(role, person=f.person()) if role == Role.CITIZEN else f.user(role)
    with pytest.raises(Forbidden):
        platform_keys.rotate(f.principal(user), "jaarlijkse vernieuwing", True)
    with pytest.raises(Forbidden):
        platform_keys.list_keys(f.principal(user))


def test_the_command_line_rotation_is_the_same_use_case(keyed, capsys):  # noqa: F811
    old = keys.ensure()
    assert main(["keys", "rotate", "--reason", "jaarlijkse vernieuwing"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["previous"] == old and out["key_id"] == keys.current_kid()
    event = IssuerKeyEvent.objects.get(kid=out["key_id"])
    assert event.actor == "werkregie keys rotate (command line)" and event.reason == "jaarlijkse vernieuwing" and event.user_id is None
    assert main(["keys", "rotate", "--reason", "x"]) == 2 and keys.current_kid() == out["key_id"]
    with pytest.raises(InvalidInput):
        platform_keys.rotate(f.principal(f.user(Role.ADMIN)), "jaarlijkse vernieuwing", confirmed=False)


def test_a_rotation_whose_record_fails_is_neither_recorded_nor_in_use(keyed, monkeypatch):  # noqa: F811
    """The attack of stop 24: the audit row was written after the new key was switched on, so a failing record left a
    key in use that nobody had recorded. Now the key is switched on last inside the record's transaction and back off
    when the transaction fails."""
    before = keys.ensure()
    kids_before = keys.all_kids()
    events_before = IssuerKeyEvent.objects.count()

    def failing_record(*args, **kwargs):  # noqa: ANN002, ANN003
        raise RuntimeError("the database went away while recording")

    monkeypatch.setattr(platform_keys, "record", failing_record)
    with pytest.raises(RuntimeError):
        platform_keys.rotate(f.principal(f.user(Role.ADMIN)), "jaarlijkse vernieuwing", confirmed=True)
    assert keys.current_kid() == before and keys.load().kid == before
    assert keys.all_kids() == kids_before
    assert IssuerKeyEvent.objects.count() == events_before


def test_a_rotation_that_fails_at_commit_switches_the_key_back(keyed, monkeypatch):  # noqa: F811
    before = keys.ensure()
    kids_before = keys.all_kids()
    real_use = keys.use

    def use_then_fail(kid):  # noqa: ANN001
        real_use(kid)
        if kid != before:
            raise OSError("disk full after the switch")

    monkeypatch.setattr(keys, "use", use_then_fail)
    with pytest.raises(OSError):
        platform_keys.rotate(f.principal(f.user(Role.ADMIN)), "jaarlijkse vernieuwing", confirmed=True)
    assert keys.current_kid() == before
    assert keys.all_kids() == kids_before
    assert not IssuerKeyEvent.objects.filter(action=KeyAction.ROTATED).exists()
