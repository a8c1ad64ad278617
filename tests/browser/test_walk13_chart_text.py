"""Walk of issue 13 (M5): the ledger chart on the learning-account page and the signals chart on Mijn Loopbaan had text
6–7 px high at 390 px (an SVG drawn 560–640 wide, scaled down). Measured here as the browser renders it: every text of
both charts at least 12 px high on a 390 px phone."""

from decimal import Decimal

import pytest

from werkregie.careers import signals_data
from werkregie.learning import use_cases as uc
from werkregie.matching.models import PersonExperience
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import Vacancy
from werkregie.workflows.services import PLATFORM

from .. import factories as f
from .checks import PHONE, assert_no_horizontal_scroll
from .test_pages import login, people  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIRE = "http://data.europa.eu/esco/occupation/000e93a3-d956-4e45-aacb-f12c83fedf84"  # operator draadtrekmachine

# the rendered font size of each text: its font-size in the viewBox times the drawing's scale on the page
SIZES = """(svg) => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return Array.from(svg.querySelectorAll('text')).map(t => parseFloat(t.getAttribute('font-size')) * scale);
}"""


def _smallest(page, selector: str) -> float:  # noqa: ANN001
    sizes = page.locator(selector).first.evaluate(SIZES)
    assert sizes
    return min(sizes)


def test_chart_text_is_readable_at_390(page, people):
    mine = people["mine"]
    uc.credit_yearly(mine, 2025, PLATFORM)
    uc.reserve(mine, Decimal("150.75"), key="walk13-1", reference="Heftruckchauffeur", who=PLATFORM)
    signals_data.forget()
    employer = f.organisation(OrganisationKind.EMPLOYER)
    PersonExperience.objects.create(person=mine, occupation_uri=WIRE, years=5)
    Vacancy.objects.bulk_create([Vacancy(employer=employer, title="Operator", municipality_id="44021", occupation_uri=WIRE) for _ in range(14)])
    page.set_viewport_size(PHONE)
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-loopbaan/leerrekening/")
    assert _smallest(page, "svg#chart-eur") >= 12
    assert_no_horizontal_scroll(page)
    page.goto("/mijn-loopbaan/")
    assert _smallest(page, ".career-signals svg[role=img]") >= 12
    assert_no_horizontal_scroll(page)
    # on a wide screen the compact drawing does not grow into a poster
    page.set_viewport_size({"width": 1280, "height": 900})
    assert _smallest(page, ".career-signals svg[role=img]") <= 20
    signals_data.forget()
