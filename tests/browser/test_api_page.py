"""Issue 16 point 9 in a real browser: the "API" menu item opens the API's page in the platform's style (not the
English Swagger page), which links to the OpenAPI docs; readable at desktop and phone width, for anyone; the language
menu names each language in itself."""

import pytest

from werkregie.accounts.models import Role

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, assert_no_leaks, follow_menu, viewport
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _check(page):
    assert page.get_by_role("heading", level=1, name="De API van werkregie").is_visible()
    assert page.get_by_role("link", name="Interactieve documentatie (Swagger UI, in het Engels)").get_attribute("href") == "/api/v1/docs"
    assert page.get_by_role("link", name="Personen").first.get_attribute("href") == "/api/v1/docs#/persons"
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    assert_no_leaks(page)


def test_anonymous_reads_the_api_page_and_api_v1_leads_there(page):
    page.goto("/api/v1/")
    page.wait_for_url("**/api/")
    _check(page)
    assert page.locator("#language-select option").all_inner_texts() == ["Nederlands", "Français", "English"]
    with viewport(page, PHONE):
        page.reload()
        _check(page)


@pytest.mark.parametrize("size", [None, PHONE])
def test_the_menu_item_leads_to_the_api_page(page, size):
    f.user(Role.COUNSELLOR, username="bart", password=PASSWORD)
    login(page, "bart")
    page.wait_for_load_state()
    with viewport(page, size or page.viewport_size):
        page.goto("/")
        follow_menu(page, "API")  # on a phone the menu folds; on a wide screen it is under "Meer" (issue 16)
        page.wait_for_url("**/api/")
        assert page.locator('header nav a[href="/api/"]').get_attribute("aria-current") == "page"
        _check(page)
        page.get_by_role("link", name="Interactieve documentatie (Swagger UI, in het Engels)").click()
        page.wait_for_url("**/api/v1/docs")
        page.locator(".swagger-ui .information-container").wait_for()
        assert page.locator(".swagger-ui .errors-wrapper").count() == 0  # the document parses (no "duplicated mapping key")
