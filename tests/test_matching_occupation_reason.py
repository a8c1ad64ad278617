"""Walk of issue 16: a forklift driver whose career target is "magazijnchef" read "Hetzelfde beroep" under every
"Magazijnchef" vacancy (on the vacancy page, "Vacatures voor mij" and the API), although he never worked as one. The
occupation reason says "Hetzelfde beroep" only when the person worked in the vacancy's ESCO occupation; an occupation
only wanted is named as such; one function (`use_cases.occupation_reason`) writes it for every page and the API."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import translation

from werkregie.accounts.models import Role
from werkregie.matching.engine import geography
from werkregie.matching.engine.profiles import PersonProfile, VacancyProfile
from werkregie.matching.engine.scoring import occupation_relation_basis, score_pair
from werkregie.matching.engine.taxonomy import load
from werkregie.matching.models import DesiredOccupation, PersonExperience, PersonSkill
from werkregie.matching.use_cases import occupation_reason
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.people.models import PersonLanguage
from werkregie.vacancies.models import Vacancy, VacancySkill

from . import factories as f

TAX = load()
FORKLIFT = next(o for o in TAX.occupations if o.label("en") == "forklift operator")
MANAGER = next(o for o in TAX.occupations if o.label("en") == "warehouse manager")
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _index(occupation) -> int:  # noqa: ANN001
    return TAX.occupation_index[occupation.uri]


def test_an_occupation_only_wanted_is_not_the_same_occupation():
    person = PersonProfile(id=1, place=0, experience={_index(FORKLIFT): 4.0}, desired=[_index(FORKLIFT), _index(MANAGER)])
    assert occupation_relation_basis(TAX, person, _index(MANAGER)) == ("same", "desired")
    assert occupation_relation_basis(TAX, person, _index(FORKLIFT)) == ("same", "experience")
    assert occupation_relation_basis(TAX, PersonProfile(id=2, place=0), _index(MANAGER)) == ("", "")


def test_the_reason_says_what_is_true_in_every_language():
    places = geography.places()
    person = PersonProfile(id=1, place=0, experience={_index(FORKLIFT): 4.0}, desired=[_index(MANAGER)])
    wanted = score_pair(TAX, places, person, VacancyProfile(id=1, place=0, occupation=_index(MANAGER)))
    worked = score_pair(TAX, places, person, VacancyProfile(id=2, place=0, occupation=_index(FORKLIFT)))
    with translation.override("nl"):
        assert occupation_reason(worked) == "Hetzelfde beroep"
        assert occupation_reason(wanted) == "Gewenst beroep (geen werkervaring in dit beroep)"


def test_every_reason_has_a_french_and_english_translation():
    """The lead compiles scripts/translations_lead.py (and the domains' scripts) into werkregie/locale."""
    import importlib.util
    from pathlib import Path

    from werkregie.matching.use_cases import RELATIONS

    known = {}
    for script in sorted((Path(__file__).resolve().parent.parent / "scripts").glob("translations*.py")):
        spec = importlib.util.spec_from_file_location(script.stem, script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        known.update(getattr(module, "T", {}))
    for text in [*RELATIONS.values(), "Ander beroep"]:
        assert text in known and all(known[text]), text


@pytest.fixture
def market(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    counsellor = f.user(Role.COUNSELLOR, team, username="bart")
    person = f.person(first_name="Jan", last_name="Peeters", team=team, counsellor=counsellor, municipality_id="44021")
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 2, 1))
    citizen = f.user(Role.CITIZEN, username="jan", person=person)
    PersonExperience.objects.create(person=person, occupation_uri=FORKLIFT.uri, years=4)
    DesiredOccupation.objects.create(person=person, occupation_uri=FORKLIFT.uri)
    DesiredOccupation.objects.create(person=person, occupation_uri=MANAGER.uri)  # the career target
    PersonLanguage.objects.create(person=person, language="nl", level="native")
    for s in MANAGER.essential[:6]:
        PersonSkill.objects.create(person=person, skill_uri=TAX.skills[s].uri, source="declared", added_at=NOW)
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent BV")
    vacancy = Vacancy.objects.create(employer=employer, title="Magazijnchef", municipality_id="44021", occupation_uri=MANAGER.uri,
                                     monthly_wage=3200, description="Het magazijn leiden.", language_needs=[{"language": "nl", "level": "B1"}])
    for s in MANAGER.essential[:6]:
        VacancySkill.objects.create(vacancy=vacancy, skill_uri=TAX.skills[s].uri, essential=True)
    return {"citizen": citizen, "person": person, "vacancy": vacancy}


def _client(user, language: str = "nl") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_the_vacancy_page_and_my_vacancies_do_not_call_a_target_the_same_occupation(market):
    client = _client(market["citizen"])
    page = client.get(f"/vacatures/{market['vacancy'].pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Hetzelfde beroep" not in html and "Gewenst beroep (geen werkervaring in dit beroep)" in html
    mine = client.get("/mijn-vacatures/")
    assert mine.status_code == 200
    html = mine.content.decode()
    assert "Magazijnchef" in html, "the vacancy is among the results"
    assert "Hetzelfde beroep" not in html and "Gewenst beroep (geen werkervaring in dit beroep)" in html


@pytest.mark.django_db
def test_the_api_gives_the_same_reason(market):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl", HTTP_AUTHORIZATION=f"Bearer {f.token(market['citizen'])}")
    results = client.get("/api/v1/matching/me/vacancies").json()
    found = [r for r in results if r["vacancy_id"] == market["vacancy"].pk]
    assert found and found[0]["explanation"]["occupation"] == "Gewenst beroep (geen werkervaring in dit beroep)"
