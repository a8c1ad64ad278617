"""Issue 16 point 9 in the browser (walk finding), at desktop width and on a 390 px phone: the controller's overview
marks a passed control deadline "te laat" in words (not by colour alone), like the other due dates; axe-clean, no
sideways scrolling."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.core import clock

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import PASSWORD, login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WIDTHS = [None, PHONE]


@pytest.fixture(autouse=True)
def warm(page):
    """The live server's first request imports every page (slow on a busy machine): make it before the test's steps."""
    page.goto("/login/", timeout=120_000)


@pytest.mark.parametrize("size", WIDTHS, ids=["desktop", "phone"])
def test_controller_sees_a_passed_control_deadline_marked_late(page, people, size):  # noqa: F811
    from werkregie.compliance import services
    from werkregie.compliance.models import Case

    f.user(Role.CONTROLLER, username="kris", password=PASSWORD)
    today = clock.today()
    case = services.open_case(people["mine"].pk, "missed_appointment", source=("appointment", 777),
                              facts={"occurred_on": (today - dt.timedelta(days=40)).isoformat(), "summary": "Niet verschenen."})
    Case.objects.filter(pk=case.pk).update(deadline=today - dt.timedelta(days=20))
    if size:
        page.set_viewport_size(size)
    login(page, "kris")
    page.wait_for_url("**/caseload/")
    cell = page.locator("#results tbody tr", has_text="Peeters, Sofie").locator("td[data-label='Termijn controle']")
    assert (today - dt.timedelta(days=20)).strftime("%d/%m/%Y") in cell.inner_text()
    assert cell.locator("strong.error", has_text="te laat").is_visible()
    assert "te laat" in page.locator(".next-person").inner_text()
    assert_axe_clean(page)
    if size:
        assert_no_horizontal_scroll(page)
