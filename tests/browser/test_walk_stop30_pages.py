"""The walk of stop 30 in a real browser: a stacked table's link holding one long Dutch word (a course title,
"Postproductieverantwoordelijke") pushed the training provider's page to 396 px on a 390 px phone; the link is held to
its card's width and the word breaks."""

import datetime as dt

import pytest

from werkregie.core import clock

from ..training_support import record
from .checks import PHONE, assert_no_horizontal_scroll
from .test_pages import login
from .test_training_pages import world  # noqa: F401 - the fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_long_word_in_a_stacked_tables_link_breaks_on_a_phone(page, world):  # noqa: F811 - the fixture imported above
    page.set_viewport_size(PHONE)
    start = (clock.today() + dt.timedelta(days=21)).isoformat()
    courses = [record("POST-1", title_nl="Postproductieverantwoordelijke (avondopleiding)", skills=world["skills"][1:3], cost="180.00",
                      sessions=[{"session_id": "S1", "start": start, "places": 12, "free_places": 6}])]
    from tests import factories as f

    response = page.request.put(f"/api/v1/training/providers/{world['provider'].pk}/courses", data=courses,
                                headers={"Authorization": f"Bearer {f.token(world['partner'])}"})
    assert response.status == 200
    login(page, "opleider")
    page.goto(f"/opleidingen/aanbieders/{world['provider'].pk}/")
    assert "Postproductie" in page.locator("main").inner_text()
    assert_no_horizontal_scroll(page)
