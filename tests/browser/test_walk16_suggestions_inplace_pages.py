"""Walk of issue 16: rejecting 43 suggested competences took 43 page loads. Each confirm or reject now updates the
suggestions in place (htmx), the message inside them gets the focus, and "Alles afwijzen" rejects the rest at once."""

import pytest

from werkregie.matching.models import PersonSkill, RejectedSkill

from .checks import PHONE, assert_axe_clean, assert_focused_within, assert_in_viewport, assert_no_horizontal_scroll
from .test_matching_pages import FORKLIFT, NOW, TAXONOMY, market  # noqa: F401 - shared fixtures
from .test_pages import login, people  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SUGGESTED = [TAXONOMY.skills[s] for s in FORKLIFT.essential[3:7]]


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_reject_and_accept_in_place_and_reject_all(page, market, viewport):  # noqa: F811
    if viewport:
        page.set_viewport_size(viewport)
    mine = market["mine"]
    PersonSkill.objects.bulk_create([PersonSkill(person=mine, skill_uri=s.uri, source="implied", added_at=NOW) for s in SUGGESTED])
    login(page, "sofie")
    page.goto("/mijn-vacatures/")
    page.evaluate("window.__samePage = true")
    section = page.locator("#suggestions")
    section.get_by_role("button", name=f"Afwijzen: {SUGGESTED[0].label('nl')}").click()
    page.locator("#suggestions-region").get_by_text("1 suggestie afgewezen: we stellen ze niet meer voor.").wait_for()
    assert page.evaluate("window.__samePage === true"), "the page was loaded again"
    assert_focused_within(page, "#suggestions-region .messages")
    assert_in_viewport(page, "#suggestions-region .messages")
    assert page.locator("#suggestions").get_by_role("button", name=f"Afwijzen: {SUGGESTED[0].label('nl')}").count() == 0
    page.locator("#suggestions").get_by_role("button", name=f"Bevestigen: {SUGGESTED[1].label('nl')}").click()
    page.locator("#suggestions-region").get_by_text("1 competentie bevestigd: ze telt nu mee.").wait_for()
    assert page.evaluate("window.__samePage === true")
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    page.get_by_role("button", name="Alles afwijzen").click()
    page.locator("#suggestions-region").get_by_text("2 suggesties afgewezen: we stellen ze niet meer voor.").wait_for()
    assert page.evaluate("window.__samePage === true")
    assert page.locator("#suggestions").count() == 0
    assert PersonSkill.objects.get(person=mine, skill_uri=SUGGESTED[1].uri).source == "declared"
    assert set(RejectedSkill.objects.filter(person=mine).values_list("skill_uri", flat=True)) == {SUGGESTED[i].uri for i in (0, 2, 3)}
