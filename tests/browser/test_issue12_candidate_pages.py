"""Issue 12's attack on the employer's candidate pages, in the browser (desktop and 390 px, axe clean, no sideways
scroll): a pseudonymised person stands on the suggestions of one vacancy of the employer only, the page says the floor
and when few remain; the named list says it is who shared for that vacancy, without ring counts."""

import pytest

from werkregie.people.enums import ConsentPurpose
from werkregie.people.models import Consent
from werkregie.vacancies.candidates import pseudonym
from werkregie.vacancies.models import Vacancy, VacancySkill

from .checks import assert_clean_on_desktop_and_phone
from .test_matching_pages import NOW
from .test_pages import login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_one_vacancy_per_suggested_person_and_the_named_list_of_who_shared(page, market):  # noqa: F811 - the fixture
    gent = market["vacancy"]
    aalst = Vacancy.objects.create(employer=gent.employer, title="Heftruckchauffeur Aalst", municipality_id="41002", occupation_uri=gent.occupation_uri,
                                   language_needs=[{"language": "nl", "level": "B1"}])
    for s in VacancySkill.objects.filter(vacancy=gent):
        VacancySkill.objects.create(vacancy=aalst, skill_uri=s.skill_uri, essential=True)
    Consent.objects.create(person=market["mine"], purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    login(page, "werkgever")
    page.goto(f"/vacatures/{gent.pk}/suggesties/")
    main = page.locator("main").inner_text()
    assert pseudonym(gent.pk, market["mine"].pk) in main and "minstens 40 op 100" in main
    assert page.locator("[data-few-results]").count() == 1  # one suggestion: the page says few remain, and what to do
    assert_clean_on_desktop_and_phone(page)
    page.goto(f"/vacatures/{aalst.pk}/suggesties/")
    assert pseudonym(aalst.pk, market["mine"].pk) not in page.locator("main").inner_text()  # on Gent's list, not here too
    assert_clean_on_desktop_and_phone(page)
    page.goto(f"/vacatures/{gent.pk}/kandidaten/")
    notice = page.locator("[data-employer-list]").inner_text()
    assert "solliciteerde of door VDAB werd voorgesteld" in notice and "Gezocht in" not in page.locator("main").inner_text()
    assert "Nog niemand solliciteerde of werd voorgesteld voor deze vacature." in page.locator("main").inner_text()
    assert_clean_on_desktop_and_phone(page)
