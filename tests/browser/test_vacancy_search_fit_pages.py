"""Issue 12, point 7, found in a walk: the logged-in job seeker sees in the public vacancy search the score and a short
explanation of each result (the vacancy page's), with a link to the full explanation, and narrows the results with
the occupation filter; desktop and 390 px, axe clean, no sideways scroll."""

from contextlib import nullcontext

import pytest

from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import search_occupations
from werkregie.vacancies.models import Vacancy

from .. import factories as f
from ..test_matching_platform import CLEANER
from .checks import PHONE, assert_clean_on_desktop_and_phone, viewport
from .test_pages import login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [None, PHONE])
def test_job_seeker_sees_scores_and_filters_by_occupation(page, market, size):  # noqa: F811 - the fixture
    search_occupations.forget()
    Vacancy.objects.create(employer=f.organisation(OrganisationKind.EMPLOYER, name="Net nv"), title="Schoonmaker kantoren",
                           municipality_id="44021", occupation_uri=CLEANER.uri)
    from django.test import Client

    for url in ("/login/", "/vacatures/zoeken/"):  # warm the stack (the first request loads the matching engine's data)
        Client().get(url)
    login(page, "sofie")
    with viewport(page, size) if size else nullcontext():
        page.goto("/vacatures/zoeken/")
        results = page.locator("ol.results > li")
        results.first.wait_for()
        assert results.count() == 2
        forklift = results.filter(has_text="Heftruckchauffeur")
        assert "Score " in forklift.locator("[data-fit]").inner_text() and "3 van 5 gevraagde competenties in uw profiel" in forklift.inner_text()
        assert_clean_on_desktop_and_phone(page)
        page.get_by_label("Beroep").select_option(label=CLEANER.label("nl"))
        page.get_by_role("button", name="Zoeken").click()
        page.get_by_role("heading", name="1 vacature gevonden").wait_for()
        assert page.locator("ol.results > li").inner_text().startswith("Schoonmaker kantoren")
        assert_clean_on_desktop_and_phone(page)
        page.get_by_label("Beroep").select_option("")
        page.get_by_role("button", name="Zoeken").click()
        page.get_by_role("heading", name="2 vacatures gevonden").wait_for()
        page.get_by_role("link", name="Waarom deze score? (Heftruckchauffeur)").click()
        page.get_by_role("heading", name="Waarom deze vacature bij u past").wait_for()
    search_occupations.forget()

