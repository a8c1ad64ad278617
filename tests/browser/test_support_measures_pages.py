"""The public page "Steunmaatregelen voor werkgevers" in the browser (issue 12, point 5): anonymous, desktop and 390 px,
axe clean, no sideways scroll; every measure of the catalogue listed; an employer reaches it from the menu."""

import pytest

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.rules.catalogue import catalogue

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, assert_no_leaks, viewport
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _check_page(page):
    keys = [m.key for m in catalogue()]
    assert page.locator("article.measure").count() == len(keys)
    for key in keys:
        assert page.locator(f'article[data-measure="{key}"] ul.sources a').count() >= 1
    page.locator("article.measure details summary").first.click()  # the conditions open and stay accessible
    assert page.locator("article.measure details[open] li[data-parameter]").first.is_visible()
    assert_axe_clean(page, "main")
    assert_no_horizontal_scroll(page)
    assert_no_leaks(page)


def test_anonymous_reads_the_support_measures_on_desktop_and_phone(page):
    page.goto("/steunmaatregelen/")
    assert page.get_by_role("heading", level=1, name="Steunmaatregelen voor werkgevers").is_visible()
    _check_page(page)
    with viewport(page, PHONE):
        page.reload()
        _check_page(page)


def test_employer_opens_the_measures_from_the_menu(page):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Bakkerij Peeters")
    f.user(Role.EMPLOYER, employer, username="bakker", password=PASSWORD)
    login(page, "bakker")
    with viewport(page, PHONE):
        page.goto("/")
        link = page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Steunmaatregelen voor werkgevers")
        if not link.is_visible():  # on a phone the menu folds
            page.locator("details.menu > summary").click()
        link.click()
        page.wait_for_url("**/steunmaatregelen/")
        assert_no_horizontal_scroll(page)
