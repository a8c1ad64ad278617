"""Issue 16, walk: a link that is a result's whole title (<h3><a>) in a list (/vacatures/zoeken/, /mijn-vacatures/,
/mijn-loopbaan/opleidingen/, /vacatures/N/kandidaten/) was 21 px high; like a link in a table cell it is a 24 px target. The worklist's "Afgewerkt…" is a button on one line."""

import pytest

from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import Vacancy

from .. import factories as f
from .checks import PHONE, small_targets, viewport
from .test_pages import people  # noqa: F401 - fixture
from .test_worklist_pages import tasks  # noqa: F401 - fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [None, PHONE])
def test_a_title_link_in_a_result_list_is_a_24_px_target(page, size):
    Vacancy.objects.create(employer=f.organisation(OrganisationKind.EMPLOYER, name="Net nv"), title="Schoonmaker kantoren")
    page.goto("/vacatures/zoeken/", timeout=120_000)
    with viewport(page, size or {"width": 1280, "height": 900}):
        page.goto("/vacatures/zoeken/")
        page.locator("ol.results h3 > a").first.wait_for()
        small = [t for t in small_targets(page) if t["el"].startswith('<a href="/vacatures/')]
    assert not small, f"title links under 24 px: {small}"


def test_the_worklists_done_control_is_a_button_on_one_line(page, tasks):  # noqa: F811 - the fixture
    """/werklijst/ at 1280 px: "Afgewerkt…" wrapped onto two lines and read as a link under the bordered "Openen"."""
    from .test_pages import login

    page.goto("/login/", timeout=120_000)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    with viewport(page, {"width": 1280, "height": 900}):
        page.goto("/werklijst/")
        summary = page.locator("details.confirm > summary").first
        summary.wait_for()
        look = summary.evaluate("""(el) => { const s = getComputedStyle(el), opener = el.closest('td').querySelector('a.button');
            return {lines: Math.round(el.getBoundingClientRect().height / parseFloat(s.lineHeight)), border: s.borderTopWidth,
                    decoration: s.textDecorationLine, borderOpener: getComputedStyle(opener).borderTopWidth,
                    height: el.getBoundingClientRect().height, openerHeight: opener.getBoundingClientRect().height}; }""")
    assert look["decoration"] == "none" and look["border"] == look["borderOpener"], look  # a button like "Openen", not a link
    assert look["height"] <= look["openerHeight"] + 1, look  # on one line, as high as "Openen"
    summary.click()
    page.get_by_label("Toelichting (niet verplicht)").first.wait_for()
