"""Appointments in the browser: the counsellor publishes slots and invites, the citizen books with the link and finds
the appointment on their list, the counsellor records attendance. Each page passes axe-core and works at 390 px."""

import datetime as dt

import pytest

from werkregie.appointments import use_cases as uc
from werkregie.appointments.models import Appointment, Slot
from werkregie.core import clock

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def agenda(people, settings, tmp_path):  # noqa: F811 - the fixture
    settings.TASKS_SYNC = True
    settings.DATA_DIR = tmp_path
    settings.MESSAGING_GATEWAYS = {**settings.MESSAGING_GATEWAYS, "paper": {"kind": "fake"}, "registered": {"kind": "fake"},
                                   "email": {"kind": "fake"}, "sms": {"kind": "fake"}, "ebox": {"kind": "fake"}}
    counsellor = f.principal(people["counsellor"])
    first = clock.today() + dt.timedelta(days=2)
    made = uc.publish_series(counsellor, uc.Series(None, first, first + dt.timedelta(days=6), [0, 1, 2, 3, 4], dt.time(9), dt.time(11), 30, "in_person",
                                                   "VDAB Gent, Bagattenstraat 1"))
    return {**people, "slots": made}


def check(page):
    assert_axe_clean(page)
    size = page.viewport_size
    page.set_viewport_size(PHONE)
    assert_no_horizontal_scroll(page)
    page.set_viewport_size(size)


def test_counsellor_invites_and_the_citizen_books_with_the_link(page, agenda):
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{agenda['mine'].pk}/uitnodigen/")
    page.get_by_role("heading", name="Sofie Peeters uitnodigen voor een gesprek").wait_for()
    check(page)
    page.get_by_label("Soort gesprek").select_option("follow_up")
    page.get_by_role("button", name="Uitnodiging versturen").click()
    page.get_by_role("heading", name="Opvolgingsgesprek: Peeters, Sofie").wait_for()
    assert "Uitnodiging verstuurd" in page.locator("main").inner_text()
    check(page)
    a = Appointment.objects.get(person=agenda["mine"])
    assert a.state == "invited"
    page.context.clear_cookies()

    login(page, "sofie")
    page.goto(uc.booking_path(a))
    page.get_by_role("heading", name="Een moment kiezen").wait_for()
    check(page)
    page.get_by_role("button", name="Dit moment kiezen").click()
    page.locator(".error-summary").wait_for()
    first = agenda["slots"][0]
    page.locator(f"#slot-{first.pk}").check()
    page.get_by_role("button", name="Dit moment kiezen").click()
    page.get_by_text("Uw afspraak is vastgelegd").wait_for()
    a.refresh_from_db()
    assert a.state == "booked" and a.slot_id == first.pk
    page.goto("/afspraken/")
    page.get_by_role("heading", name="Gesprekken met uw bemiddelaar").wait_for()
    assert "Opvolgingsgesprek" in page.locator("main").inner_text()
    check(page)


def test_counsellor_week_publish_and_attendance(page, agenda):
    counsellor = f.principal(agenda["counsellor"])
    a = uc.invite(counsellor, agenda["mine"].pk, "intake")
    a = uc.book_for(counsellor, a.pk, agenda["slots"][1].pk)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/agenda/?week={uc.local(a.slot.start).date().isoformat()}")
    assert "Peeters, Sofie" in page.locator("table.stack").first.inner_text()
    check(page)
    page.get_by_role("link", name="Momenten publiceren").first.click()
    page.get_by_role("heading", name="Momenten publiceren").wait_for()
    page.get_by_label("Tot (uur)").fill("08:00")
    page.get_by_role("button", name="Publiceren").click()
    page.locator(".error-summary").wait_for()
    check(page)
    before = Slot.objects.count()
    page.get_by_label("Tot (uur)").fill("10:00")
    page.get_by_label("Eerste dag").fill((clock.today() + dt.timedelta(days=20)).isoformat())
    page.get_by_label("Laatste dag").fill((clock.today() + dt.timedelta(days=26)).isoformat())
    page.get_by_role("button", name="Publiceren").click()
    page.get_by_text("momenten gepubliceerd").wait_for()
    assert Slot.objects.count() > before
    page.goto(f"/agenda/afspraken/{a.pk}/")
    page.get_by_role("heading", name="Aanwezigheid registreren").wait_for()
    check(page)
    page.get_by_role("radio", name="Verontschuldigd").check()
    page.get_by_role("button", name="Registreren").click()
    page.locator(".error-summary").wait_for()
    page.get_by_label("Reden van afwezigheid (bij verontschuldigd)").fill("Belde af: sollicitatiegesprek bij een werkgever")
    page.get_by_role("button", name="Registreren").click()
    page.get_by_text("Aanwezigheid geregistreerd").wait_for()
    a.refresh_from_db()
    assert a.state == "excused"
