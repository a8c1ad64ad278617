"""Shared set-up of the credentials tests: one key folder per test module (making a platform key costs an RSA seal key),
a citizen with a person, a counsellor whose team holds that person, and a training provider registered as a partner
issuer with a current link to the person."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

import pytest
from jwcrypto import jwk, jws

from tests import factories as f
from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role, User
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import IssuerKind
from werkregie.credentials.models import Issuer
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people.models import PartnerLink, Person
from werkregie.workflows.services import PLATFORM


@pytest.fixture(scope="module")
def key_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("credential-keys")


@pytest.fixture
def keyed(settings, key_folder):
    settings.KEY_DIR = key_folder
    settings.WERKREGIE_PUBLIC_URL = "http://testserver"
    return key_folder


@dataclass
class World:
    person: Person
    other: Person
    citizen: User
    counsellor: User
    partner: User
    stranger_partner: User
    issuer: Issuer

    def p(self, user: User) -> Principal:
        return Principal.for_session(user)


@pytest.fixture
def world(db, keyed) -> World:
    person, other = f.person(), f.person()
    citizen = f.user(Role.CITIZEN, person=person)
    counsellor = f.user(Role.COUNSELLOR)
    person.team = counsellor.organisation
    person.save(update_fields=["team"])
    provider = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER, name="Syntra Test")
    partner = f.user(Role.PARTNER, organisation=provider)
    stranger_partner = f.user(Role.PARTNER, organisation=f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER))
    PartnerLink.objects.create(person=person, organisation=provider, purpose=Purpose.TRAINING, start=dt.date(2025, 1, 1))
    issuer = uc.register_issuer(name="Syntra Test", slug="syntra-test", kind=IssuerKind.TRAINING_PROVIDER, who=PLATFORM, organisation=provider)
    return World(person, other, citizen, counsellor, partner, stranger_partner, issuer)


def skills() -> list[str]:
    """A few real ESCO skill URIs from the shipped taxonomy."""
    from werkregie.matching.platform import taxonomy

    tax = taxonomy()
    return [tax.skills[i].uri for i in (5, 50, 500)]


def own_key(kid: str) -> jwk.JWK:
    """A partner's own Ed25519 key pair (its own infrastructure, not the platform's)."""
    return jwk.JWK.generate(kty="OKP", crv="Ed25519", kid=kid)


def public_jwk(key: jwk.JWK) -> dict:
    return json.loads(key.export_public())


def self_signed(key: jwk.JWK, did: str, status: dict | None, *, name: str = "Heftruckchauffeur (praktijkproef)", skill_uris=None,
                valid_for: dt.timedelta | None = dt.timedelta(days=3650), subject: str | None = None, issuer_name: str = "Syntra Test",
                achievement: dict | None = None, **changes) -> str:
    """What the partner's own software makes: an Open Badges 3.0 credential as VC-JOSE, signed with its key (jwcrypto,
    not the platform's joserfc). `status` None: no credentialStatus; `achievement`: more achievement fields (e.g. its
    achievementType); `changes`: top-level fields replaced (e.g. validFrom)."""
    now = clock.now().astimezone(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(seconds=5)
    payload = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": f"urn:uuid:{uuid.uuid4()}", "type": ["VerifiableCredential", "OpenBadgeCredential"], "name": name,
        "issuer": {"id": did, "type": ["Profile"], "name": issuer_name},
        "validFrom": now.isoformat().replace("+00:00", "Z"),
        "credentialSubject": {"id": subject or f"urn:uuid:{uuid.uuid4()}", "type": ["AchievementSubject"], "achievement": {
            "id": f"urn:uuid:{uuid.uuid4()}", "type": ["Achievement"], "name": name, "description": name, "criteria": {"narrative": name},
            "alignment": [{"type": ["Alignment"], "targetUrl": u, "targetName": u, "targetFramework": "ESCO"} for u in (skill_uris or skills()[:2])],
            **(achievement or {})}},
    }
    if status is not None:
        payload["credentialStatus"] = status
    if valid_for is not None:
        payload["validUntil"] = (now + valid_for).isoformat().replace("+00:00", "Z")
    payload.update(changes)
    token = jws.JWS(json.dumps(payload).encode())
    token.add_signature(key, alg="EdDSA", protected={"alg": "EdDSA", "typ": "vc+jwt", "kid": f"{did}#{key.key_id}"})
    return token.serialize(compact=True)
