"""The employer's candidate list showed only names ("17 personen gevonden" and a Naam column): each candidate now
comes with the vacancy the application concerns, its date (DD/MM/YYYY) and the application's state — only the
applications that give the employer its right to see the person, nothing of INSZ or benefits."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from werkregie.accounts.models import Role
from werkregie.core.identifiers import format_insz
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.vacancies.models import Application

from . import factories as f
from .test_matching_platform import vacancy

pytestmark = pytest.mark.django_db


def test_each_candidate_shows_vacancy_date_and_state_and_nothing_more():
    employer, other = f.organisation(OrganisationKind.EMPLOYER), f.organisation(OrganisationKind.EMPLOYER)
    job, night, elsewhere = vacancy(employer, title="Magazijnier"), vacancy(employer, title="Nachtwaker"), vacancy(other, title="Kok")
    person = f.person(first_name="Ann", last_name="Peeters")
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT)
    applied = Application.objects.create(vacancy=job, person=person, origin="applied")
    Application.objects.filter(pk=applied.pk).update(created_at=timezone.make_aware(timezone.datetime(2026, 11, 3, 10)))
    Application.objects.create(vacancy=night, person=person, origin="proposed")  # proposed without consent: no ground
    Application.objects.create(vacancy=elsewhere, person=person, origin="applied")  # another employer's
    client = Client()
    client.force_login(f.user(Role.EMPLOYER, employer))
    page = client.get("/werkgever/kandidaten/").content.decode()
    assert "Peeters, Ann" in page
    assert "Magazijnier" in page and "03/11/2026" in page and "Gesolliciteerd" in page
    assert "Nachtwaker" not in page and "Kok" not in page  # only the applications that are a ground, only its own
    assert person.insz not in page and format_insz(person.insz) not in page and "uitkering" not in page.lower()
