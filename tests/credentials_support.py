"""Shared set-up of the credentials tests: one key folder per test module (making a platform key costs an RSA seal key),
a citizen with a person, a counsellor whose team holds that person, and a training provider registered as a partner
issuer with a current link to the person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from tests import factories as f
from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role, User
from werkregie.accounts.principal import Principal
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
