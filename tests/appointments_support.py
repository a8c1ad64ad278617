"""Helpers for the appointments tests: a team with a counsellor and a job seeker with an account, fake message
gateways, slots in the counsellor's agenda, and small files to upload."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests import factories as f
from werkregie.accounts.models import Role, User
from werkregie.core import clock
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.people.enums import ChannelKind, ConsentPurpose
from werkregie.people.models import Consent, ContactChannel, Person

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# A Monday; 24/12/2026 is a Thursday before Christmas (a public holiday) and a weekend.
MONDAY = dt.date(2026, 12, 14)


@pytest.fixture
def fakes(settings, tmp_path):
    """Messages go to the in-memory fakes and run inline; uploads go to a temporary data folder."""
    from werkregie.messaging import gateways

    settings.TASKS_SYNC = True
    settings.DATA_DIR = tmp_path
    settings.KEY_DIR = tmp_path / "keys"
    settings.MESSAGING_GATEWAYS = {**settings.MESSAGING_GATEWAYS, "paper": {"kind": "fake"}, "registered": {"kind": "fake"},
                                   "email": {"kind": "fake"}, "sms": {"kind": "fake"}, "ebox": {"kind": "fake"}}
    gateways.reset()
    yield
    gateways.reset()


@dataclass
class World:
    office: Organisation
    team: Organisation
    counsellor: User
    other_counsellor: User
    person: Person
    citizen: User
    stranger: Person
    stranger_account: User


def world() -> World:
    office = f.organisation(OrganisationKind.VDAB_OFFICE, name="VDAB Gent", municipality_id="44021")
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent-Zuid", parent=office)
    counsellor = f.user(Role.COUNSELLOR, organisation=team, first_name="Bart", last_name="De Smet")
    other = f.user(Role.COUNSELLOR, organisation=f.organisation(OrganisationKind.VDAB_TEAM, name="Team Brugge"))
    person = f.person(first_name="Sofie", last_name="Peeters", counsellor=counsellor, team=team, street="Veldstraat 1")
    ContactChannel.objects.create(person=person, kind=ChannelKind.EMAIL, value="sofie@example.org", preferred=True)
    ContactChannel.objects.create(person=person, kind=ChannelKind.SMS, value="+32470000001")
    Consent.objects.create(person=person, purpose=ConsentPurpose.DIGITAL_COMMUNICATION, given_at=clock.now() - dt.timedelta(days=400))
    citizen = f.user(Role.CITIZEN, person=person, username="sofie")
    stranger = f.person(first_name="Jan", last_name="Janssens", counsellor=other, team=other.organisation)
    stranger_account = f.user(Role.CITIZEN, person=stranger, username="jan")
    return World(office, team, counsellor, other, person, citizen, stranger, stranger_account)


def slots(principal, first_day: dt.date, days: int = 5, start: dt.time = dt.time(9), end: dt.time = dt.time(12), minutes: int = 60,  # noqa: ANN001
          mode: str = "in_person", agenda_id: int | None = None) -> list:
    from werkregie.appointments import use_cases as uc

    return uc.publish_series(principal, uc.Series(agenda_id, first_day, first_day + dt.timedelta(days=days - 1), [0, 1, 2, 3, 4], start, end,
                                                  minutes, mode, "Kantoor Gent, Bagattenstraat 1"))


def pdf(name: str = "attest.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def at(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), clock.BRUSSELS)
