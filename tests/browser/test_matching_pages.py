"""Matching pages in the browser: "Vacatures voor mij", the counsellor's candidate list with exclusion, the person's
vacancies with skill gaps, and the suitability check. Each passes axe-core (WCAG 2.1 A/AA)."""

import datetime as dt

import pytest

from werkregie.access.models import AccessLogEntry
from werkregie.matching.engine.taxonomy import load
from werkregie.matching.models import MatchDecision, PersonExperience, PersonSkill
from werkregie.organisations.models import OrganisationKind
from werkregie.people.models import PersonLanguage
from werkregie.vacancies.models import Vacancy, VacancySkill

from .. import factories as f
from .test_pages import assert_accessible, login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TAXONOMY = load()
FORKLIFT = next(o for o in TAXONOMY.occupations if o.label("en") == "forklift operator")
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@pytest.fixture
def market(people):  # noqa: F811 - the fixture
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent BV")
    vacancy = Vacancy.objects.create(employer=employer, title="Heftruckchauffeur", municipality_id="44021", occupation_uri=FORKLIFT.uri,
                                     language_needs=[{"language": "nl", "level": "B1"}])
    for s in FORKLIFT.essential[:5]:
        VacancySkill.objects.create(vacancy=vacancy, skill_uri=TAXONOMY.skills[s].uri, essential=True)
    mine = people["mine"]
    for s in FORKLIFT.essential[:3]:
        PersonSkill.objects.create(person=mine, skill_uri=TAXONOMY.skills[s].uri, source="declared", added_at=NOW)
    PersonExperience.objects.create(person=mine, occupation_uri=FORKLIFT.uri, years=2)
    PersonLanguage.objects.create(person=mine, language="nl", level="native")
    return {**people, "vacancy": vacancy}


def test_citizen_finds_vacancies_for_me_and_adds_competences_from_a_cv(page, market):
    login(page, "sofie")
    page.goto("/mijn-vacatures/")
    page.get_by_role("heading", name="Vacatures voor mij").wait_for()
    results = page.locator("ol.matches").inner_text()
    assert "Heftruckchauffeur" in results and "Gevraagde competenties die ontbreken" in results and "Vlaanderen" in results
    assert_accessible(page)
    page.get_by_label("Maximale woon-werkafstand (km)").fill("0")
    page.get_by_role("button", name="Voorkeuren bewaren").click()
    page.locator(".errorlist").first.wait_for()
    assert_accessible(page)
    # the engines load once per process (the server preloads them: matching/warm.py); warm them outside the timed click
    from werkregie.matching.engine.implied import default_implier
    from werkregie.matching.engine.skills import default_skill_index

    default_skill_index().extract("magazijnbeheer", "nl")
    default_implier()
    before = PersonSkill.objects.filter(person=market["mine"]).count()
    page.get_by_label("Plak hier uw cv of beschrijf wat u kunt").fill("Ik kan goed communiceren met klanten en heb magazijnbeheer gedaan.")
    page.get_by_role("button", name="Competenties zoeken en toevoegen").click()
    page.get_by_role("status").wait_for()
    assert PersonSkill.objects.filter(person=market["mine"]).count() > before
    assert PersonSkill.objects.filter(person=market["mine"], source="extracted").exists()


def test_counsellor_ranks_candidates_and_excludes_with_a_reason(page, market):
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.get_by_role("link", name="Vacatures", exact=True).click()
    assert_accessible(page)
    page.get_by_role("link", name="Kandidaten bekijken voor Heftruckchauffeur").click()
    page.get_by_role("heading", name="Kandidaten: Heftruckchauffeur").wait_for()
    assert "Peeters, Sofie" in page.locator("ol.matches").inner_text()
    assert_accessible(page)
    assert AccessLogEntry.objects.filter(person_id=market["mine"].pk, what__contains="kandidatenlijst").exists()
    page.get_by_role("button", name="Uitsluiten").first.click()
    page.locator(".error").first.wait_for()
    assert not MatchDecision.objects.exists()
    page.get_by_label("Reden").first.fill("Heeft al werk gevonden")
    page.get_by_role("button", name="Uitsluiten").first.click()
    page.get_by_role("heading", name="Uitgesloten").wait_for()
    assert "Peeters, Sofie" not in page.locator("ol.matches").inner_text()
    assert_accessible(page)


def test_counsellor_sees_gaps_and_checks_suitability(page, market):
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{market['mine'].pk}/vacatures/")
    page.get_by_label("Doelberoep (vrije tekst, bv. heftruckchauffeur)").fill("heftruckchauffeur")
    page.get_by_role("button", name="Toon ontbrekende competenties").click()
    page.get_by_role("table", name="Ontbrekende essentiële competenties, meest gevraagd eerst").wait_for()
    assert_accessible(page)
    page.get_by_role("link", name="Passende dienstbetrekking?").first.click()
    page.get_by_role("table", name="Criteria").wait_for()
    text = page.locator("main").inner_text()
    assert "Beroep en competenties" in text and "Verplaatsing" in text and "Na te gaan door de bemiddelaar" in text
    assert_accessible(page)
