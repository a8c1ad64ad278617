"""The intake page under the attack of issue 12: a title with a right-to-left override and a wage of € 0,50 are refused
with the field named in the error summary (the same rules as the import, vacancies/checks.py), and nothing is stored.
Desktop and 390 px, axe clean, no sideways scroll."""

import pytest

from werkregie.organisations.models import EmployerMembership
from werkregie.vacancies.models import Vacancy

from .test_pages import login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import NOW, _checks, market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_intake_page_refuses_a_bidi_title_and_a_wage_under_100(page, market):  # noqa: F811
    from werkregie.matching.engine.skills import default_skill_index
    from werkregie.matching.engine.titles import default_index

    EmployerMembership.objects.create(user=market["boss"], organisation=market["boss"].organisation, role="administrator", state="confirmed",
                                      requested_at=NOW)
    default_skill_index().extract("vrachtwagens laden met de heftruck", "nl")
    default_index().search(["heftruckchauffeur"], "nl", 1)
    login(page, "werkgever")
    page.goto("/vacatures/nieuw/")
    assert "Minstens € 100" in page.locator("main").inner_text()
    page.get_by_label("Functietitel").fill("Heftruckchauffeur")
    page.get_by_label("Omschrijving van de job").fill("Ons team zoekt iemand die vrachtwagens laadt en lost met de heftruck.")
    page.get_by_label("Gemeente van de werkplek").fill("44021")
    page.get_by_role("button", name="Beroep en competenties voorstellen").click()
    page.get_by_role("button", name="Publiceren").wait_for()
    page.get_by_label("Functietitel").fill("Heftruck\u202echauffeur")
    page.get_by_label("Brutoloon per maand (euro, niet verplicht)").fill("0,50")
    page.get_by_role("button", name="Publiceren").click()
    page.locator(".error-summary").wait_for()
    summary = page.locator(".error-summary").inner_text()
    assert "100" in summary and "stuurtekens" in summary
    assert not Vacancy.objects.exclude(pk=market["vacancy"].pk).exists()
    _checks(page)
