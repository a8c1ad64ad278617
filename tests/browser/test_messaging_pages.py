"""Messaging pages in the browser: the citizen's inbox (stacking table, opening records the first opening, the sealed
evidence PDF downloads and verifies) and the counsellor's view of a person's messages. axe-core clean, no horizontal
scroll at phone width."""

from __future__ import annotations

import pytest

from tests.browser.checks import PHONE, SMALL_PHONE, assert_axe_clean, assert_no_horizontal_scroll
from tests.messaging_support import clean_gateways  # noqa: F401 - fixture
from werkregie.messaging import evidence, outbox
from werkregie.messaging.models import Message
from werkregie.people.enums import ChannelKind, ConsentPurpose, DigitalSkills
from werkregie.people.models import Consent, ContactChannel, Person

from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def inbox(people):  # noqa: F811 - the fixture
    from werkregie.core import clock

    mine = people["mine"]
    Consent.objects.create(person=mine, purpose=ConsentPurpose.DIGITAL_COMMUNICATION, given_at=clock.now())
    ContactChannel.objects.create(person=mine, kind=ChannelKind.EMAIL, value="sofie.peeters.met.een.heel.lang.adres@voorbeeld-gemeente.example.be")
    legal = outbox.send(mine.pk, "messaging.legal_notice", {"title": "uw afspraken om werk te vinden", "text": "Aanvaard uw afspraken binnen 30 dagen."})
    info = outbox.send(mine.pk, "messaging.general", {"title": "nieuwe vacatures", "text": "Er zijn 6 nieuwe vacatures."}, channel="email")
    Person.objects.filter(pk=mine.pk).update(digital_skills=DigitalSkills.BASIC)
    return {**people, "legal": legal, "info": info}


def test_citizen_reads_a_message_and_downloads_its_sealed_proof(page, inbox, tmp_path):
    login(page, "sofie")
    page.goto("/mijn-berichten/")
    page.get_by_role("heading", name="Mijn berichten").wait_for()
    table = page.locator("table.stack").inner_text()
    assert "Belangrijk bericht van VDAB: uw afspraken om werk te vinden" in table and "nieuwe vacatures" in table
    assert_axe_clean(page)
    page.set_viewport_size(PHONE)
    assert_no_horizontal_scroll(page)
    page.get_by_role("link", name="Belangrijk bericht van VDAB: uw afspraken om werk te vinden").click()
    page.get_by_role("heading", name="Belangrijk bericht van VDAB: uw afspraken om werk te vinden").wait_for()
    assert "Aanvaard uw afspraken binnen 30 dagen." in page.locator(".message-body").inner_text()
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    assert Message.objects.get(pk=inbox["legal"].pk).first_opened_at is not None
    with page.expect_download() as download:
        page.get_by_role("link", name="Bewijs downloaden (PDF)").click()
    path = tmp_path / "bewijs.pdf"
    download.value.save_as(path)
    verdict = evidence.Verdict()
    evidence.verify_pdf(path.read_bytes(), verdict)
    assert verdict.ok, verdict.problems


def test_citizen_inbox_at_the_smallest_width(page, inbox):
    login(page, "sofie")
    page.goto("/mijn-berichten/")
    page.set_viewport_size(SMALL_PHONE)
    assert_no_horizontal_scroll(page)


def test_counsellor_sees_the_persons_messages_and_the_digital_support_flag(page, inbox):
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{inbox['mine'].pk}/berichten/")
    page.get_by_role("heading", name="Berichten aan Sofie Peeters").wait_for()
    assert "Ondersteuning bij digitale communicatie aangewezen" in page.content()
    assert_axe_clean(page)
    page.get_by_role("link", name="Bericht van VDAB: nieuwe vacatures").click()
    page.get_by_role("heading", name="Afleveringspogingen").wait_for()
    assert_axe_clean(page)
    page.set_viewport_size(PHONE)
    assert_no_horizontal_scroll(page)
    assert Message.objects.get(pk=inbox["info"].pk).first_opened_at is None
    page.goto("/berichten/digitale-ondersteuning/")
    assert "Sofie Peeters" in page.locator("table").inner_text()
    assert_axe_clean(page)


def test_admin_takes_in_a_returned_sms_on_its_page(page, people, clean_gateways):  # noqa: F811
    from tests import factories as f
    from werkregie.accounts.models import Role
    from werkregie.messaging import gateways, reports
    from werkregie.messaging.enums import Channel

    from .test_pages import PASSWORD

    f.user(Role.ADMIN, username="els", password=PASSWORD)
    mine = people["mine"]
    ContactChannel.objects.create(person=mine, kind=ChannelKind.SMS, value="+32470123456", preferred=True)
    msg = outbox.send(mine.pk, "messaging.general", {"title": "herinnering", "text": "Morgen om 10:00."}, channel="sms")
    outbox.dispatch(msg.pk)
    msg.refresh_from_db()
    login(page, "els")
    page.goto("/berichten/afleverrapporten/")
    page.get_by_role("heading", name="Afleverrapporten inlezen").wait_for()
    assert_axe_clean(page)
    page.get_by_label("Kanaal").select_option("sms")
    page.get_by_label("Of plak het rapport").fill("[1, 2]")
    page.get_by_role("button", name="Inlezen").click()
    # the click only starts the form's navigation: wait for the answer page, not the page being left
    page.get_by_text("geen afleverrapport", exact=False).first.wait_for()
    assert_axe_clean(page)
    page.get_by_label("Of plak het rapport").fill(gateways.fake(Channel.SMS).report(msg.receipt, reports.BOUNCED).decode())
    page.get_by_role("button", name="Inlezen").click()
    page.get_by_role("heading", name="Resultaat").wait_for()
    assert f"#{msg.pk}" in page.locator("[role=status]").inner_text()
    assert_axe_clean(page)
    page.set_viewport_size(PHONE)
    assert_no_horizontal_scroll(page)
    assert Message.objects.get(pk=msg.pk).channel == "paper"
