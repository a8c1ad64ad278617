"""Issue 12 attack, in the browser: the application-count links on /vacatures/ were 9 × 32 px (under the 24 × 24
target) — now 44 px at 390 px; opening the notices page marks nothing, the button (a POST) does; another employer
reads the public view of a published vacancy, without its lifecycle or applications."""

import pytest

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import EmployerNotice

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, assert_touch_targets, viewport
from .test_pages import PASSWORD, login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _checks(page, targets: str) -> None:
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    with viewport(page, PHONE):
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)
        assert_touch_targets(page, targets)


def test_counts_are_touch_targets_and_notices_are_marked_read_by_a_button(page, market):  # noqa: F811 - the fixture
    login(page, "sofie")
    page.goto(f"/vacatures/{market['vacancy'].pk}/")
    page.get_by_role("button", name="Solliciteren").click()
    page.locator(".messages").wait_for()
    page.context.clear_cookies()
    login(page, "werkgever")
    page.goto("/vacatures/")
    count = page.locator("main a.count")
    assert count.count() == 1 and count.inner_text().startswith("1")
    _checks(page, "main a.count, main button, main .button")
    page.goto("/vacatures/berichten/")
    page.goto("/vacatures/berichten/")
    assert EmployerNotice.objects.filter(read_at__isnull=True).count() == 1  # reading twice marked nothing
    assert "nieuw" in page.locator("main").inner_text()
    _checks(page, "main button, main .button")
    page.get_by_role("button", name="Alles als gelezen markeren").click()
    page.get_by_role("heading", name="Berichten over uw vacatures").wait_for()
    assert EmployerNotice.objects.filter(read_at__isnull=True).count() == 0
    assert page.get_by_role("button", name="Alles als gelezen markeren").count() == 0


def test_another_employer_reads_the_public_view(page, market):  # noqa: F811 - the fixture
    f.user(Role.EMPLOYER, f.organisation(OrganisationKind.EMPLOYER, name="Andere bv"), username="anderwerkgever", password=PASSWORD)
    login(page, "anderwerkgever")
    page.goto(f"/vacatures/{market['vacancy'].pk}/")
    page.get_by_role("heading", name="Heftruckchauffeur", level=1).wait_for()
    text = page.locator("main").inner_text()
    assert "openbare versie" in text and "Sollicitaties bekijken" not in text and "Toestand van de vacature" not in text
    _checks(page, "main button, main .button")
