"""Issue 13's remaining gaps in the browser: the citizen asks recognition for a set of skills (ticks one from the profile,
finds another with the search — Enter in the search field searches and keeps what was ticked — and sends), the lists
name "2 competenties: …" for the citizen and the counsellor; the counsellor is warned on the visa page about a recent
visa. Each page passes axe-core and works at 390 px."""

import datetime as dt

import pytest

from tests.browser.test_careers_pages import check
from tests.browser.test_pages import login
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.models import EvcRequest
from werkregie.careers.use_cases import common, visa
from werkregie.core import clock
from werkregie.matching.platform import taxonomy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_citizen_asks_recognition_for_chosen_skills(page, world):
    declared = skill_uris(1)[0]
    forklift = next(s for s in taxonomy().skills if "heftruck" in (s.labels.get("nl") or [""])[0].lower())
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-loopbaan/evc/aanvragen/")
    page.get_by_role("heading", name="Erkenning van verworven competenties aanvragen").wait_for()
    check(page)
    page.get_by_label("Voor competenties die ik zelf kies").check()
    page.locator(f'input[name="skills"][value="{declared}"]').check()
    page.get_by_label("Een competentie zoeken").fill("heftruck")
    page.get_by_label("Een competentie zoeken").press("Enter")  # the form's first button: search, not send
    page.locator('[data-group="found"]').wait_for()
    assert not EvcRequest.objects.exists()
    assert page.locator(f'input[name="skills"][value="{declared}"]').is_checked()
    assert page.get_by_label("Voor competenties die ik zelf kies").is_checked()
    check(page)
    page.locator(f'[data-group="found"] input[value="{forklift.uri}"]').check()
    page.get_by_role("button", name="Aanvraag versturen").click()
    page.get_by_text("Uw aanvraag is verstuurd").wait_for()
    req = EvcRequest.objects.get()
    assert req.occupation_uri == "" and set(req.skills.values_list("skill_uri", flat=True)) == {declared, forklift.uri}
    main = page.locator("main").inner_text()
    assert "2 competenties:" in main and common.skill_label(declared, "nl") in main
    check(page)
    page.context.clear_cookies()

    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto("/evc/")
    assert "2 competenties:" in page.locator("main").inner_text()
    check(page)


def test_the_counsellor_is_warned_about_a_recent_visa(page, world):
    visa.issue(world.p(world.counsellor), world.person.pk, dismissal="collective", former_employer="Bekaert Zwevegem",
               dismissal_date=clock.today() - dt.timedelta(days=20), occupation_uri=world.occupation,
               skills=[{"uri": u, "level": "independent", "evidence": "observation"} for u in skill_uris(2)])
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{world.person.pk}/competentievisum/")
    warning = page.get_by_test_id("visa-recent")
    assert warning.is_visible() and "Bekaert Zwevegem" in warning.inner_text()
    check(page)
    page.get_by_label("Vorige werkgever").fill("Bekaert Zwevegem")
    page.get_by_label("Datum van het ontslag").fill((clock.today() - dt.timedelta(days=20)).isoformat())
    page.locator("#id_level_0").select_option("basic")
    page.locator("#id_evidence_0").select_option("test")
    page.get_by_role("button", name="Visum uitreiken").click()
    page.locator(".error-summary").wait_for()
    assert "Voor dit ontslag (Bekaert Zwevegem" in page.locator(".error-summary").inner_text()
    check(page)
