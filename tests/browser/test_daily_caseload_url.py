"""Issue 16, point 4: the sort and the filters the counsellor picks on the caseload are in the URL — shareable, the
back button brings the list *and the form* back, htmx pushes the URL (and a history restore gets the whole page)."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.worklist import services
from werkregie.worklist.enums import TaskKind

from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def due(people):  # noqa: F811 - the fixture
    today = clock.today()
    services.upsert_task(f"agreement:{people['teammate'].pk}:u", person_id=people["teammate"].pk, kind=TaskKind.AGREEMENT_TO_MAKE,
                         due_on=today - dt.timedelta(days=2), title="Bindende afspraken maken", url=f"/personen/{people['teammate'].pk}/")
    services.upsert_task(f"screening:{people['mine'].pk}:u", person_id=people["mine"].pk, kind=TaskKind.SCREENING_DUE,
                         due_on=today + dt.timedelta(days=9), title="Screening", url=f"/personen/{people['mine'].pk}/")
    return people


def _rows(page) -> str:
    return page.locator("#results").inner_text()


def _order(page) -> list[str]:
    text = page.locator("#results tbody").inner_text()
    return sorted(("Aerts", "Peeters"), key=lambda name: text.index(name) if name in text else 10**6)


def test_sort_and_filters_live_in_the_url_and_the_back_button(page, due):
    page.goto("/login/", timeout=120_000)  # the live server's first request imports every page
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    sort, term = page.get_by_label("Sorteren op"), page.get_by_label("Termijn screening of afspraken")

    term.select_option("month")  # htmx pushes the filter into the URL
    page.wait_for_url("**termijn=month**")
    page.wait_for_function("document.querySelector('#results').innerText.includes('Peeters')")

    page.locator("thead").get_by_role("link", name="Naam").click()  # a sort link in the results: URL and form follow
    page.wait_for_url("**sorteer=naam**")
    assert "termijn=month" in page.url
    page.wait_for_function("document.getElementById('id_sorteer').value === 'naam'")
    assert _order(page) == ["Aerts", "Peeters"]

    page.get_by_label("Volgorde").select_option("af")  # the next change in the form keeps the sort and the filter
    page.wait_for_url("**richting=af**")
    assert "sorteer=naam" in page.url and "termijn=month" in page.url
    page.wait_for_function("(() => { const t = document.querySelector('#results tbody').innerText; return t.indexOf('Peeters') < t.indexOf('Aerts'); })()")

    term.select_option("week")
    page.wait_for_url("**termijn=week**")
    page.wait_for_function("!document.querySelector('#results').innerText.includes('Peeters')")
    shared = page.url
    assert shared.count("termijn=") == 1 and shared.count("sorteer=") == 1, f"the URL grows with every change: {shared}"

    page.go_back()  # the list and the form come back as they were
    page.wait_for_url("**termijn=month**")
    page.wait_for_function("document.querySelector('#results').innerText.includes('Peeters')")
    assert term.input_value() == "month" and sort.input_value() == "naam" and page.get_by_label("Volgorde").input_value() == "af"
    page.go_back()
    page.wait_for_function("!location.search.includes('richting')")
    page.wait_for_function("document.getElementById('id_richting').value === 'op'")
    assert sort.input_value() == "naam"
    page.go_forward()
    page.wait_for_url("**richting=af**")
    page.wait_for_function("document.getElementById('id_richting').value === 'af'")

    other = page.context.new_page()  # the URL is shareable: a fresh page shows the same list and form
    other.goto(shared)
    assert other.get_by_label("Termijn screening of afspraken").input_value() == "week"
    assert other.get_by_label("Sorteren op").input_value() == "naam"
    assert "Aerts" in other.locator("#results").inner_text() and "Peeters" not in other.locator("#results").inner_text()
    assert other.locator("th[aria-sort=descending]").inner_text().strip() == "Naam"
    other.close()


def test_a_history_restore_gets_the_whole_page(page, due):
    page.goto("/login/", timeout=120_000)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    response = page.request.get("/caseload/?termijn=month", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert response.status == 200 and "<html" in response.text() and 'id="results"' in response.text()
    assert "HX-Request" in response.headers.get("vary", "")
    partial = page.request.get("/caseload/?termijn=month", headers={"HX-Request": "true"})
    assert "<html" not in partial.text() and "Peeters" in partial.text()


def test_on_a_phone_the_filters_fold_away_and_the_first_person_shows(page, due):
    """Walk of issue 16: at 390 px the caseload's filters filled the first screen before any person. They fold behind
    "Filters" (a <details>, reachable by keyboard), the first person's row is in the first viewport; a filter set opens it."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/login/", timeout=120_000)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    panel = page.locator("details.filter-panel")
    assert panel.get_attribute("open") is None, "folded on a phone"
    first_row = page.locator("#results tbody tr").first
    box = first_row.bounding_box()
    assert box is not None and box["y"] < 844, box
    summary = panel.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")  # a keyboard user opens it
    page.get_by_label("Termijn screening of afspraken").select_option("month")
    page.wait_for_url("**termijn=month**")
    page.goto(page.url)  # the shared or reloaded URL with a filter: the panel is open
    assert page.locator("details.filter-panel").get_attribute("open") is not None
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/caseload/")
    assert page.locator("details.filter-panel").get_attribute("open") is not None, "open on a wide screen"
