"""Walk of issue 16: on the new-vacancy page each "een pluspunt, niet vereist" option sat closer to the next competence
than to its own. Each competence and its option now form one group: the option nearer its own competence than the next,
at desktop width and at 390 px, axe clean."""

import pytest

from werkregie.organisations.models import EmployerMembership

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import NOW, market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_each_plus_option_stays_with_its_competence(page, market, viewport):  # noqa: F811
    if viewport:
        page.set_viewport_size(viewport)
    EmployerMembership.objects.create(user=market["boss"], organisation=market["boss"].organisation, role="administrator", state="confirmed",
                                      requested_at=NOW)
    from werkregie.matching.engine.skills import default_skill_index
    from werkregie.matching.engine.titles import default_index

    default_skill_index().extract("vrachtwagens laden met de heftruck", "nl")  # loaded before the page asks (as the intake test does)
    default_index().search(["heftruckchauffeur"], "nl", 1)
    page.set_default_timeout(60_000)
    login(page, "werkgever")
    page.goto("/vacatures/nieuw/")
    page.get_by_label("Functietitel").fill("Heftruckchauffeur")
    page.get_by_label("Omschrijving van de job").fill("Ons team zoekt iemand die vrachtwagens laadt en lost met de heftruck.")
    page.get_by_label("Gemeente van de werkplek").fill("44021")
    page.get_by_role("button", name="Beroep en competenties voorstellen").click()
    page.get_by_role("button", name="Publiceren").wait_for()
    rows = page.locator(".choice:has(input[name='optional'])")
    assert rows.count() >= 2
    for i in range(rows.count() - 1):
        own = rows.nth(i).locator("input[name='skills']").bounding_box()
        option = rows.nth(i).locator("input[name='optional']").bounding_box()
        following = rows.nth(i + 1).locator("input[name='skills']").bounding_box()
        label = rows.nth(i).locator("label[for^='skill-']").bounding_box()  # the competence's name, maybe on two lines
        to_own = option["y"] - max(own["y"] + own["height"], label["y"] + label["height"])
        to_next = following["y"] - (option["y"] + option["height"])
        assert option["y"] > own["y"], "the option stands under its competence"
        assert option["x"] > own["x"], "the option is indented under its competence"
        assert to_own < to_next, (i, to_own, to_next)
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
