"""Issue 13 follow-up in a real browser: after booking, the guide shows the course as booked (no second "Inschrijven"),
what the person pays stays the same, the booking is cancelled from the plan; a job seeker sees Vlaams opleidingsverlof
as not applicable with its condition and is not asked a work fraction. Desktop and a 390 px phone, axe-clean."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Booking

from ..training_support import record
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login
from .test_training_pages import world  # noqa: F401 - fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_a_booked_course_shows_as_booked_and_is_cancelled_from_the_plan(page, world, size):  # noqa: F811
    if size:
        page.set_viewport_size(size)
    skills, start = world["skills"], (clock.today() + dt.timedelta(days=21)).isoformat()
    assert import_catalogue(world["provider"], [record("HEF-1", title_nl="Heftruckchauffeur – basisopleiding", skills=skills[1:6], cost="2400.00",
                                                       hours=80, financing=["learning_account", "vov"],
                                                       sessions=[{"session_id": "S1", "start": start, "places": 12, "free_places": 6}])]).written
    login(page, "lotte")
    page.goto("/mijn-loopbaan/opleidingen/")
    main = page.locator("main")
    page.get_by_role("button", name="Toon mijn opleidingsplan").click()
    assert page.locator("#werkregime").count() == 0  # Lotte is no employee: no work-fraction question
    rights = page.get_by_role("region", name="Uw rechten voor dit plan")
    assert "niet van toepassing" in rights.inner_text() and "voor werknemers in de privésector" in rights.inner_text()
    to_pay = rights.get_by_text("Wat u zelf nog betaalt").inner_text()
    course = page.locator("article", has_text="Heftruckchauffeur – basisopleiding")
    course.get_by_role("button", name="Inschrijven").click()
    page.get_by_role("button", name="Bevestigen en inschrijven").click()  # the confirmation step (walk of issue 13)
    assert "U bent ingeschreven voor Heftruckchauffeur – basisopleiding" in main.inner_text()
    course = page.locator("article", has_text="Heftruckchauffeur – basisopleiding")
    assert "Ingeschreven voor de sessie van" in course.inner_text()
    assert course.get_by_role("button", name="Inschrijven").count() == 0
    assert page.get_by_role("region", name="Uw rechten voor dit plan").get_by_text("Wat u zelf nog betaalt").inner_text() == to_pay
    assert_axe_clean(page)
    if size:
        assert_no_horizontal_scroll(page)
    course.get_by_label("Reden van de annulering").fill("Ik heb een job gevonden")
    course.get_by_role("button", name="Inschrijving annuleren").click()
    assert "Uw inschrijving is geannuleerd" in main.inner_text()
    assert Booking.objects.get(course__course_id="HEF-1").state == "cancelled"
    assert page.locator("article", has_text="Heftruckchauffeur – basisopleiding").get_by_role("button", name="Inschrijven").count() == 1
    assert_axe_clean(page)
