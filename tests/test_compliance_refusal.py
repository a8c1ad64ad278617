"""A refused job counts only when the matching's suitability check called it suitable on that day, judged on the
person's confirmed (declared) or certified competences only — never on competences the platform merely extracted."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.compliance import use_cases
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.core.errors import InvalidInput, NotFound
from werkregie.matching.engine.taxonomy import load
from werkregie.matching.models import PersonSkill
from werkregie.organisations.models import OrganisationKind
from werkregie.people.models import PersonLanguage
from werkregie.vacancies.models import Vacancy, VacancySkill

from . import compliance_support as cs
from . import factories as f

TAXONOMY = load()
FORKLIFT = next(o for o in TAXONOMY.occupations if o.label("en") == "forklift operator")
SKILLS = [TAXONOMY.skills[i].uri for i in FORKLIFT.essential][:4]
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 3, 2)


def seeker(source: str):
    p = cs.jobseeker()  # on benefit since 2024: long past the protection of the own occupation
    for uri in SKILLS:
        PersonSkill.objects.create(person=p, skill_uri=uri, source=source, added_at=NOW)
    PersonLanguage.objects.create(person=p, language="nl", level="native")
    return p


@pytest.fixture
def vacancy(db):
    v = Vacancy.objects.create(employer=f.organisation(OrganisationKind.EMPLOYER), title="Heftruckchauffeur", municipality_id="44021",
                               occupation_uri=FORKLIFT.uri, language_needs=[{"language": "nl", "level": "B1"}], monthly_wage=2600)
    for uri in SKILLS:
        VacancySkill.objects.create(vacancy=v, skill_uri=uri, essential=True)
    return v


def test_suitable_on_confirmed_competences_opens_a_case_with_the_check(vacancy):
    person = seeker("declared")
    controller = cs.controller()
    with clock.travel_to(cs.at(DAY + dt.timedelta(days=3))):
        case = use_cases.open_refusal_case(controller, person.pk, vacancy.pk, refused_on=DAY, summary="Weigerde het aanbod telefonisch.")
        again = use_cases.open_refusal_case(controller, person.pk, vacancy.pk, refused_on=DAY)
    assert again.pk == case.pk and Case.objects.count() == 1
    assert case.suitability["verdict"] == "suitable" and case.suitability["on"] == DAY.isoformat()
    assert case.suitability["skill_sources"] == ["declared"] and case.suitability["extracted_left_out"] == 0
    assert {c["name"]: c["outcome"] for c in case.suitability["criteria"]}["occupation"] == "met"
    assert (case.proposed_decision, case.proposed_weeks, case.occurred_on) == ("exclusion", 4, DAY)


def test_competences_the_platform_only_extracted_do_not_count(vacancy):
    person = seeker("extracted")
    with clock.travel_to(cs.at(DAY)), pytest.raises(InvalidInput) as caught:
        use_cases.open_refusal_case(cs.controller(), person.pk, vacancy.pk, refused_on=DAY)
    assert "niet passend" in caught.value.detail and caught.value.errors[0].field == "vacancy_id"
    assert not Case.objects.exists()


def test_a_job_to_check_is_not_enough(vacancy):
    Vacancy.objects.filter(pk=vacancy.pk).update(monthly_wage=None)  # no wage stated: "to check", not suitable
    person = seeker("certified")
    with clock.travel_to(cs.at(DAY)), pytest.raises(InvalidInput):
        use_cases.open_refusal_case(cs.controller(), person.pk, vacancy.pk, refused_on=DAY)
    assert not Case.objects.exists()


def test_who_may_report_a_refusal(vacancy):
    person = seeker("declared")
    for role in (Role.EMPLOYER, Role.ANALYST, Role.MUNICIPALITY):
        with pytest.raises(NotFound):
            use_cases.open_refusal_case(f.principal(f.user(role)), person.pk, vacancy.pk, refused_on=DAY)
    counsellor = f.principal(f.user(Role.COUNSELLOR))  # not their caseload
    with pytest.raises(NotFound):
        use_cases.open_refusal_case(counsellor, person.pk, vacancy.pk, refused_on=DAY)


def test_refusal_page_and_the_stored_check_in_the_case_file(vacancy):
    from django.test import Client

    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    suitable_person, inferred_person = seeker("declared"), seeker("extracted")
    from werkregie.people.models import Person

    Person.objects.filter(pk__in=[suitable_person.pk, inferred_person.pk]).update(team=team)
    client = Client()
    client.force_login(counsellor)
    form = {"person_id": inferred_person.pk, "vacancy_id": vacancy.pk, "refused_on": DAY.strftime("%d/%m/%Y"), "summary": "Weigerde mondeling."}
    response = client.post("/controle/weigering/", form)
    assert response.status_code == 400 and b"error-summary" in response.content and "niet passend".encode() in response.content
    assert not Case.objects.exists()
    response = client.post("/controle/weigering/", {**form, "person_id": suitable_person.pk})
    assert response.status_code == 302 and response["Location"] == f"/controle/personen/{suitable_person.pk}/"
    case = Case.objects.get()
    controller = f.user(Role.CONTROLLER)
    client.force_login(controller)
    page = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    assert "Beroep en competenties" in page and "voldaan" in page and "Opzet vastgesteld" in page and "02/03/2026" in page
