"""The walk of stop 43 on the municipality pages, in the browser: the analyst's reward what-if lands on its result with
the focus on the result's heading (no jump back to the top), at 390 px too; the agreement form names the row of a
contact without a name; an agreement without engagements shows its empty state. axe-clean at desktop width and at
390 px without sideways scrolling."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.kpis import refresh
from werkregie.municipalities import use_cases
from werkregie.organisations.models import OrganisationKind

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_focused_within, assert_in_viewport, assert_no_horizontal_scroll, viewport
from .test_kpis_pages import DESKTOP, PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def agreements(ref):  # noqa: ANN001, ANN201
    for i in range(12):
        p = f.person(municipality_id="44021", sex="MF"[i % 2])
        f.episode(p, "leefloon", dt.date(2025, 2, 1), municipality="44021")
    refresh.full()
    org = f.organisation(OrganisationKind.MUNICIPALITY, name="OCMW Gent", municipality_id="44021")
    f.user(Role.MUNICIPALITY, org, username="lien", password=PASSWORD)
    f.user(Role.ANALYST, username="ann", password=PASSWORD)
    admin = f.principal(f.user(Role.ADMIN))
    year = clock.today().year  # the reward is of this year
    period = {"partner_name": "OCMW Gent", "municipalities": ["44021"], "start": dt.date(year, 1, 1), "end": dt.date(year, 12, 31)}
    engaged = use_cases.create_agreement(admin, {"title": "Activering leefloon Gent", **period, "engagements": [{"kpi": "leefloon", "target": 5}]})
    empty = use_cases.create_agreement(admin, {"title": "Nog zonder engagementen", **period})
    return {"engaged": engaged, "empty": empty}


def _check(page) -> None:  # noqa: ANN001
    for size in (DESKTOP, PHONE):
        with viewport(page, size):
            assert_axe_clean(page)
            assert_no_horizontal_scroll(page)


def test_the_what_if_lands_on_its_result_with_the_focus_on_its_heading(page, agreements):
    login(page, "ann")
    page.set_viewport_size(PHONE)
    page.goto(f"/gemeente/samenwerking/{agreements['engaged'].pk}/")
    page.get_by_role("heading", name="Hoe de beloning werkt").wait_for()
    _check(page)
    page.get_by_label("Deel van die beloning voor een engagement dat de drempel haalt").fill("37,5")
    page.get_by_role("button", name="Simuleren").click()
    page.get_by_role("heading", name="Uitkomst van de simulatie met eigen parameters").wait_for()
    assert page.url.endswith("#simulatie-uitkomst") and "partial_share=37%2C5" in page.url
    assert_focused_within(page, "#simulatie-uitkomst")
    assert_in_viewport(page, "#simulatie-uitkomst")
    assert page.evaluate("window.scrollY") > 0  # not back at the top of the page
    _check(page)


def test_the_form_names_the_row_of_a_contact_without_a_name_and_an_empty_agreement_says_so(page, agreements):
    login(page, "lien")
    page.set_viewport_size(PHONE)
    page.goto("/gemeente/samenwerking/nieuw/")
    page.get_by_label("Titel").fill("Activering")
    page.get_by_label("Partner").fill("OCMW Gent")
    page.get_by_label("Begindatum").fill("01/01/2025")
    page.get_by_label("Einddatum").fill("31/12/2025")
    page.locator("#id_c_0_email").fill("an@gent.example")
    page.get_by_role("button", name="Bewaren").click()
    summary = page.locator(".error-summary")
    summary.get_by_role("link", name="Contactpersoon 1, naam: vul een naam in").wait_for()
    assert_focused_within(page, ".error-summary")
    _check(page)
    page.goto(f"/gemeente/samenwerking/{agreements['empty'].pk}/")
    page.get_by_text("Deze overeenkomst heeft nog geen engagementen").wait_for()
    assert page.get_by_role("link", name="Engagementen toevoegen").is_visible() and "€ 0,00" not in page.inner_text("main")
    _check(page)
