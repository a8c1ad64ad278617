"""Issue 16, second browser walk: what a user saw on the pages (the CSV download following the on-screen filter, touch
targets, chart ids, …), in a real browser at desktop width and on a 390 px phone."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.worklist import services
from werkregie.worklist.enums import TaskKind

from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def warm(page):
    """The live server's first request imports every page (slow on a busy machine): make it before the test's steps."""
    page.goto("/login/", timeout=120_000)


def test_caseload_download_follows_the_filter_htmx_applied(page, people):  # noqa: F811
    today = clock.today()
    services.upsert_task(f"agreement:{people['teammate'].pk}:w", person_id=people["teammate"].pk, kind=TaskKind.AGREEMENT_TO_MAKE,
                         due_on=today - dt.timedelta(days=2), title="Bindende afspraken maken", url=f"/personen/{people['teammate'].pk}/")
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    link = page.get_by_role("link", name="Deze lijst downloaden (CSV)")
    assert "termijn=" not in link.get_attribute("href")
    page.get_by_label("Termijn screening of afspraken").select_option("overdue")  # htmx swaps the results only
    page.wait_for_url("**termijn=overdue**")
    page.wait_for_function("!document.querySelector('#results').innerText.includes('Peeters')")
    assert page.locator("#download-link").count() == 1
    href = link.get_attribute("href")
    assert "termijn=overdue" in href, f"the download still has the filters of the last full load: {href}"
    with page.expect_download() as download:
        link.click()
    rows = open(download.value.path(), encoding="utf-8-sig").read()
    assert "Aerts" in rows and "Peeters" not in rows
