"""Shared set-up of the careers tests: a key folder per module (the platform's signing keys), fake message gateways,
a citizen with a person and work experience, the counsellor whose team holds the person, an accredited EVC partner."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from tests import factories as f
from werkregie.accounts.models import Role, User
from werkregie.accounts.principal import Principal
from werkregie.careers.models import EvcAccreditation
from werkregie.core import clock
from werkregie.matching.models import PersonExperience, PersonSkill, SkillSource
from werkregie.matching.platform import taxonomy
from werkregie.organisations.models import Organisation, OrganisationKind, PartnerType
from werkregie.people.models import Person

PASSWORD = "a-long-demo-password"


@pytest.fixture(scope="module")
def key_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("careers-keys")


@pytest.fixture
def setup(settings, key_folder, tmp_path):
    from werkregie.messaging import gateways

    settings.KEY_DIR = key_folder
    settings.WERKREGIE_PUBLIC_URL = "http://testserver"
    settings.TASKS_SYNC = True
    settings.DATA_DIR = tmp_path
    settings.MESSAGING_GATEWAYS = {**settings.MESSAGING_GATEWAYS, "paper": {"kind": "fake"}, "registered": {"kind": "fake"},
                                   "email": {"kind": "fake"}, "sms": {"kind": "fake"}, "ebox": {"kind": "fake"}}
    gateways.reset()
    yield
    gateways.reset()


def occupation_with_skills(minimum: int = 4) -> str:
    """A real ESCO occupation with at least `minimum` essential skills (the first one, deterministic)."""
    tax = taxonomy()
    return next(o.uri for o in tax.occupations if len(set(o.essential)) >= minimum and o.label("nl") != o.uri)


def skill_uris(n: int = 3) -> list[str]:
    tax = taxonomy()
    return [tax.skills[i].uri for i in (11, 111, 1111, 2222, 3333)[:n]]


@dataclass
class World:
    person: Person
    citizen: User
    counsellor: User
    other_counsellor: User
    partner: User
    unaccredited: User
    partner_org: Organisation
    occupation: str

    def p(self, user: User) -> Principal:
        return Principal.for_session(user)


@pytest.fixture
def world(db, setup, ref) -> World:
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    counsellor = f.user(Role.COUNSELLOR, team, username="bart", password=PASSWORD, first_name="Bart", last_name="De Smet")
    other_counsellor = f.user(Role.COUNSELLOR)
    person = f.person(first_name="Sofie", last_name="Peeters", team=team, counsellor=counsellor)
    citizen = f.user(Role.CITIZEN, username="sofie", password=PASSWORD, person=person)
    occupation = occupation_with_skills()
    PersonExperience.objects.create(person=person, occupation_uri=occupation, years=Decimal("6.0"))
    PersonSkill.objects.create(person=person, skill_uri=skill_uris(1)[0], source=SkillSource.DECLARED, added_at=clock.now())
    org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER, name="EVC-centrum Gent")
    partner = f.user(Role.PARTNER, org, username="evc", password=PASSWORD)
    EvcAccreditation.objects.create(organisation=org, valid_from=dt.date(2020, 1, 1))
    unaccredited = f.user(Role.PARTNER, f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER))
    return World(person, citizen, counsellor, other_counsellor, partner, unaccredited, org, occupation)


def next_working_day(after: dt.date | None = None) -> dt.date:
    from werkregie.core.workdays import is_working_day

    day = (after or clock.today()) + dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day
