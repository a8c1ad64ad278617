"""The counsellor's one worklist in the browser: counts per kind, filters with an error summary, overdue marked, the next
task one click away, marking a task done (message at the top), and the old screening address. Each state passes axe-core
(WCAG 2.1 A/AA) and fits a 390 px phone without sideways scrolling."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.worklist import services
from werkregie.worklist.enums import TaskKind, TaskStatus
from werkregie.worklist.models import Task

from .checks import PHONE, assert_axe_clean, assert_in_viewport, assert_no_horizontal_scroll, viewport
from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def tasks(people):  # noqa: F811 - the fixture
    today = clock.today()
    mine, teammate = people["mine"], people["teammate"]
    late, _ = services.upsert_task(f"screening:{mine.pk}:x", person_id=mine.pk, kind=TaskKind.SCREENING_DUE, due_on=today - dt.timedelta(days=5),
                                   title="Screening binnen de termijn na inschrijving", url=f"/personen/{mine.pk}/",
                                   detail="Werkzoekend sinds 01/02/2025, nog niet gescreend in deze periode.")
    soon, _ = services.upsert_task(f"agreement_to_make:{teammate.pk}:x", person_id=teammate.pk, kind=TaskKind.AGREEMENT_TO_MAKE,
                                   due_on=today + dt.timedelta(days=10), title="Bindende afspraken maken", url=f"/personen/{teammate.pk}/")
    services.upsert_task(f"stranger:{people['stranger'].pk}", person_id=people["stranger"].pk, kind=TaskKind.OTHER, due_on=today, title="Niet van mij")
    return {**people, "late": late, "soon": soon}


@pytest.fixture(autouse=True)
def warm(page):
    """The live server's first request imports every page (slow on a busy machine): make it before the test's steps."""
    page.goto("/login/", timeout=120_000)


def _checks(page) -> None:
    assert_axe_clean(page)
    with viewport(page, PHONE):
        assert_no_horizontal_scroll(page)


def test_counsellor_works_the_list(page, tasks):
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto("/werklijst/")
    page.get_by_role("heading", name="Werklijst", exact=True).wait_for()
    table = page.locator("table.stack").inner_text()
    assert "Peeters, Sofie" in table and "Aerts, Jef" in table and "Niet van mij" not in table
    assert "5 dagen te laat" in table
    assert table.index("Peeters") < table.index("Aerts"), "sorted by due date, overdue first"
    nav = page.get_by_role("navigation", name="Taken per soort").inner_text()
    assert "Screening te doen" in nav and "1 te laat" in nav
    _checks(page)

    # filter on a kind through the counts, then a bad filter shows the error summary
    page.get_by_role("link", name="Afspraken te maken").click()
    page.wait_for_url("**soort=agreement_to_make**")
    assert "Peeters" not in page.locator("table.stack").inner_text()
    page.goto("/werklijst/?binnen=veel")
    page.locator(".error-summary").wait_for()
    _checks(page)

    # the next person one click away
    page.goto("/werklijst/")
    page.get_by_role("link", name="Volgende taak openen").click()
    page.wait_for_url(f"**/personen/{tasks['mine'].pk}/**")

    # mark done: the message is where the user looks, the task leaves the list
    page.goto("/werklijst/")
    page.get_by_text("Afgewerkt… (Screening te doen, Peeters)").click()  # a confirmation first (walk of stop 26)
    page.get_by_role("button", name="Afgewerkt (Screening te doen, Peeters)").click()
    page.wait_for_url("**/werklijst/")
    assert_in_viewport(page, ".messages")
    assert "Taak afgewerkt" in page.locator(".messages").inner_text()
    assert Task.objects.get(pk=tasks["late"].pk).status == TaskStatus.DONE
    assert "Peeters" not in page.locator("table.stack").inner_text()
    _checks(page)


def test_old_screening_worklist_address_opens_the_screening_view(page, tasks):
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto("/screening/werklijst/")
    page.wait_for_url("**/werklijst/?soort=screening_due")
    assert "Peeters, Sofie" in page.locator("table.stack").inner_text() and "Aerts" not in page.locator("table.stack").inner_text()


def test_empty_list_guides_the_counsellor(page, people):  # noqa: F811
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto("/werklijst/")
    page.locator(".empty").get_by_text("Geen taken", exact=True).wait_for()
    _checks(page)
