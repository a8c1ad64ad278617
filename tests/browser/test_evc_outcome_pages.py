"""Walk of issue 13: a partly recognised EVC request, read by the person on a phone (390 px), says per skill what was
recognised and what not, with the courses that teach the rest linked; axe-clean, no sideways scroll."""

import pytest

from tests.browser.checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from tests.browser.test_pages import login
from tests.careers_support import key_folder, setup, world  # noqa: F401 - fixtures
from tests.test_careers_evc_outcome import _decided

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_partly_recognised_request_on_a_phone(page, world):
    req, uris = _decided(world)
    page.set_viewport_size(PHONE)
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto(f"/evc/{req.pk}/")
    outcome = page.get_by_test_id("evc-outcome")
    outcome.get_by_text(f"Deels erkend: 2 van {len(uris)} competenties").wait_for()
    assert page.get_by_test_id("evc-recognised").locator(":scope > li").count() == 2
    assert page.get_by_test_id("evc-not-recognised").locator(":scope > li").count() == len(uris) - 2
    course = outcome.get_by_role("link", name="Opleiding voor wat ontbreekt")
    course.scroll_into_view_if_needed()
    assert course.is_visible()
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    course.click()
    page.get_by_role("heading", name="Opleiding voor wat ontbreekt").wait_for()
