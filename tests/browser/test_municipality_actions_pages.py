"""Issue 16 point 9 in the browser (walk findings), at desktop width and on a 390 px phone: the municipality worker
opens a leefloon client from "Cliënten" and finds on the person page the referral to VDAB with its reason, the way to
the trajectory steps and the screening's outcome; the confirmation is at the top after referring; the client list has
the current status and only the own municipality in its filter. axe-clean, no sideways scrolling."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.municipalities.models import Referral
from werkregie.screening.models import Assessment

from .checks import PHONE, assert_axe_clean, assert_in_viewport, assert_no_horizontal_scroll
from .test_pages import PASSWORD, login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WIDTHS = [None, PHONE]


@pytest.fixture(autouse=True)
def warm(page):
    """The live server's first request imports every page (slow on a busy machine): make it before the test's steps."""
    page.goto("/login/", timeout=120_000)


def _checks(page, size) -> None:  # noqa: ANN001
    assert_axe_clean(page)
    if size:
        assert_no_horizontal_scroll(page)


@pytest.mark.parametrize("size", WIDTHS, ids=["desktop", "phone"])
def test_municipality_worker_refers_a_client_from_the_person_page(page, people, size):  # noqa: F811
    client = people["leefloon"]
    Assessment.objects.create(person=client, counsellor=people["counsellor"], assessed_at=clock.now() - dt.timedelta(days=20),
                              competences="partial", dutch_level="B1", digital_skills="basic", motivation="high", proposed_category="long",
                              proposed_self_reliant=False, category="long", self_reliant=False)
    if size:
        page.set_viewport_size(size)
    login(page, "lien")
    page.wait_for_url("**/gemeente/clienten/")
    results = page.locator("#results").inner_text()
    assert "Huidige status" in results and "Leefloongerechtigde" in results
    options = page.locator("#id_municipality option").all_inner_texts()
    assert options == ["Alle", "Gent"], options
    _checks(page, size)
    page.get_by_role("link", name="Azzouzi, Samira").click()
    page.get_by_role("heading", name="Samira Azzouzi").wait_for()
    main = page.locator("main").inner_text()
    assert "Lange afstand tot de arbeidsmarkt" in main and "beoordeeld op" in main
    assert page.get_by_role("link", name="Trajectstappen en stappen van de gemeente").is_visible()
    _checks(page, size)
    page.get_by_role("button", name="Doorverwijzen naar VDAB").click()  # without a reason: asked for in the same step
    page.get_by_role("heading", name="Er is een probleem").wait_for()
    assert_in_viewport(page, ".error-summary")
    _checks(page, size)
    page.get_by_label("Waarom verwijst u Samira Azzouzi door?").fill("Wil werken in de zorg; geen rijbewijs")
    page.get_by_role("button", name="Doorverwijzen naar VDAB").click()
    page.get_by_text("Samira Azzouzi is doorverwezen naar VDAB voor screening en een traject.").wait_for()
    assert_in_viewport(page, ".messages")
    assert page.url.endswith(f"/personen/{client.pk}/")
    assert "Doorverwezen naar VDAB op" in page.locator("main").inner_text()
    assert Referral.objects.get().note == "Wil werken in de zorg; geen rijbewijs"
    _checks(page, size)
    page.get_by_role("link", name="Trajectstappen en stappen van de gemeente").click()
    page.get_by_role("heading", name="Stappen met Samira Azzouzi").wait_for()
