"""Issue 15, point 15: "Loont werken?" in the citizen's menu, accessible, at 390 px, Belgian amounts in and out."""

import pytest

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, follow_menu, viewport
from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_work_pays_from_the_menu_accessible_on_a_phone(page, people):  # noqa: F811
    page.goto("/login/", timeout=120_000)
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    follow_menu(page, "Loont werken?")  # under "Meer" since the header keeps to one row (issue 16)
    page.get_by_label("Eerste maand van het werk (MM/JJJJ)").fill("04/2024")
    page.get_by_label("Bruto maandloon van het aanbod (EUR)").fill("2.300")
    page.get_by_label("Uren per week in het aanbod").fill("38")
    page.get_by_label("Afstand van huis naar het werk, enkele rit (km)").fill("15")
    page.get_by_label("Wat een kilometer u kost (EUR)").fill("0,15")
    page.get_by_label("Uw huidige netto-uitkering per maand (EUR)").fill("1.500")
    page.get_by_role("button", name="Berekenen").click()
    page.get_by_role("heading", name="Vóór bedrijfsvoorheffing brengt dit werk in het eerste jaar € 7.499,90 meer op").wait_for()
    assert "1.500" not in page.url and "benefit" not in page.url  # the form posts: the benefit is never in a URL
    assert "€ 2.187,70" in page.locator("main").inner_text()
    assert_axe_clean(page)
    with viewport(page, PHONE):
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)
