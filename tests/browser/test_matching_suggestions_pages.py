"""Suggested (implied) competences in the browser (issue 18 point 4): the citizen confirms one and rejects one on
"Vacatures voor mij", the counsellor confirms the rest with "Alles bevestigen" on the person's matching page; the
suggestions stand apart from the confirmed skills, at desktop width and at 390 px, without axe violations."""

import pytest

from werkregie.matching.models import PersonSkill, RejectedSkill

from .checks import PHONE, assert_axe_clean, assert_in_viewport, assert_no_horizontal_scroll
from .test_matching_pages import FORKLIFT, NOW, TAXONOMY, market  # noqa: F401 - shared fixtures
from .test_pages import login, people  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SUGGESTED = [TAXONOMY.skills[s] for s in FORKLIFT.essential[3:6]]


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_suggestions_are_confirmed_or_rejected_by_the_citizen_and_the_counsellor(page, market, viewport):  # noqa: F811
    if viewport:
        page.set_viewport_size(viewport)
    mine = market["mine"]
    PersonSkill.objects.bulk_create([PersonSkill(person=mine, skill_uri=s.uri, source="implied", added_at=NOW) for s in SUGGESTED])
    login(page, "sofie")
    page.goto("/mijn-vacatures/")
    section = page.locator("#suggestions")
    section.get_by_text("Deze competenties leiden we af uit uw cv. Ze tellen pas mee als u ze bevestigt.").wait_for()
    confirmed_text = page.locator("#h-profile").locator("xpath=..").inner_text()
    assert SUGGESTED[0].label("nl") not in confirmed_text.split("Voorgestelde competenties")[0]
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    section.get_by_role("button", name=f"Bevestigen: {SUGGESTED[0].label('nl')}").click()
    page.get_by_text("1 competentie bevestigd: ze telt nu mee.").wait_for()
    assert_in_viewport(page, ".messages")
    page.locator("#suggestions").get_by_role("button", name=f"Afwijzen: {SUGGESTED[1].label('nl')}").click()
    page.get_by_text("1 suggestie afgewezen: we stellen ze niet meer voor.").wait_for()
    assert PersonSkill.objects.get(person=mine, skill_uri=SUGGESTED[0].uri).source == "declared"
    assert RejectedSkill.objects.filter(person=mine, skill_uri=SUGGESTED[1].uri).exists()
    page.context.clear_cookies()
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{mine.pk}/vacatures/")
    page.locator("#suggestions").get_by_text("Deze competenties leiden we af uit het cv van de persoon.", exact=False).wait_for()
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    page.get_by_role("button", name="Alles bevestigen").click()
    page.get_by_text("1 competentie bevestigd: ze telt nu mee.").wait_for()
    assert page.locator("#suggestions").count() == 0
    row = PersonSkill.objects.get(person=mine, skill_uri=SUGGESTED[2].uri)
    assert row.source == "declared" and row.confirmed_by == market["counsellor"]
