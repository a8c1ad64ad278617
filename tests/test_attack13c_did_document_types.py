"""Issue 13's attack on a demo (MEDIUM): a DID document whose assertionMethod or verificationMethod had the wrong type
(`5`, a method whose `id` was 5, 7 or [1]) made PUT /api/v1/credentials/issuers/{slug}/did-document answer 500. Now a
422 that names the field; nothing is registered."""

from __future__ import annotations

import json

import pytest

from tests import factories as f
from tests.credentials_support import key_folder, keyed, own_key, public_jwk, world  # noqa: F401 - fixtures
from werkregie.credentials.models import Issuer


def _put(client, world, document: dict):
    return client.put("/api/v1/credentials/issuers/syntra-test/did-document", json.dumps({"document": document}),
                      content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(world.partner)}")


def _document(world, **changes) -> dict:
    did = world.issuer.did
    key = {k: v for k, v in public_jwk(own_key("doc-1")).items() if k != "kid"}
    document = {"id": did, "verificationMethod": [{"id": f"{did}#doc-1", "type": "JsonWebKey2020", "controller": did, "publicKeyJwk": key}],
                "assertionMethod": [f"{did}#doc-1"]}
    document.update(changes)
    return document


@pytest.mark.parametrize(("changes", "field"), [
    ({"assertionMethod": 5}, "did_document.assertionMethod"),
    ({"verificationMethod": 5}, "did_document.verificationMethod"),
    ({"verificationMethod": [{"id": 5, "type": "JsonWebKey2020"}]}, "did_document.verificationMethod[0].id"),
    ({"assertionMethod": [{"id": 7}]}, "did_document.assertionMethod[0].id"),
    ({"assertionMethod": [{"id": [1]}]}, "did_document.assertionMethod[0].id"),
    ({"assertionMethod": [3]}, "did_document.assertionMethod[0]"),
    ({"verificationMethod": ["#doc-1"]}, "did_document.verificationMethod[0]"),
])
def test_a_did_document_with_wrong_types_is_a_422_naming_the_field(world, client, changes, field):
    before = list(Issuer.objects.get(pk=world.issuer.pk).public_jwks)
    answer = _put(client, world, _document(world, **changes))
    assert answer.status_code == 422, answer.content
    assert field in [e["field"] for e in answer.json()["errors"]]
    assert Issuer.objects.get(pk=world.issuer.pk).public_jwks == before


def test_a_well_formed_did_document_still_registers_its_key(world, client):
    answer = _put(client, world, _document(world))
    assert answer.status_code == 200, answer.content
    assert "doc-1" in [k["kid"] for k in answer.json()["keys"]]
