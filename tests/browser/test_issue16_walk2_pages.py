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


def _targets_at_phone_width(page, path: str, ready: str) -> list[dict]:
    from .checks import PHONE, small_targets, viewport

    with viewport(page, PHONE):
        page.goto(path)
        page.locator(ready).first.wait_for()
        return [{"path": path, **t} for t in small_targets(page)]


def test_links_in_table_cells_and_file_inputs_are_24_px_targets_at_390(page, people):  # noqa: F811
    """The walk measured the case links "#2" at 18 × 32 px and the file inputs at 21 px high on a 390 px phone."""
    from werkregie.accounts.models import Role
    from werkregie.compliance import services as compliance
    from werkregie.compliance import use_cases

    from .. import compliance_support as cs
    from .. import factories as f
    from .test_pages import PASSWORD

    controller = f.user(Role.CONTROLLER, username="kris", password=PASSWORD)
    f.user(Role.ANALYST, username="analist", password=PASSWORD)
    case = compliance.open_case(people["mine"].pk, "missed_appointment", source=("appointment", 601), facts={
        "occurred_on": (dt.date.today() - dt.timedelta(days=5)).isoformat(), "summary": "Niet verschenen."})
    use_cases.plan_hearing(f.principal(controller), case.pk, hearing_at=cs.at(cs.hearing_day(dt.date.today()), 10), mode="written")
    small = _targets_at_phone_width(page, "/verifieer/", "input[type=file]")
    login(page, "kris")
    page.wait_for_url("**/caseload/")
    small += _targets_at_phone_width(page, "/controle/dossiers/", f"a:text-is('#{case.pk}')")
    page.context.clear_cookies()
    login(page, "sofie")
    page.wait_for_url("**/mijn-*/**")
    small += _targets_at_phone_width(page, "/mijn-dossier/", f"a:text-is('#{case.pk}')")
    small += _targets_at_phone_width(page, f"/mijn-dossier/{case.pk}/", "input[type=file]")
    page.context.clear_cookies()
    login(page, "analist")
    page.wait_for_url(lambda url: "/login/" not in url)
    small += _targets_at_phone_width(page, "/beleidssimulatie/", "input[type=file]")
    assert not small, "touch targets under 24 px at 390 px (WCAG 2.5.8):\n" + "\n".join(map(str, small))
