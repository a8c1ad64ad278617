"""Items of the browser walk of issue 13, in a real browser at desktop width and on a 390 px phone, axe-clean:

- the confirmation of a booking payable with opleidingscheques shows the cheques as the rules compute them (value,
  own share, government share) and what the citizen pays in the end, in Belgian format;
- the counsellor goes from the person file to the person's passport and EVC requests (the career page) and to the
  learning account, which speaks of the person in the third person."""

import datetime as dt

import pytest

from tests import factories as f
from tests.browser.checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from tests.browser.test_pages import login
from tests.careers_support import PASSWORD, key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from tests.training_support import provider, record
from werkregie.accounts.models import Role
from werkregie.careers.use_cases import evc
from werkregie.core import clock
from werkregie.people.enums import StatusKind
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _checked(page) -> None:  # noqa: ANN001 - a Page
    assert_axe_clean(page)
    if page.viewport_size == PHONE:
        assert_no_horizontal_scroll(page)


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_the_confirmation_shows_the_cheques(page, ref, size):
    if size:
        page.set_viewport_size(size)
    person = f.person(municipality_id="44021", education_level=3, first_name="Els", last_name="Maes")
    f.episode(person, StatusKind.EMPLOYED, dt.date(2024, 1, 1))
    f.user(Role.CITIZEN, person=person, username="els", password=PASSWORD)
    start = clock.today() + dt.timedelta(days=20)
    assert import_catalogue(provider(), [record("CHQ", title_nl="Magazijnbeheer in de praktijk", cost="600.00",
                                                sessions=[{"session_id": "S1", "start": start.isoformat(), "places": 10, "free_places": 5}])]).written
    session = Session.objects.get(course__course_id="CHQ")
    login(page, "els")
    page.goto(f"/mijn-loopbaan/opleidingen/sessies/{session.pk}/inschrijven/")
    page.get_by_role("heading", name="Inschrijving bevestigen").wait_for()
    cheques = page.get_by_test_id("cheques").inner_text().replace("\xa0", " ")
    assert f"In {session.start_date.year} koopt u opleidingscheques voor € 250,00" in cheques
    assert "u betaalt € 125,00, de Vlaamse overheid € 125,00." in cheques
    assert page.get_by_test_id("after-cheques").inner_text().replace("\xa0", " ") == "Met opleidingscheques betaalt u in totaal € 475,00 zelf."
    _checked(page)


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_the_counsellor_reaches_passport_evc_and_account_from_the_person_file(page, world, size):  # noqa: F811
    if size:
        page.set_viewport_size(size)
    evc.request(world.p(world.citizen), occupation_uri=world.occupation, skill_uris=skill_uris(2), motivation="Zes jaar ervaring.")
    login(page, "bart")
    page.goto(f"/personen/{world.person.pk}/?doel=guidance")
    links = page.get_by_test_id("career-links")
    links.get_by_role("link", name="EVC-aanvragen").click()
    page.get_by_role("heading", name="Loopbaan: Sofie Peeters").wait_for()
    assert page.get_by_test_id("evc").locator("tbody tr").count() == 1
    assert page.get_by_test_id("passport").get_by_role("heading", name="Competentiepaspoort").is_visible()
    _checked(page)
    page.get_by_test_id("link-learning").click()
    page.get_by_role("heading", name="Leer- en loopbaanrekening: Sofie Peeters").wait_for()
    intro = page.get_by_test_id("account-intro").inner_text()
    assert "van deze persoon" in intro and "uw" not in intro.split()
    _checked(page)
