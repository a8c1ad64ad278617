"""The guide's rights in a real browser: an employee with a secondary-school diploma chooses half time and sees the
opleidingscheques (half paid by the government, up to the yearly maximum) and the training leave pro rata, with the
rules and their sources; axe-clean at desktop width and on a 390 px phone."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person
from werkregie.training.importer import import_catalogue

from .. import factories as f
from ..training_support import record
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login
from .test_training_pages import world  # noqa: F401 - fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_an_employee_sees_cheques_and_training_leave_for_the_plan(page, world, size):  # noqa: F811
    if size:
        page.set_viewport_size(size)
    person = Person.objects.get(first_name="Lotte")
    Person.objects.filter(pk=person.pk).update(education_level=3)
    f.episode(person, StatusKind.EMPLOYED, dt.date(2024, 1, 1))
    skills, start = world["skills"], (clock.today() + dt.timedelta(days=21)).isoformat()
    assert import_catalogue(world["provider"], [record("RIJ-1", title_nl="Rijbewijs C praktijk", skills=skills[1:6], cost="600.00", hours=80,
                                                       financing=["opleidingscheques", "vov"],
                                                       sessions=[{"session_id": "S1", "start": start, "places": 12, "free_places": 6}])]).written
    login(page, "lotte")
    page.goto("/mijn-loopbaan/opleidingen/")
    page.get_by_label("Uw werkregime (voor het opleidingsverlof)").select_option("0.5")
    page.get_by_role("button", name="Toon mijn opleidingsplan").click()
    rights = page.get_by_role("region", name="Uw rechten voor dit plan")
    text = rights.inner_text()
    assert "de Vlaamse overheid € 125,00" in text
    assert "62,5 van de 80 lesuren" in text
    rights.get_by_text("Regels en bronnen").first.click()
    # the rule it rests on, in words (the walk found the raw key "opleiding.cheques_maximum" here)
    assert "Maximum opleidingscheques per jaar" in rights.inner_text() and "opleiding.cheques_maximum" not in rights.inner_text()
    assert_axe_clean(page)
    if size:
        assert_no_horizontal_scroll(page)
