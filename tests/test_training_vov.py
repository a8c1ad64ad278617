"""Issue 13 follow-up: Vlaams opleidingsverlof (VOV) is a right of employees in the private sector. It is shown with that
condition everywhere (guide, course, learning account), and to someone the register does not know as an employee
(a job seeker) with a clear reason instead of a bare "nee" or "0 uur"; the work-fraction question, which only matters
for the leave, is asked of employees only."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests import factories
from tests.training_support import OCCUPATION, essential, provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.matching.models import DesiredOccupation
from werkregie.people.enums import StatusKind
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Course
from werkregie.training.use_cases import guide as guide_cases

pytestmark = pytest.mark.django_db
CONDITION = "voor werknemers in de privésector"


def _person(kind: str) -> tuple:
    person = factories.person(municipality_id="44021", education_level=3)
    factories.episode(person, kind, dt.date(2024, 1, 1))
    DesiredOccupation.objects.create(person=person, occupation_uri=OCCUPATION)
    return person, factories.user(Role.CITIZEN, person=person)


@pytest.fixture
def catalogue_with_leave():
    start = (clock.today() + dt.timedelta(days=20)).isoformat()
    assert import_catalogue(provider(), [record("VOV", title_nl="Boekhouding voor KMO's", skills=essential()[1:5], cost="400.00", hours=60,
                                                financing=["opleidingscheques", "vov"],
                                                sessions=[{"session_id": "S1", "start": start, "places": 10, "free_places": 5}])]).written


def _vov(view):
    return next(r for r in view.rights.rights if r.code == "vov")


def test_a_job_seeker_is_told_why_the_leave_does_not_apply(catalogue_with_leave):
    person, citizen = _person(StatusKind.JOBSEEKER_BENEFIT)
    view = guide_cases.guide(factories.principal(citizen), person.pk, OCCUPATION)
    vov = _vov(view)
    assert not vov.applies and vov.hours == 0 and not view.rights.employee
    assert CONDITION in vov.condition
    assert "Niet voor u" in vov.explanation and "privésector" in vov.explanation and "niet als werknemer" in vov.explanation
    assert not any("voltijds" in a for a in view.rights.assumptions)  # the work fraction is no question for them

    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION}).content.decode()
    assert 'name="werkregime"' not in page
    assert "niet van toepassing" in page and CONDITION in page
    course = client.get(f"/opleidingen/{Course.objects.get(course_id='VOV').pk}/").content.decode()
    assert f"Vlaams opleidingsverlof <span class=\"muted\">({CONDITION})</span>" in course
    statement = client.get("/mijn-loopbaan/leerrekening/").content.decode()
    assert 'data-vov="not-applicable"' in statement and "Beschikbaar: 0" not in statement
    home = client.get("/mijn-loopbaan/").content.decode()
    assert "niet van toepassing: enkel voor werknemers in de privésector" in home


def test_an_employee_gets_the_leave_with_its_condition_and_the_work_fraction_question(catalogue_with_leave):
    person, citizen = _person(StatusKind.EMPLOYED)
    view = guide_cases.guide(factories.principal(citizen), person.pk, OCCUPATION)
    vov = _vov(view)
    assert vov.applies and vov.hours == 60 and view.rights.employee and CONDITION in vov.condition
    assert any("privésector" in a for a in view.rights.assumptions)
    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION}).content.decode()
    assert 'name="werkregime"' in page and "niet van toepassing" not in page
    api = client.get("/api/v1/me/training-guide", {"occupation": OCCUPATION}).json()
    assert next(r for r in api["rights"]["rights"] if r["code"] == "vov")["applies"]


def test_an_employee_in_the_public_sector_is_told_the_leave_is_not_theirs(catalogue_with_leave):
    """The register knows that someone works, not for whom: the guide asks, and a civil servant's answer takes the leave
    away with the reason (before, the guide could only assume the private sector and say so)."""
    person, citizen = _person(StatusKind.EMPLOYED)
    public = _vov(guide_cases.guide(factories.principal(citizen), person.pk, OCCUPATION, employer_sector="openbaar"))
    assert not public.applies and public.hours == 0 and "bij een overheid" in public.explanation
    private = guide_cases.guide(factories.principal(citizen), person.pk, OCCUPATION, employer_sector="prive")
    assert _vov(private).applies and not any("het register kent uw werkgever niet" in a for a in private.rights.assumptions)
    unanswered = guide_cases.guide(factories.principal(citizen), person.pk, OCCUPATION)
    assert _vov(unanswered).applies and any("het register kent uw werkgever niet" in a for a in unanswered.rights.assumptions)

    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION, "sector": "openbaar"}).content.decode()
    assert 'name="sector"' in page and 'value="openbaar" selected' in page and "bij een overheid" in page
    api = client.get("/api/v1/me/training-guide", {"occupation": OCCUPATION, "employer_sector": "openbaar"}).json()
    assert not next(r for r in api["rights"]["rights"] if r["code"] == "vov")["applies"]
    wrong = client.get("/api/v1/me/training-guide", {"occupation": OCCUPATION, "employer_sector": "ngo"})
    assert wrong.status_code == 422 and "employer_sector" in wrong.content.decode()
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION, "sector": "ngo"})
    assert page.status_code == 422 and "Kies de sector van uw werkgever" in page.content.decode()
