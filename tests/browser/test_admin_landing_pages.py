"""Issue 16, last items (4) in the browser: the administrator lands on the administration of the platform (users,
roles, organisations: the Django admin in the platform's style), not on the register; "Website bekijken" leads to the
register and the menu there leads back ("Beheer"). At 1280 px and on a 390 px phone."""

import pytest

from tests import factories as f
from werkregie.accounts.models import Role

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, follow_menu
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, PHONE], ids=["desktop", "phone"])
def test_the_administrator_lands_on_the_administration(page, ref, size):
    page.goto("/login/", timeout=120_000)  # the live server's first request imports every page
    f.user(Role.ADMIN, username="beheer", password=PASSWORD, is_staff=True, is_superuser=True)
    page.set_viewport_size(size)
    login(page, "beheer")
    page.wait_for_url("**/admin/")
    page.get_by_role("heading", name="Beheer van het platform").wait_for()
    assert page.get_by_role("link", name="Gebruikers").first.is_visible()
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    page.get_by_role("link", name="Website bekijken").click()
    page.wait_for_url("**/caseload/")
    follow_menu(page, "Beheer")
    page.wait_for_url("**/admin/")
