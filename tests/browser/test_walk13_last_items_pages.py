"""The last items of the browser walk of issue 13, in a real browser at desktop width and on a 390 px phone, axe-clean:

- a course of another occupation booked from the guide's "opleiding naar keuze" list shows as booked there, with the
  same notice and cancel as a course of the plan (it was still offered as if not booked);
- the confirmation step says in one sentence what the person pays themselves and what the learning account pays (it
  said "€ 3.540,00 of vraag uw bemiddelaar naar …"), and a cancellation names the amount that went back (€ 1.234,50);
- Mijn Loopbaan's passport names the skills an EVC recognised in the proof's title (it said "EVC: 2 competenties") and
  shows a revoked proof's date and reason, as the verification page does."""

import datetime as dt
import re

import pytest

from tests.browser.checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from tests.browser.test_pages import login
from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from tests.test_training_relevance import _far_occupation
from werkregie.careers.use_cases import common, evc
from werkregie.core import clock
from werkregie.credentials import use_cases as credentials
from werkregie.formats.numbers import format_number
from werkregie.learning import use_cases as learning
from werkregie.matching.models import PersonSkill
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Booking
from werkregie.workflows.services import PLATFORM

from ..training_support import OCCUPATION, record
from .test_training_pages import world as training_world  # noqa: F401 - fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OTHER = "Een module van een ander beroep"


def _euro(amount) -> str:  # noqa: ANN001 - a Decimal
    return f"€ {format_number(amount, 2)}"


def _text(locator) -> str:  # noqa: ANN001 - a Locator
    return locator.inner_text().replace("\xa0", " ")


def _checked(page) -> None:  # noqa: ANN001 - a Page
    assert_axe_clean(page)
    if page.viewport_size == PHONE:
        assert_no_horizontal_scroll(page)


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_a_booked_optional_course_shows_as_booked_and_the_amounts_are_named(page, training_world, size):  # noqa: F811
    if size:
        page.set_viewport_size(size)
    _far_uri, far = _far_occupation(OCCUPATION)  # a truck driver's gap and three skills of another sector's occupation
    person = Booking._meta.get_field("person").related_model.objects.get(first_name="Lotte")
    PersonSkill.objects.filter(person=person, skill_uri=far[0]).delete()  # the gap it teaches is Lotte's
    start = clock.today() + dt.timedelta(days=21)
    assert import_catalogue(training_world["provider"], [record("ANDER", title_nl=OTHER, skills=far, cost="1500.00", sessions=[
        {"session_id": "S1", "start": start.isoformat(), "places": 12, "free_places": 6}])]).written
    balance = learning.balance(person.pk)
    from_account = min(balance, 1500)
    assert 0 < from_account < 1500  # the account pays part: the sentence names both amounts

    login(page, "lotte")
    page.goto("/mijn-loopbaan/opleidingen/")
    page.get_by_role("button", name="Toon mijn opleidingsplan").click()
    optional = page.locator("[data-optional-courses] > li", has_text=OTHER)
    assert "opleiding naar keuze" in optional.inner_text() and optional.locator("[data-booked]").count() == 0
    optional.get_by_role("link", name=OTHER).click()
    page.get_by_role("heading", name=OTHER).wait_for()
    page.get_by_role("button", name=re.compile(r"^Inschrijven \(")).click()

    page.get_by_role("heading", name="Inschrijving bevestigen").wait_for()
    to_pay = _text(page.get_by_test_id("to-pay"))
    assert to_pay.startswith(f"U betaalt zelf {_euro(1500 - from_account)}; de overige {_euro(from_account)} betaalt uw leer- en "
                             "loopbaanrekening."), to_pay
    assert "Vraag uw bemiddelaar naar opleidingscheques of andere steun." in to_pay
    _checked(page)
    page.get_by_role("button", name="Bevestigen en inschrijven").click()
    page.get_by_text(f"U bent ingeschreven voor {OTHER}").wait_for()
    page.get_by_role("link", name="Terug naar de opleidingswijzer").click()

    booking = Booking.objects.get(course__course_id="ANDER", state="booked")
    optional = page.locator("[data-optional-courses] > li", has_text=OTHER)
    notice = optional.locator(f'[data-booked="{booking.pk}"]')
    # the same wording as a booked course of the plan (training/_booked.html)
    assert _text(notice) == f"Ingeschreven voor de sessie van {start:%d/%m/%Y} — {_euro(from_account)} gereserveerd op uw leerrekening"
    _checked(page)

    optional.get_by_label("Reden van de annulering").fill("Ik volg toch een andere opleiding")
    optional.get_by_role("button", name="Inschrijving annuleren").click()
    main = page.locator("main")
    page.get_by_text("Uw inschrijving is geannuleerd.").wait_for()
    assert f"Uw inschrijving is geannuleerd. {_euro(from_account)} staat weer op uw leer- en loopbaanrekening." in _text(main)
    assert Booking.objects.get(pk=booking.pk).state == "cancelled"
    row = page.locator("table tbody tr", has_text=OTHER)
    assert f"{_euro(from_account)} staat weer op uw leerrekening" in _text(row.locator("[data-refunded]"))
    assert page.locator("[data-optional-courses] > li", has_text=OTHER).locator("[data-booked]").count() == 0
    _checked(page)


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_the_passport_names_what_an_evc_recognised_and_when_a_proof_was_revoked(page, world, size):  # noqa: F811
    if size:
        page.set_viewport_size(size)
    citizen, counsellor = world.p(world.citizen), world.p(world.counsellor)
    uris = skill_uris(2)
    req = evc.request(citizen, skill_uris=uris)
    day = next_working_day()
    req = evc.plan(counsellor, req.pk, day, "VDAB Gent", req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(15), clock.BRUSSELS)):
        results = {u: {"result": "certified", "level": "advanced", "evidence": "test"} for u in uris}
        req = evc.record_results(counsellor, req.pk, results, req.version)
        evc.certify(counsellor, req.pk, req.version)
    title = f"Erkende competenties (EVC): {common.skill_label(uris[0], 'nl')}, {common.skill_label(uris[1], 'nl')}"
    revoked = credentials.issue(person=world.person, kind="certified_competence", title="Lassen MIG/MAG", skills=skill_uris(1), who=PLATFORM)
    credentials.revoke(revoked, PLATFORM, "Ten onrechte uitgegeven")
    revoked.refresh_from_db()

    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-loopbaan/")
    passport = page.locator(".credentials-panel")
    passport.get_by_role("heading", name="Competentiepaspoort").wait_for()
    assert title in passport.inner_text() and "EVC: 2 competenties" not in passport.inner_text()
    row = passport.locator("tbody tr", has_text="Lassen MIG/MAG")
    status = _text(row.locator("[data-revoked]"))
    day_revoked = revoked.revoked_at.astimezone(clock.BRUSSELS)
    assert status == f"Ingetrokken op {day_revoked:%d/%m/%Y}\nReden: Ten onrechte uitgegeven", status
    assert row.locator("[data-revoked] .date").inner_text() == f"{day_revoked:%d/%m/%Y}"
    if page.locator(".career-signals").count():  # its own chart is checked by its own tests (see test_careers_pages.check)
        assert_axe_clean(page, {"exclude": [[".career-signals"]]})
    else:
        assert_axe_clean(page)
    if size:
        assert_no_horizontal_scroll(page)
