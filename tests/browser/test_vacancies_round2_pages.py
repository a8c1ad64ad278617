"""Issue 12, second round, in the browser: a visitor searches vacancies without logging in and opens one; a job
seeker applies and shares the effect of the hiring measures; the employer reads the notice and the measures for this
candidate and this vacancy. Desktop and 390 px, axe clean, no sideways scroll."""

import pytest

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import Application, EmployerNotice

from .. import factories as f
from .checks import assert_clean_on_desktop_and_phone, assert_in_viewport
from .test_pages import PASSWORD, login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_searches_vacancies_without_logging_in(page, market):  # noqa: F811 - the fixture
    other = f.organisation(OrganisationKind.EMPLOYER, name="Haven Antwerpen nv")
    from werkregie.vacancies.models import Vacancy

    Vacancy.objects.create(employer=other, title="Heftruckchauffeur haven", municipality_id="11002")
    from django.test import Client

    assert Client().get("/vacatures/zoeken/", {"q": "heftruck", "place": "9000", "radius_km": "25"}).status_code == 200  # warm the stack
    page.goto("/vacatures/zoeken/")
    assert_clean_on_desktop_and_phone(page)
    page.get_by_label("Wat zoekt u?").fill("heftruck")
    page.get_by_label("Waar?").fill("9000")
    page.get_by_label("Afstand").select_option("25")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_role("heading", name="1 vacature gevonden").wait_for()
    assert_clean_on_desktop_and_phone(page)
    page.get_by_role("link", name="Heftruckchauffeur").click()
    page.get_by_role("heading", name="Heftruckchauffeur", level=1).wait_for()
    assert page.locator('script[type="application/ld+json"]').count() == 1


def test_candidate_shares_measures_and_the_employer_reads_notice_and_measures(page, market):  # noqa: F811 - the fixture
    login(page, "sofie")
    page.goto(f"/vacatures/{market['vacancy'].pk}/")
    page.get_by_role("button", name="Solliciteren").click()
    page.locator(".messages").wait_for()
    page.get_by_role("button", name="Delen met de werkgever").click()
    page.locator(".messages").wait_for()
    assert_in_viewport(page, ".messages")
    assert "De werkgever ziet nu of uw aanwerving recht geeft op steun" in page.locator(".messages").inner_text()
    assert_clean_on_desktop_and_phone(page)
    application = Application.objects.get(person=market["mine"])
    assert application.measures_shared_at is not None and EmployerNotice.objects.get().event == "applied"
    page.context.clear_cookies()
    login(page, "werkgever")
    page.goto("/vacatures/berichten/")
    assert "Nieuwe sollicitatie" in page.locator("main").inner_text() and "Peeters" in page.locator("main").inner_text()
    assert_clean_on_desktop_and_phone(page)
    page.get_by_role("link", name="Heftruckchauffeur").click()
    page.get_by_role("link", name="Steunmaatregelen", exact=True).click()
    page.get_by_role("heading", name="Steunmaatregelen bij deze aanwerving: Heftruckchauffeur").wait_for()
    text = page.locator("main").inner_text()
    assert "De kandidaat liet toe" in text and "(nu " not in text and "Voorwaarden aan de kant van de werkgever" in text
    assert_clean_on_desktop_and_phone(page)
    assert Role.EMPLOYER == market["boss"].role
