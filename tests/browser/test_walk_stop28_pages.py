"""Walk of stop 28 (issue 16, point 10): a link in a table cell (a person's name on the caseload) is a touch target of
24 px at least, at desktop and phone width."""

import pytest

from .checks import PHONE, assert_touch_targets
from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def warm(page):
    """The live server's first request imports every page (slow on a busy machine): make it before the test's steps."""
    page.goto("/login/", timeout=120_000)


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_caseload_name_links_are_at_least_24_px(page, people, size):  # noqa: F811
    if size:
        page.set_viewport_size(size)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.locator("#results tbody tr", has_text="Peeters, Sofie").wait_for()
    assert page.locator("main td a").count() > 0
    assert_touch_targets(page, "main td a, main th a")
