"""Career signals on "Mijn Loopbaan": the citizen reads the chart and its table, opts in to the monthly message and
out again; accessible and at 390 px."""


import pytest

from werkregie.careers import signals_data
from werkregie.matching.models import PersonExperience
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import ConsentPurpose
from werkregie.people.models import Consent
from werkregie.vacancies.models import Vacancy

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login, people  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIRE = "http://data.europa.eu/esco/occupation/000e93a3-d956-4e45-aacb-f12c83fedf84"  # operator draadtrekmachine


def test_citizen_reads_signals_and_opts_in_and_out(page, people):
    signals_data.forget()
    employer = f.organisation(OrganisationKind.EMPLOYER)
    PersonExperience.objects.create(person=people["mine"], occupation_uri=WIRE, years=5)
    Vacancy.objects.bulk_create([Vacancy(employer=employer, title="Operator", municipality_id="44021", occupation_uri=WIRE) for _ in range(14)])
    page.set_viewport_size(PHONE)
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-loopbaan/")
    region = page.get_by_role("region", name="Loopbaansignalen")
    text = region.inner_text()
    assert "operator draadtrekmachine" in text and "Oost-Vlaanderen" in text and "14" in text
    assert region.locator("svg[role=img]").count() == 1 and region.locator("table").count() == 1
    # the chart's text is aria-hidden and drawn on its own white rectangle, which axe cannot decide (as on the KPI pages);
    # the table beside it carries the same figures
    assert_axe_clean(page)  # the chart's text too (checks._resolve_svg_text)
    assert_no_horizontal_scroll(page)
    region.get_by_role("button", name="Loopbaansignalen per bericht ontvangen").click()
    page.wait_for_url("**/mijn-loopbaan/")
    assert Consent.objects.filter(person=people["mine"], purpose=ConsentPurpose.CAREER_SIGNALS, withdrawn_at__isnull=True).exists()
    page.get_by_role("region", name="Loopbaansignalen").get_by_role("button", name="Geen loopbaansignalen meer per bericht").click()
    page.wait_for_url("**/mijn-loopbaan/")
    assert not Consent.objects.filter(person=people["mine"], purpose=ConsentPurpose.CAREER_SIGNALS, withdrawn_at__isnull=True).exists()
    signals_data.forget()
