"""The issuers' did:web follows the platform's public address (WERKREGIE_PUBLIC_URL, which `werkregie demo` and
`werkregie serve` set to the address they serve): a demo built on port 8000 and served elsewhere publishes DID documents
for the address served, and credentials issued under the earlier address keep verifying (the earlier DID is an alias,
named in alsoKnownAs)."""

from __future__ import annotations

import json

from jwcrypto import jwk, jws

from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from werkregie.credentials import signing
from werkregie.credentials import use_cases as uc
from werkregie.credentials.models import Issuer, IssuerAlias
from werkregie.workflows.services import PLATFORM


def _issue(world, issuer=None):
    return uc.issue(person=world.person, kind="training_completion", title="VCA Basis", skills=skills()[:1], who=PLATFORM, issuer=issuer)


def _issuer_of(token: str) -> str:
    return signing.peek(token)[1]["issuer"]["id"]


def test_the_did_follows_the_served_address_and_earlier_credentials_verify(world, client, settings):
    settings.WERKREGIE_PUBLIC_URL = "http://127.0.0.1:8000"
    platform_old, partner_old = _issue(world), _issue(world, world.issuer)
    assert _issuer_of(platform_old.token) == "did:web:127.0.0.1%3A8000"
    assert _issuer_of(partner_old.token) == "did:web:127.0.0.1%3A8000:issuers:syntra-test"

    settings.WERKREGIE_PUBLIC_URL = "https://werkregie.example.be"
    document = client.get("/.well-known/did.json").json()
    assert document["id"] == "did:web:werkregie.example.be" and document["alsoKnownAs"] == ["did:web:127.0.0.1%3A8000"]
    assert all(m["id"].startswith("did:web:werkregie.example.be#") for m in document["verificationMethod"])
    partner_doc = client.get("/issuers/syntra-test/did.json").json()
    assert partner_doc["id"] == "did:web:werkregie.example.be:issuers:syntra-test"
    world.issuer.refresh_from_db()
    platform_new, partner_new = _issue(world), _issue(world, world.issuer)
    assert _issuer_of(platform_new.token) == "did:web:werkregie.example.be"
    assert _issuer_of(partner_new.token) == "did:web:werkregie.example.be:issuers:syntra-test"
    for credential in (platform_old, partner_old, platform_new, partner_new):
        verified = client.post("/api/v1/credentials/verify", credential.token, content_type="application/vc+jwt").json()
        assert verified["valid"], verified
    # an independent library checks the earlier credential with the keys published at the new address
    keyset = jwk.JWKSet.from_json(json.dumps(client.get("/.well-known/jwks.json").json()))
    checker = jws.JWS()
    checker.deserialize(platform_old.token)
    checker.verify(keyset.get_key(signing.peek(platform_old.token)[0]["kid"].split("#", 1)[1]), alg="EdDSA")
    # a status list published now names the issuer under its present DID
    status = client.get(f"/credentials/status/{world.issuer.slug}/{partner_old.status_list_id}")
    assert signing.peek(status.content.decode())[1]["issuer"] == "did:web:werkregie.example.be:issuers:syntra-test"

    # back at the first address: that DID is current again, the other one an alias, everything still verifies
    settings.WERKREGIE_PUBLIC_URL = "http://127.0.0.1:8000"
    assert uc.platform_issuer().did == "did:web:127.0.0.1%3A8000"
    assert set(IssuerAlias.objects.filter(issuer__kind="platform").values_list("did", flat=True)) == {"did:web:werkregie.example.be"}
    assert all(uc.verify(c.token).valid for c in (platform_old, partner_old, platform_new, partner_new))


def test_a_partner_on_its_own_domain_keeps_its_did_and_an_unknown_did_is_not_an_alias(world, settings):
    own = uc.register_issuer(name="CVO", slug="cvo", kind="school", who=PLATFORM)
    Issuer.objects.filter(pk=own.pk).update(did="did:web:cvo.example.be")
    own.refresh_from_db()
    settings.WERKREGIE_PUBLIC_URL = "https://elders.example.be"
    assert signing.current(own).did == "did:web:cvo.example.be"
    token = _issue(world).token
    header, payload = signing.peek(token)
    forged = signing.sign(uc.platform_issuer(), dict(payload, issuer={"id": "did:web:attacker.example", "type": ["Profile"], "name": "X"}))
    assert not uc.verify(forged).valid
