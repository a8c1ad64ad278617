"""Issue 13 point 5 and 6 in a real browser: a provider loads its catalogue through the API and sees it on its page;
a citizen opens the training guide, sees the gaps for the target occupation with the proposed courses and why, and
books one (at desktop width and on a 390 px phone; axe-clean)."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.matching.models import DesiredOccupation, PersonSkill
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.models import Booking, Provider
from werkregie.workflows.services import PLATFORM

from .. import factories as f
from ..training_support import OCCUPATION, essential, record
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(ref):
    org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER, name="Syntra Test")
    provider = Provider.objects.create(code="syntra-test", name="Syntra Test", sector="public", family="syntra", organisation=org,
                                       municipality_id="44021")
    partner = f.user(Role.PARTNER, org, username="opleider", password=PASSWORD)
    person = f.person(first_name="Lotte", last_name="Claes", birth_date=dt.date(1992, 3, 4), municipality_id="44021")
    skills = essential()
    PersonSkill.objects.create(person=person, skill_uri=skills[0], source="declared", added_at=clock.now())
    DesiredOccupation.objects.create(person=person, occupation_uri=OCCUPATION)
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    f.user(Role.CITIZEN, person=person, username="lotte", password=PASSWORD)
    return {"provider": provider, "partner": partner, "skills": skills}


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_provider_loads_catalogue_by_api_and_citizen_books(page, world, size):
    if size:
        page.set_viewport_size(size)
    skills, start = world["skills"], (clock.today() + dt.timedelta(days=21)).isoformat()
    courses = [record("RIJ-1", title_nl="Rijbewijs C praktijk", skills=skills[1:4], cost="180.00",
                      sessions=[{"session_id": "S1", "start": start, "places": 12, "free_places": 6}]),
               record("TACHO", title_nl="Werken met de tachograaf", skills=skills[4:6], cost="90.00", modality="online", municipality="",
                      sessions=[{"session_id": "S1", "start": start, "places": 40, "free_places": 40}])]
    response = page.request.put(f"/api/v1/training/providers/{world['provider'].pk}/courses", data=courses,
                                headers={"Authorization": f"Bearer {f.token(world['partner'])}"})
    assert response.status == 200 and response.json()["created"] == 2

    login(page, "opleider")
    page.goto(f"/opleidingen/aanbieders/{world['provider'].pk}/")
    assert "Rijbewijs C praktijk" in page.locator("main").inner_text()
    assert_axe_clean(page)
    if size:  # the demo walk (issue 16, LOW 12): the partner's page was 396 px wide at 390 (tests/browser/test_walk_stop30_pages.py)
        assert_no_horizontal_scroll(page)
    page.context.clear_cookies()

    login(page, "lotte")
    page.goto("/mijn-loopbaan/opleidingen/")
    main = page.locator("main")
    assert "knelpuntberoep" in main.inner_text()
    page.get_by_role("button", name="Toon mijn opleidingsplan").click()
    text = main.inner_text()
    assert "Rijbewijs C praktijk" in text and "Waarom deze opleiding?" in text and "Nog niet afgedekt" in text
    assert_axe_clean(page)
    if size:
        assert_no_horizontal_scroll(page)
    page.locator("article", has_text="Rijbewijs C praktijk").get_by_role("button", name="Inschrijven").click()
    # the confirmation step (walk of issue 13): what, when, the price, what the account pays and what remains; nothing booked yet
    page.get_by_role("heading", name="Inschrijving bevestigen").wait_for()
    balance = learning.balance(Booking._meta.get_field("person").related_model.objects.get(first_name="Lotte").pk)
    quote = page.get_by_test_id("booking-quote").inner_text()
    assert "Rijbewijs C praktijk" in quote and "€ 180,00" in quote and "account" not in quote.lower()
    assert page.get_by_test_id("from-account").inner_text().startswith("€ " + f"{min(balance, 180):.2f}".replace(".", ","))
    assert page.get_by_test_id("remaining").inner_text().startswith("€ " + f"{balance - min(balance, 180):,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."))
    assert not Booking.objects.exists()
    assert_axe_clean(page)
    if size:
        assert_no_horizontal_scroll(page)
    page.get_by_role("button", name="Bevestigen en inschrijven").click()
    assert "U bent ingeschreven voor Rijbewijs C praktijk" in main.inner_text()
    assert "gereserveerd" in main.inner_text()
    booking = Booking.objects.get(course__course_id="RIJ-1")
    assert booking.state == "booked" and booking.amount > 0
    assert "Mijn inschrijvingen" in main.inner_text() and "Ingeschreven" in main.inner_text()
    assert_axe_clean(page)


def test_on_a_phone_each_target_radio_sits_on_the_line_of_its_label(page, world):
    """Walk of issue 13: at 390 px the guide's radio buttons sat above their labels (a block label under the control)."""
    page.set_viewport_size(PHONE)
    login(page, "lotte")
    page.goto("/mijn-loopbaan/opleidingen/")
    radios = page.locator('input[type=radio][name="beroep"]')
    assert radios.count() >= 1
    for i in range(radios.count()):
        radio = radios.nth(i)
        box = radio.bounding_box()
        label = page.locator(f'label[for="{radio.get_attribute("id")}"]').bounding_box()
        assert box["x"] + box["width"] <= label["x"]  # beside the label, not above it
        assert label["y"] - 8 <= box["y"] <= label["y"] + 8  # on its first line
