"""Walk of issue 16 (HIGH): the employer sees the competences of who applied, with which of the asked ones they have,
on the applications page and behind the name on the person page; desktop and 390 px, axe clean."""

import pytest

from werkregie.vacancies.models import Application

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_employer_sees_each_applicants_competences_and_opens_the_person(page, market, viewport):  # noqa: F811
    if viewport:
        page.set_viewport_size(viewport)
    Application.objects.create(vacancy=market["vacancy"], person=market["mine"], origin="applied")
    login(page, "werkgever")
    page.goto(f"/vacatures/{market['vacancy'].pk}/sollicitaties/")
    cell = page.locator("[data-fit]").first
    assert "gevraagde competentie" in cell.inner_text()
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    page.get_by_role("link", name="Peeters").first.click()
    page.locator("#h-fits").wait_for()
    assert "gevraagde competentie" in page.locator("main").inner_text()
    assert "INSZ" not in page.locator("main").inner_text()
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
