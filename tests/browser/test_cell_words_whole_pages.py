"""Walk of stop 36 (issue 16, point 10): on a wide screen words inside table cells broke in the middle ("Afgelever|d" in
the citizen's inbox, "Leefloongerechtigd|e" on the caseload) because every cell could shrink to one letter. A word in a
cell of a table that fits the page now stays whole at 1280 px, and nothing scrolls sideways."""

import pytest

from tests.messaging_support import clean_gateways  # noqa: F401 - fixture

from .checks import assert_no_horizontal_scroll
from .test_messaging_pages import inbox  # noqa: F401 - fixture
from .test_pages import login, people  # noqa: F401 - shared fixture
from .test_statistics_phone_pages import BROKEN_WORDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def warm(page):
    page.goto("/login/", timeout=120_000)


def test_the_inbox_keeps_its_words_whole_on_a_wide_screen(page, inbox):  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, "sofie")
    page.goto("/mijn-berichten/")
    page.locator("main table tbody tr").first.wait_for()
    assert page.evaluate(BROKEN_WORDS) == []
    assert_no_horizontal_scroll(page)


def test_the_caseload_keeps_a_long_status_whole_on_a_wide_screen(page, people):  # noqa: F811
    import datetime as dt

    from tests import factories as f
    from werkregie.people.enums import StatusKind

    f.episode(people["teammate"], StatusKind.LEEFLOON, start=dt.date(2025, 5, 1), municipality="44021")
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.locator("#results tbody tr", has_text="Leefloongerechtigde").first.wait_for()
    assert page.evaluate(BROKEN_WORDS) == []
    assert_no_horizontal_scroll(page)
