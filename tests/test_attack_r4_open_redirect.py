"""Attack round 4, M1: ?next=/%5Cevil.example/login on the booking confirmation rendered href="/\\evil.example/login",
which browsers read as //evil.example (the check was "starts with / and not //"). One helper (core.links) decides
every next/back address and every link in a message."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client

from tests import factories
from tests.training_support import provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.links import is_local_path, safe_next
from werkregie.learning import use_cases as learning
from werkregie.messaging.templates import _is_link
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Session
from werkregie.workflows.services import PLATFORM

OFF_SITE = ["/\\evil.example/login", "//evil.example", "/\t/evil.example", "/\\/evil.example", "https://evil.example/x",
            "javascript:alert(1)", "\x00/x", "/x\n/y", "evil.example", ""]


@pytest.mark.parametrize("url", OFF_SITE)
def test_an_address_off_this_site_is_not_a_next_address(url):
    assert not is_local_path(url)
    assert safe_next(url, "/fallback/") == "/fallback/"
    assert not _is_link("link", url)


def test_a_path_on_this_site_is():
    assert safe_next("/mijn-loopbaan/opleidingen/?beroep=x&y=1", "/f/") == "/mijn-loopbaan/opleidingen/?beroep=x&y=1"
    assert _is_link("link", "/berichten/3/")


@pytest.mark.django_db
def test_the_booking_confirmation_does_not_link_off_site():
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    start = (clock.today() + dt.timedelta(days=14)).isoformat()
    import_catalogue(provider(organisation=org), [record("C1", cost="150.00", sessions=[{"session_id": "S1", "start": start, "places": 2, "free_places": 2}])])
    person = factories.person(birth_date=dt.date(1990, 5, 1))
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    client = Client()
    client.force_login(factories.user(Role.CITIZEN, person=person))
    session = Session.objects.get(course__course_id="C1")
    page = client.get(f"/mijn-loopbaan/opleidingen/sessies/{session.pk}/inschrijven/?next=/%5Cevil.example/login").content.decode()
    assert not re.search(r'(href|action|value)="[^"]*\\evil\.example', page)  # the language switch keeps the page's own address, encoded
    posted = client.post(f"/mijn-loopbaan/opleidingen/sessies/{session.pk}/inschrijven/", {"next": "/\\evil.example/login"})
    assert posted.status_code == 302 and "evil.example" not in posted["Location"]
