"""Issue 15 in the browser: the job seeker's own "Loont werken?" on a vacancy page (point 15) and the analyst's policy
simulation (point 16). Desktop and 390 px, axe clean, no sideways scroll."""

import pytest

from werkregie.accounts.models import Role

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, viewport
from .test_pages import PASSWORD, login
from .test_vacancy_pages import market, people  # noqa: F401 - shared fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_job_seeker_compares_the_vacancy_with_the_benefit(page, market):  # noqa: F811
    login(page, "sofie")
    page.goto(f"/vacatures/{market['vacancy'].pk}/")
    section = page.locator("section#loont-werken")
    assert "Met dit loon van € 2.650,00 bruto houdt u per maand" in section.inner_text()
    page.get_by_label("Uw huidige netto-uitkering per maand (EUR)").fill("1.400")
    page.get_by_role("button", name="Vergelijk met mijn uitkering").click()
    page.locator("section#loont-werken p.result").wait_for()
    assert "meer op dan uw netto-uitkering" in page.locator("section#loont-werken p.result").inner_text()  # before withholding tax, said
    assert "1.400" not in page.url and "1400" not in page.url  # posted, never in the URL
    page.get_by_label("Netto maandloon van deze job, als u het kent (EUR)").fill("1.950")
    page.get_by_role("button", name="Vergelijk met mijn uitkering").click()
    page.locator("section#loont-werken p.result", has_text="Netto tegen netto").wait_for()
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    with viewport(page, PHONE):
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)


def test_analyst_simulates_a_reform(page):
    f.user(Role.ANALYST, username="analist", password=PASSWORD)
    login(page, "analist")
    page.goto("/beleidssimulatie/")
    page.get_by_label("Aantal personen (synthetisch)").fill("20000")
    page.get_by_role("button", name="Simuleren").click()
    page.get_by_role("heading", name="Resultaat").wait_for()
    assert "taak=" in page.url  # the simulation ran as a task; the page shows its state
    text = page.locator("main").inner_text()
    assert "Kost voor de begroting" in text and "niet gekalibreerd" in text
    assert page.locator("figure.chart").count() == 3 and page.locator("figure.chart li svg rect").count() >= 9
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    with viewport(page, PHONE):
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)
