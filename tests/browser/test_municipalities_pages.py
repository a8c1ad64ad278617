"""Municipality pages in the browser: a municipality worker makes a cooperation agreement with the page form (the
error summary first, then period, engagements and contacts), reads its progress and opens it for editing; records one
of the municipality's own steps beside a client's trajectory steps. axe-clean at desktop width and at 390 px without
sideways scrolling."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.kpis import refresh
from werkregie.organisations.models import OrganisationKind

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, viewport
from .test_kpis_pages import DESKTOP, PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def gent(ref):  # noqa: ANN001, ANN201
    clients = []
    for i in range(12):
        p = f.person(municipality_id="44021", sex="MF"[i % 2])
        f.episode(p, "leefloon", dt.date(2025, 2, 1), municipality="44021")
        clients.append(p)
    refresh.full()
    org = f.organisation(OrganisationKind.MUNICIPALITY, name="OCMW Gent", municipality_id="44021")
    f.user(Role.MUNICIPALITY, org, username="lien", password=PASSWORD)
    return clients


def _check(page) -> None:  # noqa: ANN001
    for size in (DESKTOP, PHONE):
        with viewport(page, size):
            assert_axe_clean(page)
            assert_no_horizontal_scroll(page)


def test_municipality_worker_makes_and_edits_an_agreement(page, gent):
    login(page, "lien")
    page.goto("/gemeente/samenwerking/")
    page.get_by_role("link", name="Nieuwe overeenkomst").click()
    page.get_by_role("heading", name="Nieuwe samenwerkingsovereenkomst").wait_for()
    _check(page)
    page.get_by_role("button", name="Bewaren").click()  # empty: the summary names every problem
    page.get_by_role("heading", name="Er is een probleem").wait_for()
    _check(page)
    page.get_by_label("Titel").fill("Activering leefloon Gent")
    page.get_by_label("Partner").fill("OCMW Gent")
    page.get_by_label("Begindatum").fill("01/01/2025")
    page.get_by_label("Einddatum").fill("31/12/2026")
    page.locator("#id_eng_0_kpi").select_option("leefloon")
    page.locator("#id_eng_0_target").fill("10")
    page.locator("#id_c_0_name").fill("An Peeters")
    page.locator("#id_c_0_email").fill("an@gent.example")
    page.get_by_role("button", name="Bewaren").click()
    page.get_by_text("De samenwerkingsovereenkomst is bewaard.").wait_for()
    page.get_by_role("heading", name="Engagementen en voortgang").wait_for()
    assert "01/01/2025 – 31/12/2026" in page.inner_text("main") and "An Peeters" in page.inner_text("main")
    _check(page)
    page.get_by_role("link", name="Wijzigen").click()
    page.get_by_role("heading", name="Overeenkomst wijzigen").wait_for()
    assert page.get_by_label("Begindatum").input_value() == "01/01/2025"
    _check(page)


def test_municipality_worker_records_its_own_step(page, gent):
    login(page, "lien")
    page.goto(f"/gemeente/leefloon/{gent[0].pk}/stappen/")
    page.get_by_role("heading", name="Trajectstappen bij VDAB").wait_for()
    _check(page)
    page.get_by_label("Geïndividualiseerd project voor maatschappelijke integratie (GPMI)").check()
    page.get_by_label("Begindatum").fill("01/03/2025")
    page.get_by_role("button", name="Noteren").click()
    page.get_by_text("De stap is genoteerd.").wait_for()
    assert "01/03/2025" in page.inner_text("main")
    _check(page)
