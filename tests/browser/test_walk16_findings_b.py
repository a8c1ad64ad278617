"""Walk of issue 16, findings 6, 7 and 11 in the browser, at desktop width and on a 390 px phone:

* 7: the counsellor's caseload shows each job seeker's next screening date ("Screening uiterlijk"), the one their
  screening page shows, also when it falls after the worklist's lead (the column was empty for everyone);
* 6: the citizen removes a declared or extracted competence from "Vacatures voor mij" and from Mijn Loopbaan, a
  certified one has no such button;
* 11: withdrawing an application asks first and says what it means; afterwards the page says why there is no
  "Solliciteren" and offers no sharing with the employer."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.matching.models import PersonSkill
from werkregie.vacancies.models import Application

from .checks import PHONE, assert_axe_clean, assert_in_viewport, assert_no_horizontal_scroll, viewport
from .test_pages import login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import FORKLIFT, NOW, TAXONOMY, market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def warm(page):
    """The live server's first request imports every page (slow on a busy machine): make it before the test's steps."""
    page.goto("/login/", timeout=120_000)


def _phone_checks(page) -> None:
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    with viewport(page, PHONE):
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)


def test_the_caseload_shows_the_next_screening_date_of_the_screening_page(page, people):  # noqa: F811
    from werkregie.accounts.principal import Principal
    from werkregie.screening import use_cases as screening
    from werkregie.screening.models import Assessment
    from werkregie.worklist import sweeps

    mine = people["mine"]
    Assessment.objects.create(person=mine, counsellor=people["counsellor"], assessed_at=clock.now() - dt.timedelta(days=20),
                              competences="sufficient", dutch_level="B2", digital_skills="basic", motivation="high",
                              proposed_category="medium", proposed_self_reliant=False, category="medium", self_reliant=False)
    sweeps.sweep(clock.today())
    expected = screening.person_screening(Principal.for_session(people["counsellor"]), mine.pk).due.date
    assert expected > clock.today() + dt.timedelta(days=60)  # after the worklist's lead: no open task carries it
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    cell = page.locator("#results tbody tr", has_text="Peeters, Sofie").locator("td[data-label='Screening uiterlijk']")
    assert expected.strftime("%d/%m/%Y") in cell.inner_text()
    _phone_checks(page)


def test_the_citizen_removes_a_competence_but_not_a_certified_one(page, market):  # noqa: F811
    mine = market["mine"]
    extracted, certified = (TAXONOMY.skills[FORKLIFT.essential[i]].uri for i in (3, 4))
    PersonSkill.objects.create(person=mine, skill_uri=extracted, source="extracted", added_at=NOW)
    PersonSkill.objects.create(person=mine, skill_uri=certified, source="certified", added_at=NOW)
    login(page, "sofie")
    page.goto("/mijn-vacatures/")
    table = page.locator("#profile-skills")
    assert table.locator("tbody tr").count() == 5
    assert table.locator("tbody tr", has_text="steunt op een attest").locator("button").count() == 0
    _phone_checks(page)
    before = PersonSkill.objects.filter(person=mine).count()
    with viewport(page, PHONE):
        table.locator("tbody tr", has_text="Uit cv of tekst gehaald").get_by_role("button", name="Verwijderen").click()
        page.locator(".messages").wait_for()
        assert_in_viewport(page, ".messages")
        assert "uit het profiel verwijderd" in page.locator(".messages").inner_text()
    assert not PersonSkill.objects.filter(person=mine, skill_uri=extracted).exists()
    assert PersonSkill.objects.filter(person=mine).count() == before - 1
    page.goto("/mijn-loopbaan/")
    buttons = page.locator("#h-competences ~ ul button, section[aria-labelledby='h-competences'] button", has_text="Verwijderen")
    assert buttons.count() == 3  # the three declared ones; the certified one has none
    buttons.first.click()
    page.locator(".messages").wait_for()
    page.wait_for_url("**/mijn-loopbaan/")
    assert PersonSkill.objects.filter(person=mine).count() == before - 2
    assert PersonSkill.objects.filter(person=mine, skill_uri=certified).exists()
    _phone_checks(page)


def test_withdrawing_an_application_asks_first_and_explains_after(page, market):  # noqa: F811
    login(page, "sofie")
    page.goto(f"/vacatures/{market['vacancy'].pk}/")
    page.get_by_role("button", name="Solliciteren").click()
    page.locator(".messages").wait_for()
    assert page.get_by_role("button", name="Ja, sollicitatie intrekken").is_hidden()  # not one click
    page.get_by_text("Sollicitatie intrekken…").click()
    assert "Opnieuw solliciteren op deze vacature kan daarna niet meer" in page.locator("details.confirm").inner_text()
    _phone_checks(page)
    page.get_by_role("button", name="Ja, sollicitatie intrekken").click()
    page.locator(".messages").wait_for()
    assert_in_viewport(page, ".messages")
    assert "Uw sollicitatie is ingetrokken" in page.locator(".messages").inner_text()
    assert Application.objects.get(person=market["mine"]).state == "withdrawn"
    main = page.locator("main").inner_text()
    assert "Opnieuw solliciteren op deze vacature kan niet meer" in main
    assert page.get_by_role("button", name="Solliciteren").count() == 0 and page.get_by_role("button", name="Delen met de werkgever").count() == 0
    _phone_checks(page)
